/*
 * keyhelp.c: the "?" overlay listing the keys of the screen below it and
 * of every screen, so nothing needs a manual. Any key closes it.
 */
#include "config.h"

#include <stdlib.h>

#include <stdio.h>
#include <string.h>

#include "ui/app.h"
#include "ui/draw.h"
#include "ui/screen.h"
#include "ui/screens.h"
#include "ui/theme.h"
#include "util/gettext.h"
#include "util/wrap.h"

static void draw_overlay(const struct app *a, const struct screen *below)
{
	const struct app_keyhelp global[] = {
	        {"Ctrl-G", _("get help now: helplines for your region")},
	        {"Ctrl-Q", _("quick exit: close at once and clear the screen")},
	        {"?", _("these keys (F1 while writing)")},
	        /* TRANSLATORS: in the keys overlay's left column, beside Ctrl-G and Esc. */
	        {_("Mouse"), _("click to select, again to open; the wheel scrolls")},
	};
	/* The mouse line only while the screens take the mouse. */
	size_t n_global = sizeof global / sizeof global[0] - !a->s->set.mouse;
	size_t n = below->n_keys + n_global;
	int kw = 0;
	for (size_t i = 0; i < n; i++) {
		const char *k =
		        i < below->n_keys ? below->keys[i].key : global[i - below->n_keys].key;
		int w = wrap_width(k, strlen(k));
		if (w > kw)
			kw = w;
	}
	int w = COLS - 4 > 64 ? 64 : COLS - 4;
	int h = (int)n + 5 < LINES - 2 ? (int)n + 5 : LINES - 2;
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
	snprintf(title, sizeof title, " %s ", _("Keys"));
	draw_str(y0, x0 + 2, w - 4, title, strlen(title), theme_attr(THEME_TITLE));
	int y = y0 + 2;
	for (size_t i = 0; i < n && y < y0 + h - 2; i++, y++) {
		const struct app_keyhelp *k =
		        i < below->n_keys ? &below->keys[i] : &global[i - below->n_keys];
		draw_str(y, x0 + 2, kw, k->key, strlen(k->key), theme_attr(THEME_KEY) | A_BOLD);
		draw_str(y, x0 + 4 + kw, w - 6 - kw, k->what, strlen(k->what), A_NORMAL);
	}
	const char *close = _("Any key closes this.");
	draw_str(y0 + h - 2, x0 + 2, w - 4, close, strlen(close), theme_attr(THEME_DIM));
}

static void keys_draw(struct app *a, struct screen *sc)
{
	struct screen *below = sc->data;
	/* The screen the keys are for stays visible around the box. */
	below->ops->draw(a, below);
	draw_cursor_reset();
	draw_overlay(a, below);
}

static void keys_key(struct app *a, struct screen *sc, enum app_event ev, wint_t ch)
{
	(void)ev;
	(void)ch;
	screen_close(a, sc, -1); /* any key closes it, ? too */
}

static const struct screen_ops keys_ops = {
        .name = "keys",
        .draw = keys_draw,
        .key = keys_key,
};

struct screen *keys_screen_new(struct app *a, struct screen *below)
{
	(void)a;
	struct screen *sc = screen_new(&keys_ops, below);
	sc->is_overlay = 1;
	sc->typing = 1; /* keys here are not text, but none of them opens anything */
	screen_set_keys(sc, below->keys, below->n_keys);
	return sc;
}
