/* SPDX-FileCopyrightText: 2026 The steady authors */
/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * plain_ask.h: the plain mode's prompts. A prompt says what may be typed
 * ("Type a number from 1 to 8, or: back, help, quit") and reads one line.
 * The words work at every prompt: help (the helplines, and the safety plan
 * when the diary is open), keys or ? (the words), back, home, quit, and
 * skip where a question is optional. Each word is understood in English
 * and in the language of the translation.
 */
#ifndef STEADY_PLAIN_PLAIN_ASK_H
#define STEADY_PLAIN_PLAIN_ASK_H

#include <stddef.h>

#include "plain/plain_ctx.h"

/* The words a prompt offers besides help and quit. */
#define ASK_BACK 1u /* back: the step or list before */
#define ASK_SKIP 2u /* skip: an optional question left unanswered */

enum plain_word { WORD_NONE, WORD_HELP, WORD_KEYS, WORD_BACK, WORD_HOME, WORD_QUIT, WORD_SKIP };

/* What a prompt got. */
enum plain_got {
	GOT_LINE,  /* a line that is no word: p->line, p->len (maybe empty) */
	GOT_BACK,  /* back (only where ASK_BACK was offered) */
	GOT_SKIP,  /* skip (only where ASK_SKIP was offered) */
	GOT_LEAVE, /* quit, home, the end of input or a lock: plain_leaving() says which */
};

/* The word as the person types it, in the language of the translation. */
const char *plain_word_name(enum plain_word w);

/* The word a line is, ignoring case and the spaces around it. */
enum plain_word plain_word_of(const char *line, size_t len);

/*
 * Prints the hint with the words offered, reads a line and answers help and
 * keys itself (then asks again). Returns what the person typed.
 */
enum plain_got plain_ask(struct plain *p, const char *hint, unsigned words);

/* The line just read without the spaces around it; *len gets its length. */
const char *plain_trimmed(const struct plain *p, size_t *len);

/* 1 when the line is a whole number from lo to hi (*v gets it). */
int plain_number(const char *s, size_t len, long lo, long hi, long *v);

/*
 * Prints n numbered choices ("1. label", with a detail in brackets when
 * details[i] is not NULL) and asks for one. Returns its index, or -1 when
 * the person went back (ASK_BACK) or is leaving. An empty line lists the
 * choices again.
 */
int plain_menu(struct plain *p, const char *const *labels, const char *const *details, size_t n,
               unsigned words);

/* Asks a question of a few choices (title and text above them); as plain_menu() with back. */
int plain_choice(struct plain *p, const char *title, const char *text, const char *const *choices,
                 size_t n);

/* Prints a title: a blank line, then the title on a line of its own. */
void plain_title(struct plain *p, const char *title);

#endif
