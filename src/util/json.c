/* SPDX-FileCopyrightText: 2026 The steady authors */
/* SPDX-License-Identifier: GPL-3.0-or-later */
/* json.c: JSON strings, written once for every JSON steady prints. */
#include "config.h"

#include "util/json.h"
#include "util/utf8.h"

/* 1 for the ASCII bytes a JSON string needs escaped: quote, backslash,
 * controls and DEL. */
static int special(unsigned char c)
{
	return c == '"' || c == '\\' || c < 0x20 || c == 0x7f;
}

/* The length of the character at p that goes out as it is, 0 when it needs
 * escaping or replacing: a C1 control (U+0080 to U+009F, which some
 * terminals obey) in *cp, or a byte that starts no valid UTF-8 sequence
 * (*cp 0). The string ends in a NUL, which no sequence continues past. */
static size_t plain(const unsigned char *p, uint32_t *cp)
{
	if (*p < 0x80) {
		*cp = *p;
		return special(*p) ? 0 : 1;
	}
	size_t n = utf8_decode(p, 4, cp);
	if (!n)
		*cp = 0;
	return n && *cp >= 0xA0 ? n : 0;
}

void json_string(FILE *out, const char *s)
{
	fputc('"', out);
	const unsigned char *p = (const unsigned char *)s;
	for (;;) {
		/* The plain run up to the next character that needs escaping, in
		 * one write: an export of 100,000 entries is mostly such runs. */
		const unsigned char *q = p;
		uint32_t cp = 0;
		size_t n;
		while (*q && (n = plain(q, &cp)) > 0)
			q += n;
		if (q > p)
			fwrite(p, 1, (size_t)(q - p), out);
		p = q;
		if (!*p)
			break;
		switch (*p) {
		case '"':
			fputs("\\\"", out);
			break;
		case '\\':
			fputs("\\\\", out);
			break;
		case '\n':
			fputs("\\n", out);
			break;
		case '\t':
			fputs("\\t", out);
			break;
		case '\r':
			fputs("\\r", out);
			break;
		default:
			if (*p < 0x80) {
				fprintf(out, "\\u%04x", *p);
			} else if (cp) {
				fprintf(out, "\\u%04x", (unsigned)cp); /* a C1 control, two bytes */
				p++;
			} else {
				fputs("\\ufffd", out); /* not UTF-8: replaced, byte by byte */
			}
		}
		p++;
	}
	fputc('"', out);
}
