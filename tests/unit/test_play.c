/* SPDX-FileCopyrightText: 2026 The steady authors */
/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * test_play.c: the rules of playing a module (session/play.c): where it
 * starts, what must be answered before going on, the result page of a
 * self-check, its total and band, and which links exist.
 */
#include "config.h"

#include <check.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>

#include "content/module_load.h"
#include "diary/entry.h"
#include "session/play.h"
#include "session/record.h"
#include "session_test.h"
#include "unit.h"

static struct library *lib;
static struct progress prog;
static struct play pl;

static void setup(void)
{
	lib = st_library(SESSION_DATA);
	memset(&prog, 0, sizeof prog);
}

static void teardown(void)
{
	progress_wipe(&prog);
	library_free(lib);
	free(lib);
}

static const struct module *mod(const char *id)
{
	const struct module *m = library_find(lib, id);
	ck_assert_msg(m != NULL, "no module %s", id);
	return m;
}

/* The index of the step of this id in m. */
static size_t step_of(const struct module *m, const char *id)
{
	for (size_t k = 0; k < m->n_steps; k++)
		if (m->steps[k].id && strcmp(m->steps[k].id, id) == 0)
			return k;
	ck_abort_msg("%s has no step %s", m->id, id);
	return 0;
}

/* Plays module id at the step of the given id. */
static const struct module *play_at(const char *id, const char *step)
{
	const struct module *m = mod(id);
	play_start(&pl, lib, m, &prog, step ? step_of(m, step) : 0, NULL);
	return m;
}

/* The option of this id in a step. */
static size_t option_of(const struct step *s, const char *id)
{
	for (size_t k = 0; k < s->n_options; k++)
		if (strcmp(s->options[k].id, id) == 0)
			return k;
	ck_abort_msg("no option %s", id);
	return 0;
}

static void choose(const char *id)
{
	ck_assert_int_eq(play_choose(&pl, option_of(play_step(&pl), id)), 0);
}

START_TEST(start_at_a_step_or_past_the_end)
{
	const struct module *m = mod("play");
	play_start(&pl, lib, m, &prog, 3, NULL);
	ck_assert_uint_eq(pl.step, 3);
	ck_assert_uint_eq(prog.step, 3);
	ck_assert_int_eq(prog.state, PROGRESS_STARTED);
	ck_assert_uint_eq(prog.n, m->n_steps);
	ck_assert_ptr_eq(play_step(&pl), &m->steps[3]);
	ck_assert_ptr_eq(play_answer(&pl), &prog.answers[3]);

	/* An answer given before is still there when the module is started again. */
	play_goto(&pl, step_of(m, "strength"));
	ck_assert_int_eq(play_set_value(&pl, 2), 0);
	play_start(&pl, lib, m, &prog, m->n_steps, NULL);
	ck_assert_uint_eq(pl.step, 0);
	ck_assert_uint_eq(prog.step, 0);
	ck_assert_int_eq(prog.answers[step_of(m, "strength")].set, 1);
	play_start(&pl, lib, m, &prog, (size_t)-1, NULL);
	ck_assert_uint_eq(pl.step, 0);
	play_start(&pl, lib, m, &prog, m->n_steps - 1, NULL);
	ck_assert_uint_eq(pl.step, m->n_steps - 1);

	/* The result page is no place to start: the beginning is. */
	const struct module *c = mod("check");
	struct progress q;
	memset(&q, 0, sizeof q);
	play_start(&pl, lib, c, &q, c->n_steps, NULL);
	ck_assert_uint_eq(pl.step, 0);
	progress_wipe(&q);
}
END_TEST

START_TEST(total_counts_the_result_page)
{
	const struct module *m = play_at("play", NULL);
	ck_assert_uint_eq(play_total(&pl), m->n_steps);
	progress_wipe(&prog);
	const struct module *c = play_at("check", NULL);
	ck_assert_uint_eq(play_total(&pl), c->n_steps + 1);
	play_goto(&pl, c->n_steps);
	ck_assert_uint_eq(pl.step, c->n_steps);
	ck_assert_ptr_null(play_step(&pl));
	ck_assert_ptr_null(play_answer(&pl));
}
END_TEST

