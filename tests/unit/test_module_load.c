/* SPDX-FileCopyrightText: 2026 The steady authors */
/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * test_module_load.c: the module format, rule by rule. Every file in
 * tests/data/modules/invalid/ breaks one rule and names, on its first line
 * ("# expect: LINE:COL: error: MESSAGE"), the one diagnostic it must get;
 * every file in tests/data/modules/valid/ must load without a word. The
 * model built from the valid files and the translator hook are checked too.
 */
#include "config.h"

#include <check.h>
#include <dirent.h>

#include "content/library.h"
#include "content/module_load.h"
#include "content_test.h"
#include "diary/entry.h"
#include "unit.h"

#define VALID   TEST_DATA "/modules/valid"
#define INVALID TEST_DATA "/modules/invalid"

START_TEST(test_invalid_fixtures)
{
	size_t n;
	char **files = library_yaml_files(INVALID, &n);
	ck_assert_ptr_nonnull(files);
	ck_assert_uint_ge(n, 50);
	for (size_t i = 0; i < n; i++) {
		char *want = ct_expect(files[i]);
		ck_assert_msg(want != NULL, "%s has no '# expect:' line", files[i]);
		struct diag d;
		diag_init(&d);
		struct module *m = module_load(files[i], ORIGIN_EXTRA, NULL, &d);
		ck_assert_msg(m == NULL, "%s loaded", files[i]);
		ct_assert_only(&d, files[i], want);
		ck_assert_msg(d.errors == 1, "%s: %zu errors", files[i], d.errors);
		free(want);
		diag_free(&d);
		free(files[i]);
	}
	free(files);
}
END_TEST

START_TEST(test_valid_fixtures)
{
	struct library lib = {0};
	struct diag d;
	diag_init(&d);
	ck_assert_int_eq(library_add_dir(&lib, VALID, ORIGIN_BUNDLED, NULL, &d), 0);
	ck_assert_int_eq(library_resolve(&lib, &d), 0);
	for (size_t i = 0; i < d.n; i++) {
		char *m = ct_msg(&d, i);
		fprintf(stderr, "%s\n", m);
		free(m);
	}
	ck_assert_uint_eq(d.n, 0);
	ck_assert_uint_eq(lib.n, 8);
	/* sorted by order (every-step has -5), then id */
	ck_assert_str_eq(lib.mods[0]->id, "every-step");
	ck_assert_str_eq(lib.mods[1]->id, "homework");
	library_free(&lib);
	diag_free(&d);
}
END_TEST

static struct module *load(const char *name)
{
	struct diag d;
	diag_init(&d);
	char *path = xasprintf("%s/%s", VALID, name);
	struct module *m = module_load(path, ORIGIN_USER, NULL, &d);
	ck_assert_ptr_nonnull(m);
	ck_assert_uint_eq(d.n, 0);
	free(path);
	diag_free(&d);
	return m;
}

START_TEST(test_model_head)
{
	struct module *m = load("every-step.yaml");
	ck_assert_int_eq(m->version, 1);
	ck_assert_str_eq(m->id, "every-step");
	ck_assert_str_eq(m->title, "Every kind of step");
	/* a block scalar's final line break is dropped */
	ck_assert_str_eq(m->summary, "A module with one step of each type, used by the tests.");
	ck_assert_int_eq(m->minutes, 240);
	ck_assert_uint_eq(m->n_tags, 2);
	ck_assert_str_eq(m->tags[1], "steps");
	ck_assert_int_eq(m->audience, AUDIENCE_ANYONE);
	ck_assert_int_eq(m->order, -5);
	ck_assert_int_eq(m->repeatable, 1);
	ck_assert_str_eq(m->domain, "every-step");
	ck_assert_int_eq(m->origin, ORIGIN_USER);
	ck_assert_int_eq(m->id_pos.line, 3);
	ck_assert_int_eq(m->id_pos.col, 5);
	ck_assert_ptr_null(m->homework);
	ck_assert_int_eq(module_is_selfcheck(m), 0);
	ck_assert_uint_eq(m->n_steps, 10);
	ck_assert_int_eq(m->purpose, PURPOSE_NONE);
	ck_assert_ptr_null(module_step(m, "helped")->plan);
	module_free(m);
}
END_TEST

