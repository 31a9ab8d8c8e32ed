/* SPDX-FileCopyrightText: 2026 The steady authors */
/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * chart.c: charts as text. The ASCII forms read in the same direction as
 * the blocks (low to high: "_.-:=+*#"), so a chart means the same in any
 * locale.
 */
#include "config.h"

#include <string.h>

#include "ui/chart.h"
#include "util/wrap.h"

int chart_level(double v, double lo, double hi, int levels)
{
	if (levels < 1)
		return 0;
	if (hi <= lo)
		return levels - 1;
	if (v <= lo)
		return 0;
	if (v >= hi)
		return levels - 1;
	int l = (int)((v - lo) / (hi - lo) * (levels - 1) + 0.5);
	return l < 0 ? 0 : l > levels - 1 ? levels - 1 : l;
}

static const char *const spark_utf8[CHART_LEVELS] = {
        "\xe2\x96\x81", "\xe2\x96\x82", "\xe2\x96\x83", "\xe2\x96\x84",
        "\xe2\x96\x85", "\xe2\x96\x86", "\xe2\x96\x87", "\xe2\x96\x88",
};
static const char spark_ascii[CHART_LEVELS + 1] = "_.-:=+*#";

void chart_spark(struct buf *b, const double *v, const unsigned char *has, size_t n, double lo,
                 double hi, int utf8)
{
	for (size_t i = 0; i < n; i++) {
		if (has && !has[i]) {
			buf_putc(b, ' ');
			continue;
		}
		int l = chart_level(v[i], lo, hi, CHART_LEVELS);
		if (utf8)
			buf_puts(b, spark_utf8[l]);
		else
			buf_putc(b, spark_ascii[l]);
	}
}

/* Eighths of a cell, 1 to 7: left one eighth block to left seven eighths. */
static const char *const eighths[8] = {
        "",
        "\xe2\x96\x8f",
        "\xe2\x96\x8e",
        "\xe2\x96\x8d",
        "\xe2\x96\x8c",
        "\xe2\x96\x8b",
        "\xe2\x96\x8a",
        "\xe2\x96\x89",
};

void chart_bar(struct buf *b, double v, double max, int width, int utf8)
{
	if (width < 1 || v <= 0 || max <= 0)
		return;
	if (v > max)
		v = max;
	int steps = utf8 ? 8 : 1;
	long n = (long)(v / max * width * steps + 0.5);
	if (n < 1)
		n = 1;
	if (n > (long)width * steps)
		n = (long)width * steps;
	for (long i = 0; i < n / steps; i++)
		buf_puts(b, utf8 ? "\xe2\x96\x88" : "#");
	if (utf8 && n % steps)
		buf_puts(b, eighths[n % steps]);
}

void chart_shade(struct buf *b, size_t count, size_t max, int utf8)
{
	static const char *const shades_utf8[4] = {"\xe2\x96\x91", "\xe2\x96\x92", "\xe2\x96\x93",
	                                           "\xe2\x96\x88"};
	static const char shades_ascii[5] = ":+*#";
	if (count == 0) {
		buf_puts(b, utf8 ? "\xc2\xb7" : ".");
		return;
	}
	int l = max <= 1 ? 3 : (int)((count - 1) * 3 / (max - 1));
	if (l > 3)
		l = 3;
	if (utf8)
		buf_puts(b, shades_utf8[l]);
	else
		buf_putc(b, shades_ascii[l]);
}

void chart_days(const struct stats_point *p, size_t np, int64_t end, size_t n, double *v,
                unsigned char *has)
{
	memset(has, 0, n);
	for (size_t k = 0; k < n; k++)
		v[k] = 0;
	if (n == 0)
		return;
	int64_t first = end - (int64_t)n + 1;
	for (size_t i = 0; i < np; i++) {
		if (p[i].day < first || p[i].day > end)
			continue;
		size_t k = (size_t)(p[i].day - first);
		v[k] = p[i].value;
		has[k] = 1;
	}
}

void chart_pad(struct buf *b, const char *s, int width, int utf8)
{
	if (width < 1)
		return;
	size_t len = strlen(s);
	int w = wrap_width(s, len);
	if (w > width) {
		/* Cut short: at the last word that fits when one does, and always say so. */
		size_t cut = wrap_offset_at(s, len, width - 1);
		size_t word = cut;
		while (word > 0 && s[word] != ' ')
			word--;
		while (word > 0 && s[word - 1] == ' ')
			word--;
		if (word > 0 && wrap_width(s, word) * 2 >= width - 1)
			cut = word;
		buf_append(b, s, cut);
		buf_puts(b, utf8 ? "\xe2\x80\xa6" : "~");
		w = wrap_width(s, cut) + 1;
	} else {
		buf_puts(b, s);
	}
	for (; w < width; w++)
		buf_putc(b, ' ');
}
