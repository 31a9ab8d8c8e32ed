/* SPDX-FileCopyrightText: 2026 The steady authors */
/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * draw.c: text on the screen by display width. Characters the locale
 * cannot show, control characters and invalid bytes appear as U+FFFD (or
 * '?'), so content can never send escape sequences to the terminal.
 */
#include "config.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "content/helplines_text.h"
#include "ui/draw.h"
#include "ui/theme.h"
#include "util/buf.h"
#include "util/charset.h"
#include "util/gettext.h"
#include "util/wrap.h"
#include "util/xalloc.h"

static int utf8 = 1;

void draw_set_utf8(int u)
{
	utf8 = u;
}

int draw_too_small(void)
{
	return COLS < APP_MIN_COLS || LINES < APP_MIN_ROWS;
}

struct area draw_body(void)
{
	struct area ar;
	int margin = COLS >= 60 ? 2 : 1;
	ar.x = margin;
	ar.w = COLS - 2 * margin;
	if (ar.w > 78)
		ar.w = 78; /* long lines are hard to read */
	if (LINES >= 14) {
		ar.y = 2;
		ar.h = LINES - 4;
	} else {
		ar.y = 1;
		ar.h = LINES - 2;
	}
	if (ar.w < 1)
		ar.w = 1;
	if (ar.h < 1)
		ar.h = 1;
	return ar;
}

int draw_str(int y, int x, int maxw, const char *s, size_t len, attr_t attr)
{
	if (y < 0 || y >= LINES || x < 0 || x >= COLS || maxw <= 0 || !s)
		return 0;
	if (x + maxw > COLS)
		maxw = COLS - x;
	wchar_t buf[512];
	size_t n = 0;
	int col = 0;
	size_t i = 0;
	while (i < len && n < sizeof buf / sizeof buf[0] - 2) {
		uint32_t c = wrap_decode(s, len, &i);
		int w = wrap_char_width(c, col);
		if (c == '\t') {
			if (col + w > maxw)
				w = maxw - col;
			for (int k = 0; k < w && n < sizeof buf / sizeof buf[0] - 2; k++)
				buf[n++] = L' ';
			col += w;
			if (col >= maxw)
				break;
			continue;
		}
		uint32_t shown = wrap_shown(c);
		if (!utf8 && shown >= 0x80) /* what the locale's set has, or a stand-in */
			shown = w == 0 ? 0 : charset_screen_char(shown);
		if (w == 0) {
			/* A combining mark needs a base before it. */
			if (n > 0 && shown)
				buf[n++] = (wchar_t)shown;
			continue;
		}
		if (col + w > maxw)
			break;
		if (!utf8 && w == 2) {
			buf[n++] = L'?';
			buf[n++] = L'?';
		} else {
			buf[n++] = (wchar_t)shown;
		}
		col += w;
	}
	if (n == 0)
		return 0;
	attr_set(attr, PAIR_NUMBER(attr), NULL);
	mvaddnwstr(y, x, buf, (int)n);
	attr_set(A_NORMAL, 0, NULL);
	return col;
}

int draw_str_fit(int y, int x, int maxw, const char *s, size_t len, attr_t attr)
{
	if (!s || maxw <= 0)
		return 0;
	if (wrap_width(s, len) <= maxw)
		return draw_str(y, x, maxw, s, len, attr);
	/* Cut short: say so with an ellipsis rather than end mid-word silently. */
	size_t cut = wrap_offset_at(s, len, maxw - 1);
	int w = draw_str(y, x, maxw - 1, s, cut, attr);
	const char *more = utf8 ? "\xe2\x80\xa6" : "~";
	return w + draw_str(y, x + w, 1, more, strlen(more), attr);
}

void draw_line(int y, int x, int w, const struct markup_line *l, unsigned extra)
{
	int indent = l->indent < w ? l->indent : w;
	int col = indent;
	unsigned base = l->attr | extra;
	size_t at = 0;
	if ((base & MARKUP_SELECTED) && indent > 0)
		draw_str(y, x, indent, "                                        ",
		         indent > 40 ? 40 : (size_t)indent, theme_markup(base));
	/* Draw the text in runs: plain parts with the line's attributes, spans with their own. */
	for (size_t k = 0; k <= l->n_spans && col < w; k++) {
		size_t end = k < l->n_spans ? l->spans[k].start : l->len;
		if (end > at) {
			col += draw_str(y, x + col, w - col, l->text + at, end - at,
			                theme_markup(base));
			at = end;
		}
		if (k < l->n_spans && l->spans[k].end > at) {
			size_t e = l->spans[k].end;
			col += draw_str(y, x + col, w - col, l->text + at, e - at,
			                theme_markup(base | l->spans[k].attr));
			at = e;
		}
	}
}