START_TEST(test_model_purpose)
{
	struct module *m = load("safety-plan.yaml");
	ck_assert_int_eq(m->purpose, PURPOSE_SAFETY_PLAN);
	ck_assert_int_eq(m->purpose_pos.line, 8);
	ck_assert_int_eq(m->purpose_pos.col, 10);
	ck_assert_str_eq(module_step(m, "signs")->plan, "warning-signs");
	ck_assert_str_eq(module_step(m, "ask")->plan, "helpers");
	ck_assert_int_eq(module_step(m, "ask")->optional, 1);
	ck_assert_ptr_null(module_step(m, "after")->plan);
	module_free(m);
	m = load("first-run.yaml");
	ck_assert_int_eq(m->purpose, PURPOSE_FIRST_RUN);
	module_free(m);
	m = load("minimal.yaml");
	ck_assert_int_eq(m->purpose, PURPOSE_NONE);
	module_free(m);
	ck_assert_str_eq(module_purpose_name(PURPOSE_NONE), "none");
	ck_assert_str_eq(module_purpose_name(PURPOSE_FIRST_RUN), "first-run");
	ck_assert_str_eq(module_purpose_name(PURPOSE_SAFETY_PLAN), "safety-plan");
	ck_assert_str_eq(module_purpose_name((enum module_purpose)99), "?");
}
END_TEST

/* content/ may not include diary/, so it names the plan's sections itself:
 * the two tables must agree, name by name and in order. */
START_TEST(test_plan_sections_are_the_diarys)
{
	ck_assert_int_eq(MODULE_PLAN_COUNT, PLAN__COUNT);
	for (int i = 0; i < PLAN__COUNT; i++) {
		const char *name = entry_plan_name((enum plan_section)i);
		ck_assert_str_eq(module_plan_sections[i], name);
		ck_assert_int_eq(module_plan_section(name), i);
	}
	ck_assert_ptr_null(module_plan_sections[MODULE_PLAN_COUNT]);
	ck_assert_int_eq(module_plan_section("ask"), -1);
	ck_assert_int_eq(module_plan_section(""), -1);
	ck_assert_int_eq(module_plan_section(NULL), -1);
}
END_TEST

START_TEST(test_model_steps)
{
	struct module *m = load("every-step.yaml");
	const struct step *s = module_step(m, "strength");
	ck_assert_int_eq(s->type, STEP_SCALE);
	ck_assert_int_eq(s->min, 1);
	ck_assert_int_eq(s->max, 5);
	ck_assert_int_eq(s->optional, 1);
	ck_assert_str_eq(s->max_label, "Very strong");
	s = module_step(m, "default-range");
	ck_assert_int_eq(s->min, 0);
	ck_assert_int_eq(s->max, 10);
	s = module_step(m, "feelings");
	ck_assert_int_eq(s->multiple, 1);
	ck_assert_uint_eq(s->n_options, 3);
	ck_assert_str_eq(s->options[0].id, "lonely");
	ck_assert_str_eq(s->options[2].id, "3"); /* by position */
	ck_assert_int_eq(s->options[2].has_score, 0);
	s = module_step(m, "plan");
	ck_assert_int_eq(s->type, STEP_CHECKLIST);
	ck_assert_str_eq(s->options[0].id, "1");
	ck_assert_str_eq(s->options[2].id, "3b");
	ck_assert_str_eq(module_step(m, "helped")->placeholder,
	                 "Write as much or as little as you like.");
	ck_assert_ptr_null(module_step(m, "nothing"));
	module_free(m);
}
END_TEST

