/* SPDX-FileCopyrightText: 2026 The steady authors */
/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * fuzz_wrap.c: the pure text layout units (util/wrap, util/markup) on arbitrary
 * bytes and widths. The first two bytes give the width (signed, so zero and
 * negative widths are tried too), the next two a column for
 * wrap_offset_at(); the rest is the text. The promises of wrap.h are
 * checked on every input:
 *   - the lines cover the text in order, with only a '\n' between two;
 *   - no line holds a '\n';
 *   - a line's width is the display width of its text without the spaces
 *     left hanging at a break, and at most the width unless the line holds
 *     a single character wider than that (with any combining marks).
 */
#include "config.h"

#include <locale.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "util/markup.h"
#include "util/wrap.h"
#include "util/xalloc.h"

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void)argc;
	(void)argv;
	setlocale(LC_ALL, "C.UTF-8");
	return 0;
}

/* The number of characters in s[0, len) that take columns (a combining
 * mark rides on the character before it). */
static size_t chars(const char *s, size_t len)
{
	size_t n = 0;
	int col = 0;
	for (size_t i = 0; i < len;) {
		int w = wrap_char_width(wrap_decode(s, len, &i), col);
		col += w;
		n += w > 0;
	}
	return n;
}

static void check_lines(const char *s, size_t len, int width, const struct wrap *w)
{
	int limit = width < 1 ? 1 : width;
	if (w->n == 0 || w->lines[0].start != 0 || w->lines[w->n - 1].end != len)
		abort();
	for (size_t i = 0; i < w->n; i++) {
		const struct wrap_line *l = &w->lines[i];
		if (l->start > l->end || l->end > len)
			abort();
		if (memchr(s + l->start, '\n', l->end - l->start))
			abort();
		if (i + 1 < w->n) {
			size_t next = w->lines[i + 1].start;
			if (next != l->end && !(next == l->end + 1 && s[l->end] == '\n'))
				abort();
		}
		size_t end = l->end;
		while (end > l->start && (s[end - 1] == ' ' || s[end - 1] == '\t'))
			end--;
		if (l->width != wrap_width(s + l->start, end - l->start))
			abort();
		if (l->width > limit && chars(s + l->start, end - l->start) != 1)
			abort();
	}
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (size < 4)
		return 0;
	int width = (int16_t)(data[0] | data[1] << 8);
	int col = (int16_t)(data[2] | data[3] << 8);
	const char *s = (const char *)data + 4;
	size_t len = size - 4;

	struct wrap w;
	wrap_init(&w);
	wrap_text(&w, s, len, width);
	check_lines(s, len, width, &w);
	wrap_free(&w);

	size_t at = wrap_offset_at(s, len, col);
	if (at > len || (col <= 0 && at != 0 && wrap_width(s, at) != 0))
		abort();
	if (at < len && wrap_width(s, at) > (col < 0 ? 0 : col))
		abort(); /* what comes before the offset fits in col columns */

	/* Markup gets a NUL-terminated copy, as the loader gives it strings. */
	char *text = xstrndup(s, len);
	int mw = width < -1000 ? -1000 : width > 1000 ? 1000 : width;
	struct markup_doc d;
	markup_init(&d);
	markup_render(&d, text, mw, "•");
	markup_text(&d, text, mw, col & 7, MARKUP_DIM);
	markup_item(&d, "(*) ", text, mw, MARKUP_SELECTED);
	markup_blank(&d);
	if (!markup_ends_blank(&d))
		abort();
	for (size_t i = 0; i < d.n; i++) {
		const struct markup_line *l = &d.lines[i];
		if (strlen(l->text) != l->len || memchr(l->text, '\n', l->len))
			abort();
		for (size_t k = 0; k < l->n_spans; k++)
			if (l->spans[k].start > l->spans[k].end || l->spans[k].end > l->len)
				abort();
	}
	markup_free(&d);
	free(text);
	return 0;
}