/* Going on from the current step is refused with need until answer() is done. */
static void refused_until(enum play_need want, void (*answer)(void))
{
	size_t at = pl.step;
	enum play_need need = PLAY_OK;
	ck_assert_int_eq(play_needs(&pl), want);
	ck_assert_int_eq(play_next(&pl, &need), -1);
	ck_assert_int_eq(need, want);
	ck_assert_ptr_nonnull(play_need_text(need));
	ck_assert_int_eq(play_next(&pl, NULL), -1);
	ck_assert_uint_eq(pl.step, at);
	ck_assert_uint_eq(prog.step, at);
	answer();
	ck_assert_int_eq(play_needs(&pl), PLAY_OK);
	ck_assert_int_eq(play_next(&pl, &need), 0);
	ck_assert_int_eq(need, PLAY_OK);
	ck_assert_uint_eq(pl.step, at + 1);
	ck_assert_uint_eq(prog.step, at + 1);
}

static void give_number(void)
{
	ck_assert_int_eq(play_set_value(&pl, play_step(&pl)->min), 0);
}

static void give_choice(void)
{
	ck_assert_int_eq(play_choose(&pl, play_step(&pl)->n_options - 1), 0);
}

static void give_text(void)
{
	ck_assert_int_eq(answer_insert(play_answer(&pl), 0, "tea", 3), 0);
}

START_TEST(next_refuses_a_required_question_unanswered)
{
	const struct module *m = play_at("play", "strength");
	refused_until(PLAY_NEED_NUMBER, give_number);
	ck_assert_uint_eq(pl.step, step_of(m, "single"));
	refused_until(PLAY_NEED_CHOICE, give_choice);
	ck_assert_uint_eq(pl.step, step_of(m, "several"));
	refused_until(PLAY_NEED_CHOICE, give_choice);
	ck_assert_uint_eq(pl.step, step_of(m, "notes"));
	refused_until(PLAY_NEED_TEXT, give_text);

	/* Each need has its own sentence; going on needs none. */
	ck_assert_ptr_null(play_need_text(PLAY_OK));
	const char *t[] = {play_need_text(PLAY_NEED_NUMBER), play_need_text(PLAY_NEED_TEXT),
	                   play_need_text(PLAY_NEED_CHOICE)};
	ck_assert_str_ne(t[0], t[1]);
	ck_assert_str_ne(t[0], t[2]);
	ck_assert_str_ne(t[1], t[2]);
}
END_TEST

START_TEST(next_allows_optional_questions_checklists_and_pages)
{
	const struct module *m = play_at("play", NULL);
	enum play_need need = PLAY_NEED_TEXT;
	ck_assert_int_eq(play_next(&pl, &need), 0); /* the page */
	ck_assert_int_eq(need, PLAY_OK);
	static const char *const skippable[] = {"maybe-scale", "maybe-choice", "maybe-text",
	                                        "ticks"};
	for (size_t i = 0; i < sizeof skippable / sizeof skippable[0]; i++) {
		size_t k = step_of(m, skippable[i]);
		play_goto(&pl, k);
		need = PLAY_NEED_TEXT;
		ck_assert_msg(play_next(&pl, &need) == 0, "%s was not skipped", skippable[i]);
		ck_assert_int_eq(need, PLAY_OK);
		ck_assert_uint_eq(pl.step, k + 1);
		ck_assert_int_eq(progress_answered(&prog, m, k), 0);
	}
}
END_TEST

START_TEST(next_returns_1_at_the_end)
{
	const struct module *m = play_at("play", NULL);
	play_goto(&pl, m->n_steps - 1);
	ck_assert_int_eq(play_next(&pl, NULL), 1);
	ck_assert_uint_eq(pl.step, m->n_steps - 1);

	/* A self-check goes on from its last question to the result page, then ends. */
	progress_wipe(&prog);
	const struct module *c = play_at("check", "mood");
	ck_assert_uint_eq(pl.step, c->n_steps - 1);
	ck_assert_int_eq(play_set_value(&pl, 3), 0);
	ck_assert_int_eq(play_next(&pl, NULL), 0);
	ck_assert_uint_eq(pl.step, c->n_steps);
	ck_assert_uint_eq(prog.step, 0);
	ck_assert_int_eq(play_next(&pl, NULL), 1);
	ck_assert_uint_eq(pl.step, c->n_steps);
}
END_TEST

