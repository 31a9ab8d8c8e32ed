/* SPDX-FileCopyrightText: 2026 The steady authors */
/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * test_helplines_text.c: the helplines as plain text: the kinds asked for
 * and no others, only the details a service has, lines within the width
 * without a word lost, nothing but printable text, and the short crisis
 * form for a tiny screen. A sentence around the directory's words is never
 * half translated.
 */
#include "config.h"

#include <check.h>
#include <libintl.h>
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "content/helplines_text.h"
#include "content/module_load.h"
#include "content_test.h"
#include "unit.h"
#include "util/utf8.h"
#include "util/wrap.h"

#define HL TEST_DATA "/helplines"

static struct helplines *h;
static const struct region *gb;
static struct buf out;

static void setup(void)
{
	/* Widths of non-ASCII characters come from the locale. */
	if (!setlocale(LC_ALL, "C.UTF-8"))
		setlocale(LC_ALL, "en_US.UTF-8");
	struct diag d;
	diag_init(&d);
	h = helplines_load(HL "/valid.yaml", NULL, &d);
	ck_assert_ptr_nonnull(h);
	diag_free(&d);
	gb = helplines_find(h, "GB");
	ck_assert_ptr_nonnull(gb);
	buf_init(&out);
}

static void teardown(void)
{
	buf_free(&out);
	helplines_free(h);
}

static const char *text(const struct region *r, unsigned kinds, int width)
{
	out.len = 0;
	helplines_text(&out, h, r, kinds, width);
	ck_assert_ptr_nonnull(out.data);
	return out.data;
}

/* 1 when a line of s starts with the given text. */
static int has_line(const char *s, const char *start)
{
	size_t n = strlen(start);
	for (const char *p = s; p; p = strchr(p, '\n'), p = p ? p + 1 : NULL)
		if (strncmp(p, start, n) == 0)
			return 1;
	return 0;
}

/* Fails when a line of s is wider than width columns. */
static void assert_within(const char *s, int width)
{
	for (const char *p = s; *p;) {
		size_t n = strcspn(p, "\n");
		int w = wrap_width(p, n);
		ck_assert_msg(w <= width, "%d columns at width %d: '%.*s'", w, width, (int)n, p);
		ck_assert_msg(n == 0 || p[n - 1] != ' ', "a space ends '%.*s'", (int)n, p);
		p += n + (p[n] == '\n');
	}
}

/* s without its spaces, line breaks and the hyphens wrapping puts at the
 * end of a line inside a word: what wrapping must not change. */
static char *letters(const char *s)
{
	struct buf b;
	buf_init(&b);
	for (const char *p = s; *p; p++)
		if (*p != ' ' && *p != '\n' && !(*p == '-' && p[1] == '\n'))
			buf_putc(&b, *p);
	return buf_take(&b);
}

START_TEST(test_all)
{
	const char *s = text(gb, HELPLINE_ALL, 0);
	ck_assert_msg(has_line(s, "Helplines: United Kingdom\n"), "%s", s);
	ck_assert(has_line(s, "If you or anyone else is in danger right now, call 999 or 112.\n"));
	ck_assert(has_line(s, "Test prevention line (prevention service)\n"));
	ck_assert(has_line(s, "  Phone  0800 000 000\n"));
	ck_assert(has_line(s, "  Web    example.org\n"));
	ck_assert(has_line(s, "  Chat   example.org/chat\n"));
	ck_assert(has_line(s, "  Email  help@example.org\n"));
	ck_assert(has_line(s, "  Free and confidential.\n"));
	ck_assert(has_line(s, "Test crisis line (crisis line)\n"));
	ck_assert(has_line(s, "  Text   Text 000\n"));
	ck_assert(has_line(s, "This list was last checked in November 2026."));
	/* Prevention comes first, as on Get help now. */
	const char *prevention = strstr(s, "Test prevention line"),
	           *crisis = strstr(s, "Test crisis");
	ck_assert(prevention && crisis && prevention < crisis);
	ck_assert_ptr_null(strstr(s, "\n\n\n"));
	ck_assert_int_eq(s[strlen(s) - 1], '\n');
}
END_TEST

