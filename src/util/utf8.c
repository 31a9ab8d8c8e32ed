/* SPDX-FileCopyrightText: 2026 The steady authors */
/* SPDX-License-Identifier: GPL-3.0-or-later */
/* utf8.c: checking whole strings of UTF-8 (utf8.h). */
#include "config.h"

#include <string.h>

#include "util/utf8.h"

int utf8_valid(const char *p, size_t n)
{
	const unsigned char *u = (const unsigned char *)p;
	for (size_t i = 0; i < n;) {
		if (u[i] == 0)
			return 0;
		if (u[i] < 0x80) {
			i++;
			/* Most text is ASCII: eight bytes at a time while none has
			 * the high bit set or is NUL. */
			while (n - i >= 8) {
				uint64_t w;
				memcpy(&w, u + i, 8);
				if ((w & 0x8080808080808080u) ||
				    ((w - 0x0101010101010101u) & ~w & 0x8080808080808080u))
					break;
				i += 8;
			}
			continue;
		}
		uint32_t cp;
		size_t k = utf8_decode(u + i, n - i, &cp);
		if (!k)
			return 0;
		i += k;
	}
	return 1;
}

size_t utf8_chars(const char *p, size_t n)
{
	size_t k = 0;
	for (size_t i = 0; i < n; i++)
		if (((unsigned char)p[i] & 0xC0) != 0x80)
			k++;
	return k;
}
