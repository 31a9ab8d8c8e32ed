/* SPDX-FileCopyrightText: 2026 The steady authors */
/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * test_diary_link.c: the diary of a run (session/diary_link.c): locking
 * saves the answers being kept and then forgets what came from the diary
 * or went into it, the note after a lock says what happened, the idle
 * clock, resuming modules from the diary and closing at exit.
 */
#include "config.h"

#include <check.h>
#include <stdlib.h>
#include <string.h>

#include "session/diary_link.h"
#include "session/keep.h"
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

static void unlock(void)
{
	struct diary_error err;
	ck_assert_msg(diary_unlock(dlink_handle(&s), PASS, PASSLEN, &err) == 0, "%s", err.msg);
	dlink_attach(&s, dlink_handle(&s));
}

/* A record of module id answering question q with v, added to d. */
static uint64_t add_record(struct diary *d, const char *id, const char *q, const char *v,
                           int complete, uint32_t step)
{
	struct entry *e = entry_new(ENTRY_RECORD);
	entry_set(e, &e->module, id);
	entry_set_answer(e, q, v);
	e->complete = complete;
	e->step = step;
	struct diary_error err;
	uint64_t n = diary_add(d, e, &err);
	ck_assert_msg(n != 0, "%s", err.msg);
	return n;
}

START_TEST(lock_keeps_the_kept_answers_first)
{
	struct diary *d = st_diary(&s);
	add_record(d, "once", "line", "from the diary", 0, 0);
	dlink_attach(&s, d);
	ck_assert_uint_ne(st_prog(&s, "once")->record, 0);
	ck_assert_int_eq(s.last_module, (int)st_index(&s, "once"));

	keep_set(&s, st_index(&s, "journal"), 1);
	st_write(&s, "journal", "note", "kept");
	keep_set(&s, st_index(&s, "not-plan"), 0);
	st_write(&s, "not-plan", "signs", "not kept");
	st_write(&s, "plan", "signs", "never asked");

	dlink_lock(&s, 0);
	ck_assert_ptr_null(dlink_diary(&s));
	ck_assert_ptr_nonnull(dlink_handle(&s));
	ck_assert_ptr_nonnull(dlink_note(&s));

	/* What came from the diary or went into it is gone from memory... */
	static const char *const gone[] = {"journal", "once"};
	for (size_t i = 0; i < 2; i++) {
		struct progress *p = st_prog(&s, gone[i]);
		ck_assert_msg(p->state == PROGRESS_NONE && !p->answers, "%s still there", gone[i]);
		ck_assert_uint_eq(p->record, 0);
	}
	ck_assert_int_eq(st_prog(&s, "journal")->keep, KEEP_YES);
	ck_assert_int_eq(s.last_module, -1);
	/* ...and the rest stays as it was. */
	ck_assert_int_eq(progress_any(st_prog(&s, "not-plan"), st_mod(&s, "not-plan")), 1);
	ck_assert_int_eq(progress_any(st_prog(&s, "plan"), st_mod(&s, "plan")), 1);
	ck_assert_int_eq(st_prog(&s, "not-plan")->keep, KEEP_NO);

	/* The kept answers went in before the lock, and only they. */
	unlock();
	d = dlink_diary(&s);
	ck_assert_uint_eq(st_count(d, ENTRY_RECORD, "journal"), 1);
	ck_assert_str_eq(entry_answer(diary_latest(d, ENTRY_RECORD, "journal"), "note"), "kept");
	ck_assert_uint_eq(st_count(d, ENTRY_RECORD, "not-plan"), 0);
	ck_assert_uint_eq(st_count(d, ENTRY_RECORD, "plan"), 0);
	ck_assert_uint_eq(st_count(d, ENTRY_RECORD, NULL), 2);
	/* And they came back from it. */
	ck_assert_int_eq(st_prog(&s, "once")->state, PROGRESS_STARTED);
	ck_assert_str_eq(st_prog(&s, "once")->answers[0].text, "from the diary");
}
END_TEST

START_TEST(lock_without_a_diary_does_nothing)
{
	st_write(&s, "not-plan", "signs", "tired");
	dlink_lock(&s, 1);
	ck_assert_ptr_null(dlink_note(&s));
	ck_assert_int_eq(progress_any(st_prog(&s, "not-plan"), st_mod(&s, "not-plan")), 1);
}
END_TEST

/* The note after a lock says "saved first". */
static int says_saved_first(void)
{
	const char *n = dlink_note(&s);
	ck_assert_ptr_nonnull(n);
	return strstr(n, "saved first") != NULL;
}

