/* SPDX-FileCopyrightText: 2026 The steady authors */
/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * keyhelp.c: the "?" overlay listing the keys of the screen below it and
 * of every screen, so nothing needs a manual: the keys the footer had no
 * room for are here too. The words wrap; a list longer than the box
 * scrolls with Up/Down, and any other key closes it.
 */
#include "config.h"

#include <stdlib.h>

#include <stdio.h>
#include <string.h>

#include "ui/app.h"
#include "ui/draw.h"
#include "ui/screen.h"
#include "ui/screens.h"
#include "ui/pager.h"
#include "ui/theme.h"
#include "util/gettext.h"
#include "util/wrap.h"
#include "util/xalloc.h"

struct keys {
	struct screen *below;
	size_t top;   /* the first line of the list shown */
	size_t lines; /* lines of the list, as last drawn */
	int rows;     /* rows for the list, as last drawn */
};

/* One line of the list: the key (on an item's first line) and a part of what it does. */
struct row {
	const char *key;
	const char *what;
	size_t len;
	int hyphen; /* the line ends inside a word: a "-" after it */
};

/* The list's lines, each description wrapped to width; returns their count (*rows: new array). */
static size_t layout(const struct app_keyhelp *k, size_t n, int width, struct row **rows)
{
	size_t count = 0, cap = 0;
	*rows = NULL;
	for (size_t i = 0; i < n; i++) {
		struct wrap w;
		wrap_init(&w);
		wrap_text(&w, k[i].what, strlen(k[i].what), width);
		for (size_t j = 0; j < w.n; j++) {
			if (count == cap) {
				cap = cap ? cap * 2 : 16;
				*rows = xreallocarray(*rows, cap, sizeof **rows);
			}
			(*rows)[count++] =
			        (struct row){j == 0 ? k[i].key : NULL, k[i].what + w.lines[j].start,
			                     w.lines[j].end - w.lines[j].start, w.lines[j].hyphen};
		}
		wrap_free(&w);
	}
	return count;
}

