/* SPDX-FileCopyrightText: 2026 The steady authors */
/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * wrap.c: breaks UTF-8 text into lines by display width. Every loop moves
 * forward by at least one character per line, so no input (a wide
 * character at width 1, a word longer than the screen) can stall it.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <wchar.h>

#include "util/utf8.h"
#include "util/wrap.h"
#include "util/xalloc.h"

uint32_t wrap_decode(const char *s, size_t len, size_t *i)
{
	uint32_t c;
	size_t n = utf8_decode((const unsigned char *)s + *i, len - *i, &c);
	if (n == 0) {
		*i += 1; /* one bad byte, one replacement character */
		return WRAP_BAD;
	}
	*i += n;
	return c;
}

uint32_t wrap_shown(uint32_t c)
{
	if (c == '\t')
		return ' ';
	if (c < 0x20 || c == 0x7F || (c >= 0x80 && c < 0xA0))
		return WRAP_BAD;
	return c;
}

size_t wrap_printable(const char *s, size_t len, size_t *i, int breaks, const char **shown)
{
	size_t at = *i;
	uint32_t c = wrap_decode(s, len, i);
	if (c == '\n' && breaks) {
		*shown = "\n";
		return 1;
	}
	if (c == '\n' || c == '\t') {
		*shown = " ";
		return 1;
	}
	if (wrap_shown(c) == WRAP_BAD) {
		*shown = "\xef\xbf\xbd"; /* U+FFFD */
		return 3;
	}
	*shown = s + at;
	return *i - at;
}

int wrap_char_width(uint32_t c, int col)
{
	if (c == '\t')
		return WRAP_TAB - (col % WRAP_TAB);
	c = wrap_shown(c);
	if (c < 0x80)
		return 1;
	int w = wcwidth((wchar_t)c);
	/* Unknown to the locale: shown as one replacement cell by the screen. */
	if (w < 0)
		return 1;
	return w > 2 ? 2 : w;
}

int wrap_width(const char *s, size_t len)
{
	int col = 0;
	for (size_t i = 0; i < len;) {
		uint32_t c = wrap_decode(s, len, &i);
		col += wrap_char_width(c, col);
	}
	return col;
}

size_t wrap_offset_at(const char *s, size_t len, int col)
{
	int at = 0;
	for (size_t i = 0; i < len;) {
		size_t here = i;
		uint32_t c = wrap_decode(s, len, &i);
		int w = wrap_char_width(c, at);
		if (w > 0 && at + w > col)
			return here;
		at += w;
	}
	return len;
}

void wrap_init(struct wrap *w)
{
	memset(w, 0, sizeof *w);
}

void wrap_free(struct wrap *w)
{
	free(w->lines);
	wrap_init(w);
}

static void emit_hyphen(struct wrap *w, size_t start, size_t end, int width, int hyphen)
{
	if (w->n == w->cap) {
		w->cap = w->cap ? w->cap * 2 : 16;
		w->lines = xreallocarray(w->lines, w->cap, sizeof *w->lines);
	}
	w->lines[w->n].start = start;
	w->lines[w->n].end = end;
	w->lines[w->n].width = width;
	w->lines[w->n].hyphen = hyphen;
	w->n++;
}

static void emit(struct wrap *w, size_t start, size_t end, int width)
{
	emit_hyphen(w, start, end, width, 0);
}

/*
 * Whether the word at s[from] (up to a space or line break) is made of
 * letters of an alphabetic script only, so that a break inside it may show a
 * hyphen: a long German compound, not an address, a number or a run of
 * Chinese characters, where a "-" would be misread or wrong.
 */
static int letters_only(const char *s, size_t len, size_t from)
{
	size_t i = from;
	while (i < len && s[i] != ' ' && s[i] != '\t' && s[i] != '\n') {
		uint32_t c = wrap_decode(s, len, &i);
		int ascii_letter = (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
		int latin_to_cyrillic = c >= 0xC0 && c < 0x530 && c != 0xD7 && c != 0xF7;
		if (!ascii_letter && !latin_to_cyrillic && c != '-' && c != '\'' && c != 0x2019)
			return 0;
	}
	return 1;
}

static int is_space(uint32_t c)
{
	return c == ' ' || c == '\t';
}

static int is_digit(char c)
{
	return c >= '0' && c <= '9';
}

/*
 * A single space between two digits, as in "0808 1000 900": the groups of
 * one phone number, which must never be broken across lines (a person
 * dialling from a screen reads the whole of it on one line).
 */
static int in_number(const char *s, size_t len, size_t pos, size_t start)
{
	return s[pos] == ' ' && pos > start && is_digit(s[pos - 1]) && pos + 1 < len &&
	       is_digit(s[pos + 1]);
}

void wrap_text(struct wrap *w, const char *s, size_t len, int width)
{
	if (width < 1)
		width = 1;
	w->n = 0;
	size_t pos = 0;
	for (;;) {
		size_t start = pos, brk = 0, num_brk = 0, fit = 0;
		int col = 0, brk_width = 0, num_width = 0, fit_width = 0, prev_space = 0;
		int broke = 0;
		while (pos < len && s[pos] != '\n') {
			size_t next = pos;
			uint32_t c = wrap_decode(s, len, &next);
			int cw = wrap_char_width(c, col);
			int glued = is_space(c) && in_number(s, len, pos, start);
			if (glued) {
				/* Where a number too long for a line of its own may still break. */
				num_brk = next;
				num_width = col;
			}
			if (is_space(c) && !glued) {
				if (col + cw > width) {
					/* Spaces at a break hang past the edge, unseen. */
					while (pos < len && (s[pos] == ' ' || s[pos] == '\t'))
						pos++;
					if (pos < len && s[pos] == '\n')
						break; /* the hard break ends this line */
					emit(w, start, pos, prev_space ? brk_width : col);
					broke = 1;
					break;
				}
				if (!prev_space)
					brk_width = col;
				prev_space = 1;
				col += cw;
				pos = next;
				brk = pos;
				continue;
			}
			prev_space = 0;
			if (cw > 0 && col + cw > width) {
				if (brk > start) {
					emit(w, start, brk, brk_width);
					pos = brk;
				} else if (num_brk > start) {
					/* A number wider than the line: between its groups, never
					 * inside one. */
					emit(w, start, num_brk, num_width);
					pos = num_brk;
				} else if (col == 0) {
					/* Wider than the line itself: it goes alone. */
					col = cw;
					pos = next;
					continue;
				} else if (fit > start && letters_only(s, len, start)) {
					/* Inside a long word: a column is kept for the hyphen. */
					emit_hyphen(w, start, fit, fit_width, 1);
					pos = fit;
				} else {
					emit(w, start, pos, col);
				}
				broke = 1;
				break;
			}
			col += cw;
			pos = next;
			if (col < width) { /* here a line could end with room for a "-" */
				fit = pos;
				fit_width = col;
			}
		}
		if (broke)
			continue;
		emit(w, start, pos, prev_space ? brk_width : col);
		if (pos >= len)
			return;
		pos++; /* the '\n' */
	}
}