START_TEST(test_model_other_steps)
{
	struct module *m = load("every-step.yaml");
	const struct step *t = &m->steps[6];
	ck_assert_int_eq(t->type, STEP_TIMER);
	ck_assert_int_eq(t->seconds, 60);
	ck_assert_uint_eq(t->n_cues, 3);
	ck_assert_int_eq(t->cues[1].at, 30);
	ck_assert_str_eq(t->cues[1].text, "Breathe out");
	ck_assert_uint_eq(m->steps[7].kinds, HELPLINE_PREVENTION | HELPLINE_CRISIS);
	ck_assert_uint_eq(m->steps[8].kinds, HELPLINE_ALL);
	const struct step *l = &m->steps[9];
	ck_assert_int_eq(l->type, STEP_LINKS);
	ck_assert_uint_eq(l->n_links, 2);
	ck_assert_str_eq(l->links[0], "minimal");
	ck_assert_int_eq(l->links_pos[1].line, 75);
	ck_assert_int_eq(l->links_pos[1].col, 24);
	ck_assert(m->steps[0].text[0] == '#');
	ck_assert_int_eq(step_is_question(&m->steps[0]), 0);
	ck_assert_int_eq(step_is_question(&m->steps[1]), 1);
	ck_assert_str_eq(step_type_name(STEP_HELPLINES), "helplines");
	ck_assert_str_eq(step_type_name(STEP_PAGE), "page");
	module_free(m);
}
END_TEST

START_TEST(test_model_selfcheck)
{
	struct module *m = load("selfcheck.yaml");
	ck_assert_int_eq(module_is_selfcheck(m), 1);
	ck_assert_uint_eq(m->n_bands, 2);
	ck_assert_str_eq(module_band(m, -3)->title, "Few signs");
	ck_assert_str_eq(module_band(m, 3)->title, "Few signs");
	ck_assert_str_eq(module_band(m, 4)->title, "Many signs");
	ck_assert_str_eq(module_band(m, 9)->title, "Many signs");
	ck_assert_ptr_null(module_band(m, 10));
	ck_assert_str_eq(m->bands[0].suggest[0], "minimal");
	ck_assert_int_eq(m->steps[1].options[0].score, -1);
	ck_assert_int_eq(m->steps[1].options[0].has_score, 1);
	module_free(m);
}
END_TEST

START_TEST(test_model_homework)
{
	struct module *m = load("homework.yaml");
	ck_assert_ptr_nonnull(m->homework);
	ck_assert_str_eq(m->homework->set_by, "Sam, your counsellor");
	ck_assert_int_eq(m->homework->frequency, FREQ_DAILY);
	ck_assert_str_eq(m->homework->until, "2028-02-29");
	module_free(m);
	m = load("homework-defaults.yaml");
	ck_assert_int_eq(m->homework->frequency, FREQ_ONCE);
	ck_assert_ptr_null(m->homework->until);
	module_free(m);
}
END_TEST

/* A translator that records each call and upper-cases titles. */
struct seen {
	char log[4096];
};

static char *record(void *ctx, const struct content_string *s)
{
	struct seen *seen = ctx;
	size_t len = strlen(seen->log);
	snprintf(seen->log + len, sizeof seen->log - len, "%d %s %s %s|", s->line, s->field,
	         s->domain, s->module);
	if (strcmp(s->field, "title") != 0)
		return NULL;
	char *t = xstrdup(s->msgid);
	for (char *p = t; *p; p++)
		if (*p >= 'a' && *p <= 'z')
			*p = (char)(*p - 'a' + 'A');
	return t;
}

START_TEST(test_translate)
{
	struct seen seen = {{0}};
	struct content_tr tr = {record, &seen};
	struct diag d;
	diag_init(&d);
	struct module *m = module_load(VALID "/selfcheck.yaml", ORIGIN_EXTRA, &tr, &d);
	ck_assert_ptr_nonnull(m);
	ck_assert_str_eq(m->title, "A SELF-CHECK");
	ck_assert_str_eq(m->summary, "Scores add up to a band.");
	ck_assert_str_eq(seen.log,
	                 "6 title steady-content selfcheck|7 summary steady-content selfcheck|"
	                 "13 band-title steady-content selfcheck|14 feedback steady-content "
	                 "selfcheck|19 band-title steady-content selfcheck|20 feedback "
	                 "steady-content selfcheck|24 prompt steady-content selfcheck|"
	                 "26 option steady-content selfcheck|27 option steady-content selfcheck|"
	                 "30 prompt steady-content selfcheck|33 option steady-content selfcheck|"
	                 "34 option steady-content selfcheck|37 prompt steady-content selfcheck|"
	                 "40 option steady-content selfcheck|41 option steady-content selfcheck|"
	                 "42 option steady-content selfcheck|46 item steady-content selfcheck|");
	module_free(m);
	diag_free(&d);
}
END_TEST

