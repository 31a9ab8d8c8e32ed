/* SPDX-FileCopyrightText: 2026 The steady authors */
/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test_record.c: module answers to diary entries and back (ui/record.c). */
#include "config.h"

#include <check.h>
#include <stdlib.h>
#include <string.h>

#include "session/record.h"
#include "unit.h"

static struct option when_opts[] = {{.id = "morning", .label = "Morning"},
                                    {.id = "evening", .label = "Evening"}};
static struct option feel_opts[] = {{.id = "bored", .label = "Bored"},
                                    {.id = "lonely", .label = "Lonely"},
                                    {.id = "tired", .label = "Tired"}};
static struct step steps[] = {
        {.type = STEP_PAGE, .text = "Hello"},
        {.type = STEP_SCALE, .id = "urge", .prompt = "How strong?", .min = 0, .max = 10},
        {.type = STEP_CHOICE,
         .id = "when",
         .prompt = "When?",
         .options = when_opts,
         .n_options = 2},
        {.type = STEP_CHOICE,
         .id = "feel",
         .prompt = "Feel?",
         .multiple = 1,
         .options = feel_opts,
         .n_options = 3},
        {.type = STEP_TEXT, .id = "note", .prompt = "Anything else?"},
        {.type = STEP_TEXT, .id = "ask", .prompt = "Who can you ask?", .plan = "helpers"},
};
static struct module mod = {.id = "test", .title = "Test", .steps = steps, .n_steps = 6};

static struct progress p;

static void setup(void)
{
	memset(&p, 0, sizeof p);
	progress_open(&p, &mod);
}

static void teardown(void)
{
	progress_wipe(&p);
}

static void answer_all(void)
{
	p.answers[1].set = 1;
	p.answers[1].value = 7;
	p.answers[2].chosen[1] = 1;
	p.answers[3].chosen[0] = 1;
	p.answers[3].chosen[2] = 1;
	answer_insert(&p.answers[4], 0, "a walk, then tea", 16);
	p.step = 4;
}

START_TEST(test_asks)
{
	ck_assert_int_eq(record_module_asks(&mod), 1);
	struct module pages = {.id = "p", .steps = steps, .n_steps = 1};
	ck_assert_int_eq(record_module_asks(&pages), 0);
}
END_TEST

START_TEST(test_fill)
{
	answer_all();
	struct entry *e = entry_new(ENTRY_RECORD);
	record_fill(e, &mod, &p);
	ck_assert_str_eq(entry_answer(e, "urge"), "7");
	ck_assert_str_eq(entry_answer(e, "when"), "evening");
	ck_assert_str_eq(entry_answer(e, "feel"), "bored,tired");
	ck_assert_str_eq(entry_answer(e, "note"), "a walk, then tea");
	ck_assert_ptr_null(entry_answer(e, "ask")); /* unanswered: left out */
	answer_insert(&p.answers[5], 0, "\n\n", 2);
	record_fill(e, &mod, &p);
	ck_assert_ptr_null(entry_answer(e, "ask")); /* only line breaks: left out too */
	ck_assert_uint_eq(e->n_answers, 4);
	ck_assert_int_eq(e->complete, 0);
	ck_assert_uint_eq(e->step, 4);
	p.state = PROGRESS_DONE;
	record_fill(e, &mod, &p);
	ck_assert_int_eq(e->complete, 1);
	ck_assert_uint_eq(e->n_answers, 4); /* answers replaced, not repeated */
	entry_free(e);
}
END_TEST

START_TEST(test_round_trip)
{
	answer_all();
	struct entry *e = entry_new(ENTRY_RECORD);
	e->id = 42;
	record_fill(e, &mod, &p);
	struct progress q;
	memset(&q, 0, sizeof q);
	record_load(&q, &mod, e);
	ck_assert_int_eq(q.state, PROGRESS_STARTED);
	ck_assert_uint_eq(q.step, 4);
	ck_assert_uint_eq(q.record, 42);
	ck_assert_int_eq(q.answers[1].set, 1);
	ck_assert_int_eq(q.answers[1].value, 7);
	ck_assert_int_eq(q.answers[2].chosen[0], 0);
	ck_assert_int_eq(q.answers[2].chosen[1], 1);
	ck_assert_int_eq(q.answers[3].chosen[0], 1);
	ck_assert_int_eq(q.answers[3].chosen[1], 0);
	ck_assert_int_eq(q.answers[3].chosen[2], 1);
	ck_assert_str_eq(q.answers[4].text, "a walk, then tea");
	ck_assert_uint_eq(q.answers[5].len, 0);
	progress_wipe(&q);
	entry_free(e);
}
END_TEST

