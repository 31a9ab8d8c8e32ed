/* SPDX-FileCopyrightText: 2026 The steady authors */
/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * test_content.c: the bundled content as shipped, held to the promises the
 * rest of steady and its content guide make: every module loads cleanly,
 * ends with a reflection and a next step, points to a person near its end,
 * fits 5 to 20 minutes, links only to real modules and can be reached from
 * the first-run module; a module fills in each section of the safety plan,
 * in order; the fixed question ids the screens rely on are there; every
 * helpline region has its emergency number, a prevention service, a crisis
 * line and a source for each entry; other countries get no number but
 * their local one and a directory of crisis lines.
 */
#include "config.h"

#include <check.h>
#include <stdlib.h>
#include <string.h>

#include "content/library.h"
#include "unit.h"

#define CONTENT TEST_DATA "/../../content"

static struct library lib;
static struct diag d;

static void setup(void)
{
	diag_init(&d);
	struct library_opts o = {.bundled_dir = CONTENT};
	ck_assert_int_eq(library_load(&lib, &o, &d), 0);
}

static void teardown(void)
{
	library_free(&lib);
	diag_free(&d);
}

START_TEST(loads_without_a_word_of_complaint)
{
	if (d.n)
		diag_print(&d, stderr);
	ck_assert_uint_eq(d.n, 0);
	ck_assert_uint_ge(lib.n, 13);
	ck_assert_ptr_nonnull(lib.helplines);
}
END_TEST

START_TEST(each_module_ends_with_a_reflection_and_a_next_step)
{
	for (size_t i = 0; i < lib.n; i++) {
		const struct module *m = lib.mods[i];
		ck_assert_msg(m->minutes >= 5 && m->minutes <= 20, "%s: %d minutes", m->id,
		              m->minutes);
		ck_assert_msg(m->n_steps >= 3, "%s: too short", m->id);
		ck_assert_msg(m->steps[m->n_steps - 1].type == STEP_LINKS,
		              "%s: does not end with a pointer to a next step", m->id);
		int reflection = 0;
		for (size_t k = m->n_steps >= 4 ? m->n_steps - 4 : 0; k < m->n_steps; k++)
			reflection |= m->steps[k].type == STEP_TEXT;
		ck_assert_msg(reflection, "%s: no reflection (a text question) near its end",
		              m->id);
	}
}
END_TEST

/*
 * Every module ends by pointing to a person (the content guide: always lead
 * towards human help). The rule, kept simple so new modules can meet it: one
 * of a module's last five steps (the closing links step and the four before
 * it) is a `type: helplines` step, whose cards follow the reader's region,
 * or the closing links step names the module "helpline" (Talking to
 * someone). A band's suggestions do not count: not every reader sees them.
 */
START_TEST(each_module_ends_by_pointing_to_a_person)
{
	for (size_t i = 0; i < lib.n; i++) {
		const struct module *m = lib.mods[i];
		int person = 0;
		for (size_t k = m->n_steps >= 5 ? m->n_steps - 5 : 0; k < m->n_steps; k++)
			person |= m->steps[k].type == STEP_HELPLINES;
		const struct step *last = &m->steps[m->n_steps - 1];
		for (size_t j = 0; last->type == STEP_LINKS && j < last->n_links; j++)
			person |= strcmp(last->links[j], "helpline") == 0;
		ck_assert_msg(person,
		              "%s: none of its last five steps is a helplines step, and its "
		              "last links do not name the module helpline",
		              m->id);
	}
}
END_TEST

