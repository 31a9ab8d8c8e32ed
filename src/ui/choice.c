/* SPDX-FileCopyrightText: 2026 The steady authors */
/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * choice.c: text and a few choices, as a screen that answers its parent.
 * The choices are always on screen (at the bottom of the body); the text
 * above them scrolls with PgUp/PgDn when it does not fit, so a long
 * explanation never hides the way out. Its text is copied and wiped when
 * it closes: a note may quote a diary entry.
 */
#include "config.h"

#include <curses.h>
#include <sodium.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "ui/draw.h"
#include "ui/list.h"
#include "ui/pager.h"
#include "ui/screen.h"
#include "ui/screens.h"
#include "util/gettext.h"
#include "util/xalloc.h"

struct choice {
	char *title, *markup, *note;
	struct list l;
	size_t n;
	size_t top;
	size_t nlines;
	int text_h;
	int list_h;
	int fresh; /* no key yet: a note (an error) is read first */
	struct app_keyhelp keys[4];
};

static void choice_draw(struct app *a, struct screen *sc)
{
	struct choice *c = sc->data;
	draw_frame(c->title, NULL);
	struct area ar = draw_body();
	int lh = (int)c->n < ar.h ? (int)c->n : ar.h;
	struct area ta = {ar.y, ar.x, ar.h - lh - 1, ar.w};
	struct markup_doc d;
	markup_init(&d);
	if (c->markup)
		markup_render(&d, c->markup, ar.w, app_bullet(a));
	size_t note_line = SIZE_MAX;
	if (c->note) {
		if (!markup_ends_blank(&d))
			markup_blank(&d);
		note_line = d.n;
		markup_text(&d, c->note, ar.w, 0, MARKUP_ACCENT);
	}
	c->nlines = d.n;
	if (ta.h > 0)
		c->top = draw_doc(&ta, &d, c->top);
	markup_wipe(&d);
	/* The choices sit right under the text when it is short. */
	int ly = ar.y;
	if (ta.h > 0 && c->nlines > 0)
		ly += ((int)c->nlines < ta.h ? (int)c->nlines : ta.h) + 1;
	c->text_h = ta.h;
	c->list_h = lh;
	list_draw(&c->l, &(struct area){ly, ar.x, lh, ar.w});
	/* "PgDn more text" only when there is more text than room. */
	int more = ta.h > 0 && c->nlines > (size_t)ta.h;
	/* TRANSLATORS: a key hint in the footer, after "PgDn", as in "PgDn more
	   text": the text above the choices goes on below. Keep it short. */
	c->keys[2] = more ? (struct app_keyhelp){"PgDn", _("more text")}
	                  : (struct app_keyhelp){"Esc", _("back")};
	screen_set_keys(sc, c->keys, more ? 4 : 3);
	draw_footer(a, c->keys, more ? 4 : 3);
	/* A new message is read first: the cursor rests on it until a key is pressed. */
	if (c->fresh && note_line >= c->top && note_line < c->top + (size_t)(ta.h > 0 ? ta.h : 0))
		draw_cursor(ta.y + (int)(note_line - c->top), ta.x);
}

static void choice_key(struct app *a, struct screen *sc, enum app_event ev, wint_t ch)
{
	struct choice *c = sc->data;
	c->fresh = 0;
	if (ev == EV_KEY && (ch == KEY_NPAGE || ch == KEY_PPAGE)) {
		pager_key(&c->top, c->nlines, c->text_h, ev, ch);
		return;
	}
	if (list_key(&c->l, ev, ch, c->list_h))
		return;
	if (app_is_choose(ev, ch))
		screen_close(a, sc, list_selected(&c->l));
	else if (app_is_back(ev, ch))
		screen_close(a, sc, -1);
}

static void choice_free(struct screen *sc)
{
	struct choice *c = sc->data;
	list_wipe(&c->l);
	xfree_wiped(c->title);
	xfree_wiped(c->markup);
	xfree_wiped(c->note);
	free(c);
}

static void choice_click(struct app *a, struct screen *sc, int y, int x)
{
	(void)x;
	list_click(a, sc, &((struct choice *)sc->data)->l, y);
}

static const struct screen_ops choice_ops = {
        .name = "choice",
        .draw = choice_draw,
        .key = choice_key,
        .click = choice_click,
        .free = choice_free,
};

struct screen *choice_new(const char *title, const char *markup, const char *note,
                          const char *const *choices, size_t n)
{
	struct choice *c = xcalloc(1, sizeof *c);
	c->title = xstrdup(title);
	c->markup = markup ? xstrdup(markup) : NULL;
	c->note = note ? xstrdup(note) : NULL;
	c->n = n;
	c->fresh = 1;
	for (size_t i = 0; i < n; i++)
		list_add(&c->l, choices[i], NULL, (int)i);
	c->keys[0] = (struct app_keyhelp){"Up/Down", _("move")};
	c->keys[1] = (struct app_keyhelp){"Enter", _("choose")};
	c->keys[2] = (struct app_keyhelp){"PgDn", _("more text")};
	c->keys[3] = (struct app_keyhelp){"Esc", _("back")};
	struct screen *sc = screen_new(&choice_ops, c);
	screen_set_keys(sc, c->keys, 4);
	return sc;
}
