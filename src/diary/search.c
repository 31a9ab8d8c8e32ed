/* SPDX-FileCopyrightText: 2026 The steady authors */
/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * search.c: case-insensitive search in UTF-8 text (see search.h for the
 * rules). The decoding is done here rather than with mbrtowc() so that the
 * result does not depend on the locale's character set: the diary is
 * always UTF-8.
 */
#include "config.h"

#include <stddef.h>
#include <string.h>
#include <wctype.h>

#include "diary/search.h"
#include "util/utf8.h"

/* Decodes one code point at s (n bytes left, n > 0); sets *len. Invalid or
 * overlong sequences give the byte itself plus 0x110000, which matches only
 * the same invalid byte. */
static uint32_t utf8_next(const unsigned char *s, size_t n, size_t *len)
{
	uint32_t cp;
	*len = utf8_decode(s, n, &cp);
	if (*len)
		return cp;
	*len = 1;
	return 0x110000u + s[0];
}

uint32_t search_fold(uint32_t cp)
{
	if (cp < 0x80)
		return (cp >= 'A' && cp <= 'Z') ? cp + 32 : cp;
	if (cp > 0x10FFFF)
		return cp;
	/* The locale knows the most; the table below covers the C locale. */
	wint_t w = towlower((wint_t)cp);
	if ((uint32_t)w != cp)
		return (uint32_t)w;
	if (cp >= 0xC0 && cp <= 0xDE && cp != 0xD7)
		return cp + 0x20; /* Latin-1: À..Þ */
	if (cp >= 0x100 && cp <= 0x137)
		return cp | 1; /* Latin Extended-A pairs: Ā ā ... Ķ ķ */
	if (cp >= 0x139 && cp <= 0x148)
		return (cp & 1) ? cp + 1 : cp; /* Ĺ ĺ ... Ň ň */
	if (cp >= 0x14A && cp <= 0x177)
		return cp | 1; /* Ŋ ŋ ... Ŷ ŷ */
	if (cp == 0x178)
		return 0xFF; /* Ÿ */
	if (cp >= 0x179 && cp <= 0x17E)
		return (cp & 1) ? cp + 1 : cp; /* Ź ź ... Ž ž */
	if (cp >= 0x391 && cp <= 0x3AB && cp != 0x3A2)
		return cp + 0x20; /* Greek capitals */
	if (cp >= 0x410 && cp <= 0x42F)
		return cp + 0x20; /* Cyrillic А..Я */
	if (cp >= 0x400 && cp <= 0x40F)
		return cp + 0x50; /* Cyrillic Ѐ..Џ */
	return cp;
}

/* search_fold() of an ASCII byte, inline for the comparison loop. */
static inline unsigned char ascii_lower(unsigned char c)
{
	return c >= 'A' && c <= 'Z' ? (unsigned char)(c + 32) : c;
}

/* 1 when the needle matches at h (bytes left hn); folds as it goes. */
static int match_at(const unsigned char *h, size_t hn, const unsigned char *nd, size_t nn)
{
	size_t i = 0, j = 0;
	while (j < nn) {
		if (i >= hn)
			return 0;
		/* ASCII against ASCII, the common case, without decoding. */
		if (h[i] < 0x80 && nd[j] < 0x80) {
			if (ascii_lower(h[i]) != ascii_lower(nd[j]))
				return 0;
			i++;
			j++;
			continue;
		}
		size_t hl, nl;
		uint32_t a = search_fold(utf8_next(h + i, hn - i, &hl));
		uint32_t b = search_fold(utf8_next(nd + j, nn - j, &nl));
		if (a != b)
			return 0;
		i += hl;
		j += nl;
	}
	return 1;
}

int search_contains(const char *haystack, const char *needle)
{
	if (!needle || !needle[0])
		return 1;
	if (!haystack)
		return 0;
	const unsigned char *h = (const unsigned char *)haystack;
	const unsigned char *nd = (const unsigned char *)needle;
	size_t hn = strlen(haystack), nn = strlen(needle), l0;
	uint32_t first = search_fold(utf8_next(nd, nn, &l0));
	if (first < 0x80) {
		/*
		 * An ASCII first letter can only start a match at either case of
		 * itself, or at U+0130 (dotted I, lead byte 0xC4) or U+212A (Kelvin
		 * sign, 0xE2), the only other letters that lower-case to ASCII.
		 * memchr() finds those bytes many at a time; match_at() then
		 * compares in full, so the candidates may be generous.
		 */
		unsigned char want[3];
		size_t k = 0;
		want[k++] = (unsigned char)first;
		if (first >= 'a' && first <= 'z')
			want[k++] = (unsigned char)(first - 'a' + 'A');
		if (first == 'i' || first == 'k')
			want[k++] = first == 'i' ? 0xC4 : 0xE2;
		/* The next place of each candidate byte, from memchr(); the nearest is tried. */
		const unsigned char *next[3];
		for (size_t j = 0; j < k; j++)
			next[j] = memchr(h, want[j], hn);
		for (;;) {
			size_t at = k;
			for (size_t j = 0; j < k; j++)
				if (next[j] && (at == k || next[j] < next[at]))
					at = j;
			if (at == k)
				return 0;
			size_t i = (size_t)(next[at] - h);
			/* Most candidates fail at the second letter: look at it first
			 * (h[i + 1] is at worst the terminating NUL). */
			int second_differs = h[i] < 0x80 && nn > 1 && nd[1] < 0x80 &&
			                     h[i + 1] < 0x80 &&
			                     ascii_lower(h[i + 1]) != ascii_lower(nd[1]);
			if (!second_differs && match_at(h + i, hn - i, nd, nn))
				return 1;
			next[at] = memchr(h + i + 1, want[at], hn - i - 1);
		}
	}
	/* A non-ASCII first letter: try at every character. */
	for (size_t i = 0; i < hn;) {
		if (h[i] >= 0x80 && match_at(h + i, hn - i, nd, nn))
			return 1;
		size_t l;
		utf8_next(h + i, hn - i, &l);
		i += l;
	}
	return 0;
}
