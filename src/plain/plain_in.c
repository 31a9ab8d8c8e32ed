/* SPDX-FileCopyrightText: 2026 The steady authors */
/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * plain_in.c: lines from standard input (see plain_in.h). Bytes are read
 * one at a time, so nothing is read ahead into a buffer that is not
 * guarded: every byte typed goes into p->line only.
 */
#include "config.h"

#include <errno.h>
#include <poll.h>
#include <signal.h>
#include <sodium.h>
#include <string.h>
#include <termios.h>
#include <unistd.h>

#include "diary/secbuf.h"
#include "plain/plain_in.h"
#include "plain/plain_out.h"
#include "session/diary_link.h"
#include "util/charset.h"
#include "util/wrap.h"

/* How often the idle clock is looked at while a line is awaited. */
#define IDLE_MS 1000

static volatile sig_atomic_t got_signal;

static void on_signal(int sig)
{
	got_signal = sig;
}

static struct sigaction old_int, old_term, old_hup, old_pipe;

void plain_in_begin(struct plain *p)
{
	p->line = secbuf_alloc(PLAIN_LINE_MAX + 1);
	p->line[0] = '\0';
	p->len = 0;
	p->tty_in = isatty(STDIN_FILENO);
	p->tty_out = isatty(STDOUT_FILENO);
	struct sigaction sa;
	memset(&sa, 0, sizeof sa);
	sa.sa_handler = on_signal;
	sigemptyset(&sa.sa_mask);
	/* No SA_RESTART: a signal ends the wait for a line at once. */
	sigaction(SIGINT, &sa, &old_int);
	sigaction(SIGTERM, &sa, &old_term);
	sigaction(SIGHUP, &sa, &old_hup);
	/* A reader that went away is noticed when writing fails, not by dying. */
	sa.sa_handler = SIG_IGN;
	sigaction(SIGPIPE, &sa, &old_pipe);
}

void plain_in_end(struct plain *p)
{
	secbuf_free(p->line);
	p->line = NULL;
	p->len = 0;
	sigaction(SIGINT, &old_int, NULL);
	sigaction(SIGTERM, &old_term, NULL);
	sigaction(SIGHUP, &old_hup, NULL);
	sigaction(SIGPIPE, &old_pipe, NULL);
}

void plain_in_wipe(struct plain *p)
{
	if (p->line)
		sodium_memzero(p->line, p->len + 1);
	p->len = 0;
}

/* 1 when a signal ended the run (p->quit is set). */
static int signalled(struct plain *p)
{
	if (!got_signal)
		return 0;
	p->signal_got = got_signal;
	p->quit = 1;
	return 1;
}

/* 1 when something on show came from the diary or goes into it. */
static int diary_on_show(const struct plain *p)
{
	if (p->in_diary > 0)
		return 1;
	for (size_t k = 0; k < p->n_playing && k < 16; k++) {
		const struct progress *pr = &p->s->prog[p->playing[k]];
		if (pr->keep == KEEP_YES || pr->record)
			return 1;
	}
	return 0;
}

/*
 * The idle clock, between lines: 1 when the diary is to lock and its text
 * must go first (p->to_home: Home locks it). Otherwise it locks now, the
 * note says so, and while still waiting (again) the question is asked once
 * more.
 */
static int idle(struct plain *p, int again)
{
	if (p->lock_due || dlink_idle(p->s, p->no_idle) != DLINK_IDLE_LOCK)
		return 0;
	if (diary_on_show(p)) {
		p->to_home = 1;
		p->lock_due = 1;
		return 1;
	}
	dlink_lock(p->s, 1);
	const char *note = dlink_note(p->s);
	plain_blank(p);
	plain_text(p, note, 0);
	dlink_set_note(p->s, NULL);
	/* Nothing on show came from the diary: the same question, asked again. */
	if (again) {
		plain_blank(p);
		plain_prompt(p, p->last_hint);
	}
	return 0;
}

int plain_in_wait(struct plain *p, int ms)
{
	struct pollfd pfd = {STDIN_FILENO, POLLIN, 0};
	for (;;) {
		if (signalled(p))
			return -1;
		int r = poll(&pfd, 1, ms);
		if (r < 0 && errno == EINTR)
			continue;
		if (r < 0) {
			p->quit = 1;
			return -1;
		}
		return r > 0;
	}
}

/* Keeps UTF-8 text without control characters (tabs stay), in place. */
static void clean(struct plain *p)
{
	size_t out = 0;
	for (size_t i = 0; i < p->len;) {
		size_t at = i;
		uint32_t c = wrap_decode(p->line, p->len, &i);
		if (c == '\t' || wrap_shown(c) != WRAP_BAD)
			for (size_t k = at; k < i; k++)
				p->line[out++] = p->line[k];
	}
	sodium_memzero(p->line + out, p->len - out);
	p->len = out;
	p->line[out] = '\0';
}

/* Reads bytes up to a newline; 1 with a line, 0 at the end of input, -1 on a signal. */
static int read_bytes(struct plain *p)
{
	int any = 0;
	for (;;) {
		char c;
		ssize_t r = read(STDIN_FILENO, &c, 1);
		if (r < 0 && errno == EINTR) {
			if (signalled(p))
				return -1;
			continue;
		}
		if (r < 0)
			return 0;
		if (r == 0)
			return any;
		any = 1;
		if (c == '\n')
			break;
		if (p->len < PLAIN_LINE_MAX)
			p->line[p->len++] = c;
		else
			p->too_long = 1;
	}
	if (p->len > 0 && p->line[p->len - 1] == '\r')
		p->len--;
	p->line[p->len] = '\0';
	return 1;
}

/* Waits for a line: READ_LINE when one is coming. */
static enum plain_read wait_line(struct plain *p)
{
	for (;;) {
		if (p->quit)
			return READ_LEAVE;
		int w = plain_in_wait(p, IDLE_MS);
		if (w < 0)
			return READ_LEAVE;
		if (w > 0)
			return READ_LINE;
		if (idle(p, 1))
			return READ_LOCKED;
	}
}

enum plain_read plain_read(struct plain *p, int secret)
{
	plain_in_wipe(p);
	p->too_long = 0;
	plain_flush(p);
	/* Echo goes off before the wait: a terminal echoes as the keys are typed. */
	struct termios old, quiet;
	int hidden = secret && p->tty_in && tcgetattr(STDIN_FILENO, &old) == 0;
	if (hidden) {
		quiet = old;
		quiet.c_lflag &= ~(tcflag_t)(ECHO | ECHONL);
		quiet.c_lflag |= ICANON;
		tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
	}
	enum plain_read r = wait_line(p);
	int got = r == READ_LINE ? read_bytes(p) : 0;
	if (hidden) {
		tcsetattr(STDIN_FILENO, TCSANOW, &old);
		putchar('\n'); /* the Enter was not echoed either */
	}
	if (r != READ_LINE)
		return r;
	plain_after_input(p);
	if (got <= 0) {
		plain_in_wipe(p);
		p->quit = 1;
		return READ_LEAVE;
	}
	/* Acted on only now: a line typed after a long wait finds the diary locked first. */
	if (idle(p, 0)) {
		plain_in_wipe(p);
		return READ_LOCKED;
	}
	dlink_key(p->s);
	if (p->too_long) {
		plain_in_wipe(p);
		return READ_LINE;
	}
	if (!secret) {
		/* Typed in the locale's character set; steady keeps UTF-8. */
		p->len = charset_input(p->line, p->len, PLAIN_LINE_MAX);
		p->line[p->len] = '\0';
		clean(p);
	}
	return READ_LINE;
}
