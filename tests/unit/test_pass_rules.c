/* SPDX-FileCopyrightText: 2026 The steady authors */
/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test_pass_rules.c: what a new passphrase must be (session/pass_rules.c). */
#include "config.h"

#include <check.h>
#include <stdlib.h>
#include <string.h>

#include "session/pass_rules.h"
#include "unit.h"

START_TEST(test_chars)
{
	ck_assert_uint_eq(pass_rules_chars("", 0), 0);
	ck_assert_uint_eq(pass_rules_chars("abc", 3), 3);
	/* Characters, not bytes: "Ärger" is five. */
	ck_assert_uint_eq(pass_rules_chars("\xc3\x84rger", 6), 5);
}
END_TEST

START_TEST(test_short)
{
	ck_assert_int_eq(pass_rules_short("seven77", 7), 1);
	ck_assert_int_eq(pass_rules_short("eight888", 8), 0);
	/* Seven characters in nine bytes are still short. */
	ck_assert_int_eq(pass_rules_short("\xc3\xa4\xc3\xa4xxxxx", 9), 1);
	char *t = pass_rules_short_text(5);
	ck_assert_ptr_nonnull(strstr(t, "only 5 characters"));
	free(t);
}
END_TEST

START_TEST(test_same)
{
	ck_assert_int_eq(pass_rules_same("blue kettle", 11, "blue kettle", 11), 1);
	ck_assert_int_eq(pass_rules_same("blue kettle", 11, "blue kettlE", 11), 0);
	ck_assert_int_eq(pass_rules_same("blue kettle", 11, "blue kettle ", 12), 0);
	ck_assert_int_eq(pass_rules_same("", 0, "", 0), 1);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("pass_rules");
	TCase *tc = tcase_create("pass_rules");
	tcase_add_test(tc, test_chars);
	tcase_add_test(tc, test_short);
	tcase_add_test(tc, test_same);
	suite_add_tcase(s, tc);
	return unit_run(s);
}