START_TEST(note_after_a_lock_by_hand)
{
	st_diary(&s);
	dlink_saved_first(&s);
	keep_set(&s, st_index(&s, "journal"), 1);
	st_write(&s, "journal", "note", "kept");
	dlink_lock(&s, 0);
	ck_assert_int_eq(says_saved_first(), 0);
	ck_assert_ptr_null(strstr(dlink_note(&s), "itself"));
	dlink_set_note(&s, NULL);
	ck_assert_ptr_null(dlink_note(&s));
}
END_TEST

START_TEST(note_after_an_idle_lock_with_nothing_saved)
{
	st_diary(&s);
	/* Kept, but nothing answered: nothing was saved. */
	keep_set(&s, st_index(&s, "journal"), 1);
	st_write(&s, "not-plan", "signs", "not kept");
	dlink_lock(&s, 1);
	ck_assert_int_eq(says_saved_first(), 0);
	ck_assert_ptr_nonnull(strstr(dlink_note(&s), "itself"));
}
END_TEST

START_TEST(note_after_an_idle_lock_with_a_draft_put_in)
{
	st_diary(&s);
	dlink_saved_first(&s);
	dlink_lock(&s, 1);
	ck_assert_int_eq(says_saved_first(), 1);
	/* The draft was this lock's: the next one says nothing of it. */
	unlock();
	dlink_lock(&s, 1);
	ck_assert_int_eq(says_saved_first(), 0);
}
END_TEST

START_TEST(note_after_an_idle_lock_with_kept_answers)
{
	st_diary(&s);
	keep_set(&s, st_index(&s, "journal"), 1);
	st_write(&s, "journal", "note", "kept");
	dlink_lock(&s, 1);
	ck_assert_int_eq(says_saved_first(), 1);
}
END_TEST

START_TEST(note_after_an_idle_lock_with_answers_saved_before)
{
	struct diary *d = st_diary(&s);
	keep_set(&s, st_index(&s, "journal"), 1);
	st_write(&s, "journal", "note", "kept");
	struct diary_error err;
	ck_assert_int_eq(keep_module(&s, st_index(&s, "journal"), 0, &err), 0);
	ck_assert_int_eq(diary_save(d, &err), 0);
	/* Nothing changed since the save: the lock saves nothing, and says so. */
	dlink_lock(&s, 1);
	ck_assert_int_eq(says_saved_first(), 0);
}
END_TEST

START_TEST(lock_seconds_from_the_settings_or_the_environment)
{
	s.set.lock_minutes = 3;
	ck_assert_int_eq(dlink_lock_seconds(&s), 180);
	static const char *const bad[] = {"", "0", "-5", "2x", "x", "86401"};
	for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
		setenv("STEADY_LOCK_SECONDS", bad[i], 1);
		ck_assert_msg(dlink_lock_seconds(&s) == 180, "'%s' taken", bad[i]);
	}
	setenv("STEADY_LOCK_SECONDS", "7", 1);
	ck_assert_int_eq(dlink_lock_seconds(&s), 7);
}
END_TEST

START_TEST(idle_locks_after_the_time)
{
	setenv("STEADY_LOCK_SECONDS", "1", 1);
	ck_assert_int_eq(dlink_idle(&s, 0), DLINK_IDLE_NONE); /* no diary */
	st_sleep_ms(1100);
	ck_assert_int_eq(dlink_idle(&s, 0), DLINK_IDLE_NONE);
	st_diary(&s); /* the clock starts when the diary comes */
	ck_assert_int_eq(dlink_idle(&s, 0), DLINK_IDLE_WAIT);
	st_sleep_ms(1100);
	ck_assert_int_eq(dlink_idle(&s, 0), DLINK_IDLE_LOCK);
	ck_assert_int_eq(dlink_idle(&s, 0), DLINK_IDLE_LOCK); /* asking does not reset it */

	/* A key starts the clock again. */
	dlink_key(&s);
	ck_assert_int_eq(dlink_idle(&s, 0), DLINK_IDLE_WAIT);
	st_sleep_ms(1100);
	ck_assert_int_eq(dlink_idle(&s, 0), DLINK_IDLE_LOCK);

	dlink_lock(&s, 1);
	ck_assert_int_eq(dlink_idle(&s, 0), DLINK_IDLE_NONE); /* locked already */
}
END_TEST

START_TEST(idle_waits_while_busy_and_counts_from_its_end)
{
	setenv("STEADY_LOCK_SECONDS", "1", 1);
	st_diary(&s);
	st_sleep_ms(1100);
	ck_assert_int_eq(dlink_idle(&s, 0), DLINK_IDLE_LOCK); /* due */
	/* A timer running: no lock, however long since the last key. */
	ck_assert_int_eq(dlink_idle(&s, 1), DLINK_IDLE_WAIT);
	/* It ended just now: the idle time counts from here. */
	ck_assert_int_eq(dlink_idle(&s, 0), DLINK_IDLE_WAIT);
	st_sleep_ms(1100);
	ck_assert_int_eq(dlink_idle(&s, 0), DLINK_IDLE_LOCK);
}
END_TEST

