/* SPDX-FileCopyrightText: 2026 The steady authors */
/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * session_test.h: helpers shared by the session layer's unit tests
 * (header-only so each test stays one program): a scratch home for each
 * test (HOME and the XDG folders, so nothing touches the real user's
 * files), a session over the modules of tests/data/session as
 * session_open() makes one, a diary with fast key costs, and answering.
 *
 * Check runs each test in a child process: the scratch root is made and
 * removed by the parent (an unchecked fixture), so a failing test leaves
 * nothing behind; each test gets a fresh folder inside it.
 */
#ifndef STEADY_TESTS_SESSION_TEST_H
#define STEADY_TESTS_SESSION_TEST_H

#include <check.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "content_test.h"
#include "diary_test_util.h"

#include "content/library.h"
#include "session/diary_link.h"
#include "session/play.h"
#include "session/session.h"
#include "util/settings.h"
#include "util/xalloc.h"

#define SESSION_DATA   TEST_DATA "/session"
#define SESSION_BROKEN TEST_DATA "/session/broken"
#define SESSION_OWN    TEST_DATA "/session/takeover"
#define CONTENT_DIR    TEST_DATA "/../../content"

static char *st_root; /* made by the parent, removed by it */
static char *st_home; /* this test's folder, inside st_root */

static inline void st_root_make(void)
{
	st_root = ct_tmpdir();
}

static inline void st_root_remove(void)
{
	ct_rmtree(st_root);
	free(st_root);
	st_root = NULL;
}

/* A path inside this test's folder (new string). */
static inline char *st_path(const char *name)
{
	return xasprintf("%s/%s", st_home, name);
}

/* A fresh home: HOME, XDG_CONFIG_HOME and XDG_DATA_HOME in a new folder. */
static inline void st_home_make(void)
{
	st_home = xasprintf("%s/t.XXXXXX", st_root);
	ck_assert_ptr_nonnull(mkdtemp(st_home));
	static const char *const vars[][2] = {
	        {"HOME", "home"}, {"XDG_CONFIG_HOME", "config"}, {"XDG_DATA_HOME", "data"}};
	for (size_t i = 0; i < sizeof vars / sizeof vars[0]; i++) {
		char *p = st_path(vars[i][1]);
		ck_assert_int_eq(mkdir(p, 0700), 0);
		setenv(vars[i][0], p, 1);
		free(p);
	}
	setenv("STEADY_DIARY_COSTS", "min", 1);
	setenv("STEADY_NO_CONTENT_CACHE", "1", 1);
	unsetenv("STEADY_LOCK_SECONDS");
}

static inline void st_home_remove(void)
{
	ct_rmtree(st_home);
	free(st_home);
	st_home = NULL;
}

/* A test case's fixtures: the root once, and setup (which calls st_home_make()) per test. */
static inline void st_fixtures(TCase *tc, void (*setup)(void), void (*teardown)(void))
{
	tcase_add_unchecked_fixture(tc, st_root_make, st_root_remove);
	tcase_add_checked_fixture(tc, setup, teardown);
}

/* The modules of dir, links resolved; the loader must not say a word. */
static inline struct library *st_library(const char *dir)
{
	struct library *lib = xcalloc(1, sizeof *lib);
	struct diag d;
	diag_init(&d);
	struct library_opts o = {.bundled_dir = dir};
	int rc = library_load(lib, &o, &d);
	if (d.n)
		diag_print(&d, stderr);
	ck_assert_int_eq(rc, 0);
	ck_assert_uint_eq(d.n, 0);
	diag_free(&d);
	return lib;
}

/*
 * A session over tests/data/session as session_open() builds one (the
 * settings' defaults, one progress per module, the diary link for o),
 * without the bundled content. session_close() ends it.
 */
static inline void st_session(struct session *s, const struct steady_opts *o)
{
	memset(s, 0, sizeof *s);
	s->opts = o;
	s->last_module = -1;
	settings_defaults(&s->set);
	s->lib = st_library(SESSION_DATA);
	s->prog = xcalloc(s->lib->n, sizeof *s->prog);
	dlink_init(s);
}

/* The index of the module of this id (it must be there). */
static inline size_t st_index(const struct session *s, const char *id)
{
	int i = session_module_index(s, library_find(s->lib, id));
	ck_assert_msg(i >= 0, "no module %s", id);
	return (size_t)i;
}

/* The module of this id, and its progress this run. */
static inline const struct module *st_mod(const struct session *s, const char *id)
{
	return s->lib->mods[st_index(s, id)];
}

static inline struct progress *st_prog(struct session *s, const char *id)
{
	return &s->prog[st_index(s, id)];
}

/* A test's fixture: its own home, and a session over the fixtures in it. */
static inline void st_open(struct session *s, struct steady_opts *o)
{
	st_home_make();
	memset(o, 0, sizeof *o);
	st_session(s, o);
}

/* The fixture's end: the session closed, the home removed. */
static inline void st_close(struct session *s)
{
	session_close(s);
	st_home_remove();
}

/* A new diary in the session's diary folder, attached to the session. */
static inline struct diary *st_diary(struct session *s)
{
	struct diary *d;
	struct diary_error err;
	ck_assert_msg(diary_create(dlink_dir(s), PASS, PASSLEN, &min_costs, &d, &err) == 0, "%s",
	              err.msg);
	dlink_attach(s, d);
	return d;
}

/* The diary of the session's folder, opened again from disk (diary_close() it). */
static inline struct diary *st_reopen(const struct session *s, const char *dir)
{
	struct diary *d;
	struct diary_error err;
	ck_assert_msg(diary_open(dir, PASS, PASSLEN, &d, &err) == 0, "%s", err.msg);
	return d;
}

/* How many entries of a kind and module (NULL: any) the diary holds. */
static inline size_t st_count(const struct diary *d, enum entry_kind kind, const char *module)
{
	struct entry_list l = diary_select(d, kind, module);
	size_t n = l.n;
	diary_list_free(&l);
	return n;
}

/* Opens the module's progress at the step of the given id and plays it there. */
static inline void st_at(struct play *pl, struct session *s, const char *module, const char *step)
{
	size_t i = st_index(s, module);
	const struct module *m = s->lib->mods[i];
	size_t k = 0;
	while (k < m->n_steps && !(m->steps[k].id && strcmp(m->steps[k].id, step) == 0))
		k++;
	ck_assert_msg(k < m->n_steps, "%s has no step %s", module, step);
	play_start(pl, s->lib, m, &s->prog[i], k, session_reader_region(s));
}

/* Writes text as the answer to a text step of a module. */
static inline void st_write(struct session *s, const char *module, const char *step,
                            const char *text)
{
	struct play pl;
	st_at(&pl, s, module, step);
	struct answer *a = play_answer(&pl);
	answer_delete(a, 0, a->len);
	ck_assert_int_eq(answer_insert(a, 0, text, strlen(text)), 0);
}

/* Sleeps for ms milliseconds. */
static inline void st_sleep_ms(long ms)
{
	struct timespec t = {ms / 1000, (ms % 1000) * 1000000L};
	while (nanosleep(&t, &t) != 0)
		;
}

#endif