START_TEST(back_stops_at_the_first_step)
{
	play_at("play", NULL);
	play_back(&pl);
	ck_assert_uint_eq(pl.step, 0);
	ck_assert_uint_eq(prog.step, 0);
	play_goto(&pl, 2);
	play_back(&pl);
	ck_assert_uint_eq(pl.step, 1);
	ck_assert_uint_eq(prog.step, 1);
	play_back(&pl);
	play_back(&pl);
	ck_assert_uint_eq(pl.step, 0);
}
END_TEST

START_TEST(goto_records_the_place_to_continue)
{
	const struct module *m = play_at("play", NULL);
	for (size_t k = 0; k < m->n_steps; k++) {
		play_goto(&pl, k);
		ck_assert_uint_eq(pl.step, k);
		ck_assert_uint_eq(prog.step, k);
	}
	play_goto(&pl, 4);
	play_goto(&pl, m->n_steps); /* not a step of a module without a result page */
	ck_assert_uint_eq(pl.step, 4);
	ck_assert_uint_eq(prog.step, 4);

	progress_wipe(&prog);
	const struct module *c = play_at("check", NULL);
	play_goto(&pl, 2);
	ck_assert_uint_eq(prog.step, 2);
	play_goto(&pl, c->n_steps); /* the result page: the next open starts at the beginning */
	ck_assert_uint_eq(pl.step, c->n_steps);
	ck_assert_uint_eq(prog.step, 0);
	play_goto(&pl, c->n_steps + 1);
	ck_assert_uint_eq(pl.step, c->n_steps);
}
END_TEST

START_TEST(set_value_only_on_the_scale)
{
	const struct module *m = play_at("play", "strength");
	const struct step *s = play_step(&pl);
	struct answer *a = play_answer(&pl);
	ck_assert_int_eq(play_set_value(&pl, s->min - 1), -1);
	ck_assert_int_eq(play_set_value(&pl, s->max + 1), -1);
	ck_assert_int_eq(play_set_value(&pl, LONG_MAX), -1);
	ck_assert_int_eq(play_set_value(&pl, LONG_MIN), -1);
	ck_assert_int_eq(a->set, 0);
	ck_assert_int_eq(play_set_value(&pl, s->min), 0);
	ck_assert_int_eq(a->set, 1);
	ck_assert_int_eq(a->value, s->min);
	ck_assert_int_eq(play_set_value(&pl, s->max), 0);
	ck_assert_int_eq(a->value, s->max);
	ck_assert_int_eq(play_set_value(&pl, s->max + 1), -1); /* nothing changes */
	ck_assert_int_eq(a->value, s->max);
	ck_assert_int_eq(a->set, 1);

	/* Not a scale: refused, whatever the number. */
	static const char *const others[] = {"single", "notes", "ticks"};
	for (size_t i = 0; i < 3; i++)
		for (long v = -1; v <= 1; v++) {
			play_goto(&pl, step_of(m, others[i]));
			ck_assert_int_eq(play_set_value(&pl, v), -1);
			ck_assert_int_eq(play_answer(&pl)->set, 0);
		}
	play_goto(&pl, 0);
	ck_assert_int_eq(play_set_value(&pl, 0), -1);
	ck_assert_int_eq(progress_any(&prog, m), 1);
	ck_assert_int_eq(progress_answered(&prog, m, step_of(m, "single")), 0);
}
END_TEST

