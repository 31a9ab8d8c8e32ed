/* SPDX-FileCopyrightText: 2026 The steady authors */
/* SPDX-License-Identifier: GPL-3.0-or-later */
/* homework_load.c: a module set as homework by a counsellor. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "content/module_parts.h"
#include "util/gettext.h"
#include "util/keytext.h"
#include "util/xalloc.h"

static const char *const homework_keys[] = {"set_by", "instructions",   "frequency",
                                            "until",  "counsellor_key", NULL};
static const char *const frequencies[] = {"once", "daily", "weekly", NULL};

static int digits(const char *s, size_t n)
{
	return strspn(s, "0123456789") >= n;
}

/* 1 when s is written YYYY-MM-DD (digits and dashes), a real day or not. */
static int date_shape(const char *s)
{
	return strlen(s) == 10 && digits(s, 4) && s[4] == '-' && digits(s + 5, 2) && s[7] == '-' &&
	       digits(s + 8, 2);
}

/* The days in month mo (1 to 12) of year y. */
static int month_days(int y, int mo)
{
	static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
	int leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
	return days[mo - 1] + (mo == 2 && leap);
}

int homework_is_date(const char *s)
{
	if (!date_shape(s))
		return 0;
	int y = (s[0] - '0') * 1000 + (s[1] - '0') * 100 + (s[2] - '0') * 10 + (s[3] - '0');
	int mo = (s[5] - '0') * 10 + (s[6] - '0'), d = (s[8] - '0') * 10 + (s[9] - '0');
	return y >= 1970 && mo >= 1 && mo <= 12 && d >= 1 && d <= month_days(y, mo);
}

/* Why a date written YYYY-MM-DD is no day (new string). */
static char *why_not_a_day(const char *s)
{
	int y = atoi(s), mo = atoi(s + 5);
	if (y < 1970)
		return xasprintf(
		        /* TRANSLATORS: 'until' is a key of the module format; keep
		           it. %s is the date written in the file, such as
		           1969-05-01. Shown by 'steady check'. */
		        _("'until' is %s, before 1970; write the last day of the homework"), s);
	if (mo < 1 || mo > 12)
		/* TRANSLATORS: 'until' is a key of the module format; keep it. %s is
		   the date written in the file, such as 2026-13-01; %.2s is its
		   month part, such as 13. YYYY-MM-DD shows the order of year, month
		   and day; keep it. */
		return xasprintf(_("'until' is %s, but there is no month %.2s; the month comes "
		                   "second, from 01 to 12 (YYYY-MM-DD)"),
		                 s, s + 5);
	int days = month_days(y, mo);
	/* TRANSLATORS: 'until' is a key of the module format; keep it. The
	   first %s is the date written, %.7s its year and month (YYYY-MM). */
	return xasprintf(ngettext("'until' is %s, but that day is not in the calendar: %.7s has %d "
	                          "day",
	                          "'until' is %s, but that day is not in the calendar: %.7s has %d "
	                          "days",
	                          days),
	                 s, s, days);
}

void homework_load(struct yget *c, const struct ynode *n, struct module *m)
{
	if (yget_need_map(c, n, "homework") < 0)
		return;
	struct homework *hw = xcalloc(1, sizeof *hw);
	m->homework = hw;
	yget_keys(c, n, homework_keys);
	yget_str(c, n, "set_by", YGET_REQUIRED | YGET_ONELINE, "set-by", &hw->set_by);
	yget_str(c, n, "instructions", YGET_REQUIRED, "instructions", &hw->instructions);
	int f = yget_enum(c, n, "frequency", 0, frequencies);
	hw->frequency = f >= 0 ? (enum homework_frequency)f : FREQ_ONCE;
	yget_str(c, n, "until", YGET_ONELINE, NULL, &hw->until);
	if (hw->until && !date_shape(hw->until)) {
		yget_error(c, ytree_get(n, "until"), "%s",
		           _("'until' must be a date written YYYY-MM-DD, such as 2026-12-31"));
	} else if (hw->until && !homework_is_date(hw->until)) {
		char *why = why_not_a_day(hw->until);
		yget_error(c, ytree_get(n, "until"), "%s", why);
		free(why);
	}
	yget_str(c, n, "counsellor_key", YGET_ONELINE, NULL, &hw->counsellor_key);
	unsigned char pk[KEYTEXT_KEY_BYTES];
	int form = hw->counsellor_key ? keytext_parse(hw->counsellor_key, pk) : 0;
	if (form == -2)
		yget_error(c, ytree_get(n, "counsellor_key"), "%s",
		           _("'counsellor_key' has the form of a key but is not one that reports "
		             "can be sealed for ('steady counsellor keygen' never makes it); ask "
		             "your counsellor for their counsellor.pub again"));
	else if (form < 0)
		yget_error(c, ytree_get(n, "counsellor_key"), "%s",
		           _("'counsellor_key' is not a counsellor's public key: copy the whole "
		             "line 'steady counsellor keygen' wrote to counsellor.pub, starting "
		             "with steady-key-1:"));
}