START_TEST(test_load_skips_what_no_longer_fits)
{
	struct entry *e = entry_new(ENTRY_RECORD);
	entry_set_answer(e, "urge", "12");           /* past the scale */
	entry_set_answer(e, "when", "noon,evening"); /* "noon" is gone; one is kept */
	entry_set_answer(e, "feel", "angry");        /* no such option */
	entry_set_answer(e, "gone", "a question removed");
	e->complete = 1;
	e->step = 99;
	struct progress q;
	memset(&q, 0, sizeof q);
	record_load(&q, &mod, e);
	ck_assert_int_eq(q.answers[1].set, 0);
	ck_assert_int_eq(q.answers[2].chosen[1], 1);
	ck_assert_int_eq(q.answers[3].chosen[0] + q.answers[3].chosen[1] + q.answers[3].chosen[2],
	                 0);
	ck_assert_int_eq(q.state, PROGRESS_DONE);
	ck_assert_uint_eq(q.step, 0);
	progress_wipe(&q);
	entry_free(e);
}
END_TEST

START_TEST(test_plan_sections)
{
	/* The section comes from the step's 'plan:', never from its id. */
	struct step t = {.type = STEP_TEXT, .id = "ask"};
	ck_assert_int_eq(record_plan_section(&t), -1);
	static const struct {
		const char *plan;
		int section;
	} want[] = {{"warning-signs", PLAN_WARNING_SIGNS}, {"alone", PLAN_ALONE},
	            {"distract", PLAN_DISTRACT},           {"helpers", PLAN_HELPERS},
	            {"professionals", PLAN_PROFESSIONALS}, {"surroundings", PLAN_SURROUNDINGS}};
	for (size_t i = 0; i < sizeof want / sizeof want[0]; i++) {
		t.plan = (char *)want[i].plan;
		ck_assert_int_eq(record_plan_section(&t), want[i].section);
	}
	t.plan = "ready";
	ck_assert_int_eq(record_plan_section(&t), -1);
	/* Only a text step fills a section. */
	struct step sc = {.type = STEP_SCALE, .plan = "alone"};
	ck_assert_int_eq(record_plan_section(&sc), -1);
	ck_assert_int_eq(record_plan_section(NULL), -1);
}
END_TEST

START_TEST(test_fill_plan_keeps_unanswered)
{
	struct entry *plan = entry_new(ENTRY_SAFETY_PLAN);
	entry_set(plan, &plan->plan[PLAN_ALONE], "an older answer");
	entry_set(plan, &plan->plan[PLAN_HELPERS], "my sister");
	answer_insert(&p.answers[4], 0, " \n", 2); /* not a plan step, and blank */
	answer_insert(&p.answers[5], 0, "\n", 1);  /* blank: the plan keeps its own */
	ck_assert_uint_eq(record_fill_plan(plan, &mod, &p), 0);
	ck_assert_str_eq(plan->plan[PLAN_HELPERS], "my sister");
	answer_delete(&p.answers[5], 0, 1);
	answer_insert(&p.answers[5], 0, "my brother", 10);
	ck_assert_uint_eq(record_fill_plan(plan, &mod, &p), 1);
	ck_assert_str_eq(plan->plan[PLAN_HELPERS], "my brother");
	ck_assert_str_eq(plan->plan[PLAN_ALONE], "an older answer");
	ck_assert_ptr_null(plan->plan[PLAN_WARNING_SIGNS]);
	entry_free(plan);
}
END_TEST

START_TEST(test_restart_keeps_the_choice)
{
	answer_all();
	p.keep = KEEP_YES;
	p.record = 9;
	ck_assert_int_eq(progress_any(&p, &mod), 1);
	progress_restart(&p);
	ck_assert_int_eq(p.keep, KEEP_YES);
	ck_assert_uint_eq(p.record, 0);
	ck_assert_int_eq(p.state, PROGRESS_NONE);
	ck_assert_int_eq(progress_any(&p, &mod), 0);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("record");
	TCase *tc = tcase_create("record");
	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_add_test(tc, test_asks);
	tcase_add_test(tc, test_fill);
	tcase_add_test(tc, test_round_trip);
	tcase_add_test(tc, test_load_skips_what_no_longer_fits);
	tcase_add_test(tc, test_plan_sections);
	tcase_add_test(tc, test_fill_plan_keeps_unanswered);
	tcase_add_test(tc, test_restart_keeps_the_choice);
	suite_add_tcase(s, tc);
	return unit_run(s);
}