static void draw_overlay(const struct app *a, struct keys *ks)
{
	const struct screen *below = ks->below;
	struct app_keyhelp all[24];
	size_t n = 0;
	for (size_t i = 0; i < below->n_keys && n < sizeof all / sizeof all[0] - 4; i++)
		all[n++] = below->keys[i];
	all[n++] = (struct app_keyhelp){"Ctrl-G", _("get help now: helplines for your region")};
	all[n++] =
	        (struct app_keyhelp){"Ctrl-Q", _("quick exit: close at once and clear the screen")};
	/* TRANSLATORS: in the keys box, beside "?": the key opens this box; while
	   typing text, where "?" is a letter, F1 does. */
	all[n++] = (struct app_keyhelp){"?", _("these keys (F1 while writing)")};
	/* The mouse line only while the screens take the mouse. */
	if (a->s->set.mouse)
		all[n++] = (struct app_keyhelp){
		        /* TRANSLATORS: in the keys box's left column, beside Ctrl-G and
		           Esc, where a key would be: the line is about the mouse. Keep it
		           short. */
		        _("Mouse"), _("click to select, again to open; the wheel scrolls")};
	int kw = 0;
	for (size_t i = 0; i < n; i++) {
		int w = wrap_width(all[i].key, strlen(all[i].key));
		if (w > kw)
			kw = w;
	}
	/* Narrow: the whole screen, so that the words wrap rather than being cut. */
	int w = COLS - 4 > 64 ? 64 : COLS - 4;
	if (COLS < 50)
		w = COLS;
	int tw = w - 6 - kw > 8 ? w - 6 - kw : 8;
	struct row *rows;
	size_t lines = layout(all, n, tw, &rows);
	/* The closing words at the foot, wrapped too; they say how to scroll when it must. */
	int maxh = COLS < 50 ? LINES : LINES - 2;
	const char *close = _("Any key closes this.");
	struct wrap cl;
	wrap_init(&cl);
	wrap_text(&cl, close, strlen(close), w - 4);
	if ((int)(lines + cl.n) + 4 > maxh) {
		close = _("Up/Down scroll; any other key closes this.");
		wrap_text(&cl, close, strlen(close), w - 4);
	}
	int h = (int)(lines + cl.n) + 4 < maxh ? (int)(lines + cl.n) + 4 : maxh;
	int y0 = (LINES - h) / 2, x0 = (COLS - w) / 2;
	/* A plain box: blank it, then a border drawn with ACS lines. */
	for (int y = y0; y < y0 + h; y++)
		mvhline(y, x0, ' ', w);
	attr_set(theme_attr(THEME_ACCENT), PAIR_NUMBER(theme_attr(THEME_ACCENT)), NULL);
	mvhline(y0, x0, ACS_HLINE, w);
	mvhline(y0 + h - 1, x0, ACS_HLINE, w);
	mvvline(y0, x0, ACS_VLINE, h);
	mvvline(y0, x0 + w - 1, ACS_VLINE, h);
	mvaddch(y0, x0, ACS_ULCORNER);
	mvaddch(y0, x0 + w - 1, ACS_URCORNER);
	mvaddch(y0 + h - 1, x0, ACS_LLCORNER);
	mvaddch(y0 + h - 1, x0 + w - 1, ACS_LRCORNER);
	attr_set(A_NORMAL, 0, NULL);
	char title[64];
	/* TRANSLATORS: the title of the box that lists every key (opened with ? or
	   F1). */
	snprintf(title, sizeof title, " %s ", _("Keys"));
	draw_str(y0, x0 + 2, w - 4, title, strlen(title), theme_attr(THEME_TITLE));
	/* The list scrolls when it is longer than the box. */
	ks->rows = h - 4 - (int)cl.n > 0 ? h - 4 - (int)cl.n : 0;
	ks->lines = lines;
	if (lines <= (size_t)ks->rows)
		ks->top = 0;
	else if (ks->top > lines - (size_t)ks->rows)
		ks->top = lines - (size_t)ks->rows;
	for (int i = 0; i < ks->rows && ks->top + (size_t)i < lines; i++) {
		const struct row *r = &rows[ks->top + (size_t)i];
		int y = y0 + 2 + i;
		if (r->key)
			draw_str(y, x0 + 2, kw, r->key, strlen(r->key),
			         theme_attr(THEME_KEY) | A_BOLD);
		draw_str(y, x0 + 4 + kw, tw, r->what, r->len, A_NORMAL);
		if (r->hyphen)
			mvaddch(y, x0 + 4 + kw + wrap_width(r->what, r->len), '-');
	}
	attr_t dim = theme_attr(THEME_DIM);
	if (ks->top > 0)
		draw_str(y0 + 2, x0 + w - 2, 1, "^", 1, dim);
	if (ks->top + (size_t)ks->rows < lines)
		draw_str(y0 + 1 + ks->rows, x0 + w - 2, 1, "v", 1, dim);
	free(rows);
	for (size_t i = 0; i < cl.n; i++)
		draw_str(y0 + h - 1 - (int)cl.n + (int)i, x0 + 2, w - 4, close + cl.lines[i].start,
		         cl.lines[i].end - cl.lines[i].start, dim);
	wrap_free(&cl);
}

static void keys_draw(struct app *a, struct screen *sc)
{
	struct keys *ks = sc->data;
	/* The screen the keys are for stays visible around the box. */
	ks->below->ops->draw(a, ks->below);
	draw_cursor_reset();
	draw_overlay(a, ks);
}

static void keys_key(struct app *a, struct screen *sc, enum app_event ev, wint_t ch)
{
	struct keys *ks = sc->data;
	/* A list longer than the box scrolls; any other key closes it, ? too. */
	if (ev == EV_KEY && ks->lines > (size_t)ks->rows &&
	    pager_key(&ks->top, ks->lines, ks->rows, ev, ch))
		return;
	screen_close(a, sc, -1);
}

static const struct screen_ops keys_ops = {
        .name = "keys",
        .draw = keys_draw,
        .key = keys_key,
        .free = screen_free_data,
};

struct screen *keys_screen_new(struct app *a, struct screen *below)
{
	(void)a;
	struct keys *ks = xcalloc(1, sizeof *ks);
	ks->below = below;
	struct screen *sc = screen_new(&keys_ops, ks);
	sc->is_overlay = 1;
	sc->typing = 1; /* keys here are not text, but none of them opens anything */
	screen_set_keys(sc, below->keys, below->n_keys);
	return sc;
}
