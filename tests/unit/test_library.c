/* SPDX-FileCopyrightText: 2026 The steady authors */
/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * test_library.c: gathering modules from the bundled, user and extra
 * folders: overrides with a warning naming both files, duplicate ids in
 * one folder, link and suggestion resolution with "did you mean", modules
 * left out in a cascade, sorting, the helpline directory's override, and
 * the one module of each purpose.
 */
#include "config.h"

#include <check.h>
#include <sys/stat.h>

#include "content/library.h"
#include "content_test.h"
#include "unit.h"

static char *tmp;

/* Writes a small module: id, order, and an optional links step. */
static void module(const char *dir, const char *file, const char *id, int order, const char *links)
{
	char *path = xasprintf("%s/%s/%s", tmp, dir, file);
	char *text = xasprintf("steady: 1\nid: %s\ntitle: Title of %s\nsummary: S.\nminutes: 3\n"
	                       "order: %d\nsteps:\n  - type: page\n    text: Hi.\n%s%s%s",
	                       id, id, order, links ? "  - type: links\n    modules: [" : "",
	                       links ? links : "", links ? "]\n" : "");
	ct_write(path, text, strlen(text));
	free(text);
	free(path);
}

/* Writes a one-page module with a purpose (on line 3, column 10). */
static void purposed(const char *dir, const char *file, const char *id, const char *purpose)
{
	char *path = xasprintf("%s/%s/%s", tmp, dir, file);
	char *text = xasprintf("steady: 1\nid: %s\npurpose: %s\ntitle: T.\nsummary: S.\n"
	                       "minutes: 3\nsteps:\n  - type: page\n    text: Hi.\n",
	                       id, purpose);
	ct_write(path, text, strlen(text));
	free(text);
	free(path);
}

static void helplines(const char *dir, const char *region)
{
	char *path = xasprintf("%s/%s/helplines.yaml", tmp, dir);
	char *text = xasprintf("steady-helplines: 1\nchecked: 2026-11\nregions:\n"
	                       "  - id: %s\n    name: Here\n    services:\n"
	                       "      - {name: Line, kind: crisis, web: example.org, "
	                       "source: example.org, checked: 2026-11}\n",
	                       region);
	ct_write(path, text, strlen(text));
	free(text);
	free(path);
}

static char *sub(const char *dir)
{
	char *p = xasprintf("%s/%s", tmp, dir);
	mkdir(p, 0700);
	return p;
}

static void setup(void)
{
	tmp = ct_tmpdir();
	free(sub("bundled"));
	free(sub("user"));
	free(sub("extra"));
	module("bundled", "alpha.yaml", "alpha", 10, "beta");
	module("bundled", "beta.yaml", "beta", 10, NULL);
	module("bundled", "gamma.yaml", "gamma", 5, NULL);
	helplines("bundled", "INT");
	module("user", "my-beta.yaml", "beta", 1, NULL);
}

static void teardown(void)
{
	ct_rmtree(tmp);
	free(tmp);
}

struct loaded {
	struct library lib;
	struct diag d;
	int rc;
};

static void load(struct loaded *l, int with_extra)
{
	char *bundled = sub("bundled"), *user = sub("user"), *extra = sub("extra");
	const char *extras[] = {extra};
	struct library_opts o = {.bundled_dir = bundled,
	                         .user_dir = user,
	                         .extra_dirs = extras,
	                         .n_extra = with_extra ? 1 : 0};
	diag_init(&l->d);
	l->rc = library_load(&l->lib, &o, &l->d);
	free(bundled);
	free(user);
	free(extra);
}

static void unload(struct loaded *l)
{
	library_free(&l->lib);
	diag_free(&l->d);
}

/* Checks message i of l against "DIR/FILE:REST". */
static void expect_msg(struct loaded *l, size_t i, const char *dir_file, const char *rest)
{
	ck_assert_uint_gt(l->d.n, i);
	char *want = xasprintf("%s/%s:%s", tmp, dir_file, rest);
	char *got = ct_msg(&l->d, i);
	ck_assert_str_eq(got, want);
	free(got);
	free(want);
}