START_TEST(choose_single_multiple_and_checklist)
{
	const struct module *m = play_at("play", "single");
	struct answer *a = play_answer(&pl);
	ck_assert_int_eq(play_is_multi(play_step(&pl)), 0);
	choose("a");
	choose("c");
	ck_assert_int_eq(a->chosen[option_of(play_step(&pl), "a")], 0);
	ck_assert_int_eq(a->chosen[option_of(play_step(&pl), "b")], 0);
	ck_assert_int_eq(a->chosen[option_of(play_step(&pl), "c")], 1);
	choose("c"); /* choosing it again keeps it */
	ck_assert_int_eq(a->chosen[option_of(play_step(&pl), "c")], 1);
	ck_assert_int_eq(play_choose(&pl, a->n_chosen), -1);

	static const char *const multi[][3] = {{"several", "d", "e"}, {"ticks", "x", "y"}};
	for (size_t i = 0; i < 2; i++) {
		play_goto(&pl, step_of(m, multi[i][0]));
		a = play_answer(&pl);
		size_t one = option_of(play_step(&pl), multi[i][1]);
		size_t two = option_of(play_step(&pl), multi[i][2]);
		ck_assert_int_eq(play_is_multi(play_step(&pl)), 1);
		choose(multi[i][1]);
		choose(multi[i][2]);
		ck_assert_int_eq(a->chosen[one], 1);
		ck_assert_int_eq(a->chosen[two], 1);
		choose(multi[i][1]); /* toggled off */
		ck_assert_int_eq(a->chosen[one], 0);
		ck_assert_int_eq(a->chosen[two], 1);
		ck_assert_int_eq(play_choose(&pl, a->n_chosen), -1);
	}

	/* Nothing to choose on a scale, a text or a page. */
	static const char *const none[] = {"strength", "notes"};
	for (size_t i = 0; i < 2; i++) {
		play_goto(&pl, step_of(m, none[i]));
		ck_assert_int_eq(play_choose(&pl, 0), -1);
	}
	play_goto(&pl, 0);
	ck_assert_int_eq(play_choose(&pl, 0), -1);
}
END_TEST

START_TEST(score_and_band_of_a_self_check)
{
	const struct module *c = play_at("check", NULL);
	const struct step *often = &c->steps[step_of(c, "often")];
	const struct step *which = &c->steps[step_of(c, "which")];

	/* The most: the highest band's top, whatever order the bands are in. */
	int most = 0;
	for (size_t k = 0; k < c->n_bands; k++)
		if (c->bands[k].max > most)
			most = c->bands[k].max;
	ck_assert_int_gt(most, 0);
	ck_assert_int_eq(play_score_max(&pl), most);

	ck_assert_int_eq(play_score(&pl), 0);
	ck_assert_str_eq(play_band(&pl)->title, "Low");

	play_goto(&pl, step_of(c, "often"));
	choose("sometimes");
	ck_assert_int_eq(play_score(&pl), often->options[option_of(often, "sometimes")].score);
	play_goto(&pl, step_of(c, "which"));
	choose("one");
	choose("two");
	int want = often->options[option_of(often, "sometimes")].score +
	           which->options[option_of(which, "one")].score +
	           which->options[option_of(which, "two")].score;
	ck_assert_int_eq(play_score(&pl), want);
	ck_assert_str_eq(play_band(&pl)->title, "Middle");

	/* A scale adds nothing; a single choice changed counts once. */
	play_goto(&pl, step_of(c, "mood"));
	ck_assert_int_eq(play_set_value(&pl, 9), 0);
	play_goto(&pl, step_of(c, "often"));
	choose("often");
	want += often->options[option_of(often, "often")].score -
	        often->options[option_of(often, "sometimes")].score;
	ck_assert_int_eq(play_score(&pl), want);
	ck_assert_int_eq(want, most);
	ck_assert_str_eq(play_band(&pl)->title, "High");

	/* A module without bands. */
	progress_wipe(&prog);
	play_at("play", NULL);
	ck_assert_int_eq(play_score_max(&pl), 0);
	ck_assert_ptr_null(play_band(&pl));
}
END_TEST

/* The ids of the links now, joined by spaces, or "" for none (new string). */
static char *links_now(const struct play *p)
{
	size_t n = 99;
	const struct module **v = play_links(p, &n);
	ck_assert_int_eq(v == NULL, n == 0);
	struct buf b;
	buf_init(&b);
	for (size_t i = 0; i < n; i++)
		buf_printf(&b, "%s%s", i ? " " : "", v[i]->id);
	free(v);
	return buf_take(&b);
}

static void assert_links(const char *want)
{
	char *got = links_now(&pl);
	ck_assert_str_eq(got, want);
	free(got);
}

START_TEST(links_of_a_links_step)
{
	const struct module *m = play_at("play", NULL);
	assert_links(""); /* a page links nowhere */
	play_goto(&pl, m->n_steps - 1);
	assert_links("check pages");
	/* Without a library, nothing can be found. */
	pl.lib = NULL;
	assert_links("");
}
END_TEST