/* Rows beyond this have no tags (a click there finds nothing). */
#define TAG_ROWS 512
static int row_tags[TAG_ROWS];

void draw_tag(int y, int tag)
{
	if (y >= 0 && y < TAG_ROWS)
		row_tags[y] = tag;
}

int draw_tag_at(int y)
{
	return y >= 0 && y < TAG_ROWS ? row_tags[y] : 0;
}

void draw_tags_reset(void)
{
	memset(row_tags, 0, sizeof row_tags);
}

size_t draw_doc(const struct area *ar, const struct markup_doc *d, size_t top)
{
	if (ar->h <= 0 || ar->w <= 0)
		return top;
	size_t h = (size_t)ar->h;
	if (d->n <= h)
		top = 0;
	else if (top > d->n - h)
		top = d->n - h;
	for (size_t i = 0; i < h && top + i < d->n; i++) {
		draw_line(ar->y + (int)i, ar->x, ar->w, &d->lines[top + i], 0);
		if (d->lines[top + i].tag)
			draw_tag(ar->y + (int)i, d->lines[top + i].tag);
	}
	/* Quiet marks at the edge when there is more above or below. */
	if (top > 0)
		draw_str(ar->y, COLS - 1, 1, "^", 1, theme_attr(THEME_DIM));
	if (top + h < d->n)
		draw_str(ar->y + (int)h - 1, COLS - 1, 1, "v", 1, theme_attr(THEME_DIM));
	return top;
}

void draw_centred(int y, const char *s, attr_t attr)
{
	int w = wrap_width(s, strlen(s));
	int x = (COLS - w) / 2;
	if (x < 0)
		x = 0;
	draw_str(y, x, COLS - x, s, strlen(s), attr);
}

void draw_frame(const char *title, const char *right)
{
	erase();
	int margin = COLS >= 60 ? 2 : 1;
	int rw = right ? wrap_width(right, strlen(right)) : 0;
	int room = COLS - 2 * margin;
	if (right && rw + 2 < room) {
		draw_str(0, COLS - margin - rw, rw, right, strlen(right), theme_attr(THEME_DIM));
		room -= rw + 2;
	}
	if (title)
		draw_str_fit(0, margin, room, title, strlen(title), theme_attr(THEME_TITLE));
}

static int key_width(const struct app_keyhelp *k)
{
	return wrap_width(k->key, strlen(k->key)) + 1 + wrap_width(k->what, strlen(k->what));
}

/* Draws keys from column x, sep columns apart; returns the column after them. */
static int draw_keys(int y, int x, int maxx, const struct app_keyhelp *keys, size_t n, int sep)
{
	for (size_t i = 0; i < n; i++) {
		if (x + key_width(&keys[i]) > maxx)
			break;
		x += draw_str(y, x, maxx - x, keys[i].key, strlen(keys[i].key),
		              theme_attr(THEME_KEY) | A_BOLD);
		x += 1;
		x += draw_str(y, x, maxx - x, keys[i].what, strlen(keys[i].what),
		              theme_attr(THEME_DIM));
		x += sep;
	}
	return x;
}

/*
 * 1 for keys whose use the screen itself shows (arrows, digits, paging),
 * and for the editor's deleting keys, which the keys box explains: they
 * give way first in a footer with no room.
 */
static int obvious_key(const char *key)
{
	static const char *const obvious[] = {"Up/Down",   "Left/Right", "0-9", "PgUp", "PgDn",
	                                      "PgUp/PgDn", "Home/End",   "^W",  "^U",   "^K"};
	for (size_t i = 0; i < sizeof obvious / sizeof obvious[0]; i++)
		if (strcmp(key, obvious[i]) == 0)
			return 1;
	return 0;
}

/* The width of keys drawn sep columns apart. */
static int keys_width(const struct app_keyhelp *keys, size_t n, int sep)
{
	int w = 0;
	for (size_t i = 0; i < n; i++)
		w += key_width(&keys[i]) + (i ? sep : 0);
	return w;
}