START_TEST(test_kinds)
{
	const char *s = text(gb, HELPLINE_CRISIS, 0);
	ck_assert(has_line(s, "Test crisis line (crisis line)\n"));
	ck_assert_ptr_null(strstr(s, "Test prevention line"));
	/* The emergency number is shown whatever the kinds. */
	ck_assert_ptr_nonnull(strstr(s, "call 999 or 112."));
	s = text(gb, HELPLINE_PREVENTION, 0);
	ck_assert_ptr_nonnull(strstr(s, "Test prevention line"));
	ck_assert_ptr_null(strstr(s, "Test crisis line"));
	s = text(gb, HELPLINE_FAMILY | HELPLINE_EMERGENCY, 0);
	ck_assert_ptr_null(strstr(s, "Test "));
	ck_assert(has_line(s, "No services of this kind are listed for United Kingdom.\n"));
}
END_TEST

START_TEST(test_missing_fields)
{
	/* The crisis line has only a text number: no other label shows. */
	const char *s = text(gb, HELPLINE_CRISIS, 0);
	ck_assert(has_line(s, "  Text "));
	ck_assert(!has_line(s, "  Phone"));
	ck_assert(!has_line(s, "  Web"));
	ck_assert(!has_line(s, "  Chat"));
	ck_assert(!has_line(s, "  Email"));
	s = text(gb, HELPLINE_PREVENTION, 0);
	ck_assert(!has_line(s, "  Text"));
	/* INT has no emergency number, and the directory may be unknown. */
	const struct region *in = helplines_find(h, "INT");
	out.len = 0;
	helplines_text(&out, NULL, in, HELPLINE_ALL, 0);
	ck_assert_ptr_null(strstr(out.data, "danger right now"));
	ck_assert_ptr_null(strstr(out.data, "last checked"));
	ck_assert(has_line(out.data, "  Web    example.net\n"));
	/* Only a line break and the text after it: no label, no empty line. */
	struct helpline bare = {.name = "Bare", .kind = HELPLINE_CRISIS, .web = "bare.example"};
	struct region r = {.id = "GB", .name = "Here", .services = &bare, .n_services = 1};
	out.len = 0;
	helplines_text(&out, NULL, &r, HELPLINE_ALL, 0);
	ck_assert_str_eq(out.data,
	                 "Helplines: Here\n\nBare (crisis line)\n  Web    bare.example\n");
}
END_TEST

START_TEST(test_wrap_width)
{
	char *flat = letters(text(gb, HELPLINE_ALL, 0));
	for (int width = 4; width <= 80; width++) {
		const char *s = text(gb, HELPLINE_ALL, width);
		assert_within(s, width);
		char *got = letters(s);
		ck_assert_msg(strcmp(got, flat) == 0, "width %d lost or changed a letter:\n%s",
		              width, s);
		free(got);
	}
	free(flat);
	const char *s = text(gb, HELPLINE_ALL, 20);
	assert_within(s, 20);
	/* At 20 columns the text wraps, and a value goes on under itself. */
	ck_assert(has_line(s, "If you or anyone\n"));
	ck_assert(has_line(s, "  Phone  0800 000\n"));
	ck_assert(has_line(s, "         000\n"));
}
END_TEST

START_TEST(test_hanging_indent)
{
	struct helpline long_one = {
	        .name = "Line",
	        .kind = HELPLINE_PREVENTION,
	        .phone = "0800 111 222 333 444 555 666",
	        .notes = "Free, confidential and open at every hour of the day.",
	};
	struct region r = {.id = "GB", .name = "Here", .services = &long_one, .n_services = 1};
	out.len = 0;
	helplines_text(&out, NULL, &r, HELPLINE_ALL, 30);
	ck_assert_str_eq(out.data, "Helplines: Here\n\n"
	                           "Line (prevention service)\n"
	                           "  Phone  0800 111 222 333 444\n"
	                           "         555 666\n"
	                           "  Free, confidential and open\n"
	                           "  at every hour of the day.\n");
}
END_TEST

