/* SPDX-FileCopyrightText: 2026 The steady authors */
/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * editor.c: a small editor over the answer's text. The text is wrapped one
 * column short of the area so the cursor always has a cell to sit in.
 */
#include "config.h"

#include <curses.h>
#include <sodium.h>
#include <stdlib.h>
#include <string.h>

#include "ui/editor.h"
#include "ui/theme.h"
#include "util/gettext.h"
#include "util/wrap.h"
#include "util/xalloc.h"

/* The kinds of edit, so that a run of one kind is one step to undo. */
enum { ED_NONE, ED_TYPE, ED_DELETE, ED_CUT };

static void snap_drop(struct editor_snap *sn)
{
	if (sn->text) {
		sodium_memzero(sn->text, sn->len);
		free(sn->text);
	}
	*sn = (struct editor_snap){NULL, 0, 0};
}

void editor_free(struct editor *e)
{
	for (size_t i = 0; i < e->n_undo; i++)
		snap_drop(&e->undo[i]);
	e->n_undo = 0;
}

void editor_start(struct editor *e, const struct answer *an)
{
	editor_free(e);
	e->last = ED_NONE;
	e->cur = an->len;
	e->goal = -1;
	e->top = 0;
	e->full = 0;
}

/* The visual line holding the cursor: the last line starting at or before it. */
static size_t cursor_line(const struct wrap *w, size_t cur)
{
	size_t i = 0;
	while (i + 1 < w->n && w->lines[i + 1].start <= cur)
		i++;
	return i;
}

static const char *text_of(const struct answer *an)
{
	return an->text ? an->text : "";
}

static void layout(struct wrap *w, const struct answer *an, int width)
{
	wrap_init(w);
	wrap_text(w, text_of(an), an->len, width > 2 ? width - 1 : 1);
}

void editor_draw(struct editor *e, const struct answer *an, const struct area *ar,
                 const char *placeholder)
{
	if (ar->h < 1 || ar->w < 1)
		return;
	if (an->len == 0 && placeholder) {
		draw_str(ar->y, ar->x + 1, ar->w - 1, placeholder, strlen(placeholder),
		         theme_attr(THEME_DIM));
		draw_cursor(ar->y, ar->x);
		return;
	}
	struct wrap w;
	layout(&w, an, ar->w);
	size_t cl = cursor_line(&w, e->cur);
	size_t h = (size_t)ar->h;
	/*
	 * The cursor's line stays in view with text around it (a line or two
	 * above and below where there is room), also after a resize has
	 * wrapped the text anew, so it never seems to be all that is left.
	 */
	size_t ctx = h >= 3 ? ((h - 1) / 2 < 2 ? (h - 1) / 2 : 2) : 0;
	size_t want_top = cl > ctx ? cl - ctx : 0;
	if (want_top < e->top)
		e->top = want_top;
	if (cl + ctx + 1 > e->top + h)
		e->top = cl + ctx + 1 - h;
	if (e->top + h > w.n)
		e->top = w.n > h ? w.n - h : 0;
	if (e->top > cl)
		e->top = cl;
	const char *t = text_of(an);
	for (size_t i = 0; i < h && e->top + i < w.n; i++) {
		const struct wrap_line *l = &w.lines[e->top + i];
		size_t end = l->end;
		if (end > l->start && t[end - 1] == '\n')
			end--;
		draw_str(ar->y + (int)i, ar->x, ar->w, t + l->start, end - l->start, A_NORMAL);
	}
	/* Quiet marks at the edge, as on every page, when there is more above or below. */
	attr_t dim = theme_attr(THEME_DIM);
	if (e->top > 0)
		draw_str(ar->y, COLS - 1, 1, "^", 1, dim);
	if (e->top + h < w.n)
		draw_str(ar->y + (int)h - 1, COLS - 1, 1, "v", 1, dim);
	int col = wrap_width(t + w.lines[cl].start, e->cur - w.lines[cl].start);
	if (col > ar->w - 1)
		col = ar->w - 1;
	draw_cursor(ar->y + (int)(cl - e->top), ar->x + col);
	wrap_free(&w);
}

/* The start of the character before byte offset at. */
static size_t prev_char(const char *t, size_t at)
{
	if (at == 0)
		return 0;
	at--;
	while (at > 0 && ((unsigned char)t[at] & 0xC0) == 0x80)
		at--;
	return at;
}

static size_t next_char(const char *t, size_t len, size_t at)
{
	if (at >= len)
		return len;
	wrap_decode(t, len, &at);
	return at;
}

