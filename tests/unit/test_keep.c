/* SPDX-FileCopyrightText: 2026 The steady authors */
/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * test_keep.c: what goes into the diary, and when (session/keep.c): when
 * to ask, what follows leaving a module, and what keep_module() writes:
 * the record, the safety plan, a self-check's result and homework done.
 */
#include "config.h"

#include <check.h>
#include <stdlib.h>
#include <string.h>

#include "session/homework.h"
#include "session/keep.h"
#include "session_test.h"
#include "unit.h"
#include "util/xalloc.h"

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

/* Gives module id's scale step its lowest value. */
static void answer_scale(const char *id, const char *step)
{
	struct play pl;
	st_at(&pl, &s, id, step);
	ck_assert_int_eq(play_set_value(&pl, play_step(&pl)->min), 0);
}

/* Chooses option opt of a choice step. */
static void answer_choice(const char *id, const char *step, const char *opt)
{
	struct play pl;
	st_at(&pl, &s, id, step);
	const struct step *st = play_step(&pl);
	for (size_t k = 0; k < st->n_options; k++)
		if (strcmp(st->options[k].id, opt) == 0) {
			ck_assert_int_eq(play_choose(&pl, k), 0);
			return;
		}
	ck_abort_msg("no option %s", opt);
}

static void keep(const char *id, int finished)
{
	struct diary_error err;
	ck_assert_msg(keep_module(&s, st_index(&s, id), finished, &err) == 0, "%s", err.msg);
}

START_TEST(fresh_each_time_and_asks)
{
	ck_assert_int_eq(keep_fresh_each_time(st_mod(&s, "journal")), 1);
	ck_assert_int_eq(keep_fresh_each_time(st_mod(&s, "check")), 1);
	ck_assert_int_eq(keep_fresh_each_time(st_mod(&s, "not-plan")), 0);
	ck_assert_int_eq(keep_fresh_each_time(st_mod(&s, "once")), 0);
	ck_assert_int_eq(keep_module_asks(st_mod(&s, "journal")), 1);
	ck_assert_int_eq(keep_module_asks(st_mod(&s, "play")), 1);
	ck_assert_int_eq(keep_module_asks(st_mod(&s, "pages")), 0);
}
END_TEST

START_TEST(begin_asks_only_with_the_diary_open)
{
	size_t j = st_index(&s, "journal");
	/* No diary: nothing to ask. */
	ck_assert_int_eq(keep_begin(&s, j), 0);
	st_diary(&s);
	ck_assert_int_eq(keep_begin(&s, j), 1);
	ck_assert_int_eq(keep_begin(&s, j), 1);                     /* still unasked */
	ck_assert_int_eq(keep_begin(&s, st_index(&s, "pages")), 0); /* asks nothing */
	keep_set(&s, j, 1);
	ck_assert_int_eq(keep_begin(&s, j), 0);
	size_t n = st_index(&s, "not-plan");
	keep_set(&s, n, 0);
	ck_assert_int_eq(keep_begin(&s, n), 0);
	ck_assert_int_eq(keep_begin(&s, s.lib->n), 0);
	/* A locked diary is not open. */
	size_t c = st_index(&s, "check");
	ck_assert_int_eq(keep_begin(&s, c), 1);
	dlink_lock(&s, 0);
	ck_assert_int_eq(keep_begin(&s, c), 0);
}
END_TEST

