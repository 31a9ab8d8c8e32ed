/* SPDX-FileCopyrightText: 2026 The steady authors */
/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * entry.c: the diary's entries: building, copying and freeing them (their
 * text is wiped on free), and local times stored as an epoch plus the UTC
 * offset of that moment, so a diary read in another time zone still shows
 * the hour the person lived.
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <sodium.h>

#include "diary/entry.h"
#include "diary/secbuf.h"
#include "util/gettext.h"
#include "util/xalloc.h"

struct entry *entry_new(enum entry_kind kind)
{
	struct entry *e = xcalloc(1, sizeof *e);
	e->kind = kind;
	return e;
}

/* Wipes a string of the entry, and frees it when the entry owns it. */
static void drop(const struct entry *e, char *s)
{
	if (!s)
		return;
	if (e->in_body)
		sodium_memzero(s, strlen(s)); /* deleted text goes at once, not at close */
	else
		secbuf_zfree_str(s);
}

void entry_free(struct entry *e)
{
	if (!e)
		return;
	for (size_t i = 0; i < e->n_tags; i++)
		drop(e, e->tags[i]);
	drop(e, e->title);
	drop(e, e->text);
	drop(e, e->module);
	for (size_t i = 0; i < e->n_answers; i++) {
		drop(e, e->answers[i].question);
		drop(e, e->answers[i].value);
	}
	drop(e, e->band);
	for (int i = 0; i < PLAN__COUNT; i++)
		drop(e, e->plan[i]);
	drop(e, e->date);
	free(e->tags);
	free(e->answers);
	/* The remaining fields (times, score, module step) are wiped too. */
	if (e->in_body == ENTRY_IN_SLAB)
		sodium_memzero(e, sizeof *e);
	else
		secbuf_zfree(e, sizeof *e);
}

void entry_free_unwiped(struct entry *e)
{
	if (!e || !e->in_body) {
		entry_free(e);
		return;
	}
	free(e->tags);
	free(e->answers);
	if (e->in_body != ENTRY_IN_SLAB) /* else wiped with its block */
		secbuf_zfree(e, sizeof *e);
}

struct entry *entry_copy(const struct entry *e)
{
	struct entry *c = xmalloc(sizeof *c);
	*c = *e;
	c->in_body = 0;
	c->tags = e->n_tags ? xcalloc(e->n_tags, sizeof *c->tags) : NULL;
	for (size_t i = 0; i < e->n_tags; i++)
		c->tags[i] = xstrdup(e->tags[i]);
	c->title = xstrdup(e->title);
	c->text = xstrdup(e->text);
	c->module = xstrdup(e->module);
	c->answers = e->n_answers ? xcalloc(e->n_answers, sizeof *c->answers) : NULL;
	for (size_t i = 0; i < e->n_answers; i++) {
		c->answers[i].question = xstrdup(e->answers[i].question);
		c->answers[i].value = xstrdup(e->answers[i].value);
	}
	c->band = xstrdup(e->band);
	for (int i = 0; i < PLAN__COUNT; i++)
		c->plan[i] = xstrdup(e->plan[i]);
	c->date = xstrdup(e->date);
	return c;
}

static int same_str(const char *a, const char *b)
{
	return a == b || (a && b && strcmp(a, b) == 0);
}

int entry_same(const struct entry *a, const struct entry *b)
{
	if (a->kind != b->kind || a->n_tags != b->n_tags || a->n_answers != b->n_answers ||
	    a->complete != b->complete || a->step != b->step || a->score != b->score)
		return 0;
	for (size_t i = 0; i < a->n_tags; i++)
		if (!same_str(a->tags[i], b->tags[i]))
			return 0;
	for (size_t i = 0; i < a->n_answers; i++)
		if (!same_str(a->answers[i].question, b->answers[i].question) ||
		    !same_str(a->answers[i].value, b->answers[i].value))
			return 0;
	for (int i = 0; i < PLAN__COUNT; i++)
		if (!same_str(a->plan[i], b->plan[i]))
			return 0;
	return same_str(a->title, b->title) && same_str(a->text, b->text) &&
	       same_str(a->module, b->module) && same_str(a->band, b->band) &&
	       same_str(a->date, b->date);
}

/* Changing an entry whose strings the body owns would free memory that is
 * not the entry's: a bug, stopped here before it can do harm. */
static void check_owned(const struct entry *e)
{
	if (e->in_body)
		abort();
}

void entry_set(struct entry *e, char **field, const char *value)
{
	check_owned(e);
	char *old = *field;
	*field = xstrdup(value);
	secbuf_zfree_str(old);
}

void entry_add_tag(struct entry *e, const char *tag)
{
	check_owned(e);
	for (size_t i = 0; i < e->n_tags; i++)
		if (strcmp(e->tags[i], tag) == 0)
			return;
	/* Only pointers move in this realloc; the text itself is never copied. */
	e->tags = xreallocarray(e->tags, e->n_tags + 1, sizeof *e->tags);
	e->tags[e->n_tags++] = xstrdup(tag);
}