/* Removes keys[i] from a list of *n. */
static void drop_key(struct app_keyhelp *keys, size_t *n, size_t i)
{
	memmove(&keys[i], &keys[i + 1], (*n - i - 1) * sizeof *keys);
	(*n)--;
}

/*
 * Drops one of the screen's keys: the last, but never the first two (the
 * way on, and what the screen is for) nor Esc (the way back) while there
 * is another to drop; then Esc, then the second.
 */
static void drop_last(struct app_keyhelp *keys, size_t *n)
{
	for (size_t i = *n; i-- > 2;)
		if (strcmp(keys[i].key, "Esc") != 0) {
			drop_key(keys, n, i);
			return;
		}
	drop_key(keys, n, *n > 2 ? 2 : *n - 1);
}

/* Drops the first key whose use the screen shows; 0 when there is none. */
static int drop_obvious(struct app_keyhelp *keys, size_t *n)
{
	for (size_t i = 0; i < *n; i++)
		if (obvious_key(keys[i].key)) {
			drop_key(keys, n, i);
			return 1;
		}
	return 0;
}

/* The width of one row holding own and global keys and the keys overlay's key. */
static int row_width(const struct app_keyhelp *own, size_t n, const struct app_keyhelp *global,
                     size_t ng, const struct app_keyhelp *more, int sep)
{
	int w = keys_width(global, ng, sep) + (ng ? sep : 0) + (more ? key_width(more) : 0);
	if (n)
		w += keys_width(own, n, sep) + (ng || more ? sep + 1 : 0);
	return w;
}

/* Draws globals and more (either may be missing) at the right of row y. */
static void draw_right(int y, int margin, const struct app_keyhelp *global, size_t ng,
                       const struct app_keyhelp *more, int sep)
{
	int gx = COLS - margin - row_width(NULL, 0, global, ng, more, sep);
	if (gx < margin)
		gx = margin;
	int x = draw_keys(y, gx, COLS, global, ng, sep);
	if (more)
		draw_keys(y, x, COLS, more, 1, sep);
}

/*
 * The footer: the screen's own keys on the left, the keys of every screen
 * on the right. The screen's own keys come first: when one row cannot hold
 * them all (a narrow terminal, longer words in other languages), the keys
 * of every screen move up a row where the screen has one to spare (14 rows
 * or more), and the screen's own keys keep the bottom row to themselves.
 * Where there is still not room, what goes is, in turn: the keys whose use
 * the screen shows (arrows, paging), help, the quick exit (both work on
 * every screen all the same), then the screen's last keys (drop_last()),
 * so the way on and the way back stay longest. The keys overlay's key is always there and
 * says "more keys" once anything is left out: the overlay lists them all.
 */
void draw_footer(const struct app *a, const struct app_keyhelp *keys, size_t n)
{
	struct app_keyhelp own[16], global[2] = {
	                                    /* TRANSLATORS: a key hint in the footer
	                                       of every screen, after the key "^G"
	                                       (Ctrl-G), as in "^G help": it opens
	                                       Get help now. Keep it short. */
	                                    {"^G", _("help")},
	                                    /* TRANSLATORS: a key hint in the footer
	                                       of every screen, after the key "^Q"
	                                       (Ctrl-Q), as in "^Q quick exit":
	                                       steady closes at once and clears the
	                                       screen. Keep it short. */
	                                    {"^Q", _("quick exit")},
	                            };
	if (n > sizeof own / sizeof own[0])
		n = sizeof own / sizeof own[0];
	memcpy(own, keys, n * sizeof *keys);
	size_t ng = 2, n_all = n;
	/* TRANSLATORS: a key hint in the footer, after "?" or "F1", as in "? keys":
	   it opens the box that lists every key. Keep it short. */
	struct app_keyhelp more = {a->typing ? "F1" : "?", _("keys")};
	/* TRANSLATORS: after "?" or "F1" in a footer with no room for every
	   key: the keys box has the rest. Keep it short ("mehr", "meer"). */
	const char *more_keys = _("more keys");
	int y = LINES - 1;
	int wide = COLS >= 60;
	int margin = wide ? 2 : 1, sep = 2;
	int room = COLS - 2 * margin;
	/* The keys whose use the screen shows come only when everything fits. */
	if (row_width(own, n, global, ng, &more, sep) > room) {
		while (drop_obvious(own, &n))
			;
		if (n < n_all)
			more.what = more_keys;
	}
	if (row_width(own, n, global, ng, &more, sep) > room) {
		sep = 1; /* closer together */
		margin = wide;
		room = COLS - 2 * margin;
	}
	if (row_width(own, n, global, ng, &more, sep) > room && LINES >= 14 &&
	    row_width(NULL, 0, global, ng, &more, sep) <= room) {
		/* Two rows: the keys of every screen above, the screen's own below. */
		while (n > 0 && keys_width(own, n, sep) > room)
			if (!drop_obvious(own, &n))
				drop_last(own, &n);
		if (n < n_all)
			more.what = more_keys;
		draw_right(y - 1, margin, global, ng, &more, sep);
		draw_keys(y, margin, COLS - margin, own, n, sep);
		return;
	}
	while (row_width(own, n, global, ng, &more, sep) > room) {
		more.what = more_keys;
		if (drop_obvious(own, &n))
			continue;
		if (ng > 0)
			drop_key(global, &ng, 0);
		else if (n > 0)
			drop_last(own, &n);
		else
			break;
	}
	if (n < n_all || ng < 2)
		more.what = more_keys;
	draw_right(y, margin, global, ng, &more, sep);
	draw_keys(y, margin, COLS - margin - row_width(NULL, 0, global, ng, &more, sep) - 2, own, n,
	          sep);
}