START_TEST(begin_restarts_a_journal_or_self_check_done)
{
	static const char *const fresh[] = {"journal", "check"};
	for (size_t i = 0; i < 2; i++) {
		struct progress *p = st_prog(&s, fresh[i]);
		answer_scale(fresh[i], fresh[i][0] == 'j' ? "urge" : "mood");
		p->keep = KEEP_YES;
		p->record = 7;
		keep_begin(&s, st_index(&s, fresh[i]));
		ck_assert_int_eq(p->state, PROGRESS_STARTED); /* only done ones start again */
		ck_assert_ptr_nonnull(p->answers);
		p->state = PROGRESS_DONE;
		keep_begin(&s, st_index(&s, fresh[i]));
		ck_assert_int_eq(p->state, PROGRESS_NONE);
		ck_assert_ptr_null(p->answers);
		ck_assert_uint_eq(p->record, 0); /* a new record */
		ck_assert_int_eq(p->keep, KEEP_YES);
	}
	/* A module done once keeps its answers to look at again. */
	st_write(&s, "not-plan", "signs", "tired");
	struct progress *p = st_prog(&s, "not-plan");
	p->state = PROGRESS_DONE;
	keep_begin(&s, st_index(&s, "not-plan"));
	ck_assert_int_eq(p->state, PROGRESS_DONE);
	ck_assert_int_eq(progress_any(p, st_mod(&s, "not-plan")), 1);
}
END_TEST

START_TEST(set_records_the_answer)
{
	size_t j = st_index(&s, "journal");
	ck_assert_int_eq(s.prog[j].keep, KEEP_UNASKED);
	keep_set(&s, j, 1);
	ck_assert_int_eq(s.prog[j].keep, KEEP_YES);
	keep_set(&s, j, 0);
	ck_assert_int_eq(s.prog[j].keep, KEEP_NO);
	keep_set(&s, s.lib->n, 1); /* out of range: nothing happens */
	for (size_t i = 0; i < s.lib->n; i++)
		ck_assert_int_eq(s.prog[i].keep, i == j ? KEEP_NO : KEEP_UNASKED);
}
END_TEST

START_TEST(question_and_offer_in_words)
{
	const struct module *m = s.lib->mods[0];
	const char *title = NULL, *answers[2] = {NULL, NULL};
	char *text = keep_question(m, &title, answers);
	ck_assert_str_eq(title, "Save your answers to this module in your diary?");
	ck_assert_str_eq(answers[0], "Yes, save them in my diary");
	ck_assert_str_eq(answers[1], "No, not this time");
	/* The text names the module, as markup. */
	char *named = xasprintf("*%s*", m->title);
	ck_assert_ptr_nonnull(strstr(text, named));
	ck_assert_ptr_nonnull(strstr(text, "Your diary is open."));
	free(text);
	text = keep_setup_why(m);
	ck_assert_ptr_nonnull(strstr(text, named));
	ck_assert_ptr_nonnull(strstr(text, "in a private diary"));
	free(text);
	free(named);
}
END_TEST

START_TEST(leave_without_a_diary_link)
{
	/* A preview has no diary link: nothing is ever offered. */
	dlink_close(&s);
	answer_scale("journal", "urge");
	ck_assert_int_eq(keep_leave(&s, st_index(&s, "journal")), KEEP_LEAVE_NOTHING);
	keep_set(&s, st_index(&s, "journal"), 1);
	ck_assert_int_eq(keep_leave(&s, st_index(&s, "journal")), KEEP_LEAVE_NOTHING);
}
END_TEST

START_TEST(leave_offers_to_unlock_a_closed_diary_once)
{
	struct diary *d;
	struct diary_error err;
	ck_assert_int_eq(diary_create(dlink_dir(&s), PASS, PASSLEN, &min_costs, &d, &err), 0);
	diary_close(d);
	ck_assert_int_eq(dlink_exists(&s), 1);
	answer_scale("journal", "urge");
	st_write(&s, "not-plan", "signs", "tired");
	ck_assert_int_eq(dlink_offered(&s), 0);
	ck_assert_int_eq(keep_leave(&s, st_index(&s, "journal")), KEEP_LEAVE_UNLOCK);
	ck_assert_int_eq(dlink_offered(&s), 1);
	ck_assert_int_eq(keep_leave(&s, st_index(&s, "journal")), KEEP_LEAVE_NOTHING);
	ck_assert_int_eq(keep_leave(&s, st_index(&s, "not-plan")), KEEP_LEAVE_NOTHING);
}
END_TEST