/* Marks every module reachable from m through links and band suggestions. */
static void reach(const struct module *m, char *seen)
{
	size_t at = 0;
	while (lib.mods[at] != m)
		at++;
	if (seen[at])
		return;
	seen[at] = 1;
	for (size_t k = 0; k < m->n_steps; k++)
		for (size_t j = 0; j < m->steps[k].n_links; j++) {
			const struct module *to = library_find(&lib, m->steps[k].links[j]);
			ck_assert_msg(to != NULL, "%s links to unknown %s", m->id,
			              m->steps[k].links[j]);
			reach(to, seen);
		}
	for (size_t b = 0; b < m->n_bands; b++)
		for (size_t j = 0; j < m->bands[b].n_suggest; j++) {
			const struct module *to = library_find(&lib, m->bands[b].suggest[j]);
			ck_assert_ptr_nonnull(to);
			reach(to, seen);
		}
}

START_TEST(every_module_can_be_reached_from_the_first_run)
{
	const struct module *w = library_by_purpose(&lib, PURPOSE_FIRST_RUN);
	ck_assert_ptr_nonnull(w);
	ck_assert_str_eq(w->id, "welcome");
	char *seen = calloc(lib.n, 1);
	reach(w, seen);
	for (size_t i = 0; i < lib.n; i++)
		ck_assert_msg(seen[i], "%s cannot be reached from welcome by links",
		              lib.mods[i]->id);
	free(seen);
}
END_TEST

/* The safety plan's six sections, each filled in by one text step, in the
 * plan's order (the crisis module's step "ask" fills in "helpers"). */
START_TEST(the_safety_plan_is_filled_in_section_by_section)
{
	static const char *const ids[MODULE_PLAN_COUNT] = {
	        "warning-signs", "alone", "distract", "ask", "professionals", "surroundings"};
	const struct module *c = library_by_purpose(&lib, PURPOSE_SAFETY_PLAN);
	ck_assert_ptr_nonnull(c);
	ck_assert_str_eq(c->id, "crisis");
	int next = 0;
	for (size_t k = 0; k < c->n_steps; k++) {
		const struct step *s = &c->steps[k];
		if (!s->plan)
			continue;
		ck_assert_int_lt(next, MODULE_PLAN_COUNT);
		ck_assert_int_eq(s->type, STEP_TEXT);
		ck_assert_str_eq(s->id, ids[next]);
		ck_assert_int_eq(module_plan_section(s->plan), next);
		next++;
	}
	ck_assert_int_eq(next, MODULE_PLAN_COUNT);
}
END_TEST

static void has_question(const char *module, const char *id, enum step_type type)
{
	const struct module *m = library_find(&lib, module);
	ck_assert_msg(m != NULL, "no module %s", module);
	const struct step *s = module_step(m, id);
	ck_assert_msg(s != NULL, "%s has no question %s", module, id);
	ck_assert_msg(s->type == type, "%s: %s is a %s", module, id, step_type_name(s->type));
}

START_TEST(fixed_question_ids_are_there)
{
	/* The safety plan, in its six steps and in this order (diary and help screen). */
	static const char *const plan[] = {"warning-signs", "alone",         "distract",
	                                   "ask",           "professionals", "surroundings"};
	const struct module *c = library_find(&lib, "crisis");
	ck_assert_ptr_nonnull(c);
	size_t next = 0;
	for (size_t k = 0; k < c->n_steps && next < 6; k++)
		if (c->steps[k].id && strcmp(c->steps[k].id, plan[next]) == 0) {
			ck_assert_int_eq(c->steps[k].type, STEP_TEXT);
			next++;
		}
	ck_assert_uint_eq(next, 6);

	/* The trigger journal, charted by the diary screens. */
	const struct module *t = library_find(&lib, "trigger-log");
	ck_assert_ptr_nonnull(t);
	ck_assert_int_eq(t->repeatable, 1);
	has_question("trigger-log", "when", STEP_CHOICE);
	has_question("trigger-log", "where", STEP_CHOICE);
	has_question("trigger-log", "happening", STEP_TEXT);
	has_question("trigger-log", "feelings", STEP_CHOICE);
	ck_assert_int_eq(module_step(t, "feelings")->multiple, 1);
	has_question("trigger-log", "urge", STEP_SCALE);
	ck_assert_int_eq(module_step(t, "urge")->min, 0);
	ck_assert_int_eq(module_step(t, "urge")->max, 10);
	has_question("trigger-log", "thoughts", STEP_TEXT);
	has_question("trigger-log", "did", STEP_CHOICE);
	has_question("trigger-log", "helped", STEP_TEXT);

	ck_assert_int_eq(module_is_selfcheck(library_find(&lib, "self-check")), 1);
	ck_assert_int_eq(library_find(&lib, "family")->audience, AUDIENCE_FAMILY);
}
END_TEST

