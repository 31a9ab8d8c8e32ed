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
	size_t olen = strlen(option);
	const char *p = value;
	for (;;) {
		const char *comma = strchr(p, ',');
		size_t len = comma ? (size_t)(comma - p) : strlen(p);
		if (len == olen && memcmp(p, option, olen) == 0)
			return 1;
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

const char *entry_plan_title(enum plan_section s)
{
	switch (s) {
	case PLAN_WARNING_SIGNS:
		return _("Warning signs");
	case PLAN_ALONE:
		return _("Things I can do alone");
	case PLAN_DISTRACT:
		return _("People and places that distract me");
	case PLAN_HELPERS:
		return _("People I can ask for help");
	case PLAN_PROFESSIONALS:
		return _("Professionals and crisis lines");
	case PLAN_SURROUNDINGS:
		return _("Making my surroundings safer");
	case PLAN__COUNT:
		break;
	}
	return "";
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

char *entry_time_format(struct entry_time t, char out[32])
{
	int64_t y;
	int m, d;
	civil_from_days(entry_time_day(t), &y, &m, &d);
	int s = entry_time_seconds_of_day(t);
	long off = t.offset;
	char sign = off < 0 ? '-' : '+';
	if (off < 0)
		off = -off;
	/* Valid diaries hold years 1900 to 9999; the wide buffer keeps others safe. */
	char tmp[96];
	snprintf(tmp, sizeof tmp, "%04lld-%02d-%02dT%02d:%02d:%02d%c%02ld:%02ld", (long long)y, m,
	         d, s / 3600, s / 60 % 60, s % 60, sign, off / 3600, off / 60 % 60);
	snprintf(out, 32, "%.31s", tmp);
	return out;
}

char *entry_time_date(struct entry_time t, char out[16])
{
	int64_t y;
	int m, d;
	civil_from_days(entry_time_day(t), &y, &m, &d);
	char tmp[64];
	snprintf(tmp, sizeof tmp, "%04lld-%02d-%02d", (long long)y, m, d);
	snprintf(out, 16, "%.15s", tmp);
	return out;
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
