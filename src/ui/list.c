/* SPDX-FileCopyrightText: 2026 The steady authors */
/* SPDX-License-Identifier: GPL-3.0-or-later */
/* list.c: the selectable list used by the menus and pickers. */
#include "config.h"

#include <curses.h>
#include <sodium.h>
#include <stdlib.h>
#include <string.h>

#include "ui/list.h"
#include "ui/screen.h"
#include "ui/screens.h"
#include "ui/theme.h"
#include "util/gettext.h"
#include "util/wrap.h"
#include "util/xalloc.h"

static void push(struct list *l, const char *label, const char *detail, int id)
{
	if (l->n == l->cap) {
		l->cap = l->cap ? l->cap * 2 : 16;
		l->items = xreallocarray(l->items, l->cap, sizeof *l->items);
	}
	l->items[l->n].label = xstrdup(label);
	l->items[l->n].detail = xstrdup(detail);
	l->items[l->n].id = id;
	l->n++;
}

void list_add(struct list *l, const char *label, const char *detail, int id)
{
	int first = list_selected(l) < 0;
	push(l, label, detail, id < 0 ? 0 : id);
	if (first)
		l->sel = l->n - 1;
}

void list_heading(struct list *l, const char *label)
{
	push(l, label, NULL, -1);
	l->items[l->n - 1].id = -1;
}

void list_free(struct list *l)
{
	for (size_t i = 0; i < l->n; i++) {
		free(l->items[i].label);
		free(l->items[i].detail);
	}
	free(l->items);
	memset(l, 0, sizeof *l);
}

void list_wipe(struct list *l)
{
	for (size_t i = 0; i < l->n; i++) {
		if (l->items[i].label)
			sodium_memzero(l->items[i].label, strlen(l->items[i].label));
		if (l->items[i].detail)
			sodium_memzero(l->items[i].detail, strlen(l->items[i].detail));
	}
	list_free(l);
}

static int selectable(const struct list *l, size_t i)
{
	return i < l->n && l->items[i].id >= 0;
}

void list_select_id(struct list *l, int id)
{
	for (size_t i = 0; i < l->n; i++)
		if (selectable(l, i) && l->items[i].id == id) {
			l->sel = i;
			return;
		}
}

int list_selected(const struct list *l)
{
	return selectable(l, l->sel) ? l->items[l->sel].id : -1;
}

void list_draw(struct list *l, const struct area *ar)
{
	size_t h = ar->h > 0 ? (size_t)ar->h : 1;
	/* Keep the selection in view, with the heading above it when there is room. */
	if (l->sel < l->top)
		l->top = l->sel;
	if (l->top > 0 && l->sel > 0 && l->sel - 1 < l->top && !selectable(l, l->sel - 1))
		l->top = l->sel - 1;
	if (l->sel >= l->top + h)
		l->top = l->sel - h + 1;
	if (l->n <= h)
		l->top = 0;
	for (size_t i = 0; i < h && l->top + i < l->n; i++) {
		const struct list_item *it = &l->items[l->top + i];
		int y = ar->y + (int)i;
		if (!it->label)
			continue;
		if (it->id < 0) {
			draw_str(y, ar->x, ar->w, it->label, strlen(it->label),
			         theme_attr(THEME_HEADING));
			continue;
		}
		draw_tag(y, (int)(l->top + i) + 1);
		int sel = l->top + i == l->sel;
		attr_t at = sel ? theme_attr(THEME_SELECTED) : A_NORMAL;
		int dw = it->detail ? wrap_width(it->detail, strlen(it->detail)) : 0;
		int lw = ar->w - 2 - (dw ? dw + 2 : 0);
		if (lw < ar->w / 2) {
			/* The label matters more: it keeps its width, the detail gets the
			 * rest (cut with an ellipsis), or nothing when the rest is tiny. */
			int labw = wrap_width(it->label, strlen(it->label));
			int room = ar->w - 2 - labw - 2;
			if (dw && room >= 8) {
				dw = room;
				lw = labw + 1; /* the label whole: it is drawn in lw - 1 columns */
			} else {
				dw = 0;
				lw = ar->w - 2;
			}
		}
		if (sel) {
			attr_set(at, PAIR_NUMBER(at), NULL);
			mvhline(y, ar->x, ' ', ar->w);
			attr_set(A_NORMAL, 0, NULL);
			/* Focus in text too (no colour, a screen reader), with the cursor on it. */
			draw_str(y, ar->x, 1, ">", 1, at);
			draw_cursor(y, ar->x);
		}
		draw_str_fit(y, ar->x + 2, lw - 1, it->label, strlen(it->label), at);
		if (dw)
			draw_str_fit(y, ar->x + ar->w - 1 - dw, dw, it->detail, strlen(it->detail),
			             sel ? at : theme_attr(THEME_DIM));
	}
	/* Quiet marks when there is more above or below. */
	if (l->top > 0)
		draw_str(ar->y, COLS - 1, 1, "^", 1, theme_attr(THEME_DIM));
	if (l->top + h < l->n)
		draw_str(ar->y + (int)h - 1, COLS - 1, 1, "v", 1, theme_attr(THEME_DIM));
}