START_TEST(test_override_and_sort)
{
	struct loaded l;
	load(&l, 0);
	ck_assert_int_eq(l.rc, 0);
	ck_assert_uint_eq(l.d.n, 1);
	char *want = xasprintf(
	        "2:5: warning: module 'beta' overrides the one in %s/bundled/beta.yaml", tmp);
	expect_msg(&l, 0, "user/my-beta.yaml", want);
	free(want);
	ck_assert_uint_eq(l.lib.n, 3);
	ck_assert_str_eq(l.lib.mods[0]->id, "beta"); /* order 1 */
	ck_assert_str_eq(l.lib.mods[1]->id, "gamma");
	ck_assert_str_eq(l.lib.mods[2]->id, "alpha");
	ck_assert_int_eq(library_find(&l.lib, "beta")->origin, ORIGIN_USER);
	ck_assert_ptr_null(library_find(&l.lib, "delta"));
	ck_assert_ptr_nonnull(l.lib.helplines);
	ck_assert_str_eq(l.lib.helplines->regions[0].id, "INT");
	unload(&l);
}
END_TEST

START_TEST(test_broken_links)
{
	module("extra", "broken.yaml", "broken", 1, "gamma, alpah");
	module("extra", "leaning.yaml", "leaning", 1, "broken");
	struct loaded l;
	load(&l, 1);
	ck_assert_int_eq(l.rc, -1);
	ck_assert_uint_eq(l.d.n, 3);
	expect_msg(&l, 1, "extra/broken.yaml",
	           "11:22: error: no module has the id 'alpah'; did you mean 'alpha'?");
	expect_msg(&l, 2, "extra/leaning.yaml",
	           "11:15: error: module 'broken' has errors and was left out, so this link leads "
	           "nowhere");
	ck_assert_uint_eq(l.lib.n, 3);
	ck_assert_ptr_null(library_find(&l.lib, "broken"));
	ck_assert_ptr_null(library_find(&l.lib, "leaning"));
	unload(&l);
}
END_TEST

START_TEST(test_same_folder_duplicate)
{
	module("extra", "one.yaml", "same", 1, NULL);
	module("extra", "two.yaml", "same", 1, NULL);
	struct loaded l;
	load(&l, 1);
	ck_assert_int_eq(l.rc, -1);
	char *rest = xasprintf("2:5: error: module id 'same' is also used by %s/extra/one.yaml; "
	                       "ids must be unique",
	                       tmp);
	expect_msg(&l, 1, "extra/two.yaml", rest);
	free(rest);
	ck_assert_str_eq(library_find(&l.lib, "same")->path + strlen(tmp), "/extra/one.yaml");
	unload(&l);
}
END_TEST

START_TEST(test_helplines_override)
{
	helplines("extra", "GB");
	struct loaded l;
	load(&l, 1);
	/* the later directory wins, even though it lacks INT (and so has an error) */
	ck_assert_int_eq(l.rc, -1);
	ck_assert_str_eq(l.lib.helplines->regions[0].id, "INT");
	unload(&l);
	helplines("extra", "INT");
	char *region_path = xasprintf("%s/extra/helplines.yaml", tmp);
	load(&l, 1);
	ck_assert_int_eq(l.rc, 0);
	ck_assert_str_eq(l.lib.helplines->path, region_path);
	free(region_path);
	unload(&l);
}
END_TEST

START_TEST(test_folders)
{
	struct library lib = {0};
	struct diag d;
	diag_init(&d);
	char *none = xasprintf("%s/none", tmp);
	ck_assert_int_eq(library_add_dir(&lib, none, ORIGIN_USER, NULL, &d), 0);
	ck_assert_uint_eq(d.n, 0);
	ck_assert_int_eq(library_add_dir(&lib, none, ORIGIN_EXTRA, NULL, &d), -1);
	ck_assert_uint_eq(d.n, 1);
	char *got = ct_msg(&d, 0);
	char *want =
	        xasprintf("%s: error: cannot read the folder: No such file or directory", none);
	ck_assert_str_eq(got, want);
	free(got);
	free(want);
	free(none);
	library_free(&lib);
	diag_free(&d);
}
END_TEST