START_TEST(leave_offers_to_unlock_a_locked_diary)
{
	st_diary(&s);
	dlink_lock(&s, 0);
	ck_assert_ptr_nonnull(dlink_handle(&s));
	answer_scale("journal", "urge");
	ck_assert_int_eq(keep_leave(&s, st_index(&s, "journal")), KEEP_LEAVE_UNLOCK);
	ck_assert_int_eq(keep_leave(&s, st_index(&s, "journal")), KEEP_LEAVE_NOTHING);
}
END_TEST

START_TEST(leave_offers_a_diary_when_there_is_none)
{
	ck_assert_int_eq(dlink_exists(&s), 0);
	size_t j = st_index(&s, "journal");
	/* Nothing answered, or nothing asked: no offer, and none used up. */
	ck_assert_int_eq(keep_leave(&s, j), KEEP_LEAVE_NOTHING);
	ck_assert_int_eq(keep_leave(&s, st_index(&s, "pages")), KEEP_LEAVE_NOTHING);
	ck_assert_int_eq(dlink_offered(&s), 0);
	/* Said no already: no offer either. */
	st_write(&s, "not-plan", "signs", "tired");
	keep_set(&s, st_index(&s, "not-plan"), 0);
	ck_assert_int_eq(keep_leave(&s, st_index(&s, "not-plan")), KEEP_LEAVE_NOTHING);
	ck_assert_int_eq(dlink_offered(&s), 0);

	answer_scale("journal", "urge");
	ck_assert_int_eq(keep_leave(&s, j), KEEP_LEAVE_SETUP);
	ck_assert_int_eq(dlink_offered(&s), 1);
	ck_assert_int_eq(keep_leave(&s, j), KEEP_LEAVE_NOTHING);
}
END_TEST

START_TEST(leave_without_a_home_offers_nothing)
{
	/* No home folder: there is nowhere to keep a diary, so none is offered. */
	session_close(&s);
	unsetenv("HOME");
	unsetenv("XDG_DATA_HOME");
	st_session(&s, &opts);
	ck_assert_ptr_null(dlink_dir(&s));
	answer_scale("journal", "urge");
	ck_assert_int_eq(keep_leave(&s, st_index(&s, "journal")), KEEP_LEAVE_NOTHING);
	ck_assert_int_eq(dlink_offered(&s), 0);
}
END_TEST

START_TEST(leave_with_the_diary_open)
{
	st_diary(&s);
	size_t j = st_index(&s, "journal");
	ck_assert_int_eq(keep_leave(&s, j), KEEP_LEAVE_NOTHING); /* nothing answered */
	answer_scale("journal", "urge");
	/* The diary was opened while the module was: ask, never keep silently. */
	ck_assert_int_eq(keep_leave(&s, j), KEEP_LEAVE_ASK);
	ck_assert_int_eq(keep_leave(&s, j), KEEP_LEAVE_ASK);
	keep_set(&s, j, 1);
	ck_assert_int_eq(keep_leave(&s, j), KEEP_LEAVE_SAVE);
	keep_set(&s, j, 0);
	ck_assert_int_eq(keep_leave(&s, j), KEEP_LEAVE_NOTHING);
	ck_assert_int_eq(keep_leave(&s, st_index(&s, "pages")), KEEP_LEAVE_NOTHING);
	ck_assert_int_eq(keep_leave(&s, s.lib->n), KEEP_LEAVE_NOTHING);
	ck_assert_int_eq(dlink_offered(&s), 0);
}
END_TEST

START_TEST(module_without_the_diary_fails)
{
	struct diary_error err;
	memset(&err, 0, sizeof err);
	ck_assert_int_eq(keep_module(&s, st_index(&s, "journal"), 1, &err), -1);
	ck_assert_int_ne(err.status, DIARY_OK);
	ck_assert_uint_gt(strlen(err.msg), 0);
}
END_TEST

