/* SPDX-FileCopyrightText: 2026 The steady authors */
/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * stats.c: figures for the chart screens, from module records. Pure
 * functions: the input is a list of entries, the output new arrays.
 */
#include "config.h"

#include <limits.h>
#include <stdlib.h>
#include <string.h>

#include "diary/stats.h"
#include "util/xalloc.h"

int64_t stats_week_start(int64_t day)
{
	/* 1970-01-01 was a Thursday (weekday 3 when Monday is 0). */
	int64_t wd = ((day + 3) % 7 + 7) % 7;
	return day - wd;
}

int stats_weekday(struct entry_time t)
{
	int64_t day = entry_time_day(t);
	return (int)(day - stats_week_start(day));
}

enum stats_band stats_band_of(struct entry_time t)
{
	return (enum stats_band)(entry_time_seconds_of_day(t) / (6 * 3600));
}

/* entry_answer() over many records of one module, which keep their answers
 * in the same order: the place the answer was found last is tried first,
 * so a chart's pass costs one comparison a record, not one an answer. */
static const char *answer_of(const struct entry *e, const char *question, size_t *hint)
{
	if (*hint < e->n_answers && strcmp(e->answers[*hint].question, question) == 0)
		return e->answers[*hint].value;
	for (size_t i = 0; i < e->n_answers; i++)
		if (strcmp(e->answers[i].question, question) == 0) {
			*hint = i;
			return e->answers[i].value;
		}
	return NULL;
}

/* A whole number with nothing else after it, as strtol() reads one in
 * base 10 (spaces, a sign, digits); 0 or -1. By hand: strtol() was a
 * seventh of a chart. */
static int parse_int(const char *s, long *out)
{
	if (!s || !*s)
		return -1;
	while (*s == ' ' || (*s >= '\t' && *s <= '\r'))
		s++;
	int neg = *s == '-';
	if (*s == '-' || *s == '+')
		s++;
	if (*s < '0' || *s > '9')
		return -1;
	unsigned long v = 0;
	for (; *s >= '0' && *s <= '9'; s++) {
		unsigned d = (unsigned)(*s - '0');
		if (v > ((unsigned long)LONG_MAX + neg - d) / 10)
			return -1; /* out of range, as strtol()'s ERANGE */
		v = v * 10 + d;
	}
	if (*s)
		return -1;
	*out = neg ? (long)(0 - v) : (long)v;
	return 0;
}

struct sample {
	int64_t day;
	int64_t epoch;
	double value;
};

static int cmp_sample(const void *a, const void *b)
{
	const struct sample *x = a, *y = b;
	if (x->day != y->day)
		return x->day < y->day ? -1 : 1;
	return (x->epoch > y->epoch) - (x->epoch < y->epoch);
}

static int in_order(const struct sample *s, size_t n)
{
	for (size_t i = 1; i < n; i++)
		if (cmp_sample(&s[i - 1], &s[i]) > 0)
			return 0;
	return 1;
}

/* Puts the samples oldest first. A diary's entries come newest first, so
 * the samples are usually in order backwards: reversed, not sorted (the
 * sort was most of a chart at 100,000 records). Sorted only when neither
 * way is in order, as when a clock went back or the time zone changed. */
static void order(struct sample *s, size_t n)
{
	if (in_order(s, n))
		return;
	for (size_t i = 0, j = n - 1; i < j; i++, j--) {
		struct sample t = s[i];
		s[i] = s[j];
		s[j] = t;
	}
	if (!in_order(s, n))
		qsort(s, n, sizeof *s, cmp_sample);
}

/* Averages samples sharing a day into points, with their lowest and highest. */
static size_t average(struct sample *s, size_t n, struct stats_point **out)
{
	*out = NULL;
	if (n == 0)
		return 0;
	order(s, n);
	/* As many points as days, not samples: at 100,000 records a few
	 * hundred points, not megabytes of memory the kernel must clear. */
	size_t days = 1;
	for (size_t i = 1; i < n; i++)
		days += s[i].day != s[i - 1].day;
	struct stats_point *p = xcalloc(days, sizeof *p);
	size_t np = 0;
	for (size_t i = 0; i < n;) {
		size_t j = i;
		double sum = 0, lo = s[i].value, hi = s[i].value;
		for (; j < n && s[j].day == s[i].day; j++) {
			sum += s[j].value;
			lo = s[j].value < lo ? s[j].value : lo;
			hi = s[j].value > hi ? s[j].value : hi;
		}
		p[np].day = s[i].day;
		p[np].n = j - i;
		p[np].value = sum / (double)(j - i);
		p[np].lo = lo;
		p[np].hi = hi;
		np++;
		i = j;
	}
	*out = p;
	return np;
}

