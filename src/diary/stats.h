/* SPDX-FileCopyrightText: 2026 The steady authors */
/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * stats.h: figures for the chart screens, computed from module records.
 * Pure functions over a list of entries (from diary_select()): no curses,
 * no files, no clock. Days are local days (entry_time_day()), so a record
 * made at 23:30 counts on the day the person lived it. There are no streak
 * counters on purpose: a broken streak deepens shame.
 *
 * Values that do not parse as a whole number are ignored by the scale
 * functions; entries of other kinds, or records without the question, are
 * skipped. The order of the input does not matter.
 */
#ifndef STEADY_DIARY_STATS_H
#define STEADY_DIARY_STATS_H

#include <stddef.h>
#include <stdint.h>

#include "diary/entry.h"

/* One point of a series: a local day (days since 1970-01-01; for weekly
 * series the Monday starting the week), the average and how many values. */
struct stats_point {
	int64_t day;
	double value;
	size_t n;
	double lo, hi; /* the lowest and highest value averaged (value itself for counts) */
};

/* Per-day averages of a scale question, oldest day first; only days with a
 * value. Returns the number of points; *out is a new array (free()), NULL
 * when there are none. */
size_t stats_scale_daily(const struct entry *const *v, size_t n, const char *question,
                         struct stats_point **out);

/* Per-week (Monday to Sunday) averages of a scale question, oldest first. */
size_t stats_scale_weekly(const struct entry *const *v, size_t n, const char *question,
                          struct stats_point **out);

/* The weekly series of a daily one (from stats_scale_daily(), oldest
 * first), without going through the records again: the same figures as
 * stats_scale_weekly() gives. *out as there. */
size_t stats_weeks_of_days(const struct stats_point *days, size_t n, struct stats_point **out);

/* How often each option was chosen. */
struct stats_count {
	char *option; /* the option id, owned by the array */
	size_t count;
};

/* Counts per option id of a choice or checklist question ("a,b" counts a
 * and b once each), most frequent first, ties by option id. Free with
 * stats_counts_free(). Returns the number of distinct options. */
size_t stats_choice_counts(const struct entry *const *v, size_t n, const char *question,
                           struct stats_count **out);

/* Frees an array from stats_choice_counts(). */
void stats_counts_free(struct stats_count *c, size_t n);

/* Times of day. */
enum stats_band {
	STATS_NIGHT,     /* 00:00-05:59 */
	STATS_MORNING,   /* 06:00-11:59 */
	STATS_AFTERNOON, /* 12:00-17:59 */
	STATS_EVENING,   /* 18:00-23:59 */
	STATS_BANDS
};

/* The band of a moment, in local time. */
enum stats_band stats_band_of(struct entry_time t);

/* The weekday of a moment in local time, Monday 0 to Sunday 6. */
int stats_weekday(struct entry_time t);

/* Fills map[weekday][band] with the number of records of module (NULL:
 * any) by when they were created. */
void stats_week_map(const struct entry *const *v, size_t n, const char *module,
                    size_t map[7][STATS_BANDS]);

/* Fills map[k][weekday] with the records whose answer to question (a time
 * of day the person chose) is options[k], by the weekday they were made:
 * when it happened, as the person said, rather than when it was typed.
 * map has n_options rows. */
void stats_answer_week_map(const struct entry *const *v, size_t n, const char *question,
                           const char *const *options, size_t n_options, size_t (*map)[7]);

/* Self-check scores of a module (NULL: any), one point per result (n = 1),
 * oldest first, day = the local day. */
size_t stats_selfcheck_scores(const struct entry *const *v, size_t n, const char *module,
                              struct stats_point **out);

/* The number of records whose answer to question contains option (a choice
 * or checklist value) or equals it (a scale or text value). For example the
 * urges ridden out: stats_count_answer(v, n, "outcome", "passed"). */
size_t stats_count_answer(const struct entry *const *v, size_t n, const char *question,
                          const char *option);

/* The number of records whose answer to question contains any of the k
 * options (a choice or checklist value); *answered gets the number of
 * records that answered it at all. For the skills a person used. */
size_t stats_count_any(const struct entry *const *v, size_t n, const char *question,
                       const char *const *options, size_t k, size_t *answered);

/* Per-week counts of records (question NULL: every record; otherwise those
 * whose answer contains or equals option), oldest week first, weeks
 * without a record left out; value = count, n = count. */
size_t stats_weekly_counts(const struct entry *const *v, size_t n, const char *question,
                           const char *option, struct stats_point **out);

/* The Monday (local day number) of the week holding day. */
int64_t stats_week_start(int64_t day);

#endif
