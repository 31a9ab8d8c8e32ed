/* SPDX-FileCopyrightText: 2026 The steady authors */
/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test_wrap.c: line breaking by display width. */
#include "config.h"

#include <check.h>
#include <locale.h>
#include <stdlib.h>
#include <string.h>

#include "util/wrap.h"
#include "unit.h"

static struct wrap w;

static void setup(void)
{
	/* Widths of non-ASCII characters come from the locale. */
	if (!setlocale(LC_ALL, "C.UTF-8"))
		setlocale(LC_ALL, "en_US.UTF-8");
	wrap_init(&w);
}

static void teardown(void)
{
	wrap_free(&w);
}

/* Line i of s as a new string. */
static char *line(const char *s, size_t i)
{
	ck_assert_uint_lt(i, w.n);
	size_t n = w.lines[i].end - w.lines[i].start;
	char *p = malloc(n + 1);
	memcpy(p, s + w.lines[i].start, n);
	p[n] = '\0';
	return p;
}

#define LINE_IS(s, i, want)                                                                        \
	do {                                                                                       \
		char *got_ = line(s, i);                                                           \
		ck_assert_str_eq(got_, want);                                                      \
		free(got_);                                                                        \
	} while (0)

START_TEST(test_words)
{
	const char *s = "the urge rises and passes";
	wrap_text(&w, s, strlen(s), 10);
	ck_assert_uint_eq(w.n, 3);
	LINE_IS(s, 0, "the urge ");
	ck_assert_int_eq(w.lines[0].width, 8);
	LINE_IS(s, 1, "rises and ");
	ck_assert_int_eq(w.lines[1].width, 9);
	LINE_IS(s, 2, "passes");
}
END_TEST

START_TEST(test_exact_fit)
{
	const char *s = "abcd efgh";
	wrap_text(&w, s, strlen(s), 4);
	ck_assert_uint_eq(w.n, 2);
	LINE_IS(s, 0, "abcd ");
	ck_assert_int_eq(w.lines[0].width, 4);
	LINE_IS(s, 1, "efgh");
}
END_TEST

START_TEST(test_long_word)
{
	/* Inside a word of letters, a column is left for a hyphen. */
	const char *s = "abcdefghij";
	wrap_text(&w, s, strlen(s), 4);
	ck_assert_uint_eq(w.n, 3);
	LINE_IS(s, 0, "abc");
	ck_assert_int_eq(w.lines[0].hyphen, 1);
	ck_assert_int_eq(w.lines[0].width, 3);
	LINE_IS(s, 1, "def");
	ck_assert_int_eq(w.lines[1].hyphen, 1);
	LINE_IS(s, 2, "ghij");
	ck_assert_int_eq(w.lines[2].hyphen, 0);
}
END_TEST

START_TEST(test_long_word_after_short)
{
	const char *s = "a bcdefgh";
	wrap_text(&w, s, strlen(s), 4);
	ck_assert_uint_eq(w.n, 3);
	LINE_IS(s, 0, "a ");
	ck_assert_int_eq(w.lines[0].hyphen, 0);
	LINE_IS(s, 1, "bcd");
	ck_assert_int_eq(w.lines[1].hyphen, 1);
	LINE_IS(s, 2, "efgh");
}
END_TEST

/* A long German compound at 40 columns: split by display width, not bytes,
 * with a column for the hyphen that shows the word goes on. */
START_TEST(test_long_german_word)
{
	const char *s = "Ein Donaudampfschifffahrtsgesellschaftskapitänsmütze gehört ihm.";
	wrap_text(&w, s, strlen(s), 40);
	ck_assert_uint_eq(w.n, 3);
	LINE_IS(s, 0, "Ein ");
	LINE_IS(s, 1, "Donaudampfschifffahrtsgesellschaftskapi");
	ck_assert_int_eq(w.lines[1].width, 39);
	ck_assert_int_eq(w.lines[1].hyphen, 1);
	LINE_IS(s, 2, "tänsmütze gehört ihm.");
	ck_assert_int_eq(w.lines[2].width, 21);
}
END_TEST