int list_click(struct app *a, struct screen *sc, const struct list *l, int y)
{
	int tag = draw_tag_at(y);
	if (tag <= 0 || !selectable(l, (size_t)tag - 1))
		return 0;
	size_t to = (size_t)tag - 1, lo = to < l->sel ? to : l->sel, hi = to < l->sel ? l->sel : to;
	int steps = 0;
	for (size_t i = lo; i < hi; i++)
		steps += selectable(l, i + 1);
	if (steps == 0) {
		sc->ops->key(a, sc, EV_CHAR, '\r');
		return 1;
	}
	/* The keys are counted first: a screen may build its list again on each key. */
	wint_t k = to < l->sel ? KEY_UP : KEY_DOWN;
	for (int i = 0; i < steps && screen_top(a) == sc; i++)
		sc->ops->key(a, sc, EV_KEY, k);
	return 1;
}

static void step_sel(struct list *l, int dir, size_t steps)
{
	size_t at = l->sel;
	while (steps-- > 0) {
		size_t i = at;
		do {
			if (dir < 0 && i == 0)
				return;
			if (dir > 0 && i + 1 >= l->n)
				return;
			i = dir < 0 ? i - 1 : i + 1;
		} while (!selectable(l, i));
		at = i;
		l->sel = at;
	}
}

int list_key(struct list *l, enum app_event ev, wint_t ch, int page)
{
	if (page < 1)
		page = 1;
	if (ev == EV_KEY) {
		switch (ch) {
		case KEY_UP:
			step_sel(l, -1, 1);
			return 1;
		case KEY_DOWN:
			step_sel(l, 1, 1);
			return 1;
		case KEY_PPAGE:
			step_sel(l, -1, (size_t)page);
			return 1;
		case KEY_NPAGE:
			step_sel(l, 1, (size_t)page);
			return 1;
		case KEY_HOME:
			step_sel(l, -1, l->n);
			return 1;
		case KEY_END:
			step_sel(l, 1, l->n);
			return 1;
		}
	} else if (ev == EV_CHAR) {
		if (ch == 'k') {
			step_sel(l, -1, 1);
			return 1;
		}
		if (ch == 'j') {
			step_sel(l, 1, 1);
			return 1;
		}
	}
	return 0;
}

/* A picker screen: a list of labels, closed with the index picked or -1. */
struct picker {
	char *title, *intro;
	struct list l;
	struct app_keyhelp keys[3];
	int page;
};

static void pick_draw(struct app *a, struct screen *sc)
{
	struct picker *p = sc->data;
	draw_frame(p->title, NULL);
	struct area ar = draw_body();
	if (p->intro) {
		struct markup_doc d;
		markup_init(&d);
		markup_text(&d, p->intro, ar.w, 0, 0);
		size_t used = d.n + 1 < (size_t)ar.h / 2 ? d.n + 1 : 0;
		draw_doc(&(struct area){ar.y, ar.x, (int)used, ar.w}, &d, 0);
		ar.y += (int)used;
		ar.h -= (int)used;
		markup_free(&d);
	}
	p->page = ar.h;
	list_draw(&p->l, &ar);
	draw_footer(a, p->keys, 3);
}

static void pick_key(struct app *a, struct screen *sc, enum app_event ev, wint_t ch)
{
	struct picker *p = sc->data;
	if (list_key(&p->l, ev, ch, p->page))
		return;
	if (app_is_choose(ev, ch))
		screen_close(a, sc, list_selected(&p->l));
	else if (app_is_back(ev, ch))
		screen_close(a, sc, -1);
}

static void pick_free(struct screen *sc)
{
	struct picker *p = sc->data;
	list_free(&p->l);
	free(p->title);
	free(p->intro);
	free(p);
}

static void pick_click(struct app *a, struct screen *sc, int y, int x)
{
	(void)x;
	list_click(a, sc, &((struct picker *)sc->data)->l, y);
}

static const struct screen_ops pick_ops = {
        .name = "pick",
        .draw = pick_draw,
        .key = pick_key,
        .click = pick_click,
        .free = pick_free,
};

struct screen *list_pick_new(const char *title, const char *intro, const char *const *labels,
                             size_t n, size_t current)
{
	struct picker *p = xcalloc(1, sizeof *p);
	p->title = xstrdup(title);
	p->intro = intro ? xstrdup(intro) : NULL;
	for (size_t i = 0; i < n; i++)
		list_add(&p->l, labels[i], NULL, (int)i);
	list_select_id(&p->l, (int)current);
	/* TRANSLATORS: a key hint in the footer, after "Up/Down", as in "Up/Down
	   move": the arrow keys move the highlight in a list. Keep it short. */
	p->keys[0] = (struct app_keyhelp){"Up/Down", _("move")};
	/* TRANSLATORS: a key hint in the footer, after "Enter", as in "Enter
	   choose": picks the highlighted entry. Keep it short. */
	p->keys[1] = (struct app_keyhelp){"Enter", _("choose")};
	/* TRANSLATORS: a key hint in the footer, after "Esc" or "b", as in "Esc
	   back": goes back to the screen before. Keep it short; the word typed in
	   plain mode is a different message. */
	p->keys[2] = (struct app_keyhelp){"Esc", _("back")};
	struct screen *sc = screen_new(&pick_ops, p);
	screen_set_keys(sc, p->keys, 3);
	return sc;
}
