/* SPDX-FileCopyrightText: 2026 The steady authors */
/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test_settings.c: the settings file, read and written. */
#include "config.h"

#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "util/settings.h"
#include "unit.h"

static char dir[] = "/tmp/steady-settings-XXXXXX";
static char path[256];
static char err[512];

static void setup(void)
{
	strcpy(dir, "/tmp/steady-settings-XXXXXX");
	ck_assert_ptr_nonnull(mkdtemp(dir));
	snprintf(path, sizeof path, "%s/sub/settings", dir);
}

static void teardown(void)
{
	char cmd[300];
	snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
	ck_assert_int_eq(system(cmd), 0);
}

static void write_file(const char *text)
{
	char sub[280];
	snprintf(sub, sizeof sub, "%s/sub", dir);
	mkdir(sub, 0700);
	FILE *f = fopen(path, "w");
	ck_assert_ptr_nonnull(f);
	fputs(text, f);
	fclose(f);
}

START_TEST(test_missing_is_first_run)
{
	struct settings s;
	ck_assert_int_eq(settings_load(&s, path, err, sizeof err), 1);
	ck_assert_str_eq(s.region, "");
	ck_assert_int_eq(s.color, 1);
	ck_assert_int_eq(s.lock_minutes, SETTINGS_LOCK_DEFAULT);
	ck_assert_int_eq(s.plain, 0);
	ck_assert_int_eq(s.mouse, 1);
}
END_TEST

START_TEST(test_round_trip)
{
	struct settings s, t;
	settings_defaults(&s);
	strcpy(s.region, "NL");
	s.color = 0;
	s.lock_minutes = 30;
	s.plain = 1;
	s.mouse = 0;
	ck_assert_int_eq(settings_save(&s, path, err, sizeof err), 0);
	struct stat st;
	ck_assert_int_eq(stat(path, &st), 0);
	ck_assert_int_eq(st.st_mode & 0777, 0600);
	ck_assert_int_eq(settings_load(&t, path, err, sizeof err), 0);
	ck_assert_str_eq(t.region, "NL");
	ck_assert_int_eq(t.color, 0);
	ck_assert_int_eq(t.lock_minutes, 30);
	ck_assert_int_eq(t.plain, 1);
	ck_assert_int_eq(t.mouse, 0);
	/* And back: the default is written too, so it is read as written. */
	s.plain = 0;
	ck_assert_int_eq(settings_save(&s, path, err, sizeof err), 0);
	ck_assert_int_eq(settings_load(&t, path, err, sizeof err), 0);
	ck_assert_int_eq(t.plain, 0);
	/* No temporary file is left beside it. */
	char cmd[300];
	snprintf(cmd, sizeof cmd, "test $(ls '%s/sub' | wc -l) -eq 1", dir);
	ck_assert_int_eq(system(cmd), 0);
}
END_TEST

START_TEST(test_bad_values_skipped)
{
	write_file("# comment\n\n  region = gb \ncolor=purple\nlock-minutes=0\nnoequals\n"
	           "unknown=1\nlock-minutes=9x\n");
	struct settings s;
	ck_assert_int_eq(settings_load(&s, path, err, sizeof err), 0);
	ck_assert_str_eq(s.region, "gb");
	ck_assert_int_eq(s.color, 1);
	ck_assert_int_eq(s.lock_minutes, SETTINGS_LOCK_DEFAULT);
	write_file("plain=yes\nplain=2\n");
	ck_assert_int_eq(settings_load(&s, path, err, sizeof err), 0);
	ck_assert_int_eq(s.plain, 0);
	write_file("mouse=maybe\n");
	ck_assert_int_eq(settings_load(&s, path, err, sizeof err), 0);
	ck_assert_int_eq(s.mouse, 1);
	write_file("plain = 1 \n");
	ck_assert_int_eq(settings_load(&s, path, err, sizeof err), 0);
	ck_assert_int_eq(s.plain, 1);
	write_file("region=../../etc\nlock-minutes=121\ncolor=off\n");
	ck_assert_int_eq(settings_load(&s, path, err, sizeof err), 0);
	ck_assert_str_eq(s.region, "");
	ck_assert_int_eq(s.lock_minutes, SETTINGS_LOCK_DEFAULT);
	ck_assert_int_eq(s.color, 0);
	write_file("region=ABCDEFGHIJKLMNOPQRSTUVWXYZ\nlock-minutes=120\n");
	ck_assert_int_eq(settings_load(&s, path, err, sizeof err), 0);
	ck_assert_str_eq(s.region, "");
	ck_assert_int_eq(s.lock_minutes, 120);
}
END_TEST

START_TEST(test_too_big_or_folder)
{
	char *big = malloc(10000);
	memset(big, '#', 9999);
	big[9999] = '\0';
	write_file(big);
	free(big);
	struct settings s;
	ck_assert_int_eq(settings_load(&s, path, err, sizeof err), -1);
	ck_assert_ptr_nonnull(strstr(err, path));
	ck_assert_int_eq(s.lock_minutes, SETTINGS_LOCK_DEFAULT);
	ck_assert_int_eq(settings_load(&s, dir, err, sizeof err), -1);
}
END_TEST

START_TEST(test_save_fails_readably)
{
	struct settings s;
	settings_defaults(&s);
	ck_assert_int_eq(settings_save(&s, "/proc/steady-no/settings", err, sizeof err), -1);
	ck_assert_ptr_nonnull(strstr(err, "/proc/steady-no"));
}
END_TEST

int main(void)
{
	Suite *s = suite_create("settings");
	TCase *tc = tcase_create("settings");
	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_add_test(tc, test_missing_is_first_run);
	tcase_add_test(tc, test_round_trip);
	tcase_add_test(tc, test_bad_values_skipped);
	tcase_add_test(tc, test_too_big_or_folder);
	tcase_add_test(tc, test_save_fails_readably);
	suite_add_tcase(s, tc);
	return unit_run(s);
}