static size_t scale_series(const struct entry *const *v, size_t n, const char *question, int weekly,
                           struct stats_point **out)
{
	struct sample *s = n ? xcalloc(n, sizeof *s) : NULL;
	size_t k = 0, hint = 0;
	for (size_t i = 0; i < n; i++) {
		long val;
		if (v[i]->kind != ENTRY_RECORD ||
		    parse_int(answer_of(v[i], question, &hint), &val) < 0)
			continue;
		int64_t day = entry_time_day(v[i]->created);
		s[k].day = weekly ? stats_week_start(day) : day;
		s[k].epoch = v[i]->created.epoch;
		s[k].value = (double)val;
		k++;
	}
	size_t np = average(s, k, out);
	free(s);
	return np;
}

size_t stats_scale_daily(const struct entry *const *v, size_t n, const char *question,
                         struct stats_point **out)
{
	return scale_series(v, n, question, 0, out);
}

size_t stats_scale_weekly(const struct entry *const *v, size_t n, const char *question,
                          struct stats_point **out)
{
	return scale_series(v, n, question, 1, out);
}

size_t stats_weeks_of_days(const struct stats_point *days, size_t n, struct stats_point **out)
{
	*out = n ? xcalloc(n, sizeof **out) : NULL;
	size_t np = 0;
	for (size_t i = 0; i < n;) {
		int64_t week = stats_week_start(days[i].day);
		struct stats_point w = {week, 0, 0, days[i].lo, days[i].hi};
		double sum = 0;
		for (; i < n && stats_week_start(days[i].day) == week; i++) {
			sum += days[i].value * (double)days[i].n;
			w.n += days[i].n;
			w.lo = days[i].lo < w.lo ? days[i].lo : w.lo;
			w.hi = days[i].hi > w.hi ? days[i].hi : w.hi;
		}
		w.value = sum / (double)w.n;
		(*out)[np++] = w;
	}
	return np;
}

static int cmp_count(const void *a, const void *b)
{
	const struct stats_count *x = a, *y = b;
	if (x->count != y->count)
		return x->count > y->count ? -1 : 1;
	return strcmp(x->option, y->option);
}

/*
 * The distinct answers to a question over many records, each with how many
 * records gave it: records repeat a few values ("bored", "tired,restless")
 * thousands of times, so a pass hashes each answer once and splits and
 * looks up each distinct value once. The values point into the entries.
 */
struct hist_slot {
	const char *val; /* NULL: empty */
	size_t len, count;
	uint64_t h;
};

struct hist {
	struct hist_slot *t;
	size_t size, used;
};

static struct hist_slot *hist_find(struct hist *hs, const char *val, size_t len, uint64_t h)
{
	for (size_t i = (size_t)h & (hs->size - 1);; i = (i + 1) & (hs->size - 1)) {
		struct hist_slot *s = &hs->t[i];
		if (!s->val || (s->h == h && s->len == len && memcmp(s->val, val, len) == 0))
			return s;
	}
}

static void hist_add(struct hist *hs, const char *val)
{
	/* The length and the first and last eight bytes: cheap, and values
	 * that share them are told apart by hist_find()'s memcmp(). */
	size_t len = strlen(val);
	uint64_t a = 0, b = 0;
	memcpy(&a, val, len < 8 ? len : 8);
	if (len > 8)
		memcpy(&b, val + len - 8, 8);
	uint64_t h = (a * 0x9E3779B97F4A7C15u) ^ (b * 0xC2B2AE3D27D4EB4Fu) ^ len;
	h ^= h >> 29;
	if (2 * (hs->used + 1) > hs->size) {
		struct hist old = *hs;
		hs->size = old.size ? old.size * 2 : 64;
		hs->t = xcalloc(hs->size, sizeof *hs->t);
		hs->used = 0;
		for (size_t i = 0; i < old.size; i++)
			if (old.t[i].val) {
				*hist_find(hs, old.t[i].val, old.t[i].len, old.t[i].h) = old.t[i];
				hs->used++;
			}
		free(old.t);
	}
	struct hist_slot *s = hist_find(hs, val, len, h);
	if (!s->val) {
		*s = (struct hist_slot){val, len, 0, h};
		hs->used++;
	}
	s->count++;
}

/* The answers of the records to question, counted by value. */
static struct hist answers_by_value(const struct entry *const *v, size_t n, const char *question)
{
	struct hist hs = {NULL, 0, 0};
	size_t hint = 0;
	for (size_t i = 0; i < n; i++) {
		const char *val =
		        v[i]->kind == ENTRY_RECORD ? answer_of(v[i], question, &hint) : NULL;
		if (val)
			hist_add(&hs, val);
	}
	return hs;
}

/* Counts the option (len bytes at opt); lens[i] is the length of (*c)[i]'s. */
static void count_option(struct stats_count **c, size_t **lens, size_t *nc, const char *opt,
                         size_t len, size_t times)
{
	for (size_t i = 0; i < *nc; i++) {
		if ((*lens)[i] == len && memcmp((*c)[i].option, opt, len) == 0) {
			(*c)[i].count += times;
			return;
		}
	}
	*c = xreallocarray(*c, *nc + 1, sizeof **c);
	*lens = xreallocarray(*lens, *nc + 1, sizeof **lens);
	(*c)[*nc].option = xstrndup(opt, len);
	(*c)[*nc].count = times;
	(*lens)[*nc] = len;
	(*nc)++;
}