START_TEST(attach_resumes_modules_from_the_diary)
{
	struct diary *d;
	struct diary_error err;
	ck_assert_int_eq(diary_create(dlink_dir(&s), PASS, PASSLEN, &min_costs, &d, &err), 0);
	/* Left part way, at its third step. */
	uint64_t started = add_record(d, "not-plan", "ask", "a friend", 0, 2);
	/* A journal filled in before: done, to be filled in afresh. */
	add_record(d, "journal", "note", "last week", 1, 0);
	/* A module done once: its answers, to look at again. */
	uint64_t done = add_record(d, "once", "line", "all done", 1, 0);
	/* A step that no longer exists: the beginning. */
	add_record(d, "daily", "line", "half", 0, 99);
	/* Answered this run before the diary was opened: this run's answers stay. */
	add_record(d, "plan", "signs", "from the diary", 0, 1);
	st_write(&s, "plan", "signs", "this run");

	dlink_attach(&s, d);
	ck_assert_ptr_eq(dlink_diary(&s), d);

	struct progress *p = st_prog(&s, "not-plan");
	ck_assert_int_eq(p->state, PROGRESS_STARTED);
	ck_assert_uint_eq(p->step, 2);
	ck_assert_uint_eq(p->record, started);
	/* Kept once, resumed from the diary: "keep your answers?" is not asked again. */
	ck_assert_int_eq(p->keep, KEEP_YES);
	ck_assert_int_eq(keep_begin(&s, st_index(&s, "not-plan")), 0);
	size_t ask = 0;
	while (strcmp(st_mod(&s, "not-plan")->steps[ask].id, "ask") != 0)
		ask++;
	ck_assert_str_eq(p->answers[ask].text, "a friend");

	p = st_prog(&s, "journal");
	ck_assert_int_eq(p->state, PROGRESS_DONE);
	ck_assert_ptr_null(p->answers);
	ck_assert_uint_eq(p->record, 0);
	/* Opened again, it starts afresh. */
	keep_begin(&s, st_index(&s, "journal"));
	ck_assert_int_eq(p->state, PROGRESS_NONE);

	p = st_prog(&s, "once");
	ck_assert_int_eq(p->state, PROGRESS_DONE);
	ck_assert_uint_eq(p->record, done);
	ck_assert_str_eq(p->answers[0].text, "all done");

	p = st_prog(&s, "daily");
	ck_assert_int_eq(p->state, PROGRESS_STARTED);
	ck_assert_uint_eq(p->step, 0);

	p = st_prog(&s, "plan");
	ck_assert_uint_eq(p->record, 0);
	ck_assert_str_eq(p->answers[0].text, "this run");

	/* "Continue" goes to the newest record left part way that was resumed. */
	ck_assert_int_eq(s.last_module, (int)st_index(&s, "daily"));
}
END_TEST

START_TEST(attach_keeps_the_module_to_continue)
{
	struct diary *d;
	struct diary_error err;
	ck_assert_int_eq(diary_create(dlink_dir(&s), PASS, PASSLEN, &min_costs, &d, &err), 0);
	add_record(d, "not-plan", "ask", "a friend", 0, 2);
	s.last_module = (int)st_index(&s, "pages");
	dlink_attach(&s, d);
	ck_assert_int_eq(s.last_module, (int)st_index(&s, "pages"));
}
END_TEST

START_TEST(close_keeps_the_kept_answers)
{
	struct diary *d = st_diary(&s);
	keep_set(&s, st_index(&s, "journal"), 1);
	st_write(&s, "journal", "note", "kept at exit");
	keep_set(&s, st_index(&s, "not-plan"), 0);
	st_write(&s, "not-plan", "signs", "not kept");
	st_write(&s, "plan", "signs", "never asked");
	/* A change made and not saved yet is saved too. */
	struct diary_error err;
	ck_assert_uint_ne(diary_add(d, journal("Today", "a good day"), &err), 0);
	char *dir = xstrdup(dlink_dir(&s));

	dlink_close(&s);
	ck_assert_ptr_null(s.dl);
	d = st_reopen(&s, dir);
	ck_assert_uint_eq(st_count(d, ENTRY_RECORD, "journal"), 1);
	ck_assert_str_eq(entry_answer(diary_latest(d, ENTRY_RECORD, "journal"), "note"),
	                 "kept at exit");
	ck_assert_uint_eq(st_count(d, ENTRY_RECORD, NULL), 1);
	ck_assert_uint_eq(st_count(d, ENTRY_JOURNAL, NULL), 1);
	diary_close(d);
	free(dir);
}
END_TEST

