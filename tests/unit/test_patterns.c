/* SPDX-FileCopyrightText: 2026 The steady authors */
/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * test_patterns.c: the figures behind Patterns (session/patterns.c): a
 * scale question week by week with its lowest and highest answers, when
 * records were made (busiest first), and which modules Patterns offers.
 */
#include "config.h"

#include <check.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "session/patterns.h"
#include "session_test.h"
#include "unit.h"

/* 2026-11-30 is a Monday; times at UTC+1. */
#define MON 20787
static const int32_t OFF = 3600;

static struct entry_time at(int64_t day, int hour)
{
	struct entry_time t;
	t.offset = OFF;
	t.epoch = day * 86400 + hour * 3600 - OFF;
	return t;
}

static struct entry *rec(struct entry_time t, const char *q, const char *v)
{
	struct entry *e = entry_new(ENTRY_RECORD);
	entry_set(e, &e->module, "trigger-log");
	e->created = e->edited = t;
	entry_set_answer(e, q, v);
	return e;
}

START_TEST(weeks_with_lowest_and_highest)
{
	/* Out of order on purpose; a value that is no number and another question are ignored. */
	struct entry *v[] = {
	        rec(at(MON + 7, 9), "urge", "4"),  rec(at(MON + 1, 20), "urge", "9"),
	        rec(at(MON, 8), "urge", "3"),      rec(at(MON + 6, 23), "urge", "7"),
	        rec(at(MON + 2, 12), "urge", "x"), rec(at(MON + 3, 12), "mood", "1"),
	};
	size_t n = sizeof v / sizeof v[0];
	struct patterns_week *w;
	size_t nw = patterns_scale_weeks((const struct entry *const *)v, n, "urge", &w);
	ck_assert_uint_eq(nw, 2);
	ck_assert_int_eq(w[0].day, MON);
	ck_assert_uint_eq(w[0].n, 3);
	ck_assert(fabs(w[0].mean - 19.0 / 3.0) < 1e-9);
	ck_assert_int_eq(w[0].lo, 3);
	ck_assert_int_eq(w[0].hi, 9);
	ck_assert_int_eq(w[1].day, MON + 7);
	ck_assert_uint_eq(w[1].n, 1);
	ck_assert_int_eq(w[1].lo, 4);
	ck_assert_int_eq(w[1].hi, 4);
	free(w);
	ck_assert_uint_eq(patterns_scale_weeks((const struct entry *const *)v, n, "none", &w), 0);
	ck_assert_ptr_null(w);
	for (size_t i = 0; i < n; i++)
		entry_free(v[i]);
}
END_TEST

/* The same records in three orders: oldest first, newest first (as a
 * diary gives them: reversed, not sorted) and shuffled (sorted); one
 * record's offset puts it on another local day than its neighbours. */
START_TEST(weeks_in_any_order)
{
	struct entry *v[12];
	for (int i = 0; i < 12; i++) {
		char val[4];
		snprintf(val, sizeof val, "%d", (i * 7) % 11);
		v[i] = rec(at(MON + i * 2, 10), "urge", val);
	}
	v[5]->created.offset = -12 * 3600; /* still after v[4], on the day before in its time */
	struct entry *newest[12], *shuffled[12];
	for (int i = 0; i < 12; i++) {
		newest[i] = v[11 - i];
		shuffled[i] = v[(i * 5) % 12];
	}
	struct patterns_week *a, *b, *c;
	size_t na = patterns_scale_weeks((const struct entry *const *)v, 12, "urge", &a);
	size_t nb = patterns_scale_weeks((const struct entry *const *)newest, 12, "urge", &b);
	size_t nc = patterns_scale_weeks((const struct entry *const *)shuffled, 12, "urge", &c);
	ck_assert_uint_eq(na, 4);
	ck_assert_uint_eq(nb, na);
	ck_assert_uint_eq(nc, na);
	for (size_t i = 0; i < na; i++) {
		ck_assert_int_eq(a[i].day, MON + 7 * (int64_t)i);
		ck_assert_int_eq(b[i].day, a[i].day);
		ck_assert_int_eq(c[i].day, a[i].day);
		ck_assert_uint_eq(b[i].n, a[i].n);
		ck_assert_uint_eq(c[i].n, a[i].n);
		ck_assert(fabs(b[i].mean - a[i].mean) < 1e-9 && fabs(c[i].mean - a[i].mean) < 1e-9);
		ck_assert_int_eq(b[i].lo, a[i].lo);
		ck_assert_int_eq(c[i].hi, a[i].hi);
	}
	/* Week one: days MON, +2, +4, +6: values 0, 7, 3, 10. */
	ck_assert_uint_eq(a[0].n, 4);
	ck_assert_int_eq(a[0].lo, 0);
	ck_assert_int_eq(a[0].hi, 10);
	free(a);
	free(b);
	free(c);
	for (int i = 0; i < 12; i++)
		entry_free(v[i]);
}
END_TEST