START_TEST(test_printable)
{
	struct helpline bad = {
	        .name = "Bad\x1b[2J name\x07",
	        .kind = HELPLINE_CRISIS,
	        .phone = "0800\t000\xc2\x9b"
	                 "1m",
	        .notes = "Line one\nline two \xff end\r",
	};
	struct region r = {.id = "GB",
	                   .name = "R\x1b]0;title\x07",
	                   .emergency = "1\x7f"
	                                "12",
	                   .services = &bad,
	                   .n_services = 1};
	for (int width = 0; width <= 40; width += 20) {
		out.len = 0;
		helplines_text(&out, NULL, &r, HELPLINE_ALL, width);
		helplines_text_crisis(&out, &r, width);
		const unsigned char *p = (const unsigned char *)out.data;
		for (size_t i = 0; i < out.len; i++) {
			ck_assert_msg(p[i] == '\n' || (p[i] >= 0x20 && p[i] != 0x7f),
			              "byte 0x%02x at %zu", p[i], i);
			/* No C1 control either (U+0080 to U+009F). */
			ck_assert(!(p[i] == 0xc2 && i + 1 < out.len && p[i + 1] >= 0x80 &&
			            p[i + 1] <= 0x9f));
		}
		ck_assert(utf8_valid(out.data, out.len));
		ck_assert_ptr_nonnull(strstr(out.data, "Bad\xef\xbf\xbd[2J name\xef\xbf\xbd"));
		ck_assert_ptr_nonnull(strstr(out.data, "line two \xef\xbf\xbd end"));
	}
	/* The notes keep their own line breaks, each line indented. */
	ck_assert(has_line(out.data, "  line two"));
}
END_TEST

START_TEST(test_crisis)
{
	out.len = 0;
	helplines_text_crisis(&out, gb, 0);
	ck_assert_str_eq(out.data, "Emergency: 999 or 112\nTest crisis line: Text 000\n");
	out.len = 0;
	helplines_text_crisis(&out, gb, 12);
	assert_within(out.data, 12);
	ck_assert_str_eq(out.data, "Emergency:\n999 or 112\nTest crisis\nline: Text\n000\n");
	/* No crisis line and no emergency number: nothing to add. */
	out.len = 0;
	helplines_text_crisis(&out, helplines_find(h, "INT"), 0);
	ck_assert_uint_eq(out.len, 0);
}
END_TEST

START_TEST(test_no_region)
{
	out.len = 0;
	helplines_text(&out, h, NULL, HELPLINE_ALL, 0);
	ck_assert_ptr_nonnull(strstr(out.data, "112 in Europe, 999 in the UK, 911 in the US"));
	out.len = 0;
	helplines_text_crisis(&out, NULL, 24);
	assert_within(out.data, 24);
	ck_assert_ptr_nonnull(strstr(out.data, "911"));
}
END_TEST

START_TEST(test_regions)
{
	out.len = 0;
	helplines_text_regions(&out, h);
	ck_assert_str_eq(out.data, "GB   United Kingdom\nINT  Everywhere else\n");
}
END_TEST

/* A translator that knows the region's name in German, but not its
 * emergency numbers: the state of a catalogue a translator is part way
 * through. */
static char *german_name(void *ctx, const struct content_string *s)
{
	(void)ctx;
	if (strcmp(s->field, "region") == 0 && strcmp(s->msgid, "United Kingdom") == 0)
		return strdup("Vereinigtes Königreich");
	return NULL;
}

