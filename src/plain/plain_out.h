/* SPDX-FileCopyrightText: 2026 The steady authors */
/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * plain_out.h: the plain mode's output. Everything goes to standard output
 * wrapped at p->width, as printable characters and newlines only: control
 * characters and bytes that are not UTF-8 become U+FFFD, tabs spaces, so
 * nothing a module or a diary entry holds can move a cursor or change a
 * colour. Never two blank lines in a row.
 */
#ifndef STEADY_PLAIN_PLAIN_OUT_H
#define STEADY_PLAIN_PLAIN_OUT_H

#include "plain/plain_ctx.h"

/* Sets the width: $COLUMNS when it is a number from 20 to 1000, else 80. */
void plain_out_init(struct plain *p);

/* Plain text, not markup ('\n' breaks lines), wrapped, every line indented. */
void plain_text(struct plain *p, const char *text, int indent);

/* The content's markup (paragraphs, "# " headings, "- " items, *emphasis*) as plain text. */
void plain_markup(struct plain *p, const char *src);

/* A list item: prefix ("3. ") then text, its other lines under the text. */
void plain_item(struct plain *p, const char *prefix, const char *text);

/* An empty line, unless the last line was one (or nothing was written yet). */
void plain_blank(struct plain *p);

/* The prompt: the hint (what may be typed) and, on a terminal, "> " to type after. */
void plain_prompt(struct plain *p, const char *hint);

/* Ends the line a prompt left open (input that is not a terminal does not echo). */
void plain_after_input(struct plain *p);

/* Writes out what is pending; a failure (the reader went away) means leaving. */
void plain_flush(struct plain *p);

#endif