/* No hyphen where one would be misread: an address, a number, Chinese. */
START_TEST(test_no_hyphen)
{
	const char *s = "stopitnow.org.uk/helpline";
	wrap_text(&w, s, strlen(s), 10);
	ck_assert_uint_eq(w.n, 3);
	LINE_IS(s, 0, "stopitnow.");
	ck_assert_int_eq(w.lines[0].hyphen, 0);
	const char *n = "123456789012";
	wrap_text(&w, n, strlen(n), 5);
	LINE_IS(n, 0, "12345");
	ck_assert_int_eq(w.lines[0].hyphen, 0);
	/* Four wide characters, two columns each, at width 5: two a line. */
	const char *z = "\xe4\xbd\xa0\xe5\xa5\xbd\xe4\xbd\xa0\xe5\xa5\xbd";
	wrap_text(&w, z, strlen(z), 5);
	ck_assert_uint_eq(w.n, 2);
	ck_assert_int_eq(w.lines[0].hyphen, 0);
	ck_assert_int_eq(w.lines[0].width, 4);
}
END_TEST

START_TEST(test_empty)
{
	wrap_text(&w, "", 0, 10);
	ck_assert_uint_eq(w.n, 1);
	ck_assert_uint_eq(w.lines[0].start, 0);
	ck_assert_uint_eq(w.lines[0].end, 0);
	ck_assert_int_eq(w.lines[0].width, 0);
}
END_TEST

START_TEST(test_empty_lines)
{
	const char *s = "a\n\nb\n";
	wrap_text(&w, s, strlen(s), 10);
	ck_assert_uint_eq(w.n, 4);
	LINE_IS(s, 0, "a");
	LINE_IS(s, 1, "");
	LINE_IS(s, 2, "b");
	LINE_IS(s, 3, "");
	ck_assert_uint_eq(w.lines[3].start, strlen(s));
}
END_TEST

START_TEST(test_hanging_space_before_newline)
{
	const char *s = "abcd  \nef";
	wrap_text(&w, s, strlen(s), 4);
	ck_assert_uint_eq(w.n, 2);
	LINE_IS(s, 0, "abcd  ");
	LINE_IS(s, 1, "ef");
}
END_TEST

START_TEST(test_width_one)
{
	const char *s = "ab c";
	wrap_text(&w, s, strlen(s), 1);
	ck_assert_uint_eq(w.n, 3);
	LINE_IS(s, 0, "a");
	LINE_IS(s, 1, "b ");
	LINE_IS(s, 2, "c");
}
END_TEST

START_TEST(test_width_zero_is_one)
{
	const char *s = "ab";
	wrap_text(&w, s, strlen(s), 0);
	ck_assert_uint_eq(w.n, 2);
}
END_TEST

START_TEST(test_wide)
{
	/* Four CJK characters, two columns each. */
	const char *s = "\xe6\x97\xa5\xe6\x9c\xac\xe8\xaa\x9e\xe6\x96\x87";
	ck_assert_int_eq(wrap_width(s, strlen(s)), 8);
	wrap_text(&w, s, strlen(s), 5);
	ck_assert_uint_eq(w.n, 2);
	ck_assert_int_eq(w.lines[0].width, 4);
	ck_assert_uint_eq(w.lines[0].end, 6);
	ck_assert_int_eq(w.lines[1].width, 4);
}
END_TEST

START_TEST(test_wide_at_width_one)
{
	const char *s = "\xe6\x97\xa5\xe6\x9c\xac"
	                "a";
	wrap_text(&w, s, strlen(s), 1);
	ck_assert_uint_eq(w.n, 3);
	ck_assert_int_eq(w.lines[0].width, 2);
	ck_assert_uint_eq(w.lines[0].end, 3);
	ck_assert_uint_eq(w.lines[1].end, 6);
	LINE_IS(s, 2, "a");
}
END_TEST

START_TEST(test_combining)
{
	/* "e" + COMBINING ACUTE ACCENT, four times: width 4. */
	const char *s = "e\xcc\x81"
	                "e\xcc\x81"
	                "e\xcc\x81"
	                "e\xcc\x81";
	ck_assert_int_eq(wrap_width(s, strlen(s)), 4);
	wrap_text(&w, s, strlen(s), 3);
	ck_assert_uint_eq(w.n, 2);
	/* The accent stays with its letter: the break falls after it (and a
	 * column is left for the hyphen). */
	ck_assert_uint_eq(w.lines[0].end, 6);
	ck_assert_int_eq(w.lines[0].width, 2);
	ck_assert_int_eq(w.lines[0].hyphen, 1);
	ck_assert_uint_eq(w.lines[1].start, 6);
}
END_TEST

