/* SPDX-FileCopyrightText: 2026 The steady authors */
/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * passphrase.c: the diary passphrase from the terminal (echo off) or from a
 * file descriptor. Bytes are read one at a time so that a descriptor can
 * carry several passphrases, one a line, with nothing read ahead. The
 * terminal's settings are restored whatever signal comes at the prompt:
 * Ctrl-C, Ctrl-\, a hang-up or SIGTERM end it, and Ctrl-Z stops steady
 * with the terminal echoing again, then asks anew when it is continued.
 */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <termios.h>
#include <unistd.h>

#include "cli/passphrase.h"
#include "diary/secbuf.h"
#include "session/pass_rules.h"
#include "util/gettext.h"

/* The signal that interrupted the prompt, or 0. */
static volatile sig_atomic_t caught;

static void on_signal(int sig)
{
	caught = sig;
}

/* The signals caught at the prompt: those that end it, then SIGTSTP. */
static const int prompt_signals[] = {SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGTSTP};
#define N_PROMPT_SIGNALS (sizeof prompt_signals / sizeof prompt_signals[0])

/* Catches the prompt's signals (old gets what was there); one that was
 * ignored, as under nohup, stays ignored. */
static void catch_signals(struct sigaction *old)
{
	struct sigaction sa;
	memset(&sa, 0, sizeof sa);
	sa.sa_handler = on_signal; /* no SA_RESTART: the read returns on the signal */
	sigemptyset(&sa.sa_mask);
	caught = 0;
	for (size_t i = 0; i < N_PROMPT_SIGNALS; i++) {
		sigaction(prompt_signals[i], NULL, &old[i]);
		if (old[i].sa_handler != SIG_IGN)
			sigaction(prompt_signals[i], &sa, NULL);
	}
}

static void restore_signals(const struct sigaction *old)
{
	for (size_t i = 0; i < N_PROMPT_SIGNALS; i++)
		sigaction(prompt_signals[i], &old[i], NULL);
}

/* Reads a line into buf (at most max bytes). The length, -1 on a read
 * error or interruption, -2 when too long, -3 at end of input. */
static long read_line(int fd, char *buf, size_t max)
{
	size_t n = 0;
	int any = 0;
	for (;;) {
		/* A signal caught before the read began would not interrupt it. */
		if (caught)
			return -1;
		char c;
		ssize_t r = read(fd, &c, 1);
		if (r < 0 && errno == EINTR && !caught)
			continue;
		if (r < 0)
			return -1;
		if (r == 0 && !any)
			return -3;
		if (r == 0)
			break; /* a last line without its newline, read as any other */
		any = 1;
		if (c == '\n')
			break;
		if (n == max)
			return -2;
		buf[n++] = c;
	}
	if (n && buf[n - 1] == '\r')
		n--;
	return (long)n;
}

static char *from_fd(int fd, size_t *len)
{
	char *buf = secbuf_alloc(PASSPHRASE_MAX + 1);
	caught = 0;
	long n = read_line(fd, buf, PASSPHRASE_MAX);
	if (n < 0) {
		if (n == -2)
			fputs(_("steady: the passphrase is too long (at most 1024 bytes).\n"),
			      stderr);
		else if (n == -3)
			fprintf(stderr,
			        /* TRANSLATORS: %d is a file descriptor number, as given with an
			           option (such as 3). */
			        _("steady: no passphrase could be read from file descriptor %d.\n"),
			        fd);
		else
			fprintf(stderr,
			        /* TRANSLATORS: %d is a file descriptor number, as given with an
			           option (such as 3); %s the system's reason, such as "Bad file
			           descriptor". */
			        _("steady: could not read the passphrase from file descriptor %d "
			          "(%s).\n"),
			        fd, strerror(errno));
		secbuf_free(buf);
		return NULL;
	}
	buf[n] = '\0';
	*len = (size_t)n;
	return buf;
}