START_TEST(module_writes_its_record_and_replaces_it)
{
	struct diary *d = st_diary(&s);
	st_write(&s, "not-plan", "signs", "tired");
	st_write(&s, "not-plan", "after", "better");
	keep("not-plan", 0);
	ck_assert_uint_eq(st_count(d, ENTRY_RECORD, "not-plan"), 1);
	const struct entry *e = diary_latest(d, ENTRY_RECORD, "not-plan");
	uint64_t id = e->id;
	ck_assert_uint_eq(st_prog(&s, "not-plan")->record, id);
	ck_assert_str_eq(entry_answer(e, "signs"), "tired");
	ck_assert_str_eq(entry_answer(e, "after"), "better");
	ck_assert_int_eq(e->complete, 0);

	/* Kept again: the same record, with the new answers. */
	st_write(&s, "not-plan", "signs", "hungry");
	st_prog(&s, "not-plan")->state = PROGRESS_DONE;
	keep("not-plan", 1);
	ck_assert_uint_eq(st_count(d, ENTRY_RECORD, "not-plan"), 1);
	e = diary_latest(d, ENTRY_RECORD, "not-plan");
	ck_assert_uint_eq(e->id, id);
	ck_assert_str_eq(entry_answer(e, "signs"), "hungry");
	ck_assert_int_eq(e->complete, 1);
	ck_assert_uint_eq(st_count(d, ENTRY_RECORD, NULL), 1);
}
END_TEST

START_TEST(module_updates_the_record_kept_in_an_earlier_run)
{
	struct diary *d = st_diary(&s);
	struct entry *old = entry_new(ENTRY_RECORD);
	entry_set(old, &old->module, "not-plan");
	entry_set_answer(old, "signs", "before");
	struct diary_error err;
	uint64_t id = diary_add(d, old, &err);
	ck_assert_uint_ne(id, 0);
	ck_assert_uint_eq(st_prog(&s, "not-plan")->record, 0);
	st_write(&s, "not-plan", "signs", "now");
	keep("not-plan", 0);
	ck_assert_uint_eq(st_count(d, ENTRY_RECORD, "not-plan"), 1);
	ck_assert_uint_eq(st_prog(&s, "not-plan")->record, id);
	ck_assert_str_eq(entry_answer(diary_get(d, id), "signs"), "now");
}
END_TEST

START_TEST(module_taking_over_a_record_keeps_its_other_answers)
{
	/* Kept in an earlier run: signs and after; this run, before unlocking, only after. */
	struct diary *d = st_diary(&s);
	struct entry *old = entry_new(ENTRY_RECORD);
	entry_set(old, &old->module, "not-plan");
	entry_set_answer(old, "signs", "last week's signs");
	entry_set_answer(old, "after", "tired");
	old->complete = 1;
	struct diary_error err;
	uint64_t id = diary_add(d, old, &err);
	ck_assert_uint_ne(id, 0);
	st_write(&s, "not-plan", "after", "calmer");
	keep("not-plan", 0);
	ck_assert_uint_eq(st_count(d, ENTRY_RECORD, "not-plan"), 1);
	const struct entry *e = diary_get(d, id);
	ck_assert_ptr_nonnull(e);
	ck_assert_str_eq(entry_answer(e, "signs"), "last week's signs"); /* not lost */
	ck_assert_str_eq(entry_answer(e, "after"), "calmer");            /* this run's answer */
}
END_TEST

START_TEST(module_journal_gets_a_record_each_filling_in)
{
	struct diary *d = st_diary(&s);
	size_t j = st_index(&s, "journal");
	keep_set(&s, j, 1);
	st_write(&s, "journal", "note", "first");
	keep("journal", 0);
	keep("journal", 0); /* the same filling in: the same record */
	ck_assert_uint_eq(st_count(d, ENTRY_RECORD, "journal"), 1);
	s.prog[j].state = PROGRESS_DONE;
	keep("journal", 1);
	ck_assert_uint_eq(st_count(d, ENTRY_RECORD, "journal"), 1);

	/* Filled in again: a record of its own, the first one left as it was. */
	ck_assert_int_eq(keep_begin(&s, j), 0);
	st_write(&s, "journal", "note", "second");
	keep("journal", 0);
	ck_assert_uint_eq(st_count(d, ENTRY_RECORD, "journal"), 2);
	struct entry_list l = diary_select(d, ENTRY_RECORD, "journal");
	int firsts = 0, seconds = 0;
	for (size_t i = 0; i < l.n; i++) {
		firsts += strcmp(entry_answer(l.v[i], "note"), "first") == 0;
		seconds += strcmp(entry_answer(l.v[i], "note"), "second") == 0;
	}
	diary_list_free(&l);
	ck_assert_int_eq(firsts, 1);
	ck_assert_int_eq(seconds, 1);
}
END_TEST

