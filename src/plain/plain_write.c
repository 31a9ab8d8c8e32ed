/* SPDX-FileCopyrightText: 2026 The steady authors */
/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * plain_write.c: several lines of text (see plain_write.h).
 */
#include "config.h"

#include "plain/plain_in.h"
#include "plain/plain_ask.h"
#include "plain/plain_out.h"
#include "plain/plain_write.h"
#include "util/gettext.h"

int plain_write_line(struct answer *an, const char *s, size_t n)
{
	if (an->len > 0 && answer_insert(an, an->len, "\n", 1) < 0)
		return 0;
	return answer_insert(an, an->len, s, n) == 0;
}

int plain_write_more(struct plain *p, struct answer *an)
{
	int full = 0;
	for (;;) {
		if (plain_read(p, 0) != READ_LINE)
			return 0;
		if (p->too_long) {
			plain_text(p, _("That line was too long, so it was not taken."), 0);
			continue;
		}
		size_t len;
		const char *t = plain_trimmed(p, &len);
		if (len == 1 && t[0] == '.')
			return 1;
		if (!full && !plain_write_line(an, p->line, p->len)) {
			full = 1;
			plain_text(p, _("This answer is as long as it can be."), 0);
		}
	}
}
