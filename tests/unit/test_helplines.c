/* SPDX-FileCopyrightText: 2026 The steady authors */
/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * test_helplines.c: the helpline directory: loading, the rules of its
 * format (tests/data/helplines/invalid/, one "# expect:" line each), region
 * choice with its fallback, and the locale's region.
 */
#include "config.h"

#include <check.h>

#include "content/library.h"
#include "content/module_load.h"
#include "content_test.h"
#include "unit.h"

#define HL TEST_DATA "/helplines"

static struct helplines *load_valid(const struct content_tr *tr)
{
	struct diag d;
	diag_init(&d);
	struct helplines *h = helplines_load(HL "/valid.yaml", tr, &d);
	ck_assert_ptr_nonnull(h);
	ck_assert_uint_eq(d.n, 0);
	diag_free(&d);
	return h;
}

START_TEST(test_valid)
{
	struct helplines *h = load_valid(NULL);
	ck_assert_str_eq(h->checked, "2026-11");
	ck_assert_str_eq(h->calling, "The person who answers will *listen*.");
	ck_assert_uint_eq(h->n_regions, 2);
	const struct region *gb = &h->regions[0];
	ck_assert_str_eq(gb->id, "GB");
	ck_assert_str_eq(gb->emergency, "999 or 112");
	ck_assert_uint_eq(gb->n_services, 2);
	const struct helpline *s = &gb->services[0];
	ck_assert_str_eq(s->name, "Test prevention line");
	ck_assert_int_eq(s->kind, HELPLINE_PREVENTION);
	ck_assert_str_eq(s->phone, "0800 000 000");
	ck_assert_str_eq(s->chat, "example.org/chat");
	ck_assert_str_eq(s->email, "help@example.org");
	ck_assert_str_eq(s->source, "example.org, November 2026");
	ck_assert_ptr_null(s->text);
	ck_assert_int_eq(s->pos.line, 11);
	ck_assert_int_eq(gb->services[1].kind, HELPLINE_CRISIS);
	ck_assert_str_eq(gb->services[1].text, "Text 000");
	ck_assert_ptr_null(h->regions[1].emergency);
	ck_assert_str_eq(helpline_kind_name(HELPLINE_FAMILY), "family");
	helplines_free(h);
}
END_TEST

START_TEST(test_region)
{
	struct helplines *h = load_valid(NULL);
	ck_assert_str_eq(helplines_region(h, "GB")->id, "GB");
	ck_assert_str_eq(helplines_region(h, "gb")->id, "GB");
	ck_assert_str_eq(helplines_region(h, "UK")->id, "GB");
	ck_assert_str_eq(helplines_region(h, "uk")->id, "GB");
	ck_assert_str_eq(helplines_region(h, "FR")->id, "INT");
	ck_assert_str_eq(helplines_region(h, "")->id, "INT");
	ck_assert_str_eq(helplines_region(h, NULL)->id, "INT");
	ck_assert_ptr_null(helplines_region(NULL, "GB"));
	helplines_free(h);
}
END_TEST

START_TEST(test_find)
{
	struct helplines *h = load_valid(NULL);
	ck_assert_str_eq(helplines_find(h, "gb")->id, "GB");
	ck_assert_str_eq(helplines_find(h, "UK")->id, "GB");
	ck_assert_str_eq(helplines_find(h, "int")->id, "INT");
	ck_assert_ptr_null(helplines_find(h, "FR"));
	ck_assert_ptr_null(helplines_find(h, ""));
	ck_assert_ptr_null(helplines_find(h, NULL));
	ck_assert_ptr_null(helplines_find(NULL, "GB"));
	helplines_free(h);
}
END_TEST

START_TEST(test_for)
{
	struct helplines *h = load_valid(NULL);
	unsetenv("LC_ALL");
	unsetenv("LC_MESSAGES");
	setenv("LANG", "en_GB.UTF-8", 1);
	/* No setting: the locale's country; a setting wins over it. */
	ck_assert_str_eq(helplines_for(h, "")->id, "GB");
	ck_assert_str_eq(helplines_for(h, NULL)->id, "GB");
	ck_assert_str_eq(helplines_for(h, "INT")->id, "INT");
	/* A setting naming no region falls back to INT, as on the screens. */
	ck_assert_str_eq(helplines_for(h, "FR")->id, "INT");
	setenv("LANG", "fr_FR.UTF-8", 1);
	ck_assert_str_eq(helplines_for(h, "")->id, "INT");
	unsetenv("LANG");
	helplines_free(h);
}
END_TEST