void draw_small_notice(const struct app *a, int help)
{
	erase();
	struct markup_doc d;
	markup_init(&d);
	int w = COLS > 2 ? COLS - 2 : 1;
	if (help) {
		/* The shortest help: the region's emergency number and crisis lines. */
		struct buf b;
		buf_init(&b);
		helplines_text_crisis(&b, session_region(a->s), w);
		for (char *line = b.data, *nl; line && *line; line = nl + 1) {
			nl = strchr(line, '\n');
			if (!nl)
				nl = line + strlen(line) - 1;
			else
				*nl = '\0';
			markup_text(&d, line, w, 0, 0);
		}
		buf_free(&b);
	} else
		markup_text(&d, _("This window is too small. Make it a little larger."), w, 0, 0);
	/*
	 * The way out and the help are always shown, even here, if there is a
	 * row for them; where one row cannot hold both, each gets its own, and
	 * the quick exit keeps the last one.
	 */
	/* TRANSLATORS: a key hint in the footer of a screen too small for anything
	   else: ^Q is the key Ctrl-Q and must stay as it is; steady closes at once
	   and clears the screen. Keep it short. */
	const char *quick = _("^Q quick exit");
	/* TRANSLATORS: a key hint in the footer of a screen too small for anything
	   else: ^G is the key Ctrl-G and must stay as it is; it opens Get help now
	   (the helplines). Keep it short. */
	const char *get = _("^G help");
	int two = !help &&
	          wrap_width(quick, strlen(quick)) + 2 + wrap_width(get, strlen(get)) > COLS &&
	          LINES >= 4;
	int foot = LINES >= 3 ? 1 + two : 0;
	int y = help ? 0 : (LINES - (int)d.n) / 2;
	if (y < 0)
		y = 0;
	for (size_t i = 0; i < d.n && y + (int)i < LINES - foot; i++) {
		if (help)
			draw_str(y + (int)i, 0, COLS, d.lines[i].text, strlen(d.lines[i].text), 0);
		else
			draw_centred(y + (int)i, d.lines[i].text, A_BOLD);
	}
	if (foot && (help || two)) {
		draw_centred(LINES - 1, quick, A_NORMAL);
		if (two)
			draw_centred(LINES - 2, get, A_NORMAL);
	} else if (foot) {
		char *both = xasprintf("%s  %s", quick, get);
		draw_centred(LINES - 1, both, A_NORMAL);
		free(both);
	}
	markup_free(&d);
}

static int cursor_y = -1, cursor_x = -1;

void draw_cursor(int y, int x)
{
	cursor_y = y;
	cursor_x = x;
}

void draw_cursor_reset(void)
{
	cursor_y = cursor_x = -1;
}

void draw_cursor_place(void)
{
	if (cursor_y >= 0 && cursor_y < LINES && cursor_x >= 0 && cursor_x < COLS) {
		move(cursor_y, cursor_x);
		curs_set(1);
	} else {
		curs_set(0);
	}
}
