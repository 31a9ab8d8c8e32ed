/* SPDX-FileCopyrightText: 2026 The steady authors */
/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * patterns.c: the figures behind Patterns (see patterns.h).
 */
#include "config.h"

#include <stdlib.h>

#include "session/keep.h"
#include "session/patterns.h"
#include "util/xalloc.h"

size_t patterns_modules(const struct library *lib, const struct diary *d, const struct module **out)
{
	size_t n = 0;
	for (size_t i = 0; i < lib->n; i++) {
		const struct module *m = lib->mods[i];
		if (module_is_selfcheck(m) || !keep_module_asks(m))
			continue;
		if (!m->repeatable && !diary_latest(d, ENTRY_RECORD, m->id))
			continue;
		out[n++] = m;
	}
	return n;
}

size_t patterns_scale_weeks(const struct entry *const *v, size_t n, const char *question,
                            struct patterns_week **out)
{
	struct stats_point *p;
	size_t np = stats_scale_weekly(v, n, question, &p);
	*out = NULL;
	if (np == 0)
		return 0;
	/* The lowest and highest come with the averages, in the same pass. */
	struct patterns_week *w = xcalloc(np, sizeof *w);
	for (size_t i = 0; i < np; i++) {
		w[i].day = p[i].day;
		w[i].mean = p[i].value;
		w[i].n = p[i].n;
		w[i].lo = (long)p[i].lo;
		w[i].hi = (long)p[i].hi;
	}
	free(p);
	*out = w;
	return np;
}

static int cmp_slot(const void *a, const void *b)
{
	const struct patterns_slot *x = a, *y = b;
	if (x->n != y->n)
		return x->n > y->n ? -1 : 1;
	if (x->weekday != y->weekday)
		return x->weekday - y->weekday;
	return (int)x->band - (int)y->band;
}

size_t patterns_busiest(const size_t map[7][STATS_BANDS], struct patterns_slot *out)
{
	size_t n = 0;
	for (int r = 0; r < 7; r++)
		for (int c = 0; c < STATS_BANDS; c++)
			if (map[r][c])
				out[n++] = (struct patterns_slot){r, (enum stats_band)c, map[r][c]};
	qsort(out, n, sizeof *out, cmp_slot);
	return n;
}
