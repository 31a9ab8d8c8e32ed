/* SPDX-FileCopyrightText: 2026 The steady authors */
/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * ybytes.c: rejects what is not UTF-8 text before libyaml sees it, because
 * libyaml would accept UTF-16 and byte-order marks and reports bad bytes
 * without a line.
 */
#include "config.h"

#include <stdint.h>
#include <string.h>

#include "content/ybytes.h"
#include "util/gettext.h"
#include "util/utf8.h"

struct cursor {
	int line, col;
};

static int bom(const unsigned char *p, size_t len, const char *file, struct diag *d)
{
	if (len >= 3 && p[0] == 0xEF && p[1] == 0xBB && p[2] == 0xBF) {
		diag_add(
		        d, DIAG_ERROR, file, 1, 1, "%s",
		        _("the file starts with a byte-order mark (BOM); save it as UTF-8 "
		          "without BOM (in most editors: encoding 'UTF-8', not 'UTF-8 with BOM')"));
		return -1;
	}
	if (len >= 2 && ((p[0] == 0xFF && p[1] == 0xFE) || (p[0] == 0xFE && p[1] == 0xFF))) {
		diag_add(d, DIAG_ERROR, file, 1, 1, "%s",
		         _("the file is UTF-16 text; save it as UTF-8 without BOM"));
		return -1;
	}
	return 0;
}

static int only_blank(const unsigned char *p, size_t len)
{
	int comment = 0;
	for (size_t i = 0; i < len; i++) {
		if (p[i] == '\n')
			comment = 0;
		else if (p[i] == '#')
			comment = 1;
		else if (!comment && p[i] != ' ' && p[i] != '\t' && p[i] != '\r')
			return 0;
	}
	return 1;
}

static int bad_byte(const unsigned char *p, struct cursor c, const char *file, struct diag *d)
{
	if (p[0] == 0)
		diag_add(d, DIAG_ERROR, file, c.line, c.col, "%s",
		         _("the file contains a NUL byte; it looks like a binary file, "
		           "not YAML text"));
	else if (p[0] < 0x20 || p[0] == 0x7F)
		diag_add(d, DIAG_ERROR, file, c.line, c.col,
		         /* TRANSLATORS: U+%04X is the character's code, as in U+0007; keep it. */
		         _("control character U+%04X is not allowed; is this a text file?"),
		         (unsigned)p[0]);
	else
		diag_add(d, DIAG_ERROR, file, c.line, c.col,
		         /* TRANSLATORS: 0x%02X is the byte's value in hexadecimal, as in 0xE9;
		            keep it. */
		         _("invalid UTF-8 (byte 0x%02X); save the file as UTF-8"), (unsigned)p[0]);
	return -1;
}

int ybytes_check(const char *text, size_t len, const char *file, struct diag *d)
{
	const unsigned char *p = (const unsigned char *)text;
	if (bom(p, len, file, d) < 0)
		return -1;
	struct cursor c = {1, 1};
	for (size_t i = 0; i < len;) {
		unsigned b = p[i];
		uint32_t cp;
		size_t n = utf8_decode(p + i, len - i, &cp);
		int control = b < 0x20 && b != '\t' && b != '\n' && b != '\r';
		if (n == 0 || control || b == 0x7F)
			return bad_byte(p + i, c, file, d);
		if (b == '\n')
			c.line++, c.col = 1;
		else
			c.col++;
		i += n;
	}
	if (only_blank(p, len)) {
		diag_add(d, DIAG_ERROR, file, 1, 1, "%s",
		         _("the file is empty (or holds only comments); there is nothing to load"));
		return -1;
	}
	return 0;
}
