/* SPDX-FileCopyrightText: 2026 The steady authors */
/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * date_words.h: a date in running text, in the reader's language: "until
 * 31 March 2027", not "until 2027-03-31". The month's name comes from the
 * locale (LC_TIME), the order of day, month and year from the translation.
 */
#ifndef STEADY_UTIL_DATE_WORDS_H
#define STEADY_UTIL_DATE_WORDS_H

/* "YYYY-MM-DD" in words, newly allocated; a copy of iso when it is not such
 * a date. */
char *date_words_day(const char *iso);

/* "YYYY-MM" (a month) in words, newly allocated; a copy of ym otherwise. */
char *date_words_month(const char *ym);

#endif
