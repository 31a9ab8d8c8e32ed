/* SPDX-FileCopyrightText: 2026 The steady authors */
/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * test_progress.c: this run's answers (session/progress.c): room made once
 * per module, wiped and restarted, what counts as answered, the
 * self-check total, and free text grown and cut within its limit.
 */
#include "config.h"

#include <check.h>
#include <stdlib.h>
#include <string.h>

#include "session/progress.h"
#include "unit.h"

static struct option yes_no[] = {{.id = "yes", .label = "Yes", .score = 2},
                                 {.id = "no", .label = "No", .score = 0}};
static struct option signs[] = {{.id = "a", .label = "A", .score = 1},
                                {.id = "b", .label = "B", .score = 3},
                                {.id = "c", .label = "C", .score = -1}};
static struct option items[] = {{.id = "x", .label = "X", .score = 50},
                                {.id = "y", .label = "Y", .score = 50}};
static struct step steps[] = {
        {.type = STEP_PAGE, .text = "Hello"},
        {.type = STEP_SCALE, .id = "urge", .prompt = "How strong?", .min = 0, .max = 10},
        {.type = STEP_CHOICE, .id = "often", .prompt = "?", .options = yes_no, .n_options = 2},
        {.type = STEP_CHOICE,
         .id = "which",
         .prompt = "?",
         .multiple = 1,
         .options = signs,
         .n_options = 3},
        {.type = STEP_TEXT, .id = "note", .prompt = "Anything else?"},
        {.type = STEP_TIMER, .seconds = 10},
        {.type = STEP_CHECKLIST, .id = "ticks", .options = items, .n_options = 2},
};
enum { PAGE, SCALE, SINGLE, MULTI, TEXT, TIMER, CHECKLIST, N_STEPS };
static struct module mod = {.id = "test", .title = "Test", .steps = steps, .n_steps = N_STEPS};

static struct progress p;

static void setup(void)
{
	memset(&p, 0, sizeof p);
}

static void teardown(void)
{
	progress_wipe(&p);
}

START_TEST(open_makes_room_once)
{
	progress_open(&p, &mod);
	ck_assert_int_eq(p.state, PROGRESS_STARTED);
	ck_assert_uint_eq(p.n, mod.n_steps);
	ck_assert_ptr_nonnull(p.answers);
	for (size_t i = 0; i < mod.n_steps; i++) {
		ck_assert_uint_eq(p.answers[i].n_chosen, steps[i].n_options);
		ck_assert_int_eq(p.answers[i].chosen == NULL, steps[i].n_options == 0);
		for (size_t k = 0; k < p.answers[i].n_chosen; k++)
			ck_assert_int_eq(p.answers[i].chosen[k], 0); /* nothing chosen for them */
	}
	/* Opened again: the same answers, and a module done stays done. */
	struct answer *a = p.answers;
	a[SCALE].set = 1;
	p.state = PROGRESS_DONE;
	progress_open(&p, &mod);
	ck_assert_ptr_eq(p.answers, a);
	ck_assert_int_eq(p.answers[SCALE].set, 1);
	ck_assert_int_eq(p.state, PROGRESS_DONE);
}
END_TEST

START_TEST(wipe_and_restart)
{
	progress_open(&p, &mod);
	ck_assert_int_eq(answer_insert(&p.answers[TEXT], 0, "secret", 6), 0);
	p.answers[SINGLE].chosen[0] = 1;
	p.step = 3;
	p.record = 12;
	p.keep = KEEP_YES;
	progress_restart(&p);
	ck_assert_int_eq(p.state, PROGRESS_NONE);
	ck_assert_ptr_null(p.answers);
	ck_assert_uint_eq(p.n, 0);
	ck_assert_uint_eq(p.step, 0);
	ck_assert_uint_eq(p.record, 0);
	ck_assert_int_eq(p.keep, KEEP_YES); /* asked once per run, not per filling in */

	progress_open(&p, &mod);
	p.keep = KEEP_NO;
	progress_wipe(&p);
	struct progress zero;
	memset(&zero, 0, sizeof zero);
	ck_assert_int_eq(memcmp(&p, &zero, sizeof p), 0);
	progress_wipe(&p); /* twice is fine */
}
END_TEST