void entry_drop_tag(struct entry *e, const char *prefix)
{
	check_owned(e);
	size_t k = 0, n = strlen(prefix);
	for (size_t i = 0; i < e->n_tags; i++) {
		if (strncmp(e->tags[i], prefix, n) == 0)
			secbuf_zfree_str(e->tags[i]);
		else
			e->tags[k++] = e->tags[i];
	}
	e->n_tags = k;
}

void entry_set_answer(struct entry *e, const char *question, const char *value)
{
	check_owned(e);
	for (size_t i = 0; i < e->n_answers; i++) {
		if (strcmp(e->answers[i].question, question) == 0) {
			entry_set(e, &e->answers[i].value, value ? value : "");
			return;
		}
	}
	e->answers = xreallocarray(e->answers, e->n_answers + 1, sizeof *e->answers);
	e->answers[e->n_answers].question = xstrdup(question);
	e->answers[e->n_answers].value = xstrdup(value ? value : "");
	e->n_answers++;
}

const char *entry_answer(const struct entry *e, const char *question)
{
	for (size_t i = 0; i < e->n_answers; i++)
		if (strcmp(e->answers[i].question, question) == 0)
			return e->answers[i].value;
	return NULL;
}

int entry_value_has(const char *value, const char *option)
{
	if (!value || !option)
		return 0;
	/* One pass, comparing as it goes: the charts ask this of every record. */
	for (const char *p = value;;) {
		size_t i = 0;
		while (option[i] && p[i] != ',' && p[i] == option[i])
			i++;
		if (!option[i] && (p[i] == ',' || p[i] == '\0'))
			return 1;
		const char *comma = strchr(p + i, ',');
		if (!comma)
			return 0;
		p = comma + 1;
	}
}

static const char *const kind_names[ENTRY__COUNT] = {
        [ENTRY_JOURNAL] = "journal",      [ENTRY_RECORD] = "record",
        [ENTRY_SELFCHECK] = "self-check", [ENTRY_SAFETY_PLAN] = "safety-plan",
        [ENTRY_HOMEWORK] = "homework",
};

const char *entry_kind_name(enum entry_kind k)
{
	return (k > 0 && k < ENTRY__COUNT) ? kind_names[k] : NULL;
}

enum entry_kind entry_kind_from_name(const char *name)
{
	for (int k = 1; k < ENTRY__COUNT; k++)
		if (name && strcmp(kind_names[k], name) == 0)
			return (enum entry_kind)k;
	return 0;
}

/* The headings of the sections, untranslated (entry_plan_msgid()). */
static const char *const plan_titles[PLAN__COUNT] = {
        N_("Warning signs"),
        N_("Things I can do alone"),
        N_("People and places that distract me"),
        N_("People I can ask for help"),
        N_("Professionals and crisis lines"),
        N_("Making my surroundings safer"),
};

const char *entry_plan_msgid(enum plan_section s)
{
	return ((int)s >= 0 && s < PLAN__COUNT) ? plan_titles[s] : "";
}

const char *entry_plan_title(enum plan_section s)
{
	const char *id = entry_plan_msgid(s);
	return *id ? _(id) : id;
}

const char *entry_plan_name(enum plan_section s)
{
	static const char *const names[PLAN__COUNT] = {
	        "warning-signs", "alone", "distract", "helpers", "professionals", "surroundings",
	};
	return ((int)s >= 0 && s < PLAN__COUNT) ? names[s] : "";
}

struct entry_time entry_time_local(int64_t epoch)
{
	struct entry_time t = {epoch, 0};
	time_t tt = (time_t)epoch;
	struct tm tm;
	if (localtime_r(&tt, &tm)) {
		long off = tm.tm_gmtoff;
		if (off >= -18 * 3600 && off <= 18 * 3600)
			t.offset = (int32_t)off;
	}
	return t;
}

struct entry_time entry_time_now(void)
{
	return entry_time_local((int64_t)time(NULL));
}

/* Floor division, so days before 1970 and negative offsets come out right. */
static int64_t floor_div(int64_t a, int64_t b)
{
	int64_t q = a / b;
	if ((a % b != 0) && ((a < 0) != (b < 0)))
		q--;
	return q;
}

int64_t entry_time_day(struct entry_time t)
{
	return floor_div(t.epoch + t.offset, 86400);
}

int entry_time_seconds_of_day(struct entry_time t)
{
	return (int)(t.epoch + t.offset - entry_time_day(t) * 86400);
}

/* Civil date of a day number (Howard Hinnant's days_from_civil, inverted). */
static void civil_from_days(int64_t z, int64_t *y, int *m, int *d)
{
	z += 719468;
	int64_t era = floor_div(z, 146097);
	int64_t doe = z - era * 146097;
	int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	int64_t mp = (5 * doy + 2) / 153;
	*d = (int)(doy - (153 * mp + 2) / 5 + 1);
	*m = (int)(mp < 10 ? mp + 3 : mp - 9);
	*y = yoe + era * 400 + (*m <= 2);
}

