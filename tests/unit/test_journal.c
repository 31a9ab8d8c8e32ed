/* SPDX-FileCopyrightText: 2026 The steady authors */
/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test_journal.c: a journal entry from written text (session/journal.c). */
#include "config.h"

#include <check.h>

#include "diary_test_util.h"
#include "session/journal.h"
#include "unit.h"

static char *dir;
static struct diary *d;

static void setup(void)
{
	dir = scratch_dir();
	struct diary_error err;
	ck_assert_int_eq(diary_create(dir, PASS, PASSLEN, &min_costs, &d, &err), 0);
}

static void teardown(void)
{
	diary_close(d);
	scratch_free(dir);
}

START_TEST(test_new_with_title)
{
	struct diary_error err;
	uint64_t id = 0;
	ck_assert_int_eq(journal_put(d, &id, "# A hard evening\nI went for a walk.", &err), 0);
	ck_assert_uint_ne(id, 0);
	const struct entry *e = diary_get(d, id);
	ck_assert_ptr_nonnull(e);
	ck_assert_int_eq(e->kind, ENTRY_JOURNAL);
	ck_assert_str_eq(e->title, "A hard evening");
	ck_assert_str_eq(e->text, "I went for a walk.");
}
END_TEST

START_TEST(test_no_title)
{
	struct diary_error err;
	uint64_t id = 0;
	ck_assert_int_eq(journal_put(d, &id, "Called the helpline.", &err), 0);
	const struct entry *e = diary_get(d, id);
	ck_assert_ptr_null(e->title);
	ck_assert_str_eq(e->text, "Called the helpline.");
	/* A title alone is a title, with or without a newline after it. */
	uint64_t id2 = 0;
	ck_assert_int_eq(journal_put(d, &id2, "# Just this\n", &err), 0);
	e = diary_get(d, id2);
	ck_assert_str_eq(e->title, "Just this");
	ck_assert_str_eq(e->text, "");
	ck_assert_uint_ne(id, id2);
	uint64_t id3 = 0;
	ck_assert_int_eq(journal_put(d, &id3, "# Only a title", &err), 0);
	ck_assert_str_eq(diary_get(d, id3)->title, "Only a title");
	/* "# " and spaces alone is no title: it stays text. */
	uint64_t id4 = 0;
	ck_assert_int_eq(journal_put(d, &id4, "#  \nrest", &err), 0);
	ck_assert_ptr_null(diary_get(d, id4)->title);
	/* Blank lines before and after the text, and under the title, are never kept. */
	uint64_t id5 = 0;
	ck_assert_int_eq(journal_put(d, &id5, "\n  \n# Late\n\n  indented\nnext\n \n\n", &err), 0);
	e = diary_get(d, id5);
	ck_assert_str_eq(e->title, "Late");
	ck_assert_str_eq(e->text, "  indented\nnext");
}
END_TEST

START_TEST(test_replace)
{
	struct diary_error err;
	uint64_t id = 0;
	ck_assert_int_eq(journal_put(d, &id, "# Title\nfirst", &err), 0);
	uint64_t was = id;
	ck_assert_int_eq(journal_put(d, &id, "second, no title", &err), 0);
	ck_assert_uint_eq(id, was);
	ck_assert_uint_eq(diary_count(d), 1);
	const struct entry *e = diary_get(d, id);
	ck_assert_ptr_null(e->title);
	ck_assert_str_eq(e->text, "second, no title");
}
END_TEST

START_TEST(test_locked)
{
	/* No diary (dlink_diary() while locked): nothing is put, and the person is told why. */
	struct diary_error err;
	uint64_t id = 0;
	ck_assert_int_eq(journal_put(NULL, &id, "Called the helpline.", &err), -1);
	ck_assert_uint_eq(id, 0);
	ck_assert_str_eq(err.msg, "The diary is locked.");
	ck_assert_uint_eq(diary_count(d), 0);
}
END_TEST

/* A draft: kept as a journal entry tagged so, found, updated, and gone once saved. */
START_TEST(test_drafts)
{
	struct diary_error err;
	uint64_t of = 99, saved = 0;
	ck_assert_ptr_null(journal_draft(d, &of));
	ck_assert_uint_eq(of, 0);
	ck_assert_int_eq(journal_put(d, &saved, "Saved before.", &err), 0);
	ck_assert_ptr_null(journal_draft(d, &of));

	/* A new entry's draft, put in twice: one draft, with the newer text. */
	uint64_t draft = 0;
	ck_assert_int_eq(journal_put_draft(d, &draft, 0, "half a tho", &err), 0);
	ck_assert_int_eq(journal_put_draft(d, &draft, 0, "half a thought", &err), 0);
	ck_assert_uint_eq(diary_count(d), 2);
	const struct entry *e = journal_draft(d, &of);
	ck_assert_ptr_nonnull(e);
	ck_assert_uint_eq(e->id, draft);
	ck_assert_uint_eq(of, 0);
	ck_assert_str_eq(e->text, "half a thought");
	ck_assert_int_eq(journal_is_draft(e), 1);
	ck_assert_int_eq(journal_is_draft(diary_get(d, saved)), 0);
	ck_assert_int_eq(journal_draft_done(d, draft, &err), 0);
	ck_assert_ptr_null(journal_draft(d, &of));
	ck_assert_uint_eq(diary_count(d), 1);

	/* An edit's draft names the entry it edits; saved entries are never dropped as drafts. */
	draft = 0;
	ck_assert_int_eq(journal_put_draft(d, &draft, saved, "Saved, then changed.", &err), 0);
	e = journal_draft(d, &of);
	ck_assert_ptr_nonnull(e);
	ck_assert_uint_eq(of, saved);
	ck_assert_str_eq(diary_get(d, saved)->text, "Saved before.");
	ck_assert_int_eq(journal_draft_done(d, saved, &err), 0);
	ck_assert_ptr_nonnull(diary_get(d, saved));
	/* Saving a draft's own entry for real makes it an entry like any other. */
	ck_assert_int_eq(journal_put(d, &draft, "Saved, then changed.", &err), 0);
	ck_assert_ptr_null(journal_draft(d, &of));
}
END_TEST

int main(void)
{
	UNIT_NEED_TEST_BUILD(); /* weak key costs, or the test-only switches */
	Suite *s = suite_create("journal");
	TCase *tc = tcase_create("journal");
	tcase_set_timeout(tc, 30);
	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_add_test(tc, test_new_with_title);
	tcase_add_test(tc, test_no_title);
	tcase_add_test(tc, test_replace);
	tcase_add_test(tc, test_locked);
	tcase_add_test(tc, test_drafts);
	suite_add_tcase(s, tc);
	return unit_run(s);
}