START_TEST(test_combining_at_width_one)
{
	const char *s = "e\xcc\x81"
	                "a";
	wrap_text(&w, s, strlen(s), 1);
	ck_assert_uint_eq(w.n, 2);
	ck_assert_uint_eq(w.lines[0].end, 3);
	LINE_IS(s, 1, "a");
}
END_TEST

START_TEST(test_tabs)
{
	ck_assert_int_eq(wrap_width("\t", 1), WRAP_TAB);
	ck_assert_int_eq(wrap_width("ab\tc", 4), WRAP_TAB + 1);
	const char *s = "ab\tcd";
	wrap_text(&w, s, strlen(s), 6);
	ck_assert_uint_eq(w.n, 2);
	LINE_IS(s, 0, "ab\t");
	ck_assert_int_eq(w.lines[0].width, 2);
	LINE_IS(s, 1, "cd");
}
END_TEST

START_TEST(test_invalid_bytes)
{
	const char *s = "a\xff\xc3(b";
	size_t i = 0;
	ck_assert_uint_eq(wrap_decode(s, strlen(s), &i), 'a');
	ck_assert_uint_eq(wrap_decode(s, strlen(s), &i), WRAP_BAD);
	ck_assert_uint_eq(wrap_decode(s, strlen(s), &i), WRAP_BAD);
	ck_assert_uint_eq(wrap_decode(s, strlen(s), &i), '(');
	ck_assert_int_eq(wrap_width(s, strlen(s)), 5);
	/* Overlong, surrogate, cut off at the end. */
	i = 0;
	ck_assert_uint_eq(wrap_decode("\xc0\xaf", 2, &i), WRAP_BAD);
	ck_assert_uint_eq(i, 1);
	i = 0;
	ck_assert_uint_eq(wrap_decode("\xed\xa0\x80", 3, &i), WRAP_BAD);
	i = 0;
	ck_assert_uint_eq(wrap_decode("\xe6\x97", 2, &i), WRAP_BAD);
	ck_assert_uint_eq(wrap_shown(0x07), WRAP_BAD);
	ck_assert_uint_eq(wrap_shown(0x9b), WRAP_BAD);
	ck_assert_uint_eq(wrap_shown('x'), 'x');
}
END_TEST

START_TEST(test_offset_at)
{
	const char *s = "a\xe6\x97\xa5"
	                "b";
	ck_assert_uint_eq(wrap_offset_at(s, strlen(s), 0), 0);
	ck_assert_uint_eq(wrap_offset_at(s, strlen(s), 1), 1);
	ck_assert_uint_eq(wrap_offset_at(s, strlen(s), 2), 1); /* inside the wide one */
	ck_assert_uint_eq(wrap_offset_at(s, strlen(s), 3), 4);
	ck_assert_uint_eq(wrap_offset_at(s, strlen(s), 9), strlen(s));
}
END_TEST

/* s made printable by wrap_printable(), as a new string. */
static char *printable(const char *s, int breaks)
{
	size_t len = strlen(s), n = 0;
	char *out = malloc(3 * len + 1);
	for (size_t i = 0; i < len;) {
		const char *shown;
		size_t k = wrap_printable(s, len, &i, breaks, &shown);
		memcpy(out + n, shown, k);
		n += k;
	}
	out[n] = '\0';
	return out;
}

#define PRINTABLE_IS(s, breaks, want)                                                              \
	do {                                                                                       \
		char *got_ = printable(s, breaks);                                                 \
		ck_assert_str_eq(got_, want);                                                      \
		free(got_);                                                                        \
	} while (0)

/* Escape sequences, C1 controls and stray bytes become U+FFFD; text stays. */
START_TEST(test_printable)
{
	PRINTABLE_IS("plain Ärger \xe6\x97\xa5", 1, "plain Ärger \xe6\x97\xa5");
	PRINTABLE_IS("\x1b]0;title\x07", 1, "\xef\xbf\xbd]0;title\xef\xbf\xbd");
	PRINTABLE_IS("a\x1b[2Jb\x7f", 1, "a\xef\xbf\xbd[2Jb\xef\xbf\xbd");
	PRINTABLE_IS("\302\23331m", 1, "\357\277\27531m"); /* U+009B, a CSI */
	PRINTABLE_IS("\x9b\xff", 1, "\xef\xbf\xbd\xef\xbf\xbd");
	PRINTABLE_IS("a\r\nb\tc", 1, "a\xef\xbf\xbd\nb c");
	PRINTABLE_IS("a\nb", 0, "a b");
}
END_TEST

