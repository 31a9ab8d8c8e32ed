/* SPDX-FileCopyrightText: 2026 The steady authors */
/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * test_date_words.c: dates in running text: words in the locale's language,
 * the day without padding, and what is not a date given back as it is.
 */
#include "config.h"

#include <check.h>
#include <locale.h>
#include <stdlib.h>

#include "unit.h"
#include "util/date_words.h"

static void eq(char *got, const char *want)
{
	ck_assert_str_eq(got, want);
	free(got);
}

START_TEST(test_day)
{
	setlocale(LC_ALL, "C.UTF-8");
	eq(date_words_day("2027-03-31"), "31 March 2027");
	eq(date_words_day("2027-03-01"), "1 March 2027");
}
END_TEST

START_TEST(test_month)
{
	setlocale(LC_ALL, "C.UTF-8");
	eq(date_words_month("2026-11"), "November 2026");
}
END_TEST

START_TEST(test_not_a_date)
{
	setlocale(LC_ALL, "C.UTF-8");
	eq(date_words_day("2027-3-1"), "2027-3-1");
	eq(date_words_day("someday!!!"), "someday!!!");
	eq(date_words_day("2027-13-01"), "2027-13-01");
	eq(date_words_day(""), "");
	eq(date_words_month("2026-11-01"), "2026-11-01");
	eq(date_words_month("2026-1x"), "2026-1x");
}
END_TEST

static Suite *suite(void)
{
	Suite *s = suite_create("date_words");
	TCase *tc = tcase_create("words");
	tcase_add_test(tc, test_day);
	tcase_add_test(tc, test_month);
	tcase_add_test(tc, test_not_a_date);
	suite_add_tcase(s, tc);
	return s;
}

int main(void)
{
	return unit_run(suite());
}