/* Writes v as n digits at p (v from 0 to 10^n - 1); returns p + n. */
static char *put_digits(char *p, int64_t v, int n)
{
	for (int i = n - 1; i >= 0; i--) {
		p[i] = (char)('0' + v % 10);
		v /= 10;
	}
	return p + n;
}

/* "YYYY-MM-DD" of a local day at p; returns the end. Years outside 0 to
 * 9999 (no valid diary holds one) are written as "????" rather than cut. */
static char *put_date(char *p, int64_t day)
{
	int64_t y;
	int m, d;
	civil_from_days(day, &y, &m, &d);
	if (y >= 0 && y <= 9999)
		p = put_digits(p, y, 4);
	else
		p = (char *)memcpy(p, "????", 4) + 4;
	*p++ = '-';
	p = put_digits(p, m, 2);
	*p++ = '-';
	return put_digits(p, d, 2);
}

/* Written by hand, not with snprintf(): `diary list` and the exports
 * format two times per entry, and snprintf was a third of their time. */
char *entry_time_format(struct entry_time t, char out[32])
{
	int s = entry_time_seconds_of_day(t);
	long off = t.offset;
	char sign = off < 0 ? '-' : '+';
	if (off < 0)
		off = -off;
	if (off > 99 * 3600)
		off = 99 * 3600;
	char *p = put_date(out, entry_time_day(t));
	*p++ = 'T';
	p = put_digits(p, s / 3600, 2);
	*p++ = ':';
	p = put_digits(p, s / 60 % 60, 2);
	*p++ = ':';
	p = put_digits(p, s % 60, 2);
	*p++ = sign;
	p = put_digits(p, off / 3600, 2);
	*p++ = ':';
	p = put_digits(p, off / 60 % 60, 2);
	*p = '\0';
	return out;
}

char *entry_time_date(struct entry_time t, char out[16])
{
	*put_date(out, entry_time_day(t)) = '\0';
	return out;
}

/* The day number of a civil date (Howard Hinnant's days_from_civil). */
static int64_t days_from_civil(int64_t y, int m, int d)
{
	y -= m <= 2;
	int64_t era = floor_div(y, 400);
	int64_t yoe = y - era * 400;
	int64_t doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
	int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	return era * 146097 + doe - 719468;
}

/* The number of the n digits at s, or -1 when one is not a digit. */
static int digits(const char *s, int n)
{
	int v = 0;
	for (int i = 0; i < n; i++) {
		if (s[i] < '0' || s[i] > '9')
			return -1;
		v = v * 10 + (s[i] - '0');
	}
	return v;
}

int entry_time_parse(const char *s, size_t len, struct entry_time *out)
{
	/* "2026-11-29T11:05:00+01:00": exactly what entry_time_format() writes. */
	if (len != 25 || s[10] != 'T' || s[13] != ':' || s[16] != ':' ||
	    (s[19] != '+' && s[19] != '-') || s[22] != ':')
		return -1;
	char date[11];
	memcpy(date, s, 10);
	date[10] = '\0';
	int h = digits(s + 11, 2), mi = digits(s + 14, 2), sec = digits(s + 17, 2);
	int oh = digits(s + 20, 2), om = digits(s + 23, 2);
	if (!entry_date_valid(date) || h < 0 || h > 23 || mi < 0 || mi > 59 || sec < 0 ||
	    sec > 59 || oh < 0 || om < 0 || om > 59)
		return -1;
	int32_t off = (int32_t)((oh * 3600 + om * 60) * (s[19] == '-' ? -1 : 1));
	int64_t day = days_from_civil(digits(s, 4), digits(s + 5, 2), digits(s + 8, 2));
	struct entry_time t = {day * 86400 + h * 3600 + mi * 60 + sec - off, off};
	/* The offset's bounds, and "-00:00", come out in the round trip. */
	char back[32];
	if (off < -18 * 3600 || off > 18 * 3600 || memcmp(entry_time_format(t, back), s, 25) != 0 ||
	    back[25] != '\0')
		return -1;
	*out = t;
	return 0;
}

int entry_date_valid(const char *s)
{
	if (!s || strlen(s) != 10 || s[4] != '-' || s[7] != '-')
		return 0;
	for (int i = 0; i < 10; i++)
		if (i != 4 && i != 7 && (s[i] < '0' || s[i] > '9'))
			return 0;
	int y = atoi(s), m = atoi(s + 5), d = atoi(s + 8);
	static const int mdays[12] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
	if (m < 1 || m > 12 || d < 1 || d > mdays[m - 1])
		return 0;
	int leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
	return !(m == 2 && d == 29 && !leap);
}