START_TEST(test_bad_file_left_out)
{
	char *path = xasprintf("%s/extra/bad.yaml", tmp);
	ct_write(path, "steady: 1\n", 10);
	char *hidden = xasprintf("%s/extra/.hidden.yaml", tmp);
	char *notes = xasprintf("%s/extra/notes.txt", tmp);
	ct_write(hidden, "junk", 4); /* neither is a module file */
	ct_write(notes, "junk", 4);
	free(hidden);
	free(notes);
	struct loaded l;
	load(&l, 1);
	ck_assert_int_eq(l.rc, -1);
	ck_assert_uint_eq(l.lib.n, 3);
	ck_assert_uint_eq(l.d.errors, 5); /* id, title, summary, minutes, steps missing */
	free(path);
	unload(&l);
}
END_TEST

/* The id index finds every module through growth, replacement and sorting. */
START_TEST(test_id_index)
{
	struct library lib = {0};
	enum { N = 1000 };
	for (int i = 0; i < N; i++) {
		struct module *m = xcalloc(1, sizeof *m);
		m->id = xasprintf("m%d", i);
		m->order = N - i; /* sorting reverses them */
		ck_assert_ptr_null(library_put(&lib, m));
		ck_assert_ptr_eq(library_find(&lib, m->id), m);
	}
	/* The same id replaces, in place. */
	struct module *again = xcalloc(1, sizeof *again);
	again->id = xstrdup("m500");
	struct module *old = library_put(&lib, again);
	ck_assert_ptr_nonnull(old);
	ck_assert_str_eq(old->id, "m500");
	module_free(old);
	ck_assert_uint_eq(lib.n, N);
	library_sort(&lib);
	ck_assert_str_eq(lib.mods[0]->id, "m500"); /* order 0 now comes first */
	for (int i = 0; i < N; i++) {
		char id[16];
		snprintf(id, sizeof id, "m%d", i);
		const struct module *m = library_find(&lib, id);
		ck_assert_ptr_nonnull(m);
		ck_assert_str_eq(m->id, id);
	}
	ck_assert_ptr_eq(library_find(&lib, "m500"), again);
	ck_assert_ptr_null(library_find(&lib, "m1000"));
	ck_assert_ptr_null(library_find(&lib, ""));
	library_free(&lib);
}
END_TEST

START_TEST(test_check_links)
{
	struct loaded l;
	load(&l, 0);
	const struct module *alpha = library_find(&l.lib, "alpha");
	struct diag d;
	diag_init(&d);
	ck_assert_uint_eq(library_check_links(&l.lib, alpha, &d), 0);
	ck_assert_uint_eq(d.n, 0);
	diag_free(&d);
	unload(&l);
}
END_TEST

START_TEST(test_by_purpose)
{
	purposed("bundled", "plan.yaml", "plan", "safety-plan");
	struct loaded l;
	load(&l, 0);
	ck_assert_int_eq(l.rc, 0);
	ck_assert_uint_eq(l.d.n, 1); /* beta's override */
	const struct module *plan = library_by_purpose(&l.lib, PURPOSE_SAFETY_PLAN);
	ck_assert_ptr_nonnull(plan);
	ck_assert_str_eq(plan->id, "plan");
	ck_assert_ptr_null(library_by_purpose(&l.lib, PURPOSE_FIRST_RUN));
	/* every other module has none, and none is not a purpose to look up */
	ck_assert_int_eq(library_find(&l.lib, "alpha")->purpose, PURPOSE_NONE);
	ck_assert_ptr_null(library_by_purpose(&l.lib, PURPOSE_NONE));
	unload(&l);
}
END_TEST

/* A later folder's module takes a purpose over, with a warning naming both files. */
START_TEST(test_purpose_override)
{
	purposed("bundled", "plan.yaml", "plan", "safety-plan");
	purposed("bundled", "start.yaml", "start", "first-run");
	purposed("user", "my-plan.yaml", "my-plan", "safety-plan");
	struct loaded l;
	load(&l, 0);
	ck_assert_int_eq(l.rc, 0);
	ck_assert_uint_eq(l.d.n, 2);
	char *rest = xasprintf("3:10: warning: module 'my-plan' takes the purpose 'safety-plan' "
	                       "over from 'plan' in %s/bundled/plan.yaml",
	                       tmp);
	expect_msg(&l, 1, "user/my-plan.yaml", rest);
	free(rest);
	ck_assert_str_eq(library_by_purpose(&l.lib, PURPOSE_SAFETY_PLAN)->id, "my-plan");
	ck_assert_str_eq(library_by_purpose(&l.lib, PURPOSE_FIRST_RUN)->id, "start");
	/* the bundled one stays, as an ordinary module */
	ck_assert_int_eq(library_find(&l.lib, "plan")->purpose, PURPOSE_NONE);
	unload(&l);
}
END_TEST

