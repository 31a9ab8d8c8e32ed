/* SPDX-FileCopyrightText: 2026 The steady authors */
/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * test_yget.c: the id rule at its edges (content/yget and the option ids of
 * content/option_load). An id of exactly 40 characters is taken for a
 * module, a step and an option, whether the option id starts with a letter
 * or a digit; one of 41 is refused. The refusals of 41 are fixtures in
 * tests/data/modules/invalid/ (id-too-long, option-id-too-long).
 */
#include "config.h"

#include <check.h>

#include "content/module_load.h"
#include "content/yget.h"
#include "content_test.h"
#include "unit.h"

#define ID40 "a123456789012345678901234567890123456789"
#define ID41 ID40 "0"
/* An option id may start with a digit: 40 characters again. */
#define DIGIT40 "1a12345678901234567890123456789012345678"

START_TEST(test_is_id_edges)
{
	ck_assert_uint_eq(strlen(ID40), YGET_ID_MAX);
	ck_assert_int_eq(yget_is_id(ID40), 1);
	ck_assert_int_eq(yget_is_id(ID41), 0);
	ck_assert_uint_eq(strlen(DIGIT40), YGET_ID_MAX);
	ck_assert_int_eq(yget_is_id("a"), 1);
	ck_assert_int_eq(yget_is_id(""), 0);
	ck_assert_int_eq(yget_is_id("1a"), 0);
	ck_assert_int_eq(yget_is_id("a-1"), 1);
	ck_assert_int_eq(yget_is_id("aB"), 0);
}
END_TEST

/* A module whose ids are all 40 characters long loads without a word. */
START_TEST(test_forty_everywhere)
{
	const char *text = "steady: 1\n"
	                   "id: " ID40 "\n"
	                   "title: T\n"
	                   "summary: S\n"
	                   "minutes: 1\n"
	                   "steps:\n"
	                   "  - type: choice\n"
	                   "    id: " ID40 "\n"
	                   "    prompt: Which?\n"
	                   "    options:\n"
	                   "      - {id: " ID40 ", label: A letter first}\n"
	                   "      - {id: " DIGIT40 ", label: A digit first}\n";
	char *tmp = ct_tmpdir();
	char *path = xasprintf("%s/forty.yaml", tmp);
	ct_write(path, text, strlen(text));
	struct diag d;
	diag_init(&d);
	struct module *m = module_load(path, ORIGIN_USER, NULL, &d);
	for (size_t i = 0; i < d.n; i++) {
		char *msg = ct_msg(&d, i);
		fprintf(stderr, "%s\n", msg);
		free(msg);
	}
	ck_assert_ptr_nonnull(m);
	ck_assert_uint_eq(d.n, 0);
	ck_assert_str_eq(m->id, ID40);
	module_free(m);
	diag_free(&d);
	free(path);
	ct_rmtree(tmp);
	free(tmp);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("yget");
	TCase *tc = tcase_create("ids");
	tcase_add_test(tc, test_is_id_edges);
	tcase_add_test(tc, test_forty_everywhere);
	suite_add_tcase(s, tc);
	return unit_run(s);
}