/* Every byte of random input is covered once, in order, at every width. */
/* A phone number's groups stay together: the break comes before the number. */
START_TEST(test_number_unbroken)
{
	const char *s = "Stop It Now: 0808 1000 900 (free)";
	wrap_text(&w, s, strlen(s), 20);
	ck_assert_uint_eq(w.n, 2);
	LINE_IS(s, 0, "Stop It Now: ");
	LINE_IS(s, 1, "0808 1000 900 (free)");
	const char *ie = "From Ireland +44 1372 847 161";
	wrap_text(&w, ie, strlen(ie), 16);
	ck_assert_uint_eq(w.n, 2);
	LINE_IS(ie, 0, "From Ireland ");
	LINE_IS(ie, 1, "+44 1372 847 161");
	/* Words between numbers still break; a number wider than the line must. */
	const char * or = "999 or 112";
	wrap_text(&w, or, strlen(or), 6);
	ck_assert_uint_eq(w.n, 2);
	LINE_IS(or, 0, "999 or ");
	const char *wide = "0808 1000 900";
	wrap_text(&w, wide, strlen(wide), 10);
	ck_assert_uint_eq(w.n, 2);
	LINE_IS(wide, 0, "0808 1000 ");
	ck_assert_int_eq(w.lines[0].width, 9);
	LINE_IS(wide, 1, "900");
	wrap_text(&w, wide, strlen(wide), 3);
	LINE_IS(wide, 0, "080");
}
END_TEST

START_TEST(test_random_covers_everything)
{
	srand(7);
	char s[200];
	for (int round = 0; round < 300; round++) {
		size_t n = (size_t)(rand() % (int)sizeof s);
		for (size_t i = 0; i < n; i++) {
			static const char pool[] = "ab \t\n\xe6\x97\xa5\xcc\x81\xff";
			s[i] = pool[rand() % (int)(sizeof pool - 1)];
		}
		int width = 1 + rand() % 12;
		wrap_text(&w, s, n, width);
		ck_assert_uint_ge(w.n, 1);
		size_t at = 0;
		for (size_t i = 0; i < w.n; i++) {
			ck_assert_uint_eq(w.lines[i].start, at);
			ck_assert_uint_ge(w.lines[i].end, w.lines[i].start);
			ck_assert_int_le(w.lines[i].width, width < 2 ? 2 : width);
			at = w.lines[i].end;
			if (at < n && s[at] == '\n')
				at++;
		}
		ck_assert_uint_eq(at, n);
	}
}
END_TEST

int main(void)
{
	Suite *s = suite_create("wrap");
	TCase *tc = tcase_create("wrap");
	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_add_test(tc, test_words);
	tcase_add_test(tc, test_exact_fit);
	tcase_add_test(tc, test_long_word);
	tcase_add_test(tc, test_long_word_after_short);
	tcase_add_test(tc, test_long_german_word);
	tcase_add_test(tc, test_no_hyphen);
	tcase_add_test(tc, test_empty);
	tcase_add_test(tc, test_empty_lines);
	tcase_add_test(tc, test_hanging_space_before_newline);
	tcase_add_test(tc, test_width_one);
	tcase_add_test(tc, test_width_zero_is_one);
	tcase_add_test(tc, test_wide);
	tcase_add_test(tc, test_wide_at_width_one);
	tcase_add_test(tc, test_combining);
	tcase_add_test(tc, test_combining_at_width_one);
	tcase_add_test(tc, test_tabs);
	tcase_add_test(tc, test_invalid_bytes);
	tcase_add_test(tc, test_offset_at);
	tcase_add_test(tc, test_number_unbroken);
	tcase_add_test(tc, test_random_covers_everything);
	tcase_add_test(tc, test_printable);
	tcase_set_timeout(tc, 10);
	suite_add_tcase(s, tc);
	return unit_run(s);
}
