/*
 * passphrase.c: the diary passphrase from the terminal (echo off) or from a
 * file descriptor. Bytes are read one at a time so that a descriptor can
 * carry several passphrases, one a line, with nothing read ahead. The
 * terminal's settings are restored even when Ctrl-C interrupts the prompt.
 */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <termios.h>
#include <unistd.h>

#include "cli/passphrase.h"
#include "diary/secbuf.h"
#include "util/gettext.h"

static volatile sig_atomic_t interrupted;

static void on_signal(int sig)
{
	(void)sig;
	interrupted = 1;
}

/* Reads a line into buf (at most max bytes). The length, -1 on a read
 * error or interruption, -2 when too long, -3 at end of input. */
static long read_line(int fd, char *buf, size_t max)
{
	size_t n = 0;
	int any = 0;
	for (;;) {
		char c;
		ssize_t r = read(fd, &c, 1);
		if (r < 0 && errno == EINTR && !interrupted)
			continue;
		if (r < 0)
			return -1;
		if (r == 0)
			return any ? (long)n : -3;
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
	long n = read_line(fd, buf, PASSPHRASE_MAX);
	if (n < 0) {
		if (n == -2)
			fputs(_("steady: the passphrase is too long (at most 1024 bytes).\n"),
			      stderr);
		else if (n == -3)
			fprintf(stderr,
			        _("steady: no passphrase could be read from file descriptor %d.\n"),
			        fd);
		else
			fprintf(stderr,
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
	struct termios old, quiet;
	int have_tc = tcgetattr(fd, &old) == 0;
	struct sigaction sa, old_int, old_term;
	memset(&sa, 0, sizeof sa);
	sa.sa_handler = on_signal; /* no SA_RESTART: the read returns on Ctrl-C */
	sigemptyset(&sa.sa_mask);
	interrupted = 0;
	sigaction(SIGINT, &sa, &old_int);
	sigaction(SIGTERM, &sa, &old_term);
	if (have_tc) {
		quiet = old;
		quiet.c_lflag &= ~(tcflag_t)(ECHO | ECHONL);
		quiet.c_lflag |= ICANON;
		tcsetattr(fd, TCSAFLUSH, &quiet);
	}
	if (write(fd, prompt, strlen(prompt)) < 0) {
		/* The prompt is a courtesy; reading still works. */
	}
	char *buf = secbuf_alloc(PASSPHRASE_MAX + 1);
	long n = read_line(fd, buf, PASSPHRASE_MAX);
	if (have_tc)
		tcsetattr(fd, TCSAFLUSH, &old);
	if (write(fd, "\n", 1) < 0) {
		/* as above */
	}
	sigaction(SIGINT, &old_int, NULL);
	sigaction(SIGTERM, &old_term, NULL);
	close(fd);
	if (n < 0) {
		if (n == -2)
			fputs(_("steady: the passphrase is too long (at most 1024 bytes).\n"),
			      stderr);
		else if (!interrupted)
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
	interrupted = 0;
	long n = read_line(STDIN_FILENO, buf, PASSPHRASE_MAX);
	if (n > 0 && memchr(buf, '\0', (size_t)n))
		n = -4;
	if (n <= 0) {
		if (n == -1)
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

char *passphrase_read_new(int fd, size_t *len)
{
	if (fd >= 0)
		return from_fd(fd, len);
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
		char *b = from_tty(_("The same passphrase again: "), &l2);
		if (!b) {
			secbuf_free(a);
			return NULL;
		}
		int same = l1 == l2 && memcmp(a, b, l1) == 0;
		secbuf_free(b);
		if (same) {
			*len = l1;
			return a;
		}
		secbuf_free(a);
		fputs(_("steady: the two passphrases were different. Please try again.\n"), stderr);
	}
	return NULL;
}