START_TEST(links_of_the_result_page)
{
	const struct module *c = play_at("check", NULL);
	play_goto(&pl, c->n_steps);
	assert_links("pages"); /* Low */
	play_goto(&pl, step_of(c, "which"));
	assert_links(""); /* a question links nowhere, whatever the band */
	choose("two");
	play_goto(&pl, c->n_steps);
	assert_links("play pages"); /* Middle */
	play_goto(&pl, step_of(c, "often"));
	choose("often");
	play_goto(&pl, c->n_steps);
	assert_links(""); /* High suggests nothing */
}
END_TEST

START_TEST(links_only_to_modules_that_exist)
{
	/* Loaded without resolving links, so a link to a missing module stays. */
	struct diag d;
	diag_init(&d);
	ck_assert_int_eq(library_add_dir(lib, SESSION_BROKEN, ORIGIN_EXTRA, NULL, &d), 0);
	ck_assert_uint_eq(d.n, 0);
	diag_free(&d);
	library_sort(lib);
	ck_assert_ptr_null(library_find(lib, "gone"));
	play_at("links", NULL);
	assert_links("play check");
	progress_wipe(&prog);
	const struct module *b = play_at("broken-check", NULL);
	play_goto(&pl, b->n_steps);
	assert_links("play");

	/* In a library of the broken modules alone, none of the links exists. */
	progress_wipe(&prog);
	struct library alone;
	memset(&alone, 0, sizeof alone);
	diag_init(&d);
	ck_assert_int_eq(library_add_dir(&alone, SESSION_BROKEN, ORIGIN_EXTRA, NULL, &d), 0);
	diag_free(&d);
	library_sort(&alone);
	play_start(&pl, &alone, library_find(&alone, "links"), &prog, 0, NULL);
	assert_links("");
	progress_wipe(&prog);
	b = library_find(&alone, "broken-check");
	play_start(&pl, &alone, b, &prog, 0, NULL);
	play_goto(&pl, b->n_steps);
	assert_links("");
	library_free(&alone);
}
END_TEST

START_TEST(finish_starts_the_next_open_at_the_beginning)
{
	const struct module *m = play_at("play", "notes");
	give_text();
	play_finish(&pl);
	ck_assert_int_eq(prog.state, PROGRESS_DONE);
	ck_assert_uint_eq(prog.step, 0);
	ck_assert_int_eq(progress_answered(&prog, m, step_of(m, "notes")), 1);
	/* Opening it again does not make it started again. */
	play_start(&pl, lib, m, &prog, prog.step, NULL);
	ck_assert_int_eq(prog.state, PROGRESS_DONE);
	ck_assert_uint_eq(pl.step, 0);
}
END_TEST

/* The module of tests/data/modules/valid/regions.yaml (module_free() it). */
static struct module *regions_module(void)
{
	struct diag d;
	diag_init(&d);
	struct module *m =
	        module_load(TEST_DATA "/modules/valid/regions.yaml", ORIGIN_EXTRA, NULL, &d);
	ck_assert_ptr_nonnull(m);
	diag_free(&d);
	return m;
}

/* The steps a reader of region visits from the start to the end, as digits ("0135"). */
static void assert_visits(const struct module *m, const char *region, const char *want)
{
	struct progress p = {0};
	struct play r;
	play_start(&r, NULL, m, &p, 0, region);
	char got[16] = "";
	size_t n = 0;
	int end = 0;
	while (!end && n + 1 < sizeof got) {
		got[n++] = (char)('0' + r.step);
		ck_assert_uint_eq(play_number(&r), n);
		ck_assert_int_eq(play_at_first(&r), n == 1);
		ck_assert_int_eq(play_at_last(&r), n == strlen(want));
		if (play_needs(&r) == PLAY_NEED_TEXT)
			ck_assert_int_eq(answer_insert(play_answer(&r), 0, "tea", 3), 0);
		end = play_next(&r, NULL) == 1;
	}
	ck_assert_msg(strcmp(got, want) == 0, "%s visits %s, not %s", region ? region : "(none)",
	              got, want);
	ck_assert_uint_eq(play_count(&r), strlen(want));
	ck_assert_uint_eq(play_total(&r), strlen(want));
	progress_wipe(&p);
}

/* A GB reader sees the GB step, a DE reader the 'other' one, INT and none 'other' too. */
START_TEST(a_reader_sees_the_steps_of_their_region)
{
	struct module *m = regions_module();
	assert_visits(m, "GB", "01356");
	assert_visits(m, "IE", "01356");
	assert_visits(m, "NL", "023456");
	assert_visits(m, "DE", "02356");
	assert_visits(m, "US", "02356");
	assert_visits(m, "INT", "02356");
	assert_visits(m, NULL, "02356");
	module_free(m);
}
END_TEST

