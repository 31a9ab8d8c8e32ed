/* SPDX-FileCopyrightText: 2026 The steady authors */
/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * plain_ctx.h: what every part of the plain mode shares: the session, the
 * width to wrap at, the line just read, and how to unwind. Each part
 * returns as soon as plain_leaving() says so, so a quit, a "home" or a
 * diary lock goes back up through every part, each wiping what it held.
 * A lock while the diary's text or a module kept in it could show waits
 * until every part has returned (to_home, lock_due): Home then locks it, so
 * no part ever holds what the lock frees.
 */
#ifndef STEADY_PLAIN_PLAIN_CTX_H
#define STEADY_PLAIN_PLAIN_CTX_H

#include <stddef.h>

#include "session/session.h"

struct plain {
	struct session *s;
	int width;  /* columns to wrap at: $COLUMNS when sane, else 80 */
	int tty_in; /* standard input is a terminal: passphrases unseen, timers in real time */
	int tty_out;

	char *line; /* the line just read: PLAIN_LINE_MAX + 1 bytes of guarded memory */
	size_t len;
	int too_long;          /* the line just read did not fit and was dropped */
	const char *last_hint; /* the prompt's hint, to say again after a lock */
	unsigned last_words;
	int no_idle; /* a timer runs: the idle lock waits */

	int blank;   /* the last line written was empty: never two in a row */
	int written; /* anything was written yet */

	int quit;     /* leaving steady: every part returns */
	int go_home;  /* the person typed "home": every part returns to Home */
	int to_home;  /* the diary is to lock while its text could show: back to Home */
	int lock_due; /* ... and Home locks it once every part has returned (0, or 1: automatic) */
	int in_diary; /* the diary's own parts are open (they may show its text) */
	size_t playing[16]; /* the modules being played, innermost last */
	size_t n_playing;
	int signal_got; /* the signal that ended the run, or 0 */
	int depth;      /* modules opened from links inside modules */
};

/* 1 when every part should return now. */
static inline int plain_leaving(const struct plain *p)
{
	return p->quit || p->go_home || p->to_home;
}

#endif