START_TEST(every_region_has_emergency_and_prevention_help)
{
	static const char *const want[] = {"GB", "IE", "US", "NL", "DE",
	                                   "FR", "BE", "CA", "AU", "INT"};
	const struct helplines *h = lib.helplines;
	ck_assert_ptr_nonnull(h->checked);
	ck_assert_ptr_nonnull(h->calling);
	for (size_t w = 0; w < sizeof want / sizeof want[0]; w++) {
		const struct region *r = helplines_region(h, want[w]);
		ck_assert_str_eq(r->id, want[w]);
		ck_assert_msg(r->emergency && r->emergency[0], "%s: no emergency number", r->id);
		unsigned kinds = 0;
		for (size_t i = 0; i < r->n_services; i++) {
			const struct helpline *s = &r->services[i];
			kinds |= s->kind;
			ck_assert_msg(s->source && s->source[0], "%s: %s has no source", r->id,
			              s->name);
			ck_assert_msg(s->checked && strlen(s->checked) == 7, "%s: %s not dated",
			              r->id, s->name);
			ck_assert_msg(s->phone || s->web || s->chat || s->email || s->text,
			              "%s: %s cannot be reached", r->id, s->name);
		}
		ck_assert_msg(kinds & HELPLINE_PREVENTION, "%s: no prevention service", r->id);
		ck_assert_msg(kinds & HELPLINE_CRISIS, "%s: no crisis line", r->id);
		/* "Other countries" has no number of its own (below). */
		if (strcmp(r->id, "INT") != 0)
			ck_assert_msg(kinds & HELPLINE_EMERGENCY, "%s: no emergency service",
			              r->id);
	}
}
END_TEST

/* No one number is right in every other country: their reader is told to
 * call "your local emergency number" (in their language, as the emergency
 * line is translated) and is given a directory of crisis lines by country,
 * a website, never a phone number. */
START_TEST(other_countries_get_their_local_number_and_a_crisis_directory)
{
	const struct region *r = helplines_region(lib.helplines, "INT");
	ck_assert_str_eq(r->id, "INT");
	ck_assert_str_eq(r->emergency, "your local emergency number");
	int directory = 0;
	for (size_t i = 0; i < r->n_services; i++) {
		const struct helpline *s = &r->services[i];
		ck_assert_msg(!s->phone, "INT: %s gives a phone number (%s) for every country",
		              s->name, s->phone);
		directory |=
		        s->kind == HELPLINE_CRISIS && s->web && strstr(s->web, "findahelpline");
	}
	ck_assert_msg(directory, "INT: no international directory of crisis lines");
}
END_TEST

int main(void)
{
	Suite *s = suite_create("content");
	TCase *tc = tcase_create("bundled");
	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_add_test(tc, loads_without_a_word_of_complaint);
	tcase_add_test(tc, each_module_ends_with_a_reflection_and_a_next_step);
	tcase_add_test(tc, each_module_ends_by_pointing_to_a_person);
	tcase_add_test(tc, every_module_can_be_reached_from_the_first_run);
	tcase_add_test(tc, the_safety_plan_is_filled_in_section_by_section);
	tcase_add_test(tc, fixed_question_ids_are_there);
	tcase_add_test(tc, every_region_has_emergency_and_prevention_help);
	tcase_add_test(tc, other_countries_get_their_local_number_and_a_crisis_directory);
	suite_add_tcase(s, tc);
	return unit_run(s);
}