START_TEST(busiest_first)
{
	size_t map[7][STATS_BANDS];
	memset(map, 0, sizeof map);
	map[4][STATS_EVENING] = 1;
	map[1][STATS_NIGHT] = 3;
	map[0][STATS_MORNING] = 1;
	struct patterns_slot s[7 * STATS_BANDS];
	ck_assert_uint_eq(patterns_busiest((const size_t(*)[STATS_BANDS])map, s), 3);
	ck_assert_int_eq(s[0].weekday, 1);
	ck_assert_int_eq(s[0].band, STATS_NIGHT);
	ck_assert_uint_eq(s[0].n, 3);
	/* Ties in the order of the week. */
	ck_assert_int_eq(s[1].weekday, 0);
	ck_assert_int_eq(s[1].band, STATS_MORNING);
	ck_assert_int_eq(s[2].weekday, 4);
	memset(map, 0, sizeof map);
	ck_assert_uint_eq(patterns_busiest((const size_t(*)[STATS_BANDS])map, s), 0);
}
END_TEST

static struct steady_opts opts;
static struct session ss;

static void setup(void)
{
	st_home_make();
	memset(&opts, 0, sizeof opts);
	st_session(&ss, &opts);
}

static void teardown(void)
{
	session_close(&ss);
	st_home_remove();
}

static int offers(const struct module *const *m, size_t n, const char *id)
{
	for (size_t i = 0; i < n; i++)
		if (strcmp(m[i]->id, id) == 0)
			return 1;
	return 0;
}

START_TEST(modules_offered)
{
	struct diary *d = st_diary(&ss);
	const struct module **m = xcalloc(ss.lib->n, sizeof *m);
	/* A journal before its first record; a module done once only with a record; never a
	 * self-check or a module that asks nothing. */
	size_t n = patterns_modules(ss.lib, d, m);
	ck_assert(offers(m, n, "journal"));
	ck_assert(!offers(m, n, "once"));
	ck_assert(!offers(m, n, "check"));
	ck_assert(!offers(m, n, "pages"));
	struct entry *e = entry_new(ENTRY_RECORD);
	entry_set(e, &e->module, "once");
	entry_set_answer(e, "line", "done");
	struct diary_error err;
	ck_assert_uint_ne(diary_add(d, e, &err), 0);
	size_t n2 = patterns_modules(ss.lib, d, m);
	ck_assert_uint_eq(n2, n + 1);
	ck_assert(offers(m, n2, "once"));
	free(m);
}
END_TEST

int main(void)
{
	UNIT_NEED_TEST_BUILD(); /* weak key costs, or the test-only switches */
	Suite *s = suite_create("patterns");
	TCase *tc = tcase_create("figures");
	tcase_add_test(tc, weeks_with_lowest_and_highest);
	tcase_add_test(tc, weeks_in_any_order);
	tcase_add_test(tc, busiest_first);
	suite_add_tcase(s, tc);
	TCase *tm = tcase_create("modules");
	st_fixtures(tm, setup, teardown);
	tcase_add_test(tm, modules_offered);
	suite_add_tcase(s, tm);
	return unit_run(s);
}