START_TEST(module_fills_in_the_safety_plan)
{
	struct diary *d = st_diary(&s);
	st_write(&s, "plan", "signs", "staying up late");
	st_write(&s, "plan", "ask", "my sister");
	st_write(&s, "plan", "after", "calmer");
	keep("plan", 0);
	ck_assert_uint_eq(st_count(d, ENTRY_SAFETY_PLAN, NULL), 1);
	const struct entry *p = diary_latest(d, ENTRY_SAFETY_PLAN, NULL);
	ck_assert_str_eq(p->plan[PLAN_WARNING_SIGNS], "staying up late");
	ck_assert_str_eq(p->plan[PLAN_HELPERS], "my sister");
	ck_assert_ptr_null(p->plan[PLAN_ALONE]);
	for (int k = 0; k < PLAN__COUNT; k++)
		if (k != PLAN_WARNING_SIGNS && k != PLAN_HELPERS)
			ck_assert_ptr_null(p->plan[k]);
	uint64_t id = p->id;

	/* Kept again: the one plan, an emptied answer leaving its section as it was. */
	st_write(&s, "plan", "alone", "a walk");
	struct play pl;
	st_at(&pl, &s, "plan", "signs");
	answer_delete(play_answer(&pl), 0, play_answer(&pl)->len);
	keep("plan", 0);
	ck_assert_uint_eq(st_count(d, ENTRY_SAFETY_PLAN, NULL), 1);
	p = diary_latest(d, ENTRY_SAFETY_PLAN, NULL);
	ck_assert_uint_eq(p->id, id);
	ck_assert_str_eq(p->plan[PLAN_WARNING_SIGNS], "staying up late");
	ck_assert_str_eq(p->plan[PLAN_ALONE], "a walk");
	ck_assert_str_eq(p->plan[PLAN_HELPERS], "my sister");
}
END_TEST

START_TEST(module_with_the_plan_ids_fills_in_no_plan)
{
	struct diary *d = st_diary(&s);
	static const char *const ids[] = {"signs", "alone", "ask", "after"};
	for (size_t i = 0; i < 4; i++)
		st_write(&s, "not-plan", ids[i], "words");
	keep("not-plan", 1);
	ck_assert_uint_eq(st_count(d, ENTRY_RECORD, "not-plan"), 1);
	ck_assert_uint_eq(st_count(d, ENTRY_SAFETY_PLAN, NULL), 0);
	/* Nor does the plan module with no plan answer. */
	st_write(&s, "plan", "after", "calmer");
	keep("plan", 1);
	ck_assert_uint_eq(st_count(d, ENTRY_SAFETY_PLAN, NULL), 0);
}
END_TEST

