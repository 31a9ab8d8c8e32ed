/* SPDX-FileCopyrightText: 2026 The steady authors */
/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * patterns.h: the figures behind Patterns that are not drawing, for both
 * front ends: which modules Patterns offers, a scale question week by week
 * with its lowest and highest answers, and when records were made, busiest
 * first. The numbers come from diary/stats.h, so the screens' charts and
 * plain mode's sentences agree. There are no streaks, on purpose.
 */
#ifndef STEADY_SESSION_PATTERNS_H
#define STEADY_SESSION_PATTERNS_H

#include <stddef.h>
#include <stdint.h>

#include "content/library.h"
#include "diary/diary.h"
#include "diary/stats.h"

/*
 * The modules Patterns offers, in library order: those whose answers go
 * into the diary, not self-checks, with a record, or repeatable (a journal
 * is offered before its first record). out has room for lib->n. Returns
 * how many.
 */
size_t patterns_modules(const struct library *lib, const struct diary *d,
                        const struct module **out);

/* One week of a scale question. */
struct patterns_week {
	int64_t day; /* the Monday starting the week (a local day number) */
	double mean;
	long lo, hi; /* the lowest and highest answer */
	size_t n;    /* how many answers */
};

/*
 * Per-week figures of a scale question, oldest week first, weeks without
 * an answer left out; values as stats_scale_weekly() reads them. *out is
 * a new array (free()), NULL when there are none. Returns how many weeks.
 */
size_t patterns_scale_weeks(const struct entry *const *v, size_t n, const char *question,
                            struct patterns_week **out);

/* A weekday and time of day, with how many records were made then. */
struct patterns_slot {
	int weekday; /* Monday 0 to Sunday 6 */
	enum stats_band band;
	size_t n;
};

/*
 * The slots of a week map (stats_week_map()) that hold a record, the
 * busiest first, ties in the order of the week. out has room for
 * 7 * STATS_BANDS. Returns how many.
 */
size_t patterns_busiest(const size_t map[7][STATS_BANDS], struct patterns_slot *out);

#endif
