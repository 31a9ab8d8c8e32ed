/* SPDX-FileCopyrightText: 2026 The steady authors */
/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * test_delete.c: deleting a diary entry (session/delete.c): the entry goes,
 * and so does the module progress it fed, so nothing resumes from it.
 */
#include "config.h"

#include <check.h>
#include <string.h>

#include "session/delete.h"
#include "session_test.h"
#include "unit.h"

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

static uint64_t add(struct diary *d, struct entry *e)
{
	struct diary_error err;
	uint64_t id = diary_add(d, e, &err);
	ck_assert_msg(id != 0, "%s", err.msg);
	return id;
}

START_TEST(a_record_and_its_progress)
{
	struct diary *d = st_diary(&s);
	struct entry *e = entry_new(ENTRY_RECORD);
	entry_set(e, &e->module, "once");
	entry_set_answer(e, "line", "from the diary");
	uint64_t id = add(d, e);
	uint64_t other = 0;
	struct diary_error err;
	struct entry *j = entry_new(ENTRY_JOURNAL);
	entry_set(j, &j->text, "kept");
	other = add(d, j);
	dlink_attach(&s, d); /* resumes "once" from its record */
	size_t i = st_index(&s, "once");
	ck_assert_uint_eq(s.prog[i].record, id);
	ck_assert_int_eq(s.last_module, (int)i);

	/* Another entry leaves the progress alone. */
	ck_assert_int_eq(delete_entry(&s, other, &err), 0);
	ck_assert_uint_eq(s.prog[i].record, id);
	ck_assert_int_eq(s.last_module, (int)i);

	ck_assert_int_eq(delete_entry(&s, id, &err), 0);
	ck_assert_ptr_null(diary_get(d, id));
	ck_assert_uint_eq(diary_count(d), 0);
	ck_assert_uint_eq(s.prog[i].record, 0);
	ck_assert_int_eq(s.prog[i].state, PROGRESS_NONE);
	ck_assert_int_eq(s.last_module, -1);
	/* Gone is gone: a second time says so. */
	ck_assert_int_eq(delete_entry(&s, id, &err), -1);
}
END_TEST

START_TEST(locked)
{
	struct diary *d = st_diary(&s);
	struct entry *j = entry_new(ENTRY_JOURNAL);
	entry_set(j, &j->text, "kept");
	uint64_t id = add(d, j);
	dlink_lock(&s, 0);
	struct diary_error err;
	ck_assert_int_eq(delete_entry(&s, id, &err), -1);
	ck_assert_str_eq(err.msg, "The diary is locked.");
}
END_TEST

int main(void)
{
	UNIT_NEED_TEST_BUILD(); /* weak key costs, or the test-only switches */
	Suite *su = suite_create("delete");
	TCase *tc = tcase_create("delete");
	st_fixtures(tc, setup, teardown);
	tcase_add_test(tc, a_record_and_its_progress);
	tcase_add_test(tc, locked);
	suite_add_tcase(su, tc);
	return unit_run(su);
}