START_TEST(module_that_lost_the_purpose_fills_in_no_plan)
{
	/* A later folder's safety plan module takes the purpose over. */
	struct diag dg;
	diag_init(&dg);
	ck_assert_int_eq(library_add_dir(s.lib, SESSION_OWN, ORIGIN_EXTRA, NULL, &dg), 0);
	ck_assert_int_eq(library_resolve(s.lib, &dg), 0);
	ck_assert_uint_eq(dg.errors, 0);
	diag_free(&dg);
	free(s.prog);
	s.prog = xcalloc(s.lib->n, sizeof *s.prog);
	ck_assert_ptr_eq(library_by_purpose(s.lib, PURPOSE_SAFETY_PLAN), st_mod(&s, "own-plan"));
	ck_assert_int_eq(st_mod(&s, "plan")->purpose, PURPOSE_NONE);
	ck_assert_ptr_nonnull(st_mod(&s, "plan")->steps[0].plan); /* its 'plan:' steps stay */

	struct diary *d = st_diary(&s);
	st_write(&s, "plan", "signs", "staying up late");
	st_write(&s, "plan", "alone", "a walk");
	keep("plan", 1);
	ck_assert_uint_eq(st_count(d, ENTRY_SAFETY_PLAN, NULL), 0);
	st_write(&s, "own-plan", "alone", "a bath");
	keep("own-plan", 1);
	ck_assert_uint_eq(st_count(d, ENTRY_SAFETY_PLAN, NULL), 1);
	const struct entry *p = diary_latest(d, ENTRY_SAFETY_PLAN, NULL);
	ck_assert_str_eq(p->plan[PLAN_ALONE], "a bath");
	ck_assert_ptr_null(p->plan[PLAN_WARNING_SIGNS]);
}
END_TEST

START_TEST(module_keeps_a_self_check_result_when_finished)
{
	struct diary *d = st_diary(&s);
	answer_choice("check", "often", "sometimes");
	answer_choice("check", "which", "two");
	keep("check", 0);
	ck_assert_uint_eq(st_count(d, ENTRY_RECORD, "check"), 1);
	ck_assert_uint_eq(st_count(d, ENTRY_SELFCHECK, NULL), 0);
	keep("check", 1);
	ck_assert_uint_eq(st_count(d, ENTRY_SELFCHECK, "check"), 1);
	const struct entry *e = diary_latest(d, ENTRY_SELFCHECK, "check");
	struct play pl;
	st_at(&pl, &s, "check", "often");
	ck_assert_int_eq(e->score, play_score(&pl));
	ck_assert_int_gt(e->score, 0);
	ck_assert_ptr_nonnull(play_band(&pl));
	ck_assert_str_eq(e->band, play_band(&pl)->title);
	/* Another module finished keeps no self-check result. */
	st_write(&s, "not-plan", "signs", "tired");
	keep("not-plan", 1);
	ck_assert_uint_eq(st_count(d, ENTRY_SELFCHECK, NULL), 1);
}
END_TEST

START_TEST(module_marks_homework_done_once_per_period)
{
	struct diary *d = st_diary(&s);
	char today[16];
	homework_date(homework_today(), today);
	static const char *const hw[] = {"once", "daily", "weekly"};
	for (size_t i = 0; i < 3; i++) {
		st_write(&s, hw[i], "line", "done it");
		keep(hw[i], 0);
		ck_assert_uint_eq(st_count(d, ENTRY_HOMEWORK, hw[i]), 0);
		keep(hw[i], 1);
		ck_assert_uint_eq(st_count(d, ENTRY_HOMEWORK, hw[i]), 1);
		ck_assert_str_eq(diary_latest(d, ENTRY_HOMEWORK, hw[i])->date, today);
		keep(hw[i], 1);
		ck_assert_msg(st_count(d, ENTRY_HOMEWORK, hw[i]) == 1, "%s marked twice", hw[i]);
	}
	/* Not homework: no mark. */
	st_write(&s, "not-plan", "signs", "tired");
	keep("not-plan", 1);
	ck_assert_uint_eq(st_count(d, ENTRY_HOMEWORK, NULL), 3);
}
END_TEST

