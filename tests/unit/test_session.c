/* SPDX-FileCopyrightText: 2026 The steady authors */
/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * test_session.c: a session's life (session/session.c): opening with the
 * settings file missing, present or unreadable, a preview, saving the
 * settings, the helpline region and finding a module's index.
 *
 * session_open() loads the standard library; the modules come from the
 * --content-dir folders given here (the bundled folder of an installed
 * steady may or may not be there, so nothing here counts on it).
 */
#include "config.h"

#include <check.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "session/diary_link.h"
#include "session/session.h"
#include "session_test.h"
#include "unit.h"

static const char *dirs[1];
static struct steady_opts opts;
static struct session s;
static char *settings; /* $XDG_CONFIG_HOME/steady/settings */

static void setup(void)
{
	st_home_make();
	memset(&opts, 0, sizeof opts);
	dirs[0] = SESSION_DATA;
	opts.content_dirs = dirs;
	opts.n_content_dirs = 1;
	settings = xasprintf("%s/steady/settings", getenv("XDG_CONFIG_HOME"));
	unsetenv("LC_ALL");
	unsetenv("LC_MESSAGES");
	unsetenv("LANG");
}

static void teardown(void)
{
	if (s.lib) /* not closed by the test */
		session_close(&s);
	free(settings);
	st_home_remove();
}

static void write_settings(const char *text)
{
	char *dir = xasprintf("%s/steady", getenv("XDG_CONFIG_HOME"));
	ck_assert_int_eq(mkdir(dir, 0700), 0);
	free(dir);
	ct_write(settings, text, strlen(text));
}

static void assert_defaults(const struct settings *got)
{
	struct settings want;
	settings_defaults(&want);
	ck_assert_str_eq(got->region, want.region);
	ck_assert_int_eq(got->color, want.color);
	ck_assert_int_eq(got->lock_minutes, want.lock_minutes);
}

START_TEST(open_without_settings_is_the_first_run)
{
	session_open(&s, &opts, 0);
	ck_assert_int_eq(s.first_run, 1);
	ck_assert_int_eq(s.preview, 0);
	ck_assert_str_eq(s.settings_path, settings);
	assert_defaults(&s.set);
	ck_assert_ptr_nonnull(s.lib);
	ck_assert_ptr_nonnull(library_find(s.lib, "journal"));
	ck_assert_ptr_nonnull(s.prog);
	for (size_t i = 0; i < s.lib->n; i++)
		ck_assert_int_eq(s.prog[i].state, PROGRESS_NONE);
	ck_assert_int_eq(s.last_module, -1);
	ck_assert_ptr_nonnull(s.dl);
	ck_assert_ptr_null(dlink_diary(&s));
	char *diary = xasprintf("%s/steady/diary", getenv("XDG_DATA_HOME"));
	ck_assert_str_eq(dlink_dir(&s), diary);
	free(diary);
	/* Opening writes nothing. */
	struct stat st;
	ck_assert_int_eq(stat(settings, &st), -1);
}
END_TEST

START_TEST(open_without_a_home)
{
	/* No home folder: no settings file to read or write, and no diary folder. */
	unsetenv("HOME");
	unsetenv("XDG_CONFIG_HOME");
	unsetenv("XDG_DATA_HOME");
	session_open(&s, &opts, 0);
	ck_assert_ptr_null(s.settings_path);
	ck_assert_int_eq(s.first_run, 0);
	assert_defaults(&s.set);
	ck_assert_ptr_nonnull(s.dl);
	ck_assert_ptr_null(dlink_dir(&s));
	ck_assert_ptr_nonnull(library_find(s.lib, "journal"));
	session_save_settings(&s); /* nowhere to save: nothing happens */
}
END_TEST

START_TEST(open_in_a_preview_keeps_nothing)
{
	session_open(&s, &opts, 1);
	ck_assert_int_eq(s.preview, 1);
	ck_assert_int_eq(s.first_run, 0); /* a preview is nobody's first run */
	ck_assert_ptr_null(s.settings_path);
	ck_assert_ptr_null(s.dl);
	ck_assert_ptr_nonnull(library_find(s.lib, "journal"));
	session_save_settings(&s);
	struct stat st;
	ck_assert_int_eq(stat(settings, &st), -1);
}
END_TEST

START_TEST(open_reads_the_settings)
{
	write_settings("region=GB\ncolor=off\nlock-minutes=3\n");
	for (int preview = 0; preview < 2; preview++) {
		session_open(&s, &opts, preview);
		ck_assert_int_eq(s.first_run, 0);
		ck_assert_str_eq(s.set.region, "GB");
		ck_assert_int_eq(s.set.color, 0);
		ck_assert_int_eq(s.set.lock_minutes, 3);
		ck_assert_int_eq(dlink_lock_seconds(&s), 180);
		session_close(&s);
	}
}
END_TEST

START_TEST(open_with_settings_that_cannot_be_read)
{
	/* A folder where the file should be: read, it fails (even for root). */
	char *dir = xasprintf("%s/steady", getenv("XDG_CONFIG_HOME"));
	ck_assert_int_eq(mkdir(dir, 0700), 0);
	ck_assert_int_eq(mkdir(settings, 0700), 0);
	free(dir);
	session_open(&s, &opts, 0);
	ck_assert_int_eq(s.first_run, 0); /* there is something: not the first run */
	assert_defaults(&s.set);
	ck_assert_str_eq(s.settings_path, settings);
	ck_assert_ptr_nonnull(s.notice);
	/* The settings' problem is said even when the content has problems too. */
	ck_assert_ptr_nonnull(strstr(s.notice, settings));
	ck_assert_ptr_nonnull(s.lib);
	ck_assert_ptr_nonnull(library_find(s.lib, "journal"));
}
END_TEST

