/* SPDX-FileCopyrightText: 2026 The steady authors */
/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * test_diary_stats.c: the pure parts of the diary: local times, search
 * ignoring case in any script, and the figures for the charts, on
 * synthetic records.
 */
#include "config.h"

#include <math.h>

#include "diary/search.h"
#include "diary/stats.h"
#include "diary_test_util.h"
#include "unit.h"

/* 2026-11-30 is a Monday; its local midnight at UTC+1. */
#define MON_2026_11_30 20787
static const int32_t OFF = 3600;

static struct entry_time at(int64_t day, int hour, int minute)
{
	struct entry_time t;
	t.offset = OFF;
	t.epoch = day * 86400 + hour * 3600 + minute * 60 - OFF;
	return t;
}

static struct entry *rec(const char *module, struct entry_time t, const char *q, const char *v)
{
	struct entry *e = entry_new(ENTRY_RECORD);
	entry_set(e, &e->module, module);
	e->created = e->edited = t;
	if (q)
		entry_set_answer(e, q, v);
	return e;
}

START_TEST(times)
{
	char buf[32], date[16];
	struct entry_time t = {1795946700, 3600}; /* 2026-11-29T11:05:00+01:00 */
	ck_assert_str_eq(entry_time_format(t, buf), "2026-11-29T11:05:00+01:00");
	ck_assert_str_eq(entry_time_date(t, date), "2026-11-29");
	t.offset = -5 * 3600 - 1800;
	ck_assert_str_eq(entry_time_format(t, buf), "2026-11-29T04:35:00-05:30");
	struct entry_time e0 = {0, 0};
	ck_assert_str_eq(entry_time_format(e0, buf), "1970-01-01T00:00:00+00:00");
	struct entry_time neg = {-1, 0};
	ck_assert_int_eq(entry_time_day(neg), -1);
	ck_assert_int_eq(entry_time_seconds_of_day(neg), 86399);
	ck_assert_int_eq(entry_time_day(at(MON_2026_11_30, 0, 30)), MON_2026_11_30);
	ck_assert_int_eq(stats_weekday(at(MON_2026_11_30, 12, 0)), 0);
	ck_assert_int_eq(stats_weekday(at(MON_2026_11_30 + 6, 23, 59)), 6);
	ck_assert_int_eq(stats_week_start(MON_2026_11_30 + 6), MON_2026_11_30);
	ck_assert_int_eq(stats_week_start(MON_2026_11_30 + 7), MON_2026_11_30 + 7);
	ck_assert_int_eq(stats_week_start(0), -3); /* 1970-01-01 was a Thursday */
	ck_assert_int_eq(stats_band_of(at(1, 5, 59)), STATS_NIGHT);
	ck_assert_int_eq(stats_band_of(at(1, 6, 0)), STATS_MORNING);
	ck_assert_int_eq(stats_band_of(at(1, 12, 0)), STATS_AFTERNOON);
	ck_assert_int_eq(stats_band_of(at(1, 23, 59)), STATS_EVENING);
	ck_assert(entry_date_valid("2024-02-29"));
	ck_assert(!entry_date_valid("2026-02-29"));
	ck_assert(!entry_date_valid("2026-13-01"));
	ck_assert(!entry_date_valid("2026-1-01"));
	ck_assert(!entry_date_valid(NULL));
	ck_assert_str_eq(entry_kind_name(ENTRY_SAFETY_PLAN), "safety-plan");
	ck_assert_int_eq(entry_kind_from_name("self-check"), ENTRY_SELFCHECK);
	ck_assert_int_eq(entry_kind_from_name("nope"), 0);
}
END_TEST