static const struct region *load_german(void)
{
	helplines_free(h);
	struct diag d;
	diag_init(&d);
	struct content_tr tr = {german_name, NULL};
	h = helplines_load(HL "/valid.yaml", &tr, &d);
	ck_assert_ptr_nonnull(h);
	diag_free(&d);
	const struct region *r = helplines_find(h, "GB");
	ck_assert_ptr_nonnull(r);
	ck_assert_str_eq(r->name, "Vereinigtes Königreich");
	ck_assert_str_eq(r->name_en, "United Kingdom");
	ck_assert_ptr_null(r->emergency_en);
	return r;
}

/* The interface in German, from a catalogue made here for two sentences. */
static void interface_in_german(void)
{
	char dir[] = "/tmp/steady-unit-XXXXXX";
	ck_assert_ptr_nonnull(mkdtemp(dir));
	char path[256], cmd[768];
	snprintf(path, sizeof path, "%s/de.po", dir);
	FILE *f = fopen(path, "w");
	ck_assert_ptr_nonnull(f);
	fputs("msgid \"\"\nmsgstr \"Content-Type: text/plain; charset=UTF-8\\n\"\n\n"
	      "msgid \"Helplines: %s\"\nmsgstr \"Hilfetelefone: %s\"\n\n"
	      "msgid \"If you or anyone else is in danger right now, call %s.\"\n"
	      "msgstr \"Wenn Sie in Gefahr sind, rufen Sie %s an.\"\n",
	      f);
	ck_assert_int_eq(fclose(f), 0);
	snprintf(cmd, sizeof cmd,
	         "mkdir -p %s/de/LC_MESSAGES && msgfmt -o %s/de/LC_MESSAGES/%s.mo %s", dir, dir,
	         PACKAGE, path);
	ck_assert_int_eq(system(cmd), 0);
	setenv("LANGUAGE", "de", 1);
	bindtextdomain(PACKAGE, dir);
	textdomain(PACKAGE);
	ck_assert_str_eq(gettext("Helplines: %s"), "Hilfetelefone: %s");
	snprintf(cmd, sizeof cmd, "rm -rf %s", dir);
	ck_assert_int_eq(system(cmd), 0); /* the loaded catalogue stays in memory */
}

/* A translated name in an English sentence would be half and half: both
 * are English. */
START_TEST(test_whole_english)
{
	const char *t = text(load_german(), HELPLINE_ALL, 0);
	ck_assert_msg(has_line(t, "Helplines: United Kingdom"), "%s", t);
	ck_assert_ptr_null(strstr(t, "Königreich"));
}
END_TEST

/* Both translated: both German. A German sentence around untranslated
 * emergency numbers ("999 or 112") would be half and half: both English. */
START_TEST(test_whole_german)
{
	const struct region *r = load_german();
	interface_in_german();
	const char *t = text(r, HELPLINE_ALL, 0);
	ck_assert_msg(has_line(t, "Hilfetelefone: Vereinigtes Königreich"), "%s", t);
	ck_assert_msg(has_line(t, "If you or anyone else is in danger right now, call 999 or 112."),
	              "%s", t);
	ck_assert_ptr_null(strstr(t, "rufen Sie"));
}
END_TEST

static Suite *suite(void)
{
	Suite *s = suite_create("helplines_text");
	TCase *tc = tcase_create("text");
	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_add_test(tc, test_all);
	tcase_add_test(tc, test_kinds);
	tcase_add_test(tc, test_missing_fields);
	tcase_add_test(tc, test_wrap_width);
	tcase_add_test(tc, test_hanging_indent);
	tcase_add_test(tc, test_printable);
	tcase_add_test(tc, test_crisis);
	tcase_add_test(tc, test_no_region);
	tcase_add_test(tc, test_regions);
	tcase_add_test(tc, test_whole_english);
	tcase_add_test(tc, test_whole_german);
	suite_add_tcase(s, tc);
	return s;
}

int main(void)
{
	return unit_run(suite());
}
