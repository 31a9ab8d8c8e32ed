/* SPDX-FileCopyrightText: 2026 The steady authors */
/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * test_latest.c: diary_latest() answers from an index (diary/latest.c);
 * it must give what a scan of the entries, newest first, gives, for every
 * kind and module, after adds, edits, deletions, an import and a lock.
 */
#include "config.h"

#include "diary_test_util.h"
#include "unit.h"

static const char *const modules[] = {"urges", "trigger-log", "check", "values", NULL};

/* The newest entry of kind and module (NULL: any) by a scan. */
static const struct entry *scan(const struct diary *d, enum entry_kind kind, const char *module)
{
	for (size_t i = 0; i < diary_count(d); i++) {
		const struct entry *e = diary_at(d, i);
		if (e->kind == kind && (!module || (e->module && strcmp(e->module, module) == 0)))
			return e;
	}
	return NULL;
}

static void agrees(const struct diary *d)
{
	for (int k = 1; k < ENTRY__COUNT; k++)
		for (size_t m = 0; m < sizeof modules / sizeof modules[0]; m++)
			ck_assert_ptr_eq(diary_latest(d, (enum entry_kind)k, modules[m]),
			                 scan(d, (enum entry_kind)k, modules[m]));
}

static uint64_t add(struct diary *d, enum entry_kind kind, const char *module, int64_t when)
{
	struct entry *e = entry_new(kind);
	if (module)
		entry_set(e, &e->module, module);
	if (kind == ENTRY_JOURNAL)
		entry_set(e, &e->text, "words");
	if (kind == ENTRY_HOMEWORK)
		entry_set(e, &e->date, "2026-11-29");
	e->created.epoch = when;
	struct diary_error err;
	uint64_t id = diary_add(d, e, &err);
	ck_assert_uint_ne(id, 0);
	return id;
}

START_TEST(latest_agrees_with_a_scan)
{
	char *dir = scratch_dir();
	struct diary *d;
	struct diary_error err;
	ck_assert_int_eq(diary_create(dir, PASS, PASSLEN, &min_costs, &d, &err), 0);
	agrees(d); /* empty */
	uint64_t ids[200];
	for (int i = 0; i < 200; i++) {
		enum entry_kind k = (enum entry_kind)(1 + i % 5);
		const char *m = k == ENTRY_RECORD || k == ENTRY_SELFCHECK || k == ENTRY_HOMEWORK
		                        ? modules[i % 4]
		                        : NULL;
		/* Times out of order, so the newest is not the last added. */
		ids[i] = add(d, k, m, 1790000000 + (i * 7919) % 1000 * 60);
		if (i % 37 == 0)
			agrees(d);
	}
	agrees(d);
	/* Deleting the newest record of a module shows the one before. */
	const struct entry *e = diary_latest(d, ENTRY_RECORD, "urges");
	ck_assert_ptr_nonnull(e);
	ck_assert_int_eq(diary_delete(d, e->id, &err), 0);
	agrees(d);
	/* An edit, then a save and a lock and an unlock: the index is built afresh. */
	e = diary_latest(d, ENTRY_RECORD, "trigger-log");
	struct entry *c = entry_copy(e);
	ck_assert_int_eq(diary_replace(d, e->id, c, &err), 0);
	agrees(d);
	ck_assert_int_eq(diary_lock(d, &err), 0);
	ck_assert_int_eq(diary_unlock(d, PASS, PASSLEN, &err), 0);
	agrees(d);
	/* Asked while locked (nothing to show), then unlocked: not the locked answer. */
	ck_assert_int_eq(diary_lock(d, &err), 0);
	ck_assert_ptr_null(diary_latest(d, ENTRY_RECORD, "urges"));
	ck_assert_int_eq(diary_unlock(d, PASS, PASSLEN, &err), 0);
	ck_assert_ptr_nonnull(diary_latest(d, ENTRY_RECORD, "urges"));
	agrees(d);
	/* Every record of a module gone: none. */
	while ((e = diary_latest(d, ENTRY_RECORD, "values")) != NULL)
		ck_assert_int_eq(diary_delete(d, e->id, &err), 0);
	ck_assert_ptr_null(scan(d, ENTRY_RECORD, "values"));
	agrees(d);
	(void)ids;
	diary_close(d);
	scratch_free(dir);
}
END_TEST

static Suite *suite(void)
{
	Suite *s = suite_create("diary latest");
	TCase *tc = tcase_create("latest");
	tcase_add_test(tc, latest_agrees_with_a_scan);
	suite_add_tcase(s, tc);
	return s;
}

int main(void)
{
	UNIT_NEED_TEST_BUILD(); /* weak key costs */
	return unit_run(suite());
}