/* A module replacing one by id replaces its purpose too: it has it only when it says so. */
START_TEST(test_purpose_goes_with_the_id)
{
	purposed("bundled", "plan.yaml", "plan", "safety-plan");
	purposed("user", "plan.yaml", "plan", "safety-plan");
	struct loaded l;
	load(&l, 0);
	ck_assert_int_eq(l.rc, 0);
	ck_assert_uint_eq(l.d.n, 2); /* two overrides by id, no word of the purpose */
	const struct module *plan = library_by_purpose(&l.lib, PURPOSE_SAFETY_PLAN);
	ck_assert_ptr_eq(plan, library_find(&l.lib, "plan"));
	ck_assert_int_eq(plan->origin, ORIGIN_USER);
	unload(&l);
	module("user", "plan.yaml", "plan", 1, NULL);
	load(&l, 0);
	ck_assert_int_eq(l.rc, 0);
	ck_assert_ptr_null(library_by_purpose(&l.lib, PURPOSE_SAFETY_PLAN));
	unload(&l);
}
END_TEST

START_TEST(test_purpose_same_folder)
{
	purposed("extra", "a.yaml", "start-a", "first-run");
	purposed("extra", "b.yaml", "start-b", "first-run");
	struct loaded l;
	load(&l, 1);
	ck_assert_int_eq(l.rc, -1);
	ck_assert_uint_eq(l.d.n, 2);
	char *rest = xasprintf("3:10: error: module 'start-a' in %s/extra/a.yaml has the purpose "
	                       "'first-run' too; only one module in a folder may have it",
	                       tmp);
	expect_msg(&l, 1, "extra/b.yaml", rest);
	free(rest);
	ck_assert_ptr_null(library_find(&l.lib, "start-b"));
	ck_assert_str_eq(library_by_purpose(&l.lib, PURPOSE_FIRST_RUN)->id, "start-a");
	unload(&l);
}
END_TEST

/* Modules put in directly keep their purposes; the first in library order is found. */
START_TEST(test_by_purpose_order)
{
	struct library lib = {0};
	const char *ids[] = {"late", "early"};
	for (int i = 0; i < 2; i++) {
		struct module *m = xcalloc(1, sizeof *m);
		m->id = xstrdup(ids[i]);
		m->order = i == 0 ? 20 : 10;
		m->purpose = PURPOSE_FIRST_RUN;
		library_put(&lib, m);
	}
	ck_assert_str_eq(library_by_purpose(&lib, PURPOSE_FIRST_RUN)->id, "late");
	library_sort(&lib);
	ck_assert_str_eq(library_by_purpose(&lib, PURPOSE_FIRST_RUN)->id, "early");
	library_free(&lib);
	ck_assert_ptr_null(library_by_purpose(&lib, PURPOSE_FIRST_RUN));
}
END_TEST

static Suite *suite(void)
{
	Suite *s = suite_create("library");
	TCase *tc = tcase_create("folders");
	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_add_test(tc, test_override_and_sort);
	tcase_add_test(tc, test_broken_links);
	tcase_add_test(tc, test_same_folder_duplicate);
	tcase_add_test(tc, test_helplines_override);
	tcase_add_test(tc, test_folders);
	tcase_add_test(tc, test_bad_file_left_out);
	tcase_add_test(tc, test_id_index);
	tcase_add_test(tc, test_check_links);
	tcase_add_test(tc, test_by_purpose);
	tcase_add_test(tc, test_purpose_override);
	tcase_add_test(tc, test_purpose_goes_with_the_id);
	tcase_add_test(tc, test_purpose_same_folder);
	tcase_add_test(tc, test_by_purpose_order);
	suite_add_tcase(s, tc);
	return s;
}

int main(void)
{
	return unit_run(suite());
}
