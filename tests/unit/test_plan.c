/* SPDX-FileCopyrightText: 2026 The steady authors */
/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * test_plan.c: the safety plan from the diary (session/plan.h): changed
 * through its module, which opens with the plan's words at its first plan
 * step; exported to a new file of mode 0600, a second one beside the first.
 */
#include "config.h"

#include <check.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "session/keep.h"
#include "session/plan.h"
#include "session_test.h"
#include "unit.h"
#include "util/xalloc.h"

static struct steady_opts opts;
static struct session s;

static void setup(void)
{
	st_open(&s, &opts);
}

static void teardown(void)
{
	st_close(&s);
}

START_TEST(change_opens_the_module_with_the_plan)
{
	struct diary_error err;
	size_t step = 99;
	ck_assert_int_eq(plan_edit_begin(&s, &step), -1); /* locked: nothing to change */
	struct diary *d = st_diary(&s);
	st_write(&s, "plan", "signs", "staying up late");
	ck_assert_int_eq(keep_module(&s, st_index(&s, "plan"), 0, &err), 0);
	/* The plan is changed elsewhere (an older record, another run): the plan wins. */
	const struct entry *old = diary_latest(d, ENTRY_SAFETY_PLAN, NULL);
	struct entry *c = entry_copy(old);
	entry_set(c, &c->plan[PLAN_WARNING_SIGNS], "no sleep");
	entry_set(c, &c->plan[PLAN_HELPERS], "my brother");
	ck_assert_int_eq(diary_replace(d, old->id, c, &err), 0);
	struct progress *p = st_prog(&s, "plan");
	p->keep = KEEP_UNASKED;
	int i = plan_edit_begin(&s, &step);
	ck_assert_int_eq(i, (int)st_index(&s, "plan"));
	ck_assert_uint_eq(step, 0);
	ck_assert_int_eq(p->keep, KEEP_YES);
	ck_assert_str_eq(p->answers[0].text, "no sleep");
	ck_assert_str_eq(p->answers[2].text, "my brother");
}
END_TEST

START_TEST(export_writes_a_new_private_file)
{
	struct diary_error err;
	ck_assert_ptr_null(plan_export(&s, &err)); /* locked */
	st_diary(&s);
	ck_assert_ptr_null(plan_export(&s, &err)); /* no plan yet */
	st_write(&s, "plan", "signs", "staying up late");
	ck_assert_int_eq(keep_module(&s, st_index(&s, "plan"), 0, &err), 0);
	char *a = plan_export(&s, &err);
	ck_assert_msg(a != NULL, "%s", err.msg);
	char *b = plan_export(&s, &err);
	ck_assert_ptr_nonnull(b);
	ck_assert_str_ne(a, b);
	ck_assert_ptr_nonnull(strstr(b, "steady-safety-plan-2.md"));
	struct stat st;
	ck_assert_int_eq(stat(a, &st), 0);
	ck_assert_int_eq(st.st_mode & 0777, 0600);
	FILE *f = fopen(a, "r");
	ck_assert_ptr_nonnull(f);
	char buf[4096];
	size_t n = fread(buf, 1, sizeof buf - 1, f);
	buf[n] = '\0';
	fclose(f);
	ck_assert_ptr_nonnull(strstr(buf, "staying up late"));
	free(a);
	free(b);
}
END_TEST

int main(void)
{
	UNIT_NEED_TEST_BUILD(); /* weak key costs */
	Suite *su = suite_create("plan");
	TCase *tc = tcase_create("plan");
	st_fixtures(tc, setup, teardown);
	tcase_add_test(tc, change_opens_the_module_with_the_plan);
	tcase_add_test(tc, export_writes_a_new_private_file);
	suite_add_tcase(su, tc);
	return unit_run(su);
}