/* What of a text is kept: no blank lines before or after it. */
START_TEST(text_kept_trims_blank_lines)
{
	size_t from;
	const char *t = "\n \n  indented\n\nmiddle\n\t\n\n";
	size_t len = text_kept(t, strlen(t), &from);
	ck_assert_uint_eq(from, 3);
	ck_assert_uint_eq(len, strlen("  indented\n\nmiddle"));
	ck_assert_int_eq(strncmp(t + from, "  indented\n\nmiddle", len), 0);
	ck_assert_uint_eq(text_kept("\n\n  \n", 5, &from), 0);
	ck_assert_uint_eq(text_kept("", 0, &from), 0);
	ck_assert_uint_eq(text_kept("one", 3, &from), 3);
	ck_assert_uint_eq(from, 0);
}
END_TEST

START_TEST(answered_by_kind_of_step)
{
	ck_assert_int_eq(progress_answered(&p, &mod, SCALE), 0); /* not opened */
	ck_assert_int_eq(progress_any(&p, &mod), 0);
	progress_open(&p, &mod);
	for (size_t i = 0; i < N_STEPS; i++)
		ck_assert_int_eq(progress_answered(&p, &mod, i), 0);
	ck_assert_int_eq(progress_any(&p, &mod), 0);

	p.answers[SCALE].value = 4; /* a value not chosen is no answer */
	ck_assert_int_eq(progress_answered(&p, &mod, SCALE), 0);
	p.answers[SCALE].set = 1;
	p.answers[SCALE].value = 0; /* zero chosen is one */
	ck_assert_int_eq(progress_answered(&p, &mod, SCALE), 1);

	p.answers[MULTI].chosen[2] = 1;
	ck_assert_int_eq(progress_answered(&p, &mod, MULTI), 1);
	p.answers[CHECKLIST].chosen[1] = 1;
	ck_assert_int_eq(progress_answered(&p, &mod, CHECKLIST), 1);
	ck_assert_int_eq(progress_answered(&p, &mod, SINGLE), 0);
	ck_assert_int_eq(answer_insert(&p.answers[TEXT], 0, "x", 1), 0);
	ck_assert_int_eq(progress_answered(&p, &mod, TEXT), 1);
	answer_delete(&p.answers[TEXT], 0, 1);
	ck_assert_int_eq(progress_answered(&p, &mod, TEXT), 0);
	/* Only blank lines is nothing written. */
	ck_assert_int_eq(answer_insert(&p.answers[TEXT], 0, "\n \n\t", 4), 0);
	ck_assert_int_eq(progress_answered(&p, &mod, TEXT), 0);
	answer_delete(&p.answers[TEXT], 0, 4);

	/* Pages and timers ask nothing; past the end there is nothing. */
	ck_assert_int_eq(progress_answered(&p, &mod, PAGE), 0);
	ck_assert_int_eq(progress_answered(&p, &mod, TIMER), 0);
	ck_assert_int_eq(progress_answered(&p, &mod, N_STEPS), 0);
	ck_assert_int_eq(progress_any(&p, &mod), 1);

	/* Only one answer, to the last step: any sees it. */
	progress_wipe(&p);
	progress_open(&p, &mod);
	p.answers[CHECKLIST].chosen[0] = 1;
	ck_assert_int_eq(progress_any(&p, &mod), 1);
}
END_TEST

START_TEST(score_adds_the_chosen_options)
{
	ck_assert_int_eq(progress_score(&p, &mod), 0);
	progress_open(&p, &mod);
	ck_assert_int_eq(progress_score(&p, &mod), 0);
	p.answers[SINGLE].chosen[0] = 1;
	ck_assert_int_eq(progress_score(&p, &mod), yes_no[0].score);
	p.answers[MULTI].chosen[1] = 1;
	p.answers[MULTI].chosen[2] = 1;
	ck_assert_int_eq(progress_score(&p, &mod),
	                 yes_no[0].score + signs[1].score + signs[2].score);
	/* A checklist's items and a scale are not scored. */
	p.answers[CHECKLIST].chosen[0] = 1;
	p.answers[SCALE].set = 1;
	p.answers[SCALE].value = 9;
	ck_assert_int_eq(progress_score(&p, &mod),
	                 yes_no[0].score + signs[1].score + signs[2].score);
}
END_TEST

