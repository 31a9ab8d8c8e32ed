/* SPDX-FileCopyrightText: 2026 The steady authors */
/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * utf8.h: UTF-8 by one set of rules everywhere (the diary's strings, its
 * search, the content checks): no overlong forms, no surrogates, nothing
 * above U+10FFFF.
 */
#ifndef STEADY_UTIL_UTF8_H
#define STEADY_UTIL_UTF8_H

#include <stddef.h>
#include <stdint.h>

/* The length (1 to 4) of the valid sequence at s, with n > 0 bytes left,
 * and its code point in *cp; 0 when the bytes there are not valid UTF-8.
 * Inline: the diary's search decodes every character with it. */
static inline size_t utf8_decode(const unsigned char *s, size_t n, uint32_t *cp)
{
	unsigned char c = s[0];
	size_t need;
	uint32_t v, min;
	if (c < 0x80) {
		*cp = c;
		return 1;
	} else if ((c & 0xE0) == 0xC0) {
		need = 1, v = c & 0x1F, min = 0x80;
	} else if ((c & 0xF0) == 0xE0) {
		need = 2, v = c & 0x0F, min = 0x800;
	} else if ((c & 0xF8) == 0xF0) {
		need = 3, v = c & 0x07, min = 0x10000;
	} else {
		return 0;
	}
	if (need >= n)
		return 0;
	for (size_t i = 1; i <= need; i++) {
		if ((s[i] & 0xC0) != 0x80)
			return 0;
		v = (v << 6) | (s[i] & 0x3F);
	}
	if (v < min || v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF))
		return 0;
	*cp = v;
	return need + 1;
}

/* 1 when the n bytes at p are valid UTF-8 text without a NUL byte. */
int utf8_valid(const char *p, size_t n);

/* The characters (code points) in n bytes of UTF-8: every byte that does not continue one. */
size_t utf8_chars(const char *p, size_t n);

#endif