START_TEST(search_ignores_case)
{
	ck_assert(search_contains("Viel Ärger heute", "ärger"));
	ck_assert(search_contains("viel ärger heute", "ÄRGER"));
	ck_assert(search_contains("ÉTÉ", "été"));
	ck_assert(search_contains("ŁÓDŹ", "łódź"));
	ck_assert(search_contains("ΣΩΚΡΆΤΗΣ", "σωκρ"));
	ck_assert(search_contains("ПРИВЕТ мир", "привет"));
	ck_assert(search_contains("anything", ""));
	ck_assert(!search_contains("Arger", "ärger"));
	ck_assert(!search_contains(NULL, "x"));
	ck_assert(!search_contains("short", "shorter"));
	/* The fast paths: candidates by first letter in either case, a second
	 * letter checked before the full comparison, the end of the text. */
	ck_assert(search_contains("ll lla lli", "lli"));
	ck_assert(search_contains("ll lla LLI", "lli"));
	ck_assert(search_contains("the LightHouse", "lighthouse"));
	ck_assert(search_contains("xxL", "l"));
	ck_assert(!search_contains("a l", "lx"));
	ck_assert(!search_contains("lL", "ll "));
	ck_assert(search_contains("lL lL ", "ll "));
	ck_assert(search_contains("Straße und Ärger", "ße u"));
	ck_assert(search_contains("kleine Änderung", "änd"));
	ck_assert(!search_contains("kleine Anderung", "änd"));
	/* Invalid bytes match only themselves and never crash. */
	ck_assert(search_contains("a\xff\xfe b", "\xFF\xfe"));
	ck_assert(!search_contains("a\xc3", "\xc3\xa4"));
	ck_assert_uint_eq(search_fold('Q'), 'q');
	ck_assert_uint_eq(search_fold(0xC4), 0xE4);
	ck_assert_uint_eq(search_fold(0xD7), 0xD7);

	char *dir = scratch_dir();
	struct diary *d;
	struct diary_error err;
	ck_assert_int_eq(diary_create(dir, PASS, PASSLEN, &min_costs, &d, &err), 0);
	diary_add(d, journal("Ärger", "at work"), &err);
	diary_add(d, journal(NULL, "nothing here"), &err);
	struct entry *r = rec("urge", entry_time_now(), "note", "Der ÄRGER kam wieder");
	diary_add(d, r, &err);
	struct entry *p = entry_new(ENTRY_SAFETY_PLAN);
	entry_set(p, &p->plan[PLAN_HELPERS], "my brother, ärgerlich but kind");
	diary_add(d, p, &err);
	struct entry_list l = diary_search(d, "ärger");
	ck_assert_uint_eq(l.n, 3);
	diary_list_free(&l);
	l = diary_search(d, "AT WORK");
	ck_assert_uint_eq(l.n, 1);
	ck_assert_str_eq(l.v[0]->title, "Ärger");
	diary_list_free(&l);
	diary_close(d);
	scratch_free(dir);
}
END_TEST

struct set {
	struct entry *e[64];
	size_t n;
};

static void add(struct set *s, struct entry *e)
{
	s->e[s->n++] = e;
}

static void set_free(struct set *s)
{
	for (size_t i = 0; i < s->n; i++)
		entry_free(s->e[i]);
}

#define V(s) ((const struct entry *const *)(s).e)

START_TEST(scale_series)
{
	struct set s = {{0}, 0};
	int64_t m = MON_2026_11_30;
	add(&s, rec("urge", at(m + 8, 9, 0), "strength", "8"));
	add(&s, rec("urge", at(m, 9, 0), "strength", "6"));
	add(&s, rec("urge", at(m, 23, 30), "strength", "3"));
	add(&s, rec("urge", at(m + 2, 0, 10), "strength", "9"));
	add(&s, rec("urge", at(m + 2, 1, 0), "strength", "seven")); /* ignored */
	add(&s, rec("urge", at(m + 3, 1, 0), "other", "1"));        /* ignored */
	struct entry *j = journal(NULL, "7");
	j->created = at(m, 1, 0);
	add(&s, j); /* not a record */

	struct stats_point *p;
	size_t n = stats_scale_daily(V(s), s.n, "strength", &p);
	ck_assert_uint_eq(n, 3);
	ck_assert_int_eq(p[0].day, m);
	ck_assert_uint_eq(p[0].n, 2);
	ck_assert(fabs(p[0].value - 4.5) < 1e-9);
	ck_assert_int_eq(p[1].day, m + 2);
	ck_assert(fabs(p[1].value - 9) < 1e-9);
	ck_assert_int_eq(p[2].day, m + 8);
	free(p);

	n = stats_scale_weekly(V(s), s.n, "strength", &p);
	ck_assert_uint_eq(n, 2);
	ck_assert_int_eq(p[0].day, m);
	ck_assert_uint_eq(p[0].n, 3);
	ck_assert(fabs(p[0].value - 6) < 1e-9);
	ck_assert_int_eq(p[1].day, m + 7);
	ck_assert(fabs(p[1].value - 8) < 1e-9);

	/* The weeks folded from the days are the same weeks. */
	struct stats_point *d, *w;
	size_t nd = stats_scale_daily(V(s), s.n, "strength", &d);
	ck_assert_uint_eq(stats_weeks_of_days(d, nd, &w), n);
	for (size_t i = 0; i < n; i++) {
		ck_assert_int_eq(w[i].day, p[i].day);
		ck_assert_uint_eq(w[i].n, p[i].n);
		ck_assert(fabs(w[i].value - p[i].value) < 1e-9);
		ck_assert(w[i].lo == p[i].lo && w[i].hi == p[i].hi);
	}
	ck_assert(p[0].lo == 3 && p[0].hi == 9);
	free(d);
	free(w);
	free(p);

	ck_assert_uint_eq(stats_scale_daily(V(s), s.n, "missing", &p), 0);
	ck_assert_ptr_null(p);
	ck_assert_uint_eq(stats_scale_daily(NULL, 0, "strength", &p), 0);
	set_free(&s);
}
END_TEST

