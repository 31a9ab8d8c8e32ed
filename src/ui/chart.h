/* SPDX-FileCopyrightText: 2026 The steady authors */
/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * chart.h: the drawing primitives of the Patterns screens, as text: a
 * sparkline, horizontal bars and the shades of a weekday map, in Unicode
 * blocks, or in plain ASCII when the locale is not UTF-8. Pure (no curses):
 * the screens put the text into their documents.
 */
#ifndef STEADY_UI_CHART_H
#define STEADY_UI_CHART_H

#include <stddef.h>
#include <stdint.h>

#include "diary/stats.h"
#include "util/buf.h"

/* Levels of a sparkline cell. */
#define CHART_LEVELS 8

/* The level (0 to levels - 1) of v between lo and hi, clamped; with hi <= lo, the top level. */
int chart_level(double v, double lo, double hi, int levels);

/* Appends a sparkline: one cell per value, a blank where has[i] is 0 (has NULL: all). */
void chart_spark(struct buf *b, const double *v, const unsigned char *has, size_t n, double lo,
                 double hi, int utf8);

/*
 * Appends a bar for v out of max, at most width columns: whole cells, and
 * eighths of a cell in UTF-8. A value above 0 always shows at least a sliver.
 */
void chart_bar(struct buf *b, double v, double max, int width, int utf8);

/* Appends the shade of a map cell holding count out of max (a dot for none). */
void chart_shade(struct buf *b, size_t count, size_t max, int utf8);

/*
 * Spreads a daily series over the n days ending with day end: v[k] and
 * has[k] are for day end - n + 1 + k. Points outside those days are left out.
 */
void chart_days(const struct stats_point *p, size_t np, int64_t end, size_t n, double *v,
                unsigned char *has);

/* Appends s padded with spaces to exactly width columns; text too wide is cut
 * at a word where one fits (else mid-word) and ends in an ellipsis ("~"
 * without UTF-8). */
void chart_pad(struct buf *b, const char *s, int width, int utf8);

#endif
