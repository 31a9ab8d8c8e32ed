/* SPDX-FileCopyrightText: 2026 The steady authors */
/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * date_words.c: dates in running text. The diary and the content keep ISO
 * dates (YYYY-MM-DD), which sort and parse; a person reads "31 March 2027".
 * The format is a translation, so each language puts day, month and year
 * in its own order; strftime names the month in the locale's language.
 */
#include "config.h"

#include <string.h>
#include <time.h>

#include "util/date_words.h"
#include "util/gettext.h"
#include "util/xalloc.h"

static char *words(const char *s, const char *parse, const char *fmt)
{
	struct tm tm = {0};
	tm.tm_mday = 1;
	const char *end = strptime(s, parse, &tm);
	char out[128];
	size_t n = 0;
	/* The format is a translation, so it cannot be a literal. */
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wformat-nonliteral"
	if (end && *end == '\0')
		n = strftime(out, sizeof out, fmt, &tm);
#pragma GCC diagnostic pop
	if (n == 0)
		return xstrdup(s);
	const char *p = out;
	while (*p == ' ') /* %e pads a one-digit day with a space */
		p++;
	return xstrdup(p);
}

char *date_words_day(const char *iso)
{
	if (strlen(iso) != 10)
		return xstrdup(iso);
	/* TRANSLATORS: a date in running text, as a strftime format: %e the
	   day, %B the month's name, %Y the year, as in "31 March 2027". Put
	   them in your language's order, with its punctuation ("%e. %B %Y"). */
	return words(iso, "%Y-%m-%d", _("%e %B %Y"));
}

char *date_words_month(const char *ym)
{
	if (strlen(ym) != 7)
		return xstrdup(ym);
	/* TRANSLATORS: a month in running text, as a strftime format: %B the
	   month's name, %Y the year, as in "November 2026". */
	return words(ym, "%Y-%m", _("%B %Y"));
}