/* Back goes to the step shown before, over the variants of other regions. */
START_TEST(back_skips_the_steps_of_other_regions)
{
	struct module *m = regions_module();
	play_start(&pl, NULL, m, &prog, 6, "GB");
	static const size_t back_to[] = {5, 3, 1, 0, 0};
	for (size_t i = 0; i < sizeof back_to / sizeof back_to[0]; i++) {
		play_back(&pl);
		ck_assert_uint_eq(pl.step, back_to[i]);
		ck_assert_uint_eq(prog.step, back_to[i]);
	}
	progress_wipe(&prog);
	module_free(m);
}
END_TEST

/* A place to continue that the region now hides (it was changed) goes on to the next step
 * shown, and is counted as that one. */
START_TEST(resume_at_a_hidden_step_goes_on_to_the_next)
{
	struct module *m = regions_module();
	play_start(&pl, NULL, m, &prog, 2, "GB");
	ck_assert_uint_eq(pl.step, 3);
	ck_assert_uint_eq(prog.step, 3);
	ck_assert_uint_eq(play_number(&pl), 3);
	play_start(&pl, NULL, m, &prog, 1, "DE");
	ck_assert_uint_eq(pl.step, 2);
	play_start(&pl, NULL, m, &prog, 4, "GB");
	ck_assert_uint_eq(pl.step, 5);
	play_goto(&pl, 4); /* a hidden step is never shown, whoever asks */
	ck_assert_uint_eq(pl.step, 5);
	progress_wipe(&prog);
	module_free(m);
}
END_TEST

/* A variant the reader never saw records nothing; the one they answered is kept. */
START_TEST(a_skipped_variant_records_nothing)
{
	struct module *m = regions_module();
	const char *const regions[] = {"GB", "NL"};
	for (size_t k = 0; k < 2; k++) {
		struct progress p = {0};
		struct play r;
		play_start(&r, NULL, m, &p, 0, regions[k]);
		for (int guard = 0; guard < 10; guard++) {
			if (play_needs(&r) == PLAY_NEED_TEXT)
				ck_assert_int_eq(answer_insert(play_answer(&r), 0, "tea", 3), 0);
			if (play_next(&r, NULL) == 1)
				break;
		}
		play_finish(&r);
		struct entry *e = entry_new(ENTRY_RECORD);
		record_fill(e, m, &p);
		if (k == 0)
			ck_assert_uint_eq(e->n_answers, 0);
		else
			ck_assert_str_eq(entry_answer(e, "local"), "tea");
		entry_free(e);
		progress_wipe(&p);
	}
	module_free(m);
}
END_TEST

static Suite *play_suite(void)
{
	Suite *s = suite_create("play");
	TCase *tc = tcase_create("play");
	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_add_test(tc, start_at_a_step_or_past_the_end);
	tcase_add_test(tc, total_counts_the_result_page);
	tcase_add_test(tc, next_refuses_a_required_question_unanswered);
	tcase_add_test(tc, next_allows_optional_questions_checklists_and_pages);
	tcase_add_test(tc, next_returns_1_at_the_end);
	tcase_add_test(tc, back_stops_at_the_first_step);
	tcase_add_test(tc, goto_records_the_place_to_continue);
	tcase_add_test(tc, set_value_only_on_the_scale);
	tcase_add_test(tc, choose_single_multiple_and_checklist);
	tcase_add_test(tc, score_and_band_of_a_self_check);
	tcase_add_test(tc, links_of_a_links_step);
	tcase_add_test(tc, links_of_the_result_page);
	tcase_add_test(tc, links_only_to_modules_that_exist);
	tcase_add_test(tc, finish_starts_the_next_open_at_the_beginning);
	tcase_add_test(tc, a_reader_sees_the_steps_of_their_region);
	tcase_add_test(tc, back_skips_the_steps_of_other_regions);
	tcase_add_test(tc, resume_at_a_hidden_step_goes_on_to_the_next);
	tcase_add_test(tc, a_skipped_variant_records_nothing);
	suite_add_tcase(s, tc);
	return s;
}

int main(void)
{
	return unit_run(play_suite());
}