size_t stats_choice_counts(const struct entry *const *v, size_t n, const char *question,
                           struct stats_count **out)
{
	struct stats_count *c = NULL;
	size_t nc = 0, *lens = NULL;
	struct hist hs = answers_by_value(v, n, question);
	for (size_t i = 0; i < hs.size; i++) {
		const char *val = hs.t[i].val;
		while (val && *val) {
			const char *comma = strchr(val, ',');
			size_t len = comma ? (size_t)(comma - val) : strlen(val);
			if (len)
				count_option(&c, &lens, &nc, val, len, hs.t[i].count);
			val = comma ? comma + 1 : NULL;
		}
	}
	free(hs.t);
	free(lens);
	if (nc)
		qsort(c, nc, sizeof *c, cmp_count);
	*out = c;
	return nc;
}

void stats_counts_free(struct stats_count *c, size_t n)
{
	for (size_t i = 0; i < n; i++)
		free(c[i].option);
	free(c);
}

static int of_module(const struct entry *e, enum entry_kind kind, const char *module)
{
	return e->kind == kind && (!module || (e->module && strcmp(e->module, module) == 0));
}

void stats_week_map(const struct entry *const *v, size_t n, const char *module,
                    size_t map[7][STATS_BANDS])
{
	memset(map, 0, sizeof(size_t[7][STATS_BANDS]));
	for (size_t i = 0; i < n; i++)
		if (of_module(v[i], ENTRY_RECORD, module))
			map[stats_weekday(v[i]->created)][stats_band_of(v[i]->created)]++;
}

void stats_answer_week_map(const struct entry *const *v, size_t n, const char *question,
                           const char *const *options, size_t n_options, size_t (*map)[7])
{
	memset(map, 0, n_options * sizeof *map);
	for (size_t i = 0; i < n; i++) {
		const char *a = v[i]->kind == ENTRY_RECORD ? entry_answer(v[i], question) : NULL;
		for (size_t k = 0; a && k < n_options; k++)
			if (strcmp(a, options[k]) == 0)
				map[k][stats_weekday(v[i]->created)]++;
	}
}

size_t stats_selfcheck_scores(const struct entry *const *v, size_t n, const char *module,
                              struct stats_point **out)
{
	struct sample *s = n ? xcalloc(n, sizeof *s) : NULL;
	size_t k = 0;
	for (size_t i = 0; i < n; i++) {
		if (!of_module(v[i], ENTRY_SELFCHECK, module))
			continue;
		s[k].day = entry_time_day(v[i]->created);
		s[k].epoch = v[i]->created.epoch;
		s[k].value = v[i]->score;
		k++;
	}
	*out = NULL;
	if (k) {
		order(s, k);
		*out = xcalloc(k, sizeof **out);
		for (size_t i = 0; i < k; i++) {
			(*out)[i].day = s[i].day;
			(*out)[i].value = (*out)[i].lo = (*out)[i].hi = s[i].value;
			(*out)[i].n = 1;
		}
	}
	free(s);
	return k;
}

static int answer_counts(const struct entry *e, const char *question, const char *option,
                         size_t *hint)
{
	if (e->kind != ENTRY_RECORD)
		return 0;
	if (!question)
		return 1;
	const char *val = answer_of(e, question, hint);
	return val && (strcmp(val, option ? option : "") == 0 || entry_value_has(val, option));
}

size_t stats_count_any(const struct entry *const *v, size_t n, const char *question,
                       const char *const *options, size_t k, size_t *answered)
{
	struct hist hs = answers_by_value(v, n, question);
	size_t with = 0;
	*answered = 0;
	for (size_t i = 0; i < hs.size; i++) {
		if (!hs.t[i].val)
			continue;
		*answered += hs.t[i].count;
		for (size_t j = 0; j < k; j++)
			if (entry_value_has(hs.t[i].val, options[j])) {
				with += hs.t[i].count;
				break;
			}
	}
	free(hs.t);
	return with;
}

size_t stats_count_answer(const struct entry *const *v, size_t n, const char *question,
                          const char *option)
{
	size_t c = 0, hint = 0;
	for (size_t i = 0; i < n; i++)
		if (question && answer_counts(v[i], question, option, &hint))
			c++;
	return c;
}

size_t stats_weekly_counts(const struct entry *const *v, size_t n, const char *question,
                           const char *option, struct stats_point **out)
{
	struct sample *s = n ? xcalloc(n, sizeof *s) : NULL;
	size_t k = 0, hint = 0;
	for (size_t i = 0; i < n; i++) {
		if (!answer_counts(v[i], question, option, &hint))
			continue;
		s[k].day = stats_week_start(entry_time_day(v[i]->created));
		s[k].epoch = v[i]->created.epoch;
		s[k].value = 1;
		k++;
	}
	size_t np = average(s, k, out);
	for (size_t i = 0; i < np; i++)
		(*out)[i].value = (*out)[i].lo = (*out)[i].hi = (double)(*out)[i].n;
	free(s);
	return np;
}