static char *from_tty(const char *prompt, size_t *len)
{
	int fd = open("/dev/tty", O_RDWR | O_CLOEXEC | O_NOCTTY);
	if (fd < 0) {
		fputs(_("steady: there is no terminal to ask for the passphrase; use "
		        "--passphrase-fd N to give it on a file descriptor.\n"),
		      stderr);
		return NULL;
	}
	char *buf = secbuf_alloc(PASSPHRASE_MAX + 1);
	long n;
	for (;;) {
		struct sigaction old_sa[N_PROMPT_SIGNALS];
		catch_signals(old_sa);
		struct termios old, quiet;
		int have_tc = tcgetattr(fd, &old) == 0;
		if (have_tc) {
			quiet = old;
			quiet.c_lflag &= ~(tcflag_t)(ECHO | ECHONL);
			quiet.c_lflag |= ICANON;
			tcsetattr(fd, TCSAFLUSH, &quiet);
		}
		if (write(fd, prompt, strlen(prompt)) < 0) {
			/* The prompt is a courtesy; reading still works. */
		}
		n = read_line(fd, buf, PASSPHRASE_MAX);
		/* The terminal is put back before anything else happens, even
		 * before steady stops or ends because of the signal. */
		if (have_tc)
			tcsetattr(fd, TCSAFLUSH, &old);
		if (write(fd, "\n", 1) < 0) {
			/* as above */
		}
		restore_signals(old_sa);
		if (caught != SIGTSTP)
			break;
		/* Stops as Ctrl-Z would have, now with the terminal echoing; once
		 * continued, asks again unless the line was read already. */
		raise(SIGTSTP);
		if (n >= 0)
			break;
	}
	close(fd);
	if (caught && caught != SIGTSTP) {
		secbuf_free(buf);
		return NULL;
	}
	if (n < 0) {
		if (n == -2)
			fputs(_("steady: the passphrase is too long (at most 1024 bytes).\n"),
			      stderr);
		else
			fputs(_("steady: no passphrase was given.\n"), stderr);
		secbuf_free(buf);
		return NULL;
	}
	buf[n] = '\0';
	*len = (size_t)n;
	return buf;
}

char *passphrase_read(int fd, const char *prompt, size_t *len)
{
	return fd >= 0 ? from_fd(fd, len) : from_tty(prompt, len);
}

char *passphrase_read_words(const char *prompt, size_t *len)
{
	if (isatty(STDIN_FILENO)) {
		int tty = open("/dev/tty", O_WRONLY | O_CLOEXEC | O_NOCTTY);
		if (tty >= 0) {
			if (write(tty, prompt, strlen(prompt)) < 0) {
				/* The prompt is a courtesy; reading still works. */
			}
			close(tty);
		}
	}
	char *buf = secbuf_alloc(PASSPHRASE_MAX + 1);
	caught = 0;
	long n = read_line(STDIN_FILENO, buf, PASSPHRASE_MAX);
	if (n > 0 && memchr(buf, '\0', (size_t)n))
		n = -4;
	if (n <= 0) {
		if (n == -1)
			/* TRANSLATORS: %s is the system's reason, such as "Input/output error". */
			fprintf(stderr, _("steady: could not read the search words (%s).\n"),
			        strerror(errno));
		else if (n == -2)
			fputs(_("steady: the search words are too long (at most 1024 bytes).\n"),
			      stderr);
		else if (n == -4)
			fputs(_("steady: the search words hold a NUL byte; give them as text.\n"),
			      stderr);
		else
			fputs(_("steady: nothing to search for: type the words when asked, or give "
			        "them on standard input.\n"),
			      stderr);
		secbuf_free(buf);
		return NULL;
	}
	buf[n] = '\0';
	*len = (size_t)n;
	return buf;
}

/* Warns about a short passphrase on stderr; 1 when it was short. Unlike
 * the screens it gives no length: stderr may be kept in a log, and a
 * passphrase's length is a clue to it. */
static int warn_short(const char *pass, size_t len)
{
	if (!pass_rules_short(pass, len))
		return 0;
	fputs(_("steady: This passphrase is short. Short passphrases are easier to guess. "
	        "Three or four unrelated words protect your diary much better.\n"),
	      stderr);
	return 1;
}

char *passphrase_read_new(int fd, size_t *len)
{
	if (fd >= 0) {
		char *p = from_fd(fd, len);
		if (p)
			warn_short(p, *len); /* a script cannot be asked; it is told */
		return p;
	}
	for (int tries = 0; tries < 3; tries++) {
		size_t l1, l2;
		char *a = from_tty(_("New passphrase: "), &l1);
		if (!a)
			return NULL;
		if (l1 == 0) {
			fputs(_("steady: the passphrase cannot be empty.\n"), stderr);
			secbuf_free(a);
			continue;
		}
		/* A short one is used only when typed again after the warning. */
		int short_one = warn_short(a, l1);
		char *b = from_tty(short_one ? _("To use it anyway, type it again (or press Enter "
		                                 "to choose another): ")
		                             : _("The same passphrase again: "),
		                   &l2);
		if (!b) {
			secbuf_free(a);
			return NULL;
		}
		int same = pass_rules_same(a, l1, b, l2);
		secbuf_free(b);
		if (same) {
			*len = l1;
			return a;
		}
		secbuf_free(a);
		if (!(short_one && l2 == 0))
			fputs(_("steady: the two passphrases were different. Please try again.\n"),
			      stderr);
	}
	return NULL;
}
