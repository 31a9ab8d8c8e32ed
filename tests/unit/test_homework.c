/* SPDX-FileCopyrightText: 2026 The steady authors */
/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * test_homework.c: homework due and done (session/homework.c): day numbers
 * and dates both ways, the done mark for each period, and the end date.
 */
#include "config.h"

#include <check.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "diary/stats.h"
#include "session/homework.h"
#include "session_test.h"
#include "unit.h"

/* The date of a day number, by the C library's calendar (UTC). */
static void oracle_date(int64_t day, char out[16])
{
	time_t t = (time_t)(day * 86400);
	struct tm tm;
	if (!gmtime_r(&t, &tm) || strftime(out, 16, "%Y-%m-%d", &tm) != 10)
		ck_abort_msg("no date for day %lld", (long long)day);
}

/* The day number of a date, by the C library's calendar (UTC). */
static int64_t oracle_day(const char *date)
{
	struct tm tm;
	memset(&tm, 0, sizeof tm);
	ck_assert_ptr_nonnull(strptime(date, "%Y-%m-%d", &tm));
	return (int64_t)timegm(&tm) / 86400;
}

START_TEST(day_numbers_and_dates_round_trip)
{
	/* Every day of five centuries, leap days and 1970-01-01 among them. */
	int64_t from = oracle_day("1900-01-01"), to = oracle_day("2400-12-31");
	ck_assert_int_lt(from, 0);
	size_t leap_days = 0;
	for (int64_t day = from; day <= to; day++) {
		char want[16], got[16];
		oracle_date(day, want);
		homework_date(day, got);
		if (strcmp(got, want) != 0 || homework_day_of(want) != day)
			ck_abort_msg("day %lld: %s, not %s; %s is day %lld", (long long)day, got,
			             want, want, (long long)homework_day_of(want));
		leap_days += strcmp(want + 4, "-02-29") == 0;
	}
	ck_assert_uint_eq(leap_days, 122); /* 126 fourth years but 1900, 2100, 2200, 2300 */
}
END_TEST

START_TEST(the_first_day_and_the_leap_days)
{
	char out[16];
	ck_assert_int_eq(homework_day_of("1970-01-01"), 0);
	homework_date(0, out);
	ck_assert_str_eq(out, "1970-01-01");
	ck_assert_int_eq(homework_day_of("1969-12-31"), -1);
	homework_date(-1, out);
	ck_assert_str_eq(out, "1969-12-31");
	static const char *const around[][3] = {
	        {"2000-02-28", "2000-02-29", "2000-03-01"}, /* divisible by 400: a leap year */
	        {"2024-02-28", "2024-02-29", "2024-03-01"},
	        {"1900-02-27", "1900-02-28", "1900-03-01"}, /* divisible by 100: not one */
	        {"2100-02-27", "2100-02-28", "2100-03-01"},
	        {"2023-12-30", "2023-12-31", "2024-01-01"},
	};
	for (size_t i = 0; i < sizeof around / sizeof around[0]; i++) {
		int64_t mid = homework_day_of(around[i][1]);
		ck_assert_int_eq(homework_day_of(around[i][0]), mid - 1);
		ck_assert_int_eq(homework_day_of(around[i][2]), mid + 1);
		homework_date(mid + 1, out);
		ck_assert_str_eq(out, around[i][2]);
	}
}
END_TEST

START_TEST(today_is_the_local_date)
{
	/* Far east and far west of UTC: one of them has another date than UTC, now. */
	static const char *const zones[] = {"UTC0", "<+14>-14", "<-12>+12"};
	for (size_t i = 0; i < sizeof zones / sizeof zones[0]; i++) {
		setenv("TZ", zones[i], 1);
		tzset();
		time_t now = time(NULL);
		struct tm tm;
		ck_assert_ptr_nonnull(localtime_r(&now, &tm));
		char want[16], got[16];
		strftime(want, sizeof want, "%Y-%m-%d", &tm);
		homework_date(homework_today(), got);
		ck_assert_msg(strcmp(got, want) == 0, "TZ=%s: %s, not %s", zones[i], got, want);
	}
}
END_TEST

static struct homework hw_once = {.set_by = "Sam", .frequency = FREQ_ONCE};
static struct homework hw_daily = {.set_by = "Sam", .frequency = FREQ_DAILY};
static struct homework hw_weekly = {.set_by = "Sam", .frequency = FREQ_WEEKLY};
static struct module once = {.id = "once", .homework = &hw_once};
static struct module daily = {.id = "daily", .homework = &hw_daily};
static struct module weekly = {.id = "weekly", .homework = &hw_weekly};
static struct module plain = {.id = "plain"};

static struct diary *d;

static void diary_up(void)
{
	st_home_make();
	char *dir = st_path("diary");
	struct diary_error err;
	ck_assert_msg(diary_create(dir, PASS, PASSLEN, &min_costs, &d, &err) == 0, "%s", err.msg);
	free(dir);
}

static void diary_down(void)
{
	diary_close(d);
	d = NULL;
	st_home_remove();
}

/* Marks module id done on date. */
static uint64_t mark(const char *id, const char *date)
{
	struct entry *e = entry_new(ENTRY_HOMEWORK);
	entry_set(e, &e->module, id);
	entry_set(e, &e->date, date);
	struct diary_error err;
	uint64_t n = diary_add(d, e, &err);
	ck_assert_msg(n != 0, "%s", err.msg);
	return n;
}

/* The id of the mark found for m on date, or 0. */
static uint64_t found(const struct module *m, const char *date)
{
	const struct entry *e = homework_mark(d, m, homework_day_of(date));
	return e ? e->id : 0;
}

