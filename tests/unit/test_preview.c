/* SPDX-FileCopyrightText: 2026 The steady authors */
/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test_preview.c: a module put into a preview session (session/preview.c). */
#include "config.h"

#include <check.h>

#include "diary_test_util.h"
#include "session/preview.h"
#include "unit.h"

#define VALID TEST_DATA "/modules/valid"

static char *home;
static struct steady_opts o;
static const char *dirs[] = {VALID};

static void setup(void)
{
	home = scratch_dir();
	ck_assert_int_eq(mkdir(home, 0700), 0);
	ck_assert_int_eq(setenv("XDG_CONFIG_HOME", home, 1), 0);
	ck_assert_int_eq(setenv("XDG_DATA_HOME", home, 1), 0);
	memset(&o, 0, sizeof o);
	o.content_dirs = dirs;
	o.n_content_dirs = 1;
	o.passphrase_fd = -1;
}

static void teardown(void)
{
	scratch_free(home);
}

static void write_file(const char *path, const char *text)
{
	spit(path, text, strlen(text));
}

/* Every module's answers have room: each can be opened and answered. */
static void all_open(struct session *s)
{
	for (size_t i = 0; i < s->lib->n; i++) {
		ck_assert_int_eq(s->prog[i].state, PROGRESS_NONE);
		progress_open(&s->prog[i], s->lib->mods[i]);
	}
}

START_TEST(test_new_module)
{
	char *path = file_in(home, "try.yaml");
	write_file(path, "steady: 1\nid: try-this\ntitle: Try this\nsummary: A try.\nminutes: 1\n"
	                 "steps:\n  - type: page\n    text: A first page.\n");
	struct session s;
	session_open(&s, &o, 1);
	size_t n = s.lib->n;
	const struct module *m = preview_add(&s, path);
	ck_assert_ptr_nonnull(m);
	ck_assert_str_eq(m->title, "Try this");
	ck_assert_uint_eq(s.lib->n, n + 1);
	ck_assert_ptr_eq(library_find(s.lib, "try-this"), m);
	ck_assert_int_ge(session_module_index(&s, m), 0);
	all_open(&s);
	session_close(&s);
	/* Nothing was written: no settings, no diary, not the module. */
	char *settings = file_in(home, "steady");
	struct stat st;
	ck_assert_int_ne(stat(settings, &st), 0);
	free(settings);
	free(path);
}
END_TEST

START_TEST(test_same_id_wins)
{
	char *path = file_in(home, "minimal.yaml");
	write_file(path, "steady: 1\nid: minimal\ntitle: A newer minimal\nsummary: New.\n"
	                 "minutes: 1\nsteps:\n  - type: page\n    text: New text.\n");
	struct session s;
	session_open(&s, &o, 1);
	ck_assert_ptr_nonnull(library_find(s.lib, "minimal"));
	size_t n = s.lib->n;
	const struct module *m = preview_add(&s, path);
	ck_assert_ptr_nonnull(m);
	ck_assert_uint_eq(s.lib->n, n);
	ck_assert_ptr_eq(library_find(s.lib, "minimal"), m);
	ck_assert_str_eq(m->title, "A newer minimal");
	all_open(&s);
	session_close(&s);
	free(path);
}
END_TEST

START_TEST(test_missing_file)
{
	struct session s;
	session_open(&s, &o, 1);
	size_t n = s.lib->n;
	ck_assert_ptr_null(preview_add(&s, "/nonexistent/steady-module.yaml"));
	ck_assert_uint_eq(s.lib->n, n);
	session_close(&s);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("preview");
	TCase *tc = tcase_create("preview");
	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_add_test(tc, test_new_module);
	tcase_add_test(tc, test_same_id_wins);
	tcase_add_test(tc, test_missing_file);
	suite_add_tcase(s, tc);
	return unit_run(s);
}
