/* SPDX-FileCopyrightText: 2026 The steady authors */
/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test_markup.c: the content's markup laid out as lines. */
#include "config.h"

#include <check.h>
#include <locale.h>
#include <stdlib.h>
#include <string.h>

#include "util/markup.h"
#include "unit.h"

static struct markup_doc d;

static void setup(void)
{
	if (!setlocale(LC_ALL, "C.UTF-8"))
		setlocale(LC_ALL, "en_US.UTF-8");
	markup_init(&d);
}

static void teardown(void)
{
	markup_free(&d);
}

START_TEST(test_paragraphs_join_and_wrap)
{
	markup_render(&d, "one two\nthree\n\nfour", 40, "-");
	ck_assert_uint_eq(d.n, 3);
	ck_assert_str_eq(d.lines[0].text, "one two three");
	ck_assert_str_eq(d.lines[1].text, "");
	ck_assert_str_eq(d.lines[2].text, "four");
	markup_free(&d);
	markup_render(&d, "one two three", 7, "-");
	ck_assert_uint_eq(d.n, 2);
	ck_assert_str_eq(d.lines[0].text, "one two");
	ck_assert_str_eq(d.lines[1].text, "three");
}
END_TEST

START_TEST(test_heading)
{
	markup_render(&d, "# Noticing an urge\nWriting it down helps.", 40, "-");
	ck_assert_uint_eq(d.n, 3);
	ck_assert_str_eq(d.lines[0].text, "Noticing an urge");
	ck_assert_uint_eq(d.lines[0].attr, MARKUP_HEADING);
	ck_assert_str_eq(d.lines[1].text, "");
	ck_assert_str_eq(d.lines[2].text, "Writing it down helps.");
	ck_assert_uint_eq(d.lines[2].attr, 0);
}
END_TEST

START_TEST(test_bullets)
{
	markup_render(&d, "Try:\n- a walk\n- call someone who\n  listens\n\nThen rest.", 14, "*");
	ck_assert_uint_eq(d.n, 7);
	ck_assert_str_eq(d.lines[0].text, "Try:");
	ck_assert_str_eq(d.lines[1].text, "");
	ck_assert_str_eq(d.lines[2].text, "* a walk");
	ck_assert_str_eq(d.lines[3].text, "* call someone");
	ck_assert_str_eq(d.lines[4].text, "who listens");
	ck_assert_int_eq(d.lines[4].indent, 2);
	ck_assert_str_eq(d.lines[5].text, "");
	ck_assert_str_eq(d.lines[6].text, "Then rest.");
}
END_TEST

START_TEST(test_emphasis)
{
	markup_render(&d, "see *patterns* here", 40, "-");
	ck_assert_uint_eq(d.n, 1);
	ck_assert_str_eq(d.lines[0].text, "see patterns here");
	ck_assert_uint_eq(d.lines[0].n_spans, 1);
	ck_assert_uint_eq(d.lines[0].spans[0].start, 4);
	ck_assert_uint_eq(d.lines[0].spans[0].end, 12);
	ck_assert_uint_eq(d.lines[0].spans[0].attr, MARKUP_EMPH);
}
END_TEST

START_TEST(test_emphasis_across_lines)
{
	markup_render(&d, "aa *bb cc* ddd", 5, "-");
	ck_assert_uint_eq(d.n, 3);
	ck_assert_str_eq(d.lines[0].text, "aa bb");
	ck_assert_uint_eq(d.lines[0].n_spans, 1);
	ck_assert_uint_eq(d.lines[0].spans[0].start, 3);
	ck_assert_uint_eq(d.lines[0].spans[0].end, 5);
	ck_assert_str_eq(d.lines[1].text, "cc");
	ck_assert_uint_eq(d.lines[1].n_spans, 1);
	ck_assert_uint_eq(d.lines[1].spans[0].start, 0);
	ck_assert_uint_eq(d.lines[1].spans[0].end, 2);
	ck_assert_uint_eq(d.lines[2].n_spans, 0);
}
END_TEST

START_TEST(test_stray_stars_kept)
{
	markup_render(&d, "5 * 3 and *open", 40, "-");
	ck_assert_str_eq(d.lines[0].text, "5 * 3 and *open");
	ck_assert_uint_eq(d.lines[0].n_spans, 0);
	markup_free(&d);
	markup_render(&d, "** and *", 40, "-");
	ck_assert_str_eq(d.lines[0].text, "** and *");
}
END_TEST

START_TEST(test_plain_and_item)
{
	markup_text(&d, "a b\nc", 10, 2, MARKUP_DIM);
	ck_assert_uint_eq(d.n, 2);
	ck_assert_int_eq(d.lines[0].indent, 2);
	ck_assert_uint_eq(d.lines[1].attr, MARKUP_DIM);
	markup_item(&d, "[x] ", "ride it out", 10, MARKUP_SELECTED);
	ck_assert_uint_eq(d.n, 4);
	ck_assert_str_eq(d.lines[2].text, "[x] ride");
	ck_assert_str_eq(d.lines[3].text, "it out");
	ck_assert_int_eq(d.lines[3].indent, 4);
	ck_assert_uint_eq(d.lines[3].attr, MARKUP_SELECTED);
}
END_TEST

/* A word longer than the line breaks with a hyphen that shows it goes on,
 * within the width, in a paragraph and in an item. */
START_TEST(test_long_word_hyphen)
{
	markup_render(&d, "Ein Selbsthilfeprogramm", 12, "-");
	ck_assert_uint_eq(d.n, 3);
	ck_assert_str_eq(d.lines[1].text, "Selbsthilfe-");
	ck_assert_int_eq(d.lines[1].width, 12);
	ck_assert_str_eq(d.lines[2].text, "programm");
	markup_item(&d, "- ", "Selbsthilfeprogramm", 12, 0);
	ck_assert_str_eq(d.lines[3].text, "- Selbsthil-");
	ck_assert_int_le(d.lines[3].width, 12);
}
END_TEST

START_TEST(test_tiny_width)
{
	markup_render(&d, "# Hi\n- a list item\n*x*", 1, "-");
	ck_assert_uint_gt(d.n, 5);
	for (size_t i = 0; i < d.n; i++)
		ck_assert_int_le(d.lines[i].width + d.lines[i].indent, 2);
}
END_TEST

START_TEST(test_empty_and_null)
{
	markup_render(&d, "", 10, "-");
	markup_render(&d, NULL, 10, "-");
	markup_render(&d, "\n\n  \n", 10, "-");
	ck_assert_uint_eq(d.n, 0);
	ck_assert_int_eq(markup_ends_blank(&d), 1);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("markup");
	TCase *tc = tcase_create("markup");
	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_add_test(tc, test_paragraphs_join_and_wrap);
	tcase_add_test(tc, test_heading);
	tcase_add_test(tc, test_bullets);
	tcase_add_test(tc, test_emphasis);
	tcase_add_test(tc, test_emphasis_across_lines);
	tcase_add_test(tc, test_stray_stars_kept);
	tcase_add_test(tc, test_plain_and_item);
	tcase_add_test(tc, test_long_word_hyphen);
	tcase_add_test(tc, test_tiny_width);
	tcase_add_test(tc, test_empty_and_null);
	suite_add_tcase(s, tc);
	return unit_run(s);
}
