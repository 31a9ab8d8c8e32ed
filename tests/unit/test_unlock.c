/* SPDX-FileCopyrightText: 2026 The steady authors */
/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test_unlock.c: a session's diary set up, locked and opened again (session/unlock.c). */
#include "config.h"

#include <check.h>
#include <stdlib.h>
#include <string.h>

#include "diary/notice.h"
#include "diary_test_util.h"
#include "session/diary_link.h"
#include "session/unlock.h"
#include "unit.h"
#include "util/xalloc.h"

static char *dir;
static char *home;
static struct steady_opts o;

static void setup(void)
{
	dir = scratch_dir();
	home = scratch_dir();
	ck_assert_int_eq(setenv("XDG_CONFIG_HOME", home, 1), 0);
	ck_assert_int_eq(setenv("XDG_DATA_HOME", home, 1), 0);
	ck_assert_int_eq(setenv("STEADY_DIARY_COSTS", "min", 1), 0);
	memset(&o, 0, sizeof o);
	o.diary = dir;
	o.passphrase_fd = -1;
}

static void teardown(void)
{
	scratch_free(dir);
	scratch_free(home);
}

START_TEST(test_setup_lock_open)
{
	struct session s;
	struct diary_error err;
	session_open(&s, &o, 0);
	ck_assert_int_eq(unlock_open(&s, PASS, PASSLEN, &err), -1);
	ck_assert_int_eq(err.status, DIARY_ERR_NOT_FOUND);

	ck_assert_int_eq(unlock_setup(&s, PASS, PASSLEN, &err), 0);
	ck_assert_ptr_nonnull(dlink_diary(&s));
	ck_assert_int_eq(dlink_exists(&s), 1);
	ck_assert_ptr_nonnull(dlink_note(&s));
	/* A second diary in the same folder is refused; the first stays open. */
	ck_assert_int_eq(unlock_setup(&s, PASS, PASSLEN, &err), -1);
	ck_assert_int_eq(err.status, DIARY_ERR_EXISTS);

	dlink_lock(&s, 0);
	ck_assert_ptr_null(dlink_diary(&s));
	ck_assert_int_eq(unlock_open(&s, "wrong words", 11, &err), -1);
	ck_assert_int_eq(err.status, DIARY_ERR_PASSPHRASE);
	ck_assert_ptr_null(dlink_diary(&s));
	ck_assert_int_eq(unlock_open(&s, PASS, PASSLEN, &err), 0);
	ck_assert_ptr_nonnull(dlink_diary(&s));
	ck_assert_ptr_null(dlink_note(&s)); /* the lock's note was read */
	/* Already open: nothing to do. */
	ck_assert_int_eq(unlock_open(&s, "anything", 8, &err), 0);
	session_close(&s);

	/* The next run opens it from its folder. */
	session_open(&s, &o, 0);
	ck_assert_ptr_null(dlink_handle(&s));
	ck_assert_int_eq(unlock_open(&s, PASS, PASSLEN, &err), 0);
	ck_assert_ptr_nonnull(dlink_diary(&s));
	session_close(&s);
}
END_TEST

START_TEST(test_preview_has_none)
{
	struct session s;
	struct diary_error err;
	session_open(&s, &o, 1);
	ck_assert_int_eq(unlock_setup(&s, PASS, PASSLEN, &err), -1);
	ck_assert_int_eq(unlock_open(&s, PASS, PASSLEN, &err), -1);
	ck_assert_int_eq(diary_exists(dir), 0);
	session_close(&s);
}
END_TEST

START_TEST(test_texts)
{
	struct session s;
	session_open(&s, &o, 0);
	char *t = unlock_setup_text(&s, "Why: *this module*.");
	/* The intro first, then what the encryption does, then the folder. */
	ck_assert_ptr_eq(strstr(t, "Why: *this module*.\n\n"), t);
	ck_assert_ptr_nonnull(strstr(t, notice_protection()));
	/* The diary and the law, plainly, before the person decides. */
	ck_assert_ptr_nonnull(strstr(t, notice_law()));
	ck_assert_ptr_nonnull(strstr(t, "require someone to reveal a passphrase"));
	ck_assert_ptr_nonnull(strstr(t, "ask a solicitor or other lawyer before"));
	char *where = xasprintf("The diary will be kept in %s.", dir);
	ck_assert_ptr_nonnull(strstr(t, where));
	ck_assert(strstr(t, where) > strstr(t, notice_law()));
	free(where);
	free(t);
	t = unlock_setup_text(&s, NULL);
	ck_assert_ptr_eq(strstr(t, notice_protection()), t);
	free(t);

	t = unlock_open_text(NULL);
	ck_assert_ptr_eq(strstr(t, "Type your passphrase to open your diary.\n\n"), t);
	ck_assert_ptr_nonnull(strstr(t, "'steady diary wipe'"));
	free(t);
	t = unlock_open_text("Locked.");
	ck_assert_ptr_eq(strstr(t, "Locked.\n\nType your passphrase"), t);
	free(t);

	/* The steps to the backup name the diary's own folder. */
	t = unlock_damaged_advice(&s);
	char *folder = xasprintf("In the folder %s, rename", dir);
	ck_assert_ptr_nonnull(strstr(t, folder));
	free(folder);
	free(t);
	ck_assert_ptr_nonnull(strstr(unlock_no_home(), "no home folder"));
	session_close(&s);
}
END_TEST

/* A backup left of an earlier diary is said before a passphrase is chosen,
 * and setting up is refused while it is there. */
START_TEST(test_stale_backup)
{
	ck_assert_int_eq(mkdir(dir, 0700), 0);
	char *bak = file_in(dir, STORE_BACKUP);
	spit(bak, "old", 3);
	struct session s;
	struct diary_error err;
	session_open(&s, &o, 0);
	char *t = unlock_setup_text(&s, NULL);
	ck_assert_msg(strstr(t, "a backup of an earlier one"), "%s", t);
	free(t);
	ck_assert_int_eq(unlock_setup(&s, PASS, PASSLEN, &err), -1);
	ck_assert_int_eq(err.status, DIARY_ERR_EXISTS);
	ck_assert_ptr_null(dlink_diary(&s));
	ck_assert_int_eq(unlink(bak), 0);
	t = unlock_setup_text(&s, NULL);
	ck_assert_ptr_null(strstr(t, "a backup of an earlier one"));
	free(t);
	ck_assert_int_eq(unlock_setup(&s, PASS, PASSLEN, &err), 0);
	session_close(&s);
	free(bak);
}
END_TEST

int main(void)
{
	UNIT_NEED_TEST_BUILD(); /* weak key costs, or the test-only switches */
	Suite *s = suite_create("unlock");
	TCase *tc = tcase_create("unlock");
	tcase_set_timeout(tc, 60);
	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_add_test(tc, test_setup_lock_open);
	tcase_add_test(tc, test_preview_has_none);
	tcase_add_test(tc, test_texts);
	tcase_add_test(tc, test_stale_backup);
	suite_add_tcase(s, tc);
	return unit_run(s);
}