START_TEST(choices_map_scores_counts)
{
	struct set s = {{0}, 0};
	int64_t m = MON_2026_11_30;
	add(&s, rec("urge", at(m, 22, 0), "helped", "walk,call"));
	add(&s, rec("urge", at(m + 1, 22, 30), "helped", "walk"));
	add(&s, rec("urge", at(m + 7, 7, 0), "helped", "breathe,walk,"));
	add(&s, rec("urge", at(m + 5, 3, 0), "helped", "call"));
	add(&s, rec("other", at(m + 5, 3, 0), "helped", "walk"));
	add(&s, rec("urge", at(m + 6, 14, 0), "outcome", "passed"));
	add(&s, rec("urge", at(m + 13, 14, 0), "outcome", "passed"));
	add(&s, rec("urge", at(m + 13, 15, 0), "outcome", "lapse"));

	struct stats_count *c;
	size_t n = stats_choice_counts(V(s), s.n, "helped", &c);
	ck_assert_uint_eq(n, 3);
	ck_assert_str_eq(c[0].option, "walk");
	ck_assert_uint_eq(c[0].count, 4);
	ck_assert_str_eq(c[1].option, "call");
	ck_assert_uint_eq(c[1].count, 2);
	ck_assert_str_eq(c[2].option, "breathe");
	ck_assert_uint_eq(c[2].count, 1);
	stats_counts_free(c, n);

	size_t map[7][STATS_BANDS];
	stats_week_map(V(s), s.n, "urge", map);
	ck_assert_uint_eq(map[0][STATS_EVENING], 1);
	ck_assert_uint_eq(map[1][STATS_EVENING], 1);
	ck_assert_uint_eq(map[0][STATS_MORNING], 1);
	ck_assert_uint_eq(map[5][STATS_NIGHT], 1);
	ck_assert_uint_eq(map[6][STATS_AFTERNOON], 3);
	size_t total = 0;
	for (int d = 0; d < 7; d++)
		for (int b = 0; b < STATS_BANDS; b++)
			total += map[d][b];
	ck_assert_uint_eq(total, 7);
	stats_week_map(V(s), s.n, NULL, map);
	ck_assert_uint_eq(map[5][STATS_NIGHT], 2);

	/* By the answer to "when": the time the person gave, on the record's weekday. */
	const char *when[] = {"passed", "lapse", "walk"};
	size_t amap[3][7];
	stats_answer_week_map(V(s), s.n, "outcome", when, 3, amap);
	ck_assert_uint_eq(amap[0][6], 2); /* two Sundays */
	ck_assert_uint_eq(amap[1][6], 1);
	size_t none = 0;
	for (int d = 0; d < 7; d++)
		none += amap[2][d]; /* "walk" is an answer to another question */
	ck_assert_uint_eq(none, 0);

	ck_assert_uint_eq(stats_count_answer(V(s), s.n, "outcome", "passed"), 2);
	ck_assert_uint_eq(stats_count_answer(V(s), s.n, "helped", "walk"), 4);
	ck_assert_uint_eq(stats_count_answer(V(s), s.n, "helped", "wal"), 0);
	struct stats_point *p;
	n = stats_weekly_counts(V(s), s.n, "outcome", "passed", &p);
	ck_assert_uint_eq(n, 2);
	ck_assert_int_eq(p[0].day, m);
	ck_assert(fabs(p[0].value - 1) < 1e-9);
	ck_assert_int_eq(p[1].day, m + 7);
	free(p);
	n = stats_weekly_counts(V(s), s.n, NULL, NULL, &p);
	ck_assert_uint_eq(n, 2);
	ck_assert_uint_eq(p[0].n + p[1].n, 8);
	free(p);

	/* Self-check scores, oldest first, one point each. */
	struct set sc = {{0}, 0};
	int scores[] = {12, 5, 9};
	int days[] = {14, 0, 7};
	for (int i = 0; i < 3; i++) {
		struct entry *e = entry_new(ENTRY_SELFCHECK);
		entry_set(e, &e->module, "check");
		e->score = scores[i];
		e->created = e->edited = at(m + days[i], 10, 0);
		add(&sc, e);
	}
	struct entry *o = entry_new(ENTRY_SELFCHECK);
	entry_set(o, &o->module, "another");
	o->created = at(m, 1, 0);
	add(&sc, o);
	n = stats_selfcheck_scores(V(sc), sc.n, "check", &p);
	ck_assert_uint_eq(n, 3);
	ck_assert(fabs(p[0].value - 5) < 1e-9 && fabs(p[1].value - 9) < 1e-9 &&
	          fabs(p[2].value - 12) < 1e-9);
	ck_assert_int_eq(p[2].day, m + 14);
	free(p);
	ck_assert_uint_eq(stats_selfcheck_scores(V(sc), sc.n, NULL, &p), 4);
	free(p);
	set_free(&sc);
	set_free(&s);
}
END_TEST