START_TEST(homework_that_asks_nothing_is_done_when_finished)
{
	size_t r = st_index(&s, "reading");
	struct progress *p = st_prog(&s, "reading");
	struct diary *d = st_diary(&s);
	/* Asked once, in the words of a done mark, not of answers. */
	ck_assert_int_eq(keep_begin(&s, r), 1);
	const char *title, *answers[2];
	char *why = keep_question(st_mod(&s, "reading"), &title, answers);
	ck_assert_str_eq(title, "Mark this homework done in your diary?");
	ck_assert_ptr_nonnull(strstr(why, "*Homework, a reading*"));
	free(why);
	keep_set(&s, r, 1);
	/* Left part way: nothing to keep. */
	progress_open(p, st_mod(&s, "reading"));
	ck_assert_int_eq(keep_leave(&s, r), KEEP_LEAVE_NOTHING);
	/* Finished: the mark, and no record of answers there are none of. */
	p->state = PROGRESS_DONE;
	ck_assert_int_eq(keep_leave(&s, r), KEEP_LEAVE_SAVE);
	keep("reading", 1);
	ck_assert_uint_eq(st_count(d, ENTRY_HOMEWORK, "reading"), 1);
	ck_assert_uint_eq(st_count(d, ENTRY_RECORD, "reading"), 0);
	ck_assert_ptr_nonnull(homework_mark(d, st_mod(&s, "reading"), homework_today()));
	/* Said no: no mark. */
	keep_set(&s, r, 0);
	ck_assert_int_eq(keep_leave(&s, r), KEEP_LEAVE_NOTHING);
}
END_TEST

START_TEST(module_marks_daily_homework_again_the_next_day)
{
	struct diary *d = st_diary(&s);
	char yesterday[16];
	homework_date(homework_today() - 1, yesterday);
	struct entry *e = entry_new(ENTRY_HOMEWORK);
	entry_set(e, &e->module, "daily");
	entry_set(e, &e->date, yesterday);
	struct diary_error err;
	ck_assert_uint_ne(diary_add(d, e, &err), 0);
	st_write(&s, "daily", "line", "done it");
	keep("daily", 1);
	ck_assert_uint_eq(st_count(d, ENTRY_HOMEWORK, "daily"), 2);
}
END_TEST

static Suite *keep_suite(void)
{
	Suite *su = suite_create("keep");
	TCase *tc = tcase_create("ask");
	st_fixtures(tc, setup, teardown);
	tcase_add_test(tc, fresh_each_time_and_asks);
	tcase_add_test(tc, begin_asks_only_with_the_diary_open);
	tcase_add_test(tc, begin_restarts_a_journal_or_self_check_done);
	tcase_add_test(tc, set_records_the_answer);
	tcase_add_test(tc, question_and_offer_in_words);
	suite_add_tcase(su, tc);

	tc = tcase_create("leave");
	st_fixtures(tc, setup, teardown);
	tcase_add_test(tc, leave_without_a_diary_link);
	tcase_add_test(tc, leave_offers_to_unlock_a_closed_diary_once);
	tcase_add_test(tc, leave_offers_to_unlock_a_locked_diary);
	tcase_add_test(tc, leave_offers_a_diary_when_there_is_none);
	tcase_add_test(tc, leave_without_a_home_offers_nothing);
	tcase_add_test(tc, leave_with_the_diary_open);
	suite_add_tcase(su, tc);

	tc = tcase_create("module");
	st_fixtures(tc, setup, teardown);
	tcase_add_test(tc, module_without_the_diary_fails);
	tcase_add_test(tc, module_writes_its_record_and_replaces_it);
	tcase_add_test(tc, module_updates_the_record_kept_in_an_earlier_run);
	tcase_add_test(tc, module_taking_over_a_record_keeps_its_other_answers);
	tcase_add_test(tc, module_journal_gets_a_record_each_filling_in);
	tcase_add_test(tc, module_fills_in_the_safety_plan);
	tcase_add_test(tc, module_with_the_plan_ids_fills_in_no_plan);
	tcase_add_test(tc, module_that_lost_the_purpose_fills_in_no_plan);
	tcase_add_test(tc, module_keeps_a_self_check_result_when_finished);
	tcase_add_test(tc, module_marks_homework_done_once_per_period);
	tcase_add_test(tc, module_marks_daily_homework_again_the_next_day);
	tcase_add_test(tc, homework_that_asks_nothing_is_done_when_finished);
	suite_add_tcase(su, tc);
	return su;
}

int main(void)
{
	UNIT_NEED_TEST_BUILD(); /* weak key costs, or the test-only switches */
	return unit_run(keep_suite());
}