/* Moves the cursor to visual line target at the goal column. */
static void to_line(struct editor *e, const struct answer *an, const struct wrap *w, size_t target)
{
	const char *t = text_of(an);
	const struct wrap_line *l = &w->lines[target];
	size_t end = l->end;
	/* A soft-wrapped line ends where the next begins: stay before it. */
	if (target + 1 < w->n) {
		if (end > l->start && t[end - 1] == '\n')
			end--;
		else if (end > l->start)
			end = prev_char(t, end);
	}
	e->cur = l->start + wrap_offset_at(t + l->start, end - l->start, e->goal);
}

static int encode(wint_t ch, char out[4])
{
	uint32_t c = (uint32_t)ch;
	if (c < 0x80) {
		out[0] = (char)c;
		return 1;
	}
	if (c < 0x800) {
		out[0] = (char)(0xC0 | (c >> 6));
		out[1] = (char)(0x80 | (c & 0x3F));
		return 2;
	}
	if (c >= 0xD800 && c <= 0xDFFF)
		return 0;
	if (c < 0x10000) {
		out[0] = (char)(0xE0 | (c >> 12));
		out[1] = (char)(0x80 | ((c >> 6) & 0x3F));
		out[2] = (char)(0x80 | (c & 0x3F));
		return 3;
	}
	if (c <= 0x10FFFF) {
		out[0] = (char)(0xF0 | (c >> 18));
		out[1] = (char)(0x80 | ((c >> 12) & 0x3F));
		out[2] = (char)(0x80 | ((c >> 6) & 0x3F));
		out[3] = (char)(0x80 | (c & 0x3F));
		return 4;
	}
	return 0;
}

/*
 * Before an edit of kind: the text as it is, to undo to, unless the edit
 * goes on a run of the same kind where the last one ended. Typing starts a
 * new step at each new word.
 */
static void remember(struct editor *e, const struct answer *an, int kind, int word)
{
	if (kind != ED_CUT && kind == e->last && e->cur == e->last_at && !word)
		return;
	if (e->n_undo == EDITOR_UNDO) {
		snap_drop(&e->undo[0]);
		memmove(&e->undo[0], &e->undo[1], (EDITOR_UNDO - 1) * sizeof e->undo[0]);
		e->n_undo--;
	}
	struct editor_snap *sn = &e->undo[e->n_undo++];
	sn->len = an->len;
	sn->cur = e->cur;
	sn->text = xmalloc(an->len + 1);
	memcpy(sn->text, an->text ? an->text : "", an->len);
	sn->text[an->len] = '\0';
	e->last = kind;
}

/* After an edit: where it ended, so the next one can join it. */
static void edited(struct editor *e)
{
	e->last_at = e->cur;
	e->goal = -1;
}

/* Ctrl-Z: back to the text before the last edit. */
static void undo(struct editor *e, struct answer *an)
{
	if (e->n_undo == 0)
		return;
	struct editor_snap *sn = &e->undo[--e->n_undo];
	answer_delete(an, 0, an->len);
	answer_insert(an, 0, sn->text, sn->len);
	e->cur = sn->cur <= an->len ? sn->cur : an->len;
	snap_drop(sn);
	e->full = 0;
	e->last = ED_NONE;
	e->goal = -1;
}

/* Deletes [from, to) as one step to undo. */
static void cut(struct editor *e, struct answer *an, size_t from, size_t to)
{
	if (from >= to)
		return;
	remember(e, an, ED_CUT, 0);
	answer_delete(an, from, to);
	e->cur = from;
	e->full = 0;
	edited(e);
}

size_t editor_keys(struct app_keyhelp *k)
{
	/* TRANSLATORS: a key hint in the keys box of the writing screens, after "^Z"
	   (Ctrl-Z). Keep it short. */
	k[0] = (struct app_keyhelp){"^Z", _("undo")};
	/* TRANSLATORS: in the keys box of the writing screens, after "^W" (Ctrl-W). */
	k[1] = (struct app_keyhelp){"^W", _("delete the word before the cursor")};
	/* TRANSLATORS: in the keys box of the writing screens, after "^U" (Ctrl-U):
	   deletes from the start of the line to the cursor. */
	k[2] = (struct app_keyhelp){"^U", _("delete the line before the cursor")};
	/* TRANSLATORS: in the keys box of the writing screens, after "^K" (Ctrl-K):
	   deletes from the cursor to the end of the line. */
	k[3] = (struct app_keyhelp){"^K", _("delete the line after the cursor")};
	return 4;
}

static int is_blank(char c)
{
	return c == ' ' || c == '\t' || c == '\n';
}