START_TEST(insert_grows_the_text)
{
	progress_open(&p, &mod);
	struct answer *a = &p.answers[TEXT];
	ck_assert_int_eq(answer_insert(a, 0, "", 0), 0);
	ck_assert_ptr_null(a->text); /* nothing written: still empty */
	ck_assert_int_eq(answer_insert(a, 0, "tea", 3), 0);
	ck_assert_int_eq(answer_insert(a, 0, "a ", 2), 0);
	ck_assert_int_eq(answer_insert(a, 99, " walk", 5), 0); /* past the end: at the end */
	ck_assert_int_eq(answer_insert(a, 5, " and a", 6), 0);
	ck_assert_str_eq(a->text, "a tea and a walk");
	ck_assert_uint_eq(a->len, strlen(a->text));

	/* Across the first buffer's end, what was there stays. */
	char big[1000];
	memset(big, 'z', sizeof big);
	ck_assert_int_eq(answer_insert(a, 0, big, sizeof big), 0);
	ck_assert_uint_eq(a->len, sizeof big + 16);
	ck_assert_uint_gt(a->cap, a->len);
	ck_assert_str_eq(a->text + sizeof big, "a tea and a walk");
	ck_assert_int_eq(a->text[0], 'z');
}
END_TEST

START_TEST(insert_stops_at_the_limit)
{
	progress_open(&p, &mod);
	struct answer *a = &p.answers[TEXT];
	char *big = malloc(ANSWER_MAX_TEXT + 1);
	ck_assert_ptr_nonnull(big);
	memset(big, 'q', ANSWER_MAX_TEXT + 1);
	ck_assert_int_eq(answer_insert(a, 0, big, ANSWER_MAX_TEXT + 1), -1);
	ck_assert_uint_eq(a->len, 0);
	ck_assert_int_eq(answer_insert(a, 0, big, ANSWER_MAX_TEXT - 1), 0);
	ck_assert_int_eq(answer_insert(a, 0, "ab", 2), -1); /* one byte too many: none */
	ck_assert_uint_eq(a->len, ANSWER_MAX_TEXT - 1);
	ck_assert_int_eq(a->text[0], 'q');
	ck_assert_int_eq(answer_insert(a, 0, "a", 1), 0); /* exactly the limit */
	ck_assert_uint_eq(a->len, ANSWER_MAX_TEXT);
	ck_assert_int_eq(a->text[ANSWER_MAX_TEXT], '\0');
	free(big);
}
END_TEST

START_TEST(delete_cuts_and_wipes)
{
	progress_open(&p, &mod);
	struct answer *a = &p.answers[TEXT];
	answer_delete(a, 0, 3); /* nothing there: nothing happens */
	ck_assert_int_eq(answer_insert(a, 0, "abcdef", 6), 0);
	answer_delete(a, 1, 4);
	ck_assert_str_eq(a->text, "aef");
	ck_assert_uint_eq(a->len, 3);
	/* The bytes that fell off the end are gone from the buffer (all the text took). */
	for (size_t i = 0; i <= 6; i++)
		ck_assert_msg(a->text[i] != 'b' && a->text[i] != 'c' && a->text[i] != 'd',
		              "'%c' left at %zu", a->text[i], i);
	/* Cut from the end, nothing of it stays behind the new end either. */
	ck_assert_int_eq(answer_insert(a, 3, "xyz", 3), 0);
	ck_assert_str_eq(a->text, "aefxyz");
	answer_delete(a, 3, 6);
	ck_assert_str_eq(a->text, "aef");
	for (size_t i = 0; i <= 6; i++)
		ck_assert_msg(a->text[i] != 'x' && a->text[i] != 'y' && a->text[i] != 'z',
		              "'%c' left at %zu", a->text[i], i);
	answer_delete(a, 2, 1); /* backwards: nothing */
	answer_delete(a, 3, 9); /* from the end: nothing */
	ck_assert_str_eq(a->text, "aef");
	answer_delete(a, 1, 99); /* past the end: to the end */
	ck_assert_str_eq(a->text, "a");
	ck_assert_uint_eq(a->len, 1);
	answer_delete(a, 0, 1);
	ck_assert_uint_eq(a->len, 0);
	ck_assert_str_eq(a->text, "");
}
END_TEST

static Suite *progress_suite(void)
{
	Suite *s = suite_create("progress");
	TCase *tc = tcase_create("progress");
	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_add_test(tc, open_makes_room_once);
	tcase_add_test(tc, wipe_and_restart);
	tcase_add_test(tc, answered_by_kind_of_step);
	tcase_add_test(tc, score_adds_the_chosen_options);
	tcase_add_test(tc, insert_grows_the_text);
	tcase_add_test(tc, insert_stops_at_the_limit);
	tcase_add_test(tc, delete_cuts_and_wipes);
	tcase_add_test(tc, text_kept_trims_blank_lines);
	suite_add_tcase(s, tc);
	return s;
}

int main(void)
{
	return unit_run(progress_suite());
}
