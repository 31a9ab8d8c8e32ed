/* SPDX-FileCopyrightText: 2026 The steady authors */
/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * plain_in.h: the plain mode's input, one line at a time from standard
 * input, a terminal or a pipe alike. The line lives in guarded memory
 * (p->line) and is wiped before the next one is read. While a line is
 * awaited the diary's idle clock runs: the diary locks itself in time even
 * when nothing is typed. Signal handlers only set a flag; the wait ends.
 */
#ifndef STEADY_PLAIN_PLAIN_IN_H
#define STEADY_PLAIN_PLAIN_IN_H

#include "plain/plain_ctx.h"
#include "session/progress.h"

/* The longest line taken, in bytes (as long as an answer can be). */
#define PLAIN_LINE_MAX ANSWER_MAX_TEXT

enum plain_read {
	READ_LINE,   /* p->line holds the line (p->len bytes, no newline) */
	READ_LEAVE,  /* the end of input or a signal: p->quit is set */
	READ_LOCKED, /* the diary locked while its text could show: p->to_home is set */
};

/* Sets up the line buffer, the terminal's state and the signal handlers. */
void plain_in_begin(struct plain *p);

/* Wipes and frees the line buffer and restores the signal handlers. */
void plain_in_end(struct plain *p);

/*
 * Reads one line. A secret one (a passphrase) is not echoed by a terminal
 * and is taken as typed; any other drops control characters and bytes
 * that are not UTF-8.
 */
enum plain_read plain_read(struct plain *p, int secret);

/* Waits up to ms milliseconds for input: 1 when a line is coming, 0 when none came, -1 leaving. */
int plain_in_wait(struct plain *p, int ms);

/* Wipes the line just read. */
void plain_in_wipe(struct plain *p);

#endif