START_TEST(test_order)
{
	unsigned seen = 0;
	for (size_t k = 0; k < HELPLINE_KINDS; k++) {
		ck_assert_uint_eq(seen & helpline_order[k], 0);
		seen |= helpline_order[k];
	}
	ck_assert_uint_eq(seen, HELPLINE_ALL);
	ck_assert_int_eq(helpline_order[0], HELPLINE_PREVENTION);
}
END_TEST

START_TEST(test_month)
{
	char buf[64];
	ck_assert_str_eq(helplines_month("2026-11", buf, sizeof buf), "November 2026");
	ck_assert_str_eq(helplines_month("2026-13", buf, sizeof buf), "2026-13");
	ck_assert_str_eq(helplines_month("soon", buf, sizeof buf), "soon");
	ck_assert_str_eq(helplines_month("2026-11", buf, 4), "2026-11");
}
END_TEST

START_TEST(test_locale_region)
{
	unsetenv("LC_ALL");
	unsetenv("LC_MESSAGES");
	setenv("LANG", "de_DE.UTF-8", 1);
	ck_assert_str_eq(helplines_locale_region(), "DE");
	setenv("LC_MESSAGES", "en_GB", 1);
	ck_assert_str_eq(helplines_locale_region(), "GB");
	setenv("LC_ALL", "nl_nl.utf8@euro", 1);
	ck_assert_str_eq(helplines_locale_region(), "NL");
	setenv("LC_ALL", "C.UTF-8", 1);
	ck_assert_ptr_null(helplines_locale_region());
	setenv("LC_ALL", "", 1);
	ck_assert_str_eq(helplines_locale_region(), "GB");
	unsetenv("LC_ALL");
	unsetenv("LC_MESSAGES");
	unsetenv("LANG");
	ck_assert_ptr_null(helplines_locale_region());
}
END_TEST

START_TEST(test_invalid_fixtures)
{
	size_t n;
	char **files = library_yaml_files(HL "/invalid", &n);
	ck_assert_ptr_nonnull(files);
	ck_assert_uint_ge(n, 10);
	for (size_t i = 0; i < n; i++) {
		char *want = ct_expect(files[i]);
		ck_assert_msg(want != NULL, "%s has no '# expect:' line", files[i]);
		struct diag d;
		diag_init(&d);
		ck_assert_ptr_null(helplines_load(files[i], NULL, &d));
		ct_assert_only(&d, files[i], want);
		free(want);
		diag_free(&d);
		free(files[i]);
	}
	free(files);
}
END_TEST

static char *record(void *ctx, const struct content_string *s)
{
	char *log = ctx;
	size_t len = strlen(log);
	snprintf(log + len, 2048 - len, "%s:%s|", s->field, s->module);
	return strcmp(s->field, "region") == 0 ? xstrdup("Translated") : NULL;
}

START_TEST(test_translate)
{
	char log[2048] = "";
	struct content_tr tr = {record, log};
	struct helplines *h = load_valid(&tr);
	ck_assert_str_eq(log, "calling:helplines|region:helplines|emergency:helplines|"
	                      "service:helplines|notes:helplines|service:helplines|"
	                      "text:helplines|region:helplines|service:helplines|");
	ck_assert_str_eq(h->regions[0].name, "Translated");
	helplines_free(h);
}
END_TEST

static Suite *suite(void)
{
	Suite *s = suite_create("helplines");
	TCase *tc = tcase_create("directory");
	tcase_add_test(tc, test_valid);
	tcase_add_test(tc, test_region);
	tcase_add_test(tc, test_locale_region);
	tcase_add_test(tc, test_find);
	tcase_add_test(tc, test_for);
	tcase_add_test(tc, test_month);
	tcase_add_test(tc, test_order);
	tcase_add_test(tc, test_invalid_fixtures);
	tcase_add_test(tc, test_translate);
	suite_add_tcase(s, tc);
	return s;
}

int main(void)
{
	return unit_run(suite());
}