START_TEST(close_with_the_diary_locked)
{
	st_diary(&s);
	keep_set(&s, st_index(&s, "journal"), 1);
	dlink_lock(&s, 0);
	st_write(&s, "journal", "note", "after the lock");
	char *dir = xstrdup(dlink_dir(&s));
	dlink_close(&s);
	/* Locked, nothing could go in; the diary is closed, so it opens again. */
	struct diary *d = st_reopen(&s, dir);
	ck_assert_uint_eq(st_count(d, ENTRY_RECORD, NULL), 0);
	diary_close(d);
	free(dir);
}
END_TEST

START_TEST(offered_once_and_the_folder)
{
	char *want = xasprintf("%s/steady/diary", getenv("XDG_DATA_HOME"));
	ck_assert_str_eq(dlink_dir(&s), want);
	free(want);
	ck_assert_int_eq(dlink_exists(&s), 0);
	ck_assert_int_eq(dlink_offered(&s), 0);
	dlink_set_offered(&s);
	ck_assert_int_eq(dlink_offered(&s), 1);
	struct diary_error err;
	ck_assert_int_eq(dlink_save(&s, &err), -1); /* no diary to save */
	st_diary(&s);
	ck_assert_int_eq(dlink_exists(&s), 1);
	ck_assert_int_eq(dlink_save(&s, &err), 0);

	/* --diary names the folder. */
	session_close(&s);
	opts.diary = "/somewhere/else";
	st_session(&s, &opts);
	ck_assert_str_eq(dlink_dir(&s), "/somewhere/else");
}
END_TEST

START_TEST(without_a_link_nothing_is_offered)
{
	/* A preview has no diary link: no diary, no offer, no lock, no note. */
	dlink_close(&s);
	ck_assert_ptr_null(dlink_dir(&s));
	ck_assert_int_eq(dlink_exists(&s), 0);
	ck_assert_ptr_null(dlink_diary(&s));
	ck_assert_ptr_null(dlink_handle(&s));
	ck_assert_int_eq(dlink_offered(&s), 1);
	ck_assert_int_eq(dlink_idle(&s, 0), DLINK_IDLE_NONE);
	dlink_set_note(&s, "a note");
	ck_assert_ptr_null(dlink_note(&s));
	dlink_key(&s);
	dlink_saved_first(&s);
	dlink_set_offered(&s);
	dlink_lock(&s, 1);
	dlink_close(&s);
}
END_TEST

static Suite *dlink_suite(void)
{
	Suite *su = suite_create("diary_link");
	TCase *tc = tcase_create("lock");
	st_fixtures(tc, setup, teardown);
	tcase_add_test(tc, lock_keeps_the_kept_answers_first);
	tcase_add_test(tc, lock_without_a_diary_does_nothing);
	tcase_add_test(tc, note_after_a_lock_by_hand);
	tcase_add_test(tc, note_after_an_idle_lock_with_nothing_saved);
	tcase_add_test(tc, note_after_an_idle_lock_with_a_draft_put_in);
	tcase_add_test(tc, note_after_an_idle_lock_with_kept_answers);
	tcase_add_test(tc, note_after_an_idle_lock_with_answers_saved_before);
	suite_add_tcase(su, tc);

	tc = tcase_create("idle");
	st_fixtures(tc, setup, teardown);
	tcase_set_timeout(tc, 30); /* a few seconds of sleeping each, on a busy machine */
	tcase_add_test(tc, lock_seconds_from_the_settings_or_the_environment);
	tcase_add_test(tc, idle_locks_after_the_time);
	tcase_add_test(tc, idle_waits_while_busy_and_counts_from_its_end);
	suite_add_tcase(su, tc);

	tc = tcase_create("attach");
	st_fixtures(tc, setup, teardown);
	tcase_add_test(tc, attach_resumes_modules_from_the_diary);
	tcase_add_test(tc, attach_keeps_the_module_to_continue);
	tcase_add_test(tc, close_keeps_the_kept_answers);
	tcase_add_test(tc, close_with_the_diary_locked);
	tcase_add_test(tc, offered_once_and_the_folder);
	tcase_add_test(tc, without_a_link_nothing_is_offered);
	suite_add_tcase(su, tc);
	return su;
}

int main(void)
{
	UNIT_NEED_TEST_BUILD(); /* weak key costs, or the test-only switches */
	return unit_run(dlink_suite());
}