START_TEST(save_settings_and_read_them_again)
{
	session_open(&s, &opts, 0);
	snprintf(s.set.region, sizeof s.set.region, "%s", "NL");
	s.set.lock_minutes = 7;
	char *before = s.notice ? xstrdup(s.notice) : NULL;
	session_save_settings(&s);
	if (before)
		ck_assert_str_eq(s.notice, before); /* saved: nothing to say */
	else
		ck_assert_ptr_null(s.notice);
	free(before);
	session_close(&s);
	session_open(&s, &opts, 0);
	ck_assert_int_eq(s.first_run, 0);
	ck_assert_str_eq(s.set.region, "NL");
	ck_assert_int_eq(s.set.lock_minutes, 7);
}
END_TEST

START_TEST(save_settings_failing_becomes_the_notice)
{
	session_open(&s, &opts, 0);
	/* A file where the folder should be. */
	char *dir = xasprintf("%s/steady", getenv("XDG_CONFIG_HOME"));
	ct_write(dir, "x", 1);
	session_save_settings(&s);
	ck_assert_ptr_nonnull(s.notice);
	ck_assert_msg(strstr(s.notice, dir) != NULL, "notice: %s", s.notice);
	free(dir);
}
END_TEST

static const char *region_id(void)
{
	const struct region *r = session_region(&s);
	ck_assert_ptr_nonnull(r);
	return r->id;
}

START_TEST(region_follows_the_setting_then_the_locale)
{
	dirs[0] = CONTENT_DIR; /* the bundled helplines */
	session_open(&s, &opts, 0);
	ck_assert_ptr_nonnull(s.lib->helplines);
	ck_assert_str_eq(s.set.region, "");
	ck_assert_str_eq(region_id(), "INT"); /* no setting, no locale */
	setenv("LANG", "de_DE.UTF-8", 1);
	ck_assert_str_eq(region_id(), "DE");
	setenv("LANG", "fr_BE.UTF-8", 1);
	ck_assert_str_eq(region_id(), "BE");
	setenv("LANG", "it_IT.UTF-8", 1); /* a region the directory does not have */
	ck_assert_str_eq(region_id(), "INT");
	setenv("LANG", "C.UTF-8", 1);
	ck_assert_str_eq(region_id(), "INT");
	/* The setting comes first, whatever the locale. */
	setenv("LANG", "de_DE.UTF-8", 1);
	snprintf(s.set.region, sizeof s.set.region, "%s", "GB");
	ck_assert_str_eq(region_id(), "GB");
	snprintf(s.set.region, sizeof s.set.region, "%s", "ie");
	ck_assert_str_eq(region_id(), "IE");
	s.set.region[0] = '\0';
	ck_assert_str_eq(region_id(), "DE");
}
END_TEST

START_TEST(region_without_helplines)
{
	/* No helpline directory could be loaded: no region, and no crash. */
	dirs[0] = CONTENT_DIR;
	session_open(&s, &opts, 0);
	ck_assert_ptr_nonnull(session_region(&s));
	helplines_free(s.lib->helplines);
	s.lib->helplines = NULL;
	ck_assert_ptr_null(session_region(&s));
}
END_TEST

START_TEST(module_index)
{
	session_open(&s, &opts, 0);
	ck_assert_uint_gt(s.lib->n, 1);
	for (size_t i = 0; i < s.lib->n; i++)
		ck_assert_int_eq(session_module_index(&s, s.lib->mods[i]), (int)i);
	const struct module *j = library_find(s.lib, "journal");
	ck_assert_ptr_eq(s.lib->mods[session_module_index(&s, j)], j);
	struct module copy = *j; /* the same module, but not the library's */
	ck_assert_int_eq(session_module_index(&s, &copy), -1);
	ck_assert_int_eq(session_module_index(&s, NULL), -1);
}
END_TEST

START_TEST(close_forgets_everything)
{
	session_open(&s, &opts, 0);
	st_write(&s, "journal", "note", "private");
	session_close(&s);
	ck_assert_ptr_null(s.lib);
	ck_assert_ptr_null(s.prog);
	ck_assert_ptr_null(s.dl);
	ck_assert_ptr_null(s.notice);
	ck_assert_ptr_null(s.settings_path);
}
END_TEST

static Suite *session_suite(void)
{
	Suite *su = suite_create("session");
	TCase *tc = tcase_create("open");
	st_fixtures(tc, setup, teardown);
	tcase_add_test(tc, open_without_settings_is_the_first_run);
	tcase_add_test(tc, open_without_a_home);
	tcase_add_test(tc, open_in_a_preview_keeps_nothing);
	tcase_add_test(tc, open_reads_the_settings);
	tcase_add_test(tc, open_with_settings_that_cannot_be_read);
	tcase_add_test(tc, save_settings_and_read_them_again);
	tcase_add_test(tc, save_settings_failing_becomes_the_notice);
	tcase_add_test(tc, region_follows_the_setting_then_the_locale);
	tcase_add_test(tc, region_without_helplines);
	tcase_add_test(tc, module_index);
	tcase_add_test(tc, close_forgets_everything);
	suite_add_tcase(su, tc);
	return su;
}

int main(void)
{
	return unit_run(session_suite());
}