int editor_insert(struct editor *e, struct answer *an, wint_t ch)
{
	if (ch == '\r')
		ch = '\n';
	if ((ch < 0x20 && ch != '\n' && ch != '\t') || ch == 0x7F || (ch >= 0x80 && ch < 0xA0))
		return 0;
	char buf[4];
	int n = encode(ch, buf);
	if (n == 0)
		return 0;
	if (an->len + (size_t)n > ANSWER_MAX_TEXT) {
		e->full = 1;
		return 1;
	}
	/* A new word after a space or a line break is a new step to undo. */
	int word = !is_blank(buf[0]) && e->cur > 0 && an->text && is_blank(an->text[e->cur - 1]);
	remember(e, an, ED_TYPE, word);
	if (answer_insert(an, e->cur, buf, (size_t)n) < 0) {
		e->full = 1;
		return 1;
	}
	e->cur += (size_t)n;
	edited(e);
	return 1;
}

int editor_key(struct editor *e, struct answer *an, enum app_event ev, wint_t ch, int width,
               int rows)
{
	const char *t = text_of(an);
	if (ev == EV_CHAR) {
		/* The control keys that mean the same as a named key. */
		switch (ch) {
		case 0x7F: /* Backspace on most terminals */
		case 0x08:
			ch = KEY_BACKSPACE;
			break;
		case 0x01: /* Ctrl-A */
			ch = KEY_HOME;
			break;
		case 0x05: /* Ctrl-E */
			ch = KEY_END;
			break;
		case 0x04: /* Ctrl-D */
			ch = KEY_DC;
			break;
		case 0x1A: /* Ctrl-Z */
			undo(e, an);
			return 1;
		case 0x17: { /* Ctrl-W: the word before the cursor, and the spaces after it */
			size_t p = e->cur;
			while (p > 0 && is_blank(t[p - 1]))
				p--;
			while (p > 0 && !is_blank(t[p - 1]))
				p--;
			cut(e, an, p, e->cur);
			return 1;
		}
		case 0x15: { /* Ctrl-U: the line before the cursor */
			size_t p = e->cur;
			while (p > 0 && t[p - 1] != '\n')
				p--;
			cut(e, an, p, e->cur);
			return 1;
		}
		case 0x0B: { /* Ctrl-K: the line after the cursor; at its end, the line break */
			size_t p = e->cur;
			while (p < an->len && t[p] != '\n')
				p++;
			if (p == e->cur && p < an->len)
				p++;
			cut(e, an, e->cur, p);
			return 1;
		}
		case '\t':
		case 27:
			return 0;
		default:
			return editor_insert(e, an, ch);
		}
	} else if (ev != EV_KEY) {
		return 0;
	}
	switch (ch) {
	case KEY_ENTER:
		return editor_insert(e, an, '\n');
	case KEY_BACKSPACE:
		if (e->cur > 0) {
			size_t p = prev_char(t, e->cur);
			remember(e, an, ED_DELETE, 0);
			answer_delete(an, p, e->cur);
			e->cur = p;
			e->full = 0;
			edited(e);
		}
		e->goal = -1;
		return 1;
	case KEY_DC:
		if (e->cur < an->len) {
			remember(e, an, ED_DELETE, 0);
			answer_delete(an, e->cur, next_char(t, an->len, e->cur));
			edited(e);
		}
		e->full = 0;
		e->goal = -1;
		return 1;
	case KEY_LEFT:
		e->cur = prev_char(t, e->cur);
		e->goal = -1;
		return 1;
	case KEY_RIGHT:
		e->cur = next_char(t, an->len, e->cur);
		e->goal = -1;
		return 1;
	case KEY_UP:
	case KEY_DOWN:
	case KEY_PPAGE:
	case KEY_NPAGE:
	case KEY_HOME:
	case KEY_END:
		break;
	default:
		return 0;
	}
	struct wrap w;
	layout(&w, an, width);
	size_t cl = cursor_line(&w, e->cur);
	if (e->goal < 0)
		e->goal = wrap_width(t + w.lines[cl].start, e->cur - w.lines[cl].start);
	size_t page = rows > 1 ? (size_t)rows - 1 : 1;
	switch (ch) {
	case KEY_UP:
		if (cl > 0)
			to_line(e, an, &w, cl - 1);
		else
			e->cur = 0;
		break;
	case KEY_DOWN:
		if (cl + 1 < w.n)
			to_line(e, an, &w, cl + 1);
		else
			e->cur = an->len;
		break;
	case KEY_PPAGE:
		to_line(e, an, &w, cl > page ? cl - page : 0);
		break;
	case KEY_NPAGE:
		to_line(e, an, &w, cl + page < w.n ? cl + page : w.n - 1);
		break;
	case KEY_HOME:
		e->cur = w.lines[cl].start;
		e->goal = -1;
		break;
	case KEY_END:
		e->goal = 1 << 20;
		to_line(e, an, &w, cl);
		e->goal = -1;
		break;
	}
	wrap_free(&w);
	return 1;
}