START_TEST(mark_for_the_period)
{
	/* 2024-01-01 was a Monday: the week of Wednesday the 3rd is the 1st to the 7th. */
	ck_assert_int_eq(stats_week_start(homework_day_of("2024-01-03")),
	                 homework_day_of("2024-01-01"));
	uint64_t o = mark("once", "2024-01-03");
	uint64_t dd = mark("daily", "2024-01-03");
	uint64_t w = mark("weekly", "2024-01-03");

	static const char *const days[] = {"2023-12-31", "2024-01-01", "2024-01-02", "2024-01-03",
	                                   "2024-01-04", "2024-01-07", "2024-01-08", "2030-06-01"};
	for (size_t i = 0; i < sizeof days / sizeof days[0]; i++) {
		const char *day = days[i];
		/* Once is done for good, whenever it was. */
		ck_assert_uint_eq(found(&once, day), o);
		ck_assert_uint_eq(found(&daily, day), strcmp(day, "2024-01-03") == 0 ? dd : 0);
		int same_week = strcmp(day, "2024-01-01") >= 0 && strcmp(day, "2024-01-07") <= 0;
		ck_assert_msg(found(&weekly, day) == (same_week ? w : 0), "weekly on %s", day);
	}

	/* Another module's mark is not this one's; no homework, no mark. */
	ck_assert_uint_eq(found(&plain, "2024-01-03"), 0);
	struct module other = {.id = "other", .homework = &hw_once};
	ck_assert_uint_eq(found(&other, "2024-01-03"), 0);
	ck_assert_ptr_null(homework_mark(NULL, &once, homework_day_of("2024-01-03")));

	/* A second day's mark of a daily homework is that day's. */
	uint64_t dd2 = mark("daily", "2024-01-04");
	ck_assert_uint_eq(found(&daily, "2024-01-04"), dd2);
	ck_assert_uint_eq(found(&daily, "2024-01-03"), dd);
}
END_TEST

START_TEST(ended_once_until_has_passed)
{
	char today[16], yesterday[16], tomorrow[16];
	homework_date(homework_today(), today);
	homework_date(homework_today() - 1, yesterday);
	homework_date(homework_today() + 1, tomorrow);
	struct homework h = {.set_by = "Sam", .frequency = FREQ_DAILY};
	struct module m = {.id = "m", .homework = &h};
	ck_assert_int_eq(homework_ended(&m), 0); /* no end */
	h.until = yesterday;
	ck_assert_int_eq(homework_ended(&m), 1);
	h.until = "2000-02-29";
	ck_assert_int_eq(homework_ended(&m), 1);
	h.until = today; /* the last day is still a day for it */
	ck_assert_int_eq(homework_ended(&m), 0);
	h.until = tomorrow;
	ck_assert_int_eq(homework_ended(&m), 0);
	h.until = "2001-02-29"; /* not a date: no end */
	ck_assert_int_eq(homework_ended(&m), 0);
	ck_assert_int_eq(homework_ended(&plain), 0);
}
END_TEST

START_TEST(words_for_the_list_and_the_schedule)
{
	/* Without the diary open, only how often. */
	char *t = homework_detail(NULL, &daily);
	ck_assert_str_eq(t, "daily");
	free(t);
	t = homework_detail(NULL, &weekly);
	ck_assert_str_eq(t, "weekly");
	free(t);
	t = homework_detail(NULL, &once);
	ck_assert_str_eq(t, "once");
	free(t);
	/* With it, whether it is done for now. */
	t = homework_detail(d, &daily);
	ck_assert_str_eq(t, "daily, to do");
	free(t);
	char today[16];
	homework_date(homework_today(), today);
	mark("daily", today);
	t = homework_detail(d, &daily);
	ck_assert_str_eq(t, "daily, done");
	free(t);

	struct homework h = {.set_by = "Sam", .frequency = FREQ_WEEKLY};
	struct module m = {.id = "m", .homework = &h};
	t = homework_schedule(&m);
	ck_assert_str_eq(t, "Every week.");
	free(t);
	h.frequency = FREQ_ONCE;
	h.until = "2999-12-31";
	t = homework_schedule(&m);
	ck_assert_str_eq(t, "Once. Until 31 December 2999.");
	free(t);
	h.frequency = FREQ_DAILY;
	h.until = "2000-01-01";
	t = homework_schedule(&m);
	ck_assert_str_eq(t, "Every day. Until 1 January 2000 (this has ended).");
	free(t);

	/* A diary to unlock, or none yet: two different hints. */
	ck_assert_ptr_nonnull(strstr(homework_marks_hint(1), "Unlock your diary"));
	ck_assert_ptr_nonnull(strstr(homework_marks_hint(0), "With a diary"));
}
END_TEST

static Suite *homework_suite(void)
{
	Suite *s = suite_create("homework");
	TCase *tc = tcase_create("dates");
	tcase_add_test(tc, day_numbers_and_dates_round_trip);
	tcase_add_test(tc, the_first_day_and_the_leap_days);
	tcase_add_test(tc, today_is_the_local_date);
	tcase_add_test(tc, ended_once_until_has_passed);
	suite_add_tcase(s, tc);
	tc = tcase_create("marks");
	st_fixtures(tc, diary_up, diary_down);
	tcase_add_test(tc, mark_for_the_period);
	tcase_add_test(tc, words_for_the_list_and_the_schedule);
	suite_add_tcase(s, tc);
	return s;
}

int main(void)
{
	UNIT_NEED_TEST_BUILD(); /* weak key costs, or the test-only switches */
	return unit_run(homework_suite());
}