START_TEST(test_translate_fields)
{
	struct seen seen = {{0}};
	struct content_tr tr = {record, &seen};
	struct diag d;
	diag_init(&d);
	struct module *m = module_load(VALID "/every-step.yaml", ORIGIN_EXTRA, &tr, &d);
	ck_assert_ptr_nonnull(m);
	const char *fields[] = {
	        " title every-step ", " summary ", " text ",        " prompt ", " min_label ",
	        " max_label ",        " option ",  " placeholder ", " item ",   " cue "};
	for (size_t i = 0; i < sizeof fields / sizeof fields[0]; i++)
		ck_assert_msg(strstr(seen.log, fields[i]), "no '%s' in %s", fields[i], seen.log);
	ck_assert_str_eq(m->steps[0].title, "WELCOME");
	module_free(m);
	m = module_load(VALID "/homework.yaml", ORIGIN_EXTRA, &tr, &d);
	ck_assert(strstr(seen.log, " set-by ") && strstr(seen.log, " instructions "));
	module_free(m);
	diag_free(&d);
}
END_TEST

START_TEST(test_no_translator)
{
	struct module *m = load("selfcheck.yaml");
	ck_assert_str_eq(m->title, "A self-check");
	module_free(m);
}
END_TEST

START_TEST(test_not_a_mapping)
{
	struct diag d;
	diag_init(&d);
	const char *path = TEST_DATA "/hostile/scalar-document.yaml";
	ck_assert_ptr_null(module_load(path, ORIGIN_EXTRA, NULL, &d));
	ck_assert_uint_eq(d.n, 1);
	char *got = ct_msg(&d, 0);
	char *want = xasprintf("%s:1:1: error: a module must be a mapping of keys such as "
	                       "'steady: 1', 'id:' and 'title:'",
	                       path);
	ck_assert_str_eq(got, want);
	free(want);
	free(got);
	diag_free(&d);
}
END_TEST

/* A file with hundreds of problems gets them counted, but only 50 shown. */
START_TEST(test_error_cap)
{
	char *dir = ct_tmpdir();
	char *path = xasprintf("%s/many.yaml", dir);
	FILE *f = fopen(path, "w");
	fputs("steady: 1\nid: many\ntitle: T\nsummary: S\nminutes: 1\nsteps:\n", f);
	for (int i = 0; i < 200; i++)
		fputs("  - type: nothing\n", f);
	fclose(f);
	struct diag d;
	diag_init(&d);
	ck_assert_ptr_null(module_load(path, ORIGIN_EXTRA, NULL, &d));
	ck_assert_uint_eq(d.errors, 200);
	ck_assert_uint_eq(d.n, DIAG_MAX_PER_FILE + 1);
	ck_assert_int_eq(d.msgs[DIAG_MAX_PER_FILE].level, DIAG_NOTE);
	ck_assert_str_eq(d.msgs[DIAG_MAX_PER_FILE].text,
	                 "too many problems in this file; the rest are not shown");
	diag_free(&d);
	ct_rmtree(dir);
	free(path);
	free(dir);
}
END_TEST

