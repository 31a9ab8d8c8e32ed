/* SPDX-FileCopyrightText: 2026 The steady authors */
/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test_chart.c: the text charts of the Patterns screens (ui/chart.c). */
#include "config.h"

#include <check.h>
#include <locale.h>
#include <stdlib.h>
#include <string.h>

#include "ui/chart.h"
#include "util/wrap.h"
#include "unit.h"

static struct buf b;

static void setup(void)
{
	if (!setlocale(LC_ALL, "C.UTF-8"))
		setlocale(LC_ALL, "en_US.UTF-8");
	buf_init(&b);
}

static void teardown(void)
{
	buf_free(&b);
}

static const char *out(void)
{
	return b.data ? b.data : "";
}

START_TEST(test_level)
{
	ck_assert_int_eq(chart_level(0, 0, 10, 8), 0);
	ck_assert_int_eq(chart_level(10, 0, 10, 8), 7);
	ck_assert_int_eq(chart_level(5, 0, 10, 8), 4); /* 3.5 rounds up */
	ck_assert_int_eq(chart_level(-3, 0, 10, 8), 0);
	ck_assert_int_eq(chart_level(99, 0, 10, 8), 7);
	ck_assert_int_eq(chart_level(1, 0, 10, 8), 1); /* 0.7 rounds to 1 */
	ck_assert_int_eq(chart_level(4, 4, 4, 8), 7);  /* no range: the top */
	ck_assert_int_eq(chart_level(2, 0, 10, 0), 0); /* no levels */
	ck_assert_int_eq(chart_level(7, 5, 9, 5), 2);  /* an offset range */
}
END_TEST

START_TEST(test_spark_utf8)
{
	double v[] = {0, 5, 10, 3};
	unsigned char has[] = {1, 1, 1, 0};
	chart_spark(&b, v, has, 4, 0, 10, 1);
	ck_assert_str_eq(out(), "\xe2\x96\x81\xe2\x96\x85\xe2\x96\x88 ");
	ck_assert_int_eq(wrap_width(out(), strlen(out())), 4);
}
END_TEST

START_TEST(test_spark_ascii)
{
	double v[] = {0, 5, 10, 3};
	chart_spark(&b, v, NULL, 4, 0, 10, 0);
	ck_assert_str_eq(out(), "_=#-");
}
END_TEST

START_TEST(test_bar)
{
	chart_bar(&b, 10, 10, 4, 0);
	ck_assert_str_eq(out(), "####");
	buf_free(&b);
	buf_init(&b);
	chart_bar(&b, 5, 10, 4, 0);
	ck_assert_str_eq(out(), "##");
	buf_free(&b);
	buf_init(&b);
	/* A tiny value still shows; zero shows nothing. */
	chart_bar(&b, 0.01, 10, 4, 0);
	ck_assert_str_eq(out(), "#");
	buf_free(&b);
	buf_init(&b);
	chart_bar(&b, 0, 10, 4, 0);
	ck_assert_str_eq(out(), "");
	/* Eighths: 3 of 8 in 1 column, then 1.5 columns of 2. */
	chart_bar(&b, 3, 8, 1, 1);
	ck_assert_str_eq(out(), "\xe2\x96\x8d");
	buf_free(&b);
	buf_init(&b);
	chart_bar(&b, 3, 4, 2, 1);
	ck_assert_str_eq(out(), "\xe2\x96\x88\xe2\x96\x8c");
	buf_free(&b);
	buf_init(&b);
	/* Never past the width, whatever the value. */
	chart_bar(&b, 50, 10, 3, 1);
	ck_assert_int_eq(wrap_width(out(), strlen(out())), 3);
}
END_TEST

START_TEST(test_shade)
{
	chart_shade(&b, 0, 5, 0);
	chart_shade(&b, 1, 5, 0);
	chart_shade(&b, 3, 5, 0);
	chart_shade(&b, 5, 5, 0);
	chart_shade(&b, 1, 1, 0);
	ck_assert_str_eq(out(), ".:+##");
	buf_free(&b);
	buf_init(&b);
	chart_shade(&b, 0, 5, 1);
	ck_assert_str_eq(out(), "\xc2\xb7");
}
END_TEST

START_TEST(test_days)
{
	struct stats_point p[] = {{100, 4, 1, 4, 4}, {103, 7, 2, 7, 7}, {110, 9, 1, 9, 9}};
	double v[5];
	unsigned char has[5];
	/* Days 100 to 104: the point of day 110 is outside. */
	chart_days(p, 3, 104, 5, v, has);
	ck_assert_int_eq(has[0], 1);
	ck_assert(v[0] == 4);
	ck_assert_int_eq(has[1] + has[2] + has[4], 0);
	ck_assert_int_eq(has[3], 1);
	ck_assert(v[3] == 7);
	chart_days(p, 3, 104, 0, v, has); /* no room: nothing */
}
END_TEST

START_TEST(test_pad)
{
	chart_pad(&b, "abc", 5, 1);
	ck_assert_str_eq(out(), "abc  ");
	buf_free(&b);
	buf_init(&b);
	/* Cut short: never silently, at a word when one fits. */
	chart_pad(&b, "abcdef", 4, 1);
	ck_assert_str_eq(out(), "abc\xe2\x80\xa6");
	buf_free(&b);
	buf_init(&b);
	chart_pad(&b, "abcdef", 4, 0);
	ck_assert_str_eq(out(), "abc~");
	buf_free(&b);
	buf_init(&b);
	chart_pad(&b, "Out and about", 10, 1);
	ck_assert_str_eq(out(), "Out and\xe2\x80\xa6  ");
	buf_free(&b);
	buf_init(&b);
	/* A wide character that would pass the width is left out, and the gap filled. */
	chart_pad(&b, "a\xe7\x8c\xab", 2, 1);
	ck_assert_str_eq(out(), "a\xe2\x80\xa6");
}
END_TEST

int main(void)
{
	Suite *s = suite_create("chart");
	TCase *tc = tcase_create("chart");
	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_add_test(tc, test_level);
	tcase_add_test(tc, test_spark_utf8);
	tcase_add_test(tc, test_spark_ascii);
	tcase_add_test(tc, test_bar);
	tcase_add_test(tc, test_shade);
	tcase_add_test(tc, test_days);
	tcase_add_test(tc, test_pad);
	suite_add_tcase(s, tc);
	return unit_run(s);
}
