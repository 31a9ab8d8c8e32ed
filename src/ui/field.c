/* SPDX-FileCopyrightText: 2026 The steady authors */
/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * field.c: the one-line field. Only the end of a long text is shown, so the
 * cursor (always at the end) stays in view. Editing is at the end only:
 * enough for a search or a passphrase, and nothing to get lost in.
 */
#include "config.h"

#include <curses.h>
#include <sodium.h>
#include <string.h>

#include "diary/secbuf.h"
#include "ui/draw.h"
#include "ui/field.h"
#include "ui/theme.h"
#include "util/utf8.h"
#include "util/wrap.h"

void field_init(struct field *f, int secret)
{
	f->text = secbuf_alloc(FIELD_MAX + 1);
	f->text[0] = '\0';
	f->len = 0;
	f->secret = secret;
	f->full = 0;
}

void field_clear(struct field *f)
{
	if (f->text)
		sodium_memzero(f->text, FIELD_MAX + 1);
	f->len = 0;
	f->full = 0;
}

void field_free(struct field *f)
{
	secbuf_free(f->text);
	f->text = NULL;
	f->len = 0;
}

size_t field_chars(const struct field *f)
{
	return utf8_chars(f->text, f->len);
}

static int put(struct field *f, wint_t ch)
{
	uint32_t c = (uint32_t)ch;
	char b[4];
	size_t n;
	if (c < 0x80) {
		b[0] = (char)c;
		n = 1;
	} else if (c < 0x800) {
		b[0] = (char)(0xC0 | (c >> 6));
		b[1] = (char)(0x80 | (c & 0x3F));
		n = 2;
	} else if (c >= 0xD800 && c <= 0xDFFF) {
		return 1;
	} else if (c < 0x10000) {
		b[0] = (char)(0xE0 | (c >> 12));
		b[1] = (char)(0x80 | ((c >> 6) & 0x3F));
		b[2] = (char)(0x80 | (c & 0x3F));
		n = 3;
	} else if (c <= 0x10FFFF) {
		b[0] = (char)(0xF0 | (c >> 18));
		b[1] = (char)(0x80 | ((c >> 12) & 0x3F));
		b[2] = (char)(0x80 | ((c >> 6) & 0x3F));
		b[3] = (char)(0x80 | (c & 0x3F));
		n = 4;
	} else {
		return 1;
	}
	if (f->len + n > FIELD_MAX) {
		f->full = 1;
		sodium_memzero(b, sizeof b);
		return 1;
	}
	memcpy(f->text + f->len, b, n);
	f->len += n;
	f->text[f->len] = '\0';
	sodium_memzero(b, sizeof b);
	return 1;
}

static void backspace(struct field *f)
{
	f->full = 0;
	while (f->len > 0) {
		unsigned char c = (unsigned char)f->text[--f->len];
		f->text[f->len] = '\0';
		if ((c & 0xC0) != 0x80)
			break;
	}
}

int field_key(struct field *f, enum app_event ev, wint_t ch)
{
	if (ev == EV_KEY) {
		if (ch == KEY_BACKSPACE || ch == KEY_DC) {
			backspace(f);
			return 1;
		}
		return 0;
	}
	if (ev != EV_CHAR)
		return 0;
	if (ch == 0x7F || ch == 0x08) {
		backspace(f);
		return 1;
	}
	if (ch == 0x15) { /* Ctrl-U: start again */
		field_clear(f);
		return 1;
	}
	/* Enter, Esc, Tab and other control keys belong to the screen. */
	if (ch < 0x20 || (ch >= 0x80 && ch < 0xA0))
		return 0;
	return put(f, ch);
}

void field_draw(const struct field *f, int y, int x, int w, const char *label, int utf8)
{
	int lw = 0;
	if (label && *label) {
		lw = draw_str(y, x, w, label, strlen(label), theme_attr(THEME_STRONG));
		lw += 1;
	}
	int room = w - lw - 1;
	if (room < 1) {
		draw_cursor(y, x + (lw < w ? lw : w - 1));
		return;
	}
	attr_t at = theme_attr(THEME_SELECTED);
	attr_set(at, PAIR_NUMBER(at), NULL);
	mvhline(y, x + lw, ' ', room + 1);
	attr_set(A_NORMAL, 0, NULL);
	int col;
	if (f->secret) {
		/* One dot per character, at most the room there is. */
		size_t n = field_chars(f);
		const char *dot = utf8 ? "\xe2\x80\xa2" : "*";
		size_t dl = strlen(dot);
		col = 0;
		for (size_t i = 0; i < n && col < room; i++)
			col += draw_str(y, x + lw + col, room - col, dot, dl, at);
	} else {
		/* The end of the text, as much as fits. */
		size_t start = 0;
		while (start < f->len && wrap_width(f->text + start, f->len - start) > room)
			wrap_decode(f->text, f->len, &start);
		col = draw_str(y, x + lw, room, f->text + start, f->len - start, at);
	}
	draw_cursor(y, x + lw + col);
}