/* The "regions:" lists as written, and which steps a reader of each region sees. */
START_TEST(test_model_regions)
{
	struct module *m = load("regions.yaml");
	ck_assert_uint_eq(m->n_steps, 7);
	ck_assert_uint_eq(m->steps[0].n_regions, 0);
	ck_assert_uint_eq(m->steps[1].n_regions, 2);
	ck_assert_str_eq(m->steps[1].regions[0], "GB");
	ck_assert_str_eq(m->steps[1].regions[1], "IE");
	ck_assert_int_eq(m->steps[1].regions_pos[1].line, 17);
	ck_assert_int_eq(m->steps[1].regions_pos[1].col, 19);
	ck_assert_str_eq(m->steps[2].regions[0], MODULE_REGION_OTHER);
	size_t from, to;
	module_region_run(m, 2, &from, &to);
	ck_assert_uint_eq(from, 1);
	ck_assert_uint_eq(to, 3);
	module_region_run(m, 4, &from, &to);
	ck_assert_uint_eq(from, 4);
	ck_assert_uint_eq(to, 6);
	module_region_run(m, 0, &from, &to);
	ck_assert_uint_eq(from, 0);
	ck_assert_uint_eq(to, 1);
	/* Each region's steps, as a string of step numbers. */
	static const char *const want[][2] = {
	        {"GB", "01356"},  {"IE", "01356"}, {"NL", "023456"}, {"DE", "02356"},
	        {"INT", "02356"}, {"", "02356"},   {NULL, "02356"},
	};
	for (size_t r = 0; r < sizeof want / sizeof want[0]; r++) {
		char got[8] = "";
		for (size_t i = 0, n = 0; i < m->n_steps; i++)
			if (module_step_shown(m, i, want[r][0]))
				got[n++] = (char)('0' + i);
		ck_assert_msg(strcmp(got, want[r][1]) == 0, "%s sees %s, not %s",
		              want[r][0] ? want[r][0] : "(none)", got, want[r][1]);
		ck_assert_uint_eq(module_steps_shown(m, want[r][0]), strlen(want[r][1]));
	}
	ck_assert_uint_eq(module_step_number(m, 5, "GB"), 4);
	ck_assert_uint_eq(module_step_number(m, 2, "GB"), 3); /* hidden: the next one's */
	ck_assert_uint_eq(module_step_number(m, 5, "NL"), 5);
	ck_assert_uint_eq(module_step_number(m, 0, "NL"), 1);
	module_free(m);
}
END_TEST

/* Loads text as a module file; the messages into d, the module (or NULL) returned. */
static struct module *load_text(const char *text, struct diag *d, char **path)
{
	char *dir = ct_tmpdir();
	*path = xasprintf("%s/m.yaml", dir);
	ct_write(*path, text, strlen(text));
	struct module *m = module_load(*path, ORIGIN_EXTRA, NULL, d);
	unlink(*path);
	rmdir(dir);
	free(dir);
	return m;
}

#define HEAD "steady: 1\nid: r\ntitle: T\nsummary: S\nminutes: 1\nsteps:\n"

/* A run with no 'other', one region twice in a list, and two pages of one title for one
 * region are warnings: the module loads. */
START_TEST(test_regions_warnings)
{
	struct diag d;
	diag_init(&d);
	char *path;
	struct module *m = load_text(HEAD "  - type: page\n"
	                                  "    title: A\n"
	                                  "    regions: [GB, GB]\n"
	                                  "    text: x\n"
	                                  "  - type: page\n"
	                                  "    title: A\n"
	                                  "    regions: [US, GB]\n"
	                                  "    text: y\n"
	                                  "  - type: page\n"
	                                  "    title: B\n"
	                                  "    regions: [US]\n"
	                                  "    text: z\n"
	                                  "  - type: page\n"
	                                  "    text: all\n",
	                             &d, &path);
	ck_assert_ptr_nonnull(m);
	ck_assert_uint_eq(d.errors, 0);
	ck_assert_uint_eq(d.n, 3);
	const char *want[] = {
	        ":9:19: warning: 'GB' is named twice in this list",
	        ":13:19: warning: 'GB' is also named by the page on line 7, which has the same "
	        "title: readers there see both pages",
	        ":9:15: warning: no step from here to line 15 has 'other' in its 'regions', so "
	        "readers of every other region see nothing here",
	};
	for (size_t i = 0; i < 3; i++) {
		char *got = ct_msg(&d, i), *full = xasprintf("%s%s", path, want[i]);
		ck_assert_str_eq(got, full);
		free(got);
		free(full);
	}
	ck_assert_uint_eq(m->steps[0].n_regions, 1);
	/* A page of another title and a question may be shown to one region with it. */
	module_free(m);
	free(path);
	diag_free(&d);
	diag_init(&d);
	m = load_text(HEAD "  - type: page\n"
	                   "    title: A\n"
	                   "    regions: [GB, other]\n"
	                   "    text: x\n"
	                   "  - type: page\n"
	                   "    title: B\n"
	                   "    regions: [GB]\n"
	                   "    text: y\n"
	                   "  - type: text\n"
	                   "    id: q\n"
	                   "    regions: [other, GB]\n"
	                   "    prompt: Why?\n",
	              &d, &path);
	ck_assert_ptr_nonnull(m);
	ck_assert_uint_eq(d.n, 0);
	module_free(m);
	free(path);
	diag_free(&d);
}
END_TEST

