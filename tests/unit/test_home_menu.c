/* SPDX-FileCopyrightText: 2026 The steady authors */
/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * test_home_menu.c: what Home offers (session/home_menu.c): which entries
 * show and in which order, their details, and how far a module got.
 */
#include "config.h"

#include <check.h>
#include <stdlib.h>
#include <string.h>

#include "session/home_menu.h"
#include "session_test.h"
#include "unit.h"

/* The entry for item, or NULL when Home does not show it. */
static const struct home_entry *find(const struct home_entry *e, size_t n, enum home_item item)
{
	for (size_t k = 0; k < n; k++)
		if (e[k].item == item)
			return &e[k];
	return NULL;
}

START_TEST(entries_in_order)
{
	struct steady_opts o = {0};
	struct session s;
	st_session(&s, &o); /* in this test's fresh home (st_fixtures()) */
	struct home_entry e[HOME__COUNT];
	size_t n = home_menu_build(&s, e);
	/* Nothing to continue yet; one self-check and homework in the library. */
	static const enum home_item want[] = {HOME_MODULES,  HOME_SELFCHECK, HOME_DIARY,
	                                      HOME_HOMEWORK, HOME_HELP,      HOME_SETTINGS,
	                                      HOME_QUIT};
	ck_assert_uint_eq(n, sizeof want / sizeof want[0]);
	for (size_t k = 0; k < n; k++)
		ck_assert_int_eq(e[k].item, want[k]);
	ck_assert_uint_eq(home_menu_selfchecks(&s), 1);
	char *choose = xasprintf("%zu to choose from", s.lib->n - 1);
	ck_assert_str_eq(e[0].label, "Modules");
	ck_assert_str_eq(e[0].detail, choose);
	free(choose);
	ck_assert_str_eq(e[1].label, "Self-check");
	ck_assert_ptr_null(e[1].detail);
	ck_assert_str_eq(e[2].label, "Diary");
	ck_assert_ptr_null(e[2].detail); /* no diary yet */
	ck_assert_str_eq(e[n - 1].label, "Quit");
	home_menu_free(e, n);
	session_close(&s);
}
END_TEST

START_TEST(continue_comes_first)
{
	struct steady_opts o = {0};
	struct session s;
	st_session(&s, &o); /* in this test's fresh home (st_fixtures()) */
	size_t i = st_index(&s, "play");
	s.last_module = (int)i;
	s.prog[i].state = PROGRESS_STARTED;
	s.prog[i].step = 2;
	struct home_entry e[HOME__COUNT];
	size_t n = home_menu_build(&s, e);
	ck_assert_int_eq(e[0].item, HOME_CONTINUE);
	ck_assert_str_eq(e[0].label, "Continue: Playing");
	char *step = xasprintf("step 3 of %zu", s.lib->mods[i]->n_steps);
	ck_assert_str_eq(e[0].detail, step);
	free(step);
	home_menu_free(e, n);
	/* A place past the library (it changed) is not offered. */
	s.last_module = (int)s.lib->n;
	n = home_menu_build(&s, e);
	ck_assert_ptr_null(find(e, n, HOME_CONTINUE));
	home_menu_free(e, n);
	session_close(&s);
}
END_TEST

START_TEST(diary_open_or_locked)
{
	struct steady_opts o = {0};
	struct session s;
	st_session(&s, &o); /* in this test's fresh home (st_fixtures()) */
	st_diary(&s);
	struct home_entry e[HOME__COUNT];
	size_t n = home_menu_build(&s, e);
	ck_assert_str_eq(find(e, n, HOME_DIARY)->detail, "open");
	home_menu_free(e, n);
	dlink_lock(&s, 0);
	n = home_menu_build(&s, e);
	ck_assert_str_eq(find(e, n, HOME_DIARY)->detail, "locked");
	home_menu_free(e, n);
	/* Without a diary link (a preview), no diary at all. */
	struct dlink *dl = s.dl;
	s.dl = NULL;
	n = home_menu_build(&s, e);
	ck_assert_ptr_null(find(e, n, HOME_DIARY));
	home_menu_free(e, n);
	s.dl = dl;
	session_close(&s);
}
END_TEST

START_TEST(how_far_a_module_got)
{
	struct steady_opts o = {0};
	struct session s;
	st_session(&s, &o); /* in this test's fresh home (st_fixtures()) */
	size_t i = st_index(&s, "play");
	char *d = home_menu_module_detail(&s, i, ", ");
	ck_assert_str_eq(d, "5 min");
	free(d);
	s.prog[i].state = PROGRESS_STARTED;
	d = home_menu_module_detail(&s, i, ", ");
	ck_assert_str_eq(d, "started, 5 min");
	free(d);
	s.prog[i].state = PROGRESS_DONE;
	d = home_menu_module_detail(&s, i, "  ");
	ck_assert_str_eq(d, "done  5 min");
	free(d);
	session_close(&s);
}
END_TEST

int main(void)
{
	UNIT_NEED_TEST_BUILD(); /* weak key costs, or the test-only switches */
	Suite *su = suite_create("home_menu");
	TCase *tc = tcase_create("home_menu");
	tcase_set_timeout(tc, 30);
	st_fixtures(tc, st_home_make, st_home_remove);
	tcase_add_test(tc, entries_in_order);
	tcase_add_test(tc, continue_comes_first);
	tcase_add_test(tc, diary_open_or_locked);
	tcase_add_test(tc, how_far_a_module_got);
	suite_add_tcase(su, tc);
	return unit_run(su);
}
