/* SPDX-FileCopyrightText: 2026 The steady authors */
/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test_entry_words.c: diary entries in words (session/entry_words.c). */
#include "config.h"

#include <check.h>
#include <stdlib.h>
#include <string.h>

#include "session/entry_words.h"
#include "unit.h"

static struct option when_opts[] = {{.id = "morning", .label = "Morning"},
                                    {.id = "evening", .label = "Evening"}};
static struct step steps[] = {
        {.type = STEP_SCALE, .id = "urge", .prompt = "How strong?", .min = 0, .max = 10},
        {.type = STEP_CHOICE,
         .id = "when",
         .title = "When",
         .multiple = 1,
         .options = when_opts,
         .n_options = 2},
        {.type = STEP_TEXT, .id = "note", .prompt = "Anything else?"},
};
static struct module mod = {.id = "log", .title = "Trigger journal", .steps = steps, .n_steps = 3};
static struct module *mods[] = {&mod};
static struct library lib = {.mods = mods, .n = 1};

START_TEST(test_summary_journal)
{
	struct entry *e = entry_new(ENTRY_JOURNAL);
	entry_set(e, &e->text, "\n  First line\nsecond line");
	char *s = entry_words_summary(&lib, e);
	ck_assert_str_eq(s, "First line");
	free(s);
	entry_set(e, &e->title, "A hard evening");
	s = entry_words_summary(&lib, e);
	ck_assert_str_eq(s, "A hard evening");
	free(s);
	/* A long line is cut on a character boundary, never inside one. */
	char long_text[400];
	memset(long_text, 'a', 159);
	strcpy(long_text + 159, "\xc3\xa4rger and more");
	entry_set(e, &e->title, NULL);
	entry_set(e, &e->text, long_text);
	s = entry_words_summary(&lib, e);
	ck_assert_uint_eq(strlen(s), 159);
	free(s);
	entry_free(e);
}
END_TEST

START_TEST(test_summary_kinds)
{
	struct entry *e = entry_new(ENTRY_RECORD);
	entry_set(e, &e->module, "log");
	char *s = entry_words_summary(&lib, e);
	ck_assert_str_eq(s, "Trigger journal (left part way)");
	free(s);
	e->complete = 1;
	s = entry_words_summary(&lib, e);
	ck_assert_str_eq(s, "Trigger journal");
	free(s);
	/* A module no longer in the library is named by its id. */
	entry_set(e, &e->module, "gone");
	s = entry_words_summary(&lib, e);
	ck_assert_str_eq(s, "gone");
	free(s);
	entry_free(e);

	e = entry_new(ENTRY_SELFCHECK);
	entry_set(e, &e->module, "log");
	e->score = 7;
	s = entry_words_summary(&lib, e);
	ck_assert_str_eq(s, "Trigger journal: 7");
	free(s);
	entry_set(e, &e->band, "Some concern");
	s = entry_words_summary(&lib, e);
	ck_assert_str_eq(s, "Trigger journal: 7, Some concern");
	free(s);
	entry_free(e);

	e = entry_new(ENTRY_SAFETY_PLAN);
	s = entry_words_summary(NULL, e);
	ck_assert_str_eq(s, "My safety plan");
	free(s);
	entry_free(e);

	e = entry_new(ENTRY_HOMEWORK);
	entry_set(e, &e->module, "log");
	s = entry_words_summary(&lib, e);
	ck_assert_str_eq(s, "Trigger journal, done");
	free(s);
	entry_free(e);
}
END_TEST

START_TEST(test_answers)
{
	char *s = entry_words_answer(&steps[0], "7");
	ck_assert_str_eq(s, "7 (from 0 to 10)");
	free(s);
	s = entry_words_answer(&steps[1], "evening,morning");
	ck_assert_str_eq(s, "Morning; Evening");
	free(s);
	/* An option taken out of the module since: said so, never its id. */
	s = entry_words_answer(&steps[1], "night");
	ck_assert_str_eq(s, "1 option no longer in this module");
	free(s);
	s = entry_words_answer(&steps[1], "evening,night,noon");
	ck_assert_str_eq(s, "Evening; 2 options no longer in this module");
	free(s);
	s = entry_words_answer(&steps[2], "a walk");
	ck_assert_str_eq(s, "a walk");
	free(s);
	/* An option on its own, as the charts name it. */
	ck_assert_str_eq(entry_words_option(&steps[1], "evening"), "Evening");
	ck_assert_str_eq(entry_words_option(&steps[1], "night"),
	                 "An option no longer in this module");
	ck_assert_str_eq(entry_words_option(NULL, "night"), "An option no longer in this module");
	/* A question gone: what someone wrote stays, ids and numbers are not words. */
	s = entry_words_answer(NULL, "as kept");
	ck_assert_str_eq(s, "as kept");
	free(s);
	s = entry_words_answer(NULL, "bored,stressed");
	ck_assert_str_eq(s, "(an answer given before the module changed)");
	free(s);
	s = entry_words_answer(NULL, "7");
	ck_assert_str_eq(s, "7");
	free(s);
}
END_TEST

START_TEST(test_question_and_when)
{
	ck_assert_str_eq(entry_words_question(&mod, "urge"), "How strong?");
	ck_assert_str_eq(entry_words_question(&mod, "when"), "When");
	ck_assert_str_eq(entry_words_question(&mod, "gone"), "A question no longer in this module");
	ck_assert_str_eq(entry_words_question(NULL, "urge"),
	                 "A question of a module that is not added now");
	setenv("TZ", "UTC", 1);
	struct entry *e = entry_new(ENTRY_JOURNAL);
	e->created = entry_time_local(1795958700); /* 2026-11-29 13:25 UTC */
	char at[32];
	entry_words_when(e, at);
	ck_assert_str_eq(at, "2026-11-29 13:25");
	/* Changed only once edited after it was made. */
	e->edited = e->created;
	ck_assert_ptr_null(entry_words_changed(e));
	e->edited = entry_time_local(1796045520); /* 2026-11-30 13:32 UTC */
	char *c = entry_words_changed(e);
	ck_assert_str_eq(c, "Changed 2026-11-30 13:32");
	free(c);
	entry_free(e);
}
END_TEST

START_TEST(test_module)
{
	struct entry *e = entry_new(ENTRY_RECORD);
	ck_assert_ptr_null(entry_words_module(&lib, e)); /* about no module */
	entry_set(e, &e->module, "log");
	ck_assert_ptr_eq(entry_words_module(&lib, e), &mod);
	ck_assert_ptr_null(entry_words_module(NULL, e));
	entry_set(e, &e->module, "gone");
	ck_assert_ptr_null(entry_words_module(&lib, e));
	entry_free(e);
}
END_TEST

int main(void)
{
	library_reindex(&lib);
	Suite *s = suite_create("entry_words");
	TCase *tc = tcase_create("entry_words");
	tcase_add_test(tc, test_summary_journal);
	tcase_add_test(tc, test_summary_kinds);
	tcase_add_test(tc, test_answers);
	tcase_add_test(tc, test_module);
	tcase_add_test(tc, test_question_and_when);
	suite_add_tcase(s, tc);
	int rc = unit_run(s);
	free(lib.slots);
	return rc;
}