/* A code no helpline region has is an error, with the code meant when it is near one. */
START_TEST(test_regions_codes)
{
	struct diag d;
	diag_init(&d);
	struct library lib = {0};
	lib.helplines = helplines_load(TEST_DATA "/../../content/helplines.yaml", NULL, &d);
	ck_assert_ptr_nonnull(lib.helplines);
	char *path;
	struct module *m = load_text(HEAD "  - type: page\n"
	                                  "    regions: [gb, UK, DEU, Other, XX, NL, other]\n"
	                                  "    text: x\n",
	                             &d, &path);
	ck_assert_ptr_nonnull(m);
	ck_assert_uint_eq(d.n, 0);
	ck_assert_uint_eq(library_check_regions(&lib, m, &d), 5);
	const char *want[] = {
	        ":8:15: error: no helpline region has the code 'gb'; did you mean 'GB'?",
	        ":8:19: error: no helpline region has the code 'UK'; did you mean 'GB'?",
	        ":8:23: error: no helpline region has the code 'DEU'; did you mean 'DE'?",
	        ":8:28: error: no helpline region has the code 'Other'; did you mean 'other'?",
	        ":8:35: error: no helpline region has the code 'XX' ('steady helplines --region "
	        "list' names them)",
	};
	ck_assert_uint_eq(d.n, 5);
	for (size_t i = 0; i < 5; i++) {
		char *got = ct_msg(&d, i), *full = xasprintf("%s%s", path, want[i]);
		ck_assert_str_eq(got, full);
		free(got);
		free(full);
	}
	/* Without a helpline directory nothing can be checked. */
	struct library none = {0};
	ck_assert_uint_eq(library_check_regions(&none, m, &d), 0);
	module_free(m);
	free(path);
	diag_free(&d);
	helplines_free(lib.helplines);
}
END_TEST

static Suite *suite(void)
{
	Suite *s = suite_create("module_load");
	TCase *tc = tcase_create("format");
	tcase_add_test(tc, test_invalid_fixtures);
	tcase_add_test(tc, test_valid_fixtures);
	tcase_add_test(tc, test_model_head);
	tcase_add_test(tc, test_model_purpose);
	tcase_add_test(tc, test_plan_sections_are_the_diarys);
	tcase_add_test(tc, test_model_steps);
	tcase_add_test(tc, test_model_other_steps);
	tcase_add_test(tc, test_model_selfcheck);
	tcase_add_test(tc, test_model_homework);
	tcase_add_test(tc, test_model_regions);
	tcase_add_test(tc, test_regions_warnings);
	tcase_add_test(tc, test_regions_codes);
	tcase_add_test(tc, test_translate);
	tcase_add_test(tc, test_translate_fields);
	tcase_add_test(tc, test_no_translator);
	tcase_add_test(tc, test_not_a_mapping);
	tcase_add_test(tc, test_error_cap);
	suite_add_tcase(s, tc);
	return s;
}

int main(void)
{
	return unit_run(suite());
}
