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
	/* A title alone is text: an entry is never only a heading. */
	uint64_t id2 = 0;
	ck_assert_int_eq(journal_put(d, &id2, "# Just this\n", &err), 0);
	e = diary_get(d, id2);
	ck_assert_ptr_null(e->title);
	ck_assert_str_eq(e->text, "# Just this\n");
	ck_assert_uint_ne(id, id2);
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
	suite_add_tcase(s, tc);
	return unit_run(s);
}