/* Records with any of some options, counted over repeated values. */
START_TEST(count_any_of)
{
	struct set s = {{0}, 0};
	int64_t m = MON_2026_11_30;
	const char *vals[] = {"walk,call", "walk", "breathe", "call", "walk,call", "", "walk"};
	for (size_t i = 0; i < sizeof vals / sizeof vals[0]; i++)
		add(&s, rec("urge", at(m, (int)i, 0), "helped", vals[i]));
	add(&s, rec("urge", at(m, 9, 0), "other", "call")); /* not answered */
	const char *skills[] = {"call", "breathe"};
	size_t answered;
	ck_assert_uint_eq(stats_count_any(V(s), s.n, "helped", skills, 2, &answered), 4);
	ck_assert_uint_eq(answered, 7);
	ck_assert_uint_eq(stats_count_any(V(s), s.n, "helped", skills, 0, &answered), 0);
	ck_assert_uint_eq(stats_count_any(V(s), s.n, "none", skills, 2, &answered), 0);
	ck_assert_uint_eq(answered, 0);
	/* The choice counts over the same repeated values. */
	struct stats_count *c;
	size_t nc = stats_choice_counts(V(s), s.n, "helped", &c);
	ck_assert_uint_eq(nc, 3);
	ck_assert_str_eq(c[0].option, "walk");
	ck_assert_uint_eq(c[0].count, 4);
	ck_assert_str_eq(c[1].option, "call");
	ck_assert_uint_eq(c[1].count, 3);
	ck_assert_str_eq(c[2].option, "breathe");
	ck_assert_uint_eq(c[2].count, 1);
	stats_counts_free(c, nc);
	set_free(&s);
}
END_TEST

static Suite *suite(void)
{
	Suite *s = suite_create("diary stats");
	TCase *tc = tcase_create("stats");
	tcase_add_test(tc, times);
	tcase_add_test(tc, search_ignores_case);
	tcase_add_test(tc, scale_series);
	tcase_add_test(tc, choices_map_scores_counts);
	tcase_add_test(tc, count_any_of);
	suite_add_tcase(s, tc);
	return s;
}

int main(void)
{
	UNIT_NEED_TEST_BUILD(); /* weak key costs, or the test-only switches */
	return unit_run(suite());
}
