/* SPDX-FileCopyrightText: 2026 The steady authors */
/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * draw.h: putting text on the screen. Every function clips to the screen
 * and to the width it is given, so a screen drawn at any size (even 1x1)
 * never writes outside the terminal or wraps by accident.
 */
#ifndef STEADY_UI_DRAW_H
#define STEADY_UI_DRAW_H

#include <curses.h>
#include <stddef.h>

#include "ui/app.h"
#include "util/markup.h"

/* The part of the screen between the title and the footer. */
struct area {
	int y, x, h, w;
};

/* Tells the drawing whether the locale can show characters beyond ASCII. */
void draw_set_utf8(int utf8);

/* 1 when the terminal is below the smallest size the screens use. */
int draw_too_small(void);

/* The body area for the current terminal size. */
struct area draw_body(void);

/* Draws UTF-8 text from (y, x), at most maxw columns; returns columns used. */
int draw_str(int y, int x, int maxw, const char *s, size_t len, attr_t attr);

/* Draws a laid-out markup line at (y, x) within w columns; extra adds MARKUP_* attributes. */
/* As draw_str(), but text too wide for maxw ends in an ellipsis. */
int draw_str_fit(int y, int x, int maxw, const char *s, size_t len, attr_t attr);

void draw_line(int y, int x, int w, const struct markup_line *l, unsigned extra);

/*
 * What each row shows, for the mouse: draw_doc() notes each line's tag on
 * the row it is drawn at, list_draw() each item; a click asks what is
 * there. The loop forgets them before each draw.
 */
void draw_tag(int y, int tag);

/* The tag drawn on row y in the last draw, or 0. */
int draw_tag_at(int y);

/* Forgets the tags before a draw (loop.c). */
void draw_tags_reset(void);

/* Draws lines [top, top + h) of a document into the area; returns the top actually used. */
size_t draw_doc(const struct area *ar, const struct markup_doc *d, size_t top);

/* Clears the screen and draws the title line ("right" at the right end, may be NULL). */
void draw_frame(const char *title, const char *right);

/* Draws the footer: the screen's own keys, then the keys of every screen. */
void draw_footer(const struct app *a, const struct app_keyhelp *keys, size_t n);

/*
 * Clears the screen and shows the "too small" notice, centred; with help
 * (Ctrl-G was pressed), the region's emergency number and crisis lines.
 */
void draw_small_notice(const struct app *a, int help);

/*
 * Where the hardware cursor rests once the screen is drawn: the focused
 * item of a list, choice or scale, a new message, or the caret of a text
 * field. A screen reader follows it. The last call in a draw wins.
 */
void draw_cursor(int y, int x);

/* Forgets the cursor before a draw (loop.c). */
void draw_cursor_reset(void);

/* Puts the cursor where the draw asked, shown; hidden when it asked nothing (loop.c). */
void draw_cursor_place(void);

/* Draws text centred on row y. */
void draw_centred(int y, const char *s, attr_t attr);

#endif
