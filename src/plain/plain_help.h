/* SPDX-FileCopyrightText: 2026 The steady authors */
/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * plain_help.h: the two words that answer at every prompt: help (the
 * helplines for the person's region and, with the diary open, their own
 * safety plan first) and keys (what can be typed).
 */
#ifndef STEADY_PLAIN_PLAIN_HELP_H
#define STEADY_PLAIN_PLAIN_HELP_H

#include "plain/plain_ctx.h"

/* Get help now, as text: the safety plan when the diary holds one, then the helplines. */
void plain_help(struct plain *p);

/* The region's helplines of the kinds asked for (HELPLINE_* mask), as text. */
void plain_help_lines(struct plain *p, unsigned kinds);

/* The words that work at the prompts, and what each does. */
void plain_keys(struct plain *p);

#endif
