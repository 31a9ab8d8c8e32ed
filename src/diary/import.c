/* SPDX-FileCopyrightText: 2026 The steady authors */
/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * import.c: an export read back (import.h): the JSON reader, and what both
 * readers share. The JSON reader knows only the document export_json()
 * writes (doc/diary-format.md, "Export"): any other field, a missing one,
 * or a value of the wrong type is refused with the line it is on, rather
 * than guessed around. Strings are unescaped where they lie, so the text
 * is not copied until it goes into its entry.
 */
#include "config.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "diary/codec.h"
#include "diary/export.h"
#include "diary/import.h"
#include "util/gettext.h"
#include "util/utf8.h"
#include "util/xalloc.h"

void import_free(struct entry **v, size_t n)
{
	for (size_t i = 0; i < n; i++)
		entry_free(v[i]);
	free(v);
}

void import_push(struct entry ***v, size_t *n, struct entry *e)
{
	/* Grows in powers of two; n is a power of two exactly when full. */
	if ((*n & (*n - 1)) == 0)
		*v = xreallocarray(*v, *n ? *n * 2 : 1, sizeof **v);
	(*v)[(*n)++] = e;
}

int import_entry_ok(struct entry *e)
{
	uint64_t id = e->id;
	e->id = 1; /* the diary gives the real one */
	int ok = codec_entry_valid(e);
	e->id = id;
	return ok;
}

/* ---- JSON ----------------------------------------------------------------- */

struct jp {
	char *p, *end;
	size_t line;
	int bad;
};

static void ws(struct jp *j)
{
	while (j->p < j->end && (*j->p == ' ' || *j->p == '\t' || *j->p == '\r' || *j->p == '\n')) {
		if (*j->p == '\n')
			j->line++;
		j->p++;
	}
}

/* Takes the character c after any space; 1, or 0 (without bad) when another comes. */
static int take(struct jp *j, char c)
{
	ws(j);
	if (j->bad || j->p >= j->end || *j->p != c)
		return 0;
	j->p++;
	return 1;
}

static void need(struct jp *j, char c)
{
	if (!take(j, c))
		j->bad = 1;
}

static int hex4(const char *p, const char *end, uint32_t *out)
{
	uint32_t v = 0;
	for (int i = 0; i < 4; i++) {
		if (p + i >= end)
			return -1;
		char c = p[i];
		int d = c >= '0' && c <= '9'   ? c - '0'
		        : c >= 'a' && c <= 'f' ? c - 'a' + 10
		        : c >= 'A' && c <= 'F' ? c - 'A' + 10
		                               : -1;
		if (d < 0)
			return -1;
		v = v * 16 + (uint32_t)d;
	}
	*out = v;
	return 0;
}

/* Writes the code point cp as UTF-8 at w; the bytes written. */
static size_t put_utf8(char *w, uint32_t cp)
{
	if (cp < 0x80) {
		w[0] = (char)cp;
		return 1;
	}
	if (cp < 0x800) {
		w[0] = (char)(0xC0 | cp >> 6);
		w[1] = (char)(0x80 | (cp & 0x3F));
		return 2;
	}
	if (cp < 0x10000) {
		w[0] = (char)(0xE0 | cp >> 12);
		w[1] = (char)(0x80 | (cp >> 6 & 0x3F));
		w[2] = (char)(0x80 | (cp & 0x3F));
		return 3;
	}
	w[0] = (char)(0xF0 | cp >> 18);
	w[1] = (char)(0x80 | (cp >> 12 & 0x3F));
	w[2] = (char)(0x80 | (cp >> 6 & 0x3F));
	w[3] = (char)(0x80 | (cp & 0x3F));
	return 4;
}

/*
 * A string, unescaped in place: the text never grows when unescaped (an
 * escape is at least as long as what it stands for), so the writer stays
 * behind the reader, and the NUL lands at most on the closing quote. NULL
 * (and bad) when it is not a clean JSON string of valid UTF-8 without NUL.
 */
static char *jstr(struct jp *j)
{
	if (!take(j, '"')) {
		j->bad = 1;
		return NULL;
	}
	char *s = j->p, *w = j->p, *r = j->p;
	while (r < j->end && *r != '"') {
		unsigned char c = (unsigned char)*r;
		if (c < 0x20) {
			j->bad = 1;
			return NULL;
		}
		if (c != '\\') {
			*w++ = *r++;
			continue;
		}
		if (++r >= j->end) {
			j->bad = 1;
			return NULL;
		}
		char e = *r++;
		uint32_t cp;
		switch (e) {
		case '"':
		case '\\':
		case '/':
			*w++ = e;
			break;
		case 'b':
			*w++ = '\b';
			break;
		case 'f':
			*w++ = '\f';
			break;
		case 'n':
			*w++ = '\n';
			break;
		case 'r':
			*w++ = '\r';
			break;
		case 't':
			*w++ = '\t';
			break;
		case 'u':
			if (hex4(r, j->end, &cp) < 0) {
				j->bad = 1;
				return NULL;
			}
			r += 4;
			if (cp >= 0xD800 && cp <= 0xDBFF) {
				uint32_t lo;
				if (j->end - r < 6 || r[0] != '\\' || r[1] != 'u' ||
				    hex4(r + 2, j->end, &lo) < 0 || lo < 0xDC00 || lo > 0xDFFF) {
					j->bad = 1;
					return NULL;
				}
				r += 6;
				cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
			} else if (cp >= 0xDC00 && cp <= 0xDFFF) {
				j->bad = 1;
				return NULL;
			}
			if (cp == 0) { /* text cannot hold a NUL byte */
				j->bad = 1;
				return NULL;
			}
			w += put_utf8(w, cp);
			break;
		default:
			j->bad = 1;
			return NULL;
		}
	}
	if (r >= j->end || !utf8_valid(s, (size_t)(w - s))) {
		j->bad = 1;
		return NULL;
	}
	j->p = r + 1;
	*w = '\0';
	return s;
}

/* A whole number (no fraction or exponent, as export_json() writes them). */
static long long jint(struct jp *j, long long min, long long max)
{
	ws(j);
	int neg = j->p < j->end && *j->p == '-';
	char *q = j->p + neg;
	long long v = 0;
	int nd = 0;
	while (q < j->end && *q >= '0' && *q <= '9' && nd < 18) {
		v = v * 10 + (*q++ - '0');
		nd++;
	}
	if (neg)
		v = -v;
	if (nd == 0 ||
	    (q < j->end && ((*q >= '0' && *q <= '9') || *q == '.' || *q == 'e' || *q == 'E')) ||
	    v < min || v > max) {
		j->bad = 1;
		return 0;
	}
	j->p = q;
	return v;
}

static int jbool(struct jp *j)
{
	ws(j);
	size_t left = (size_t)(j->end - j->p);
	if (left >= 4 && memcmp(j->p, "true", 4) == 0) {
		j->p += 4;
		return 1;
	}
	if (left >= 5 && memcmp(j->p, "false", 5) == 0) {
		j->p += 5;
		return 0;
	}
	j->bad = 1;
	return 0;
}

/*
 * The members of an object, one at a time: 1 with *key set before each
 * value, 0 after the closing brace. *first starts at 1.
 */
static int member(struct jp *j, int *first, char **key)
{
	if (j->bad)
		return 0;
	if (*first) {
		need(j, '{');
		*first = 0;
		if (take(j, '}'))
			return 0;
	} else if (!take(j, ',')) {
		need(j, '}');
		return 0;
	}
	*key = jstr(j);
	need(j, ':');
	return !j->bad;
}

/* The items of an array, as member(). */
static int item(struct jp *j, int *first)
{
	if (j->bad)
		return 0;
	if (*first) {
		need(j, '[');
		*first = 0;
		return !take(j, ']') && !j->bad;
	}
	if (take(j, ','))
		return 1;
	need(j, ']');
	return 0;
}

/* The fields an entry may have, as bits. */
enum {
	J_ID = 1 << 0,
	J_KIND = 1 << 1,
	J_CREATED = 1 << 2,
	J_EDITED = 1 << 3,
	J_TAGS = 1 << 4,
	J_TITLE = 1 << 5,
	J_TEXT = 1 << 6,
	J_MODULE = 1 << 7,
	J_COMPLETE = 1 << 8,
	J_STEP = 1 << 9,
	J_ANSWERS = 1 << 10,
	J_SCORE = 1 << 11,
	J_BAND = 1 << 12,
	J_PLAN = 1 << 13,
	J_DATE = 1 << 14,
	J_COMMON = J_ID | J_KIND | J_CREATED | J_EDITED | J_TAGS,
};

/* What each kind must and may have (export_json() writes them so). */
static const struct {
	unsigned must, may;
} kind_fields[ENTRY__COUNT] = {
        [ENTRY_JOURNAL] = {J_COMMON | J_TEXT, J_TITLE},
        [ENTRY_RECORD] = {J_COMMON | J_MODULE | J_COMPLETE | J_STEP | J_ANSWERS, 0},
        [ENTRY_SELFCHECK] = {J_COMMON | J_MODULE | J_SCORE, J_BAND},
        [ENTRY_SAFETY_PLAN] = {J_COMMON | J_PLAN, 0},
        [ENTRY_HOMEWORK] = {J_COMMON | J_MODULE | J_DATE, 0},
};

static const struct {
	const char *name;
	unsigned bit;
} field_names[] = {
        {"id", J_ID},         {"kind", J_KIND},       {"created", J_CREATED},
        {"edited", J_EDITED}, {"tags", J_TAGS},       {"title", J_TITLE},
        {"text", J_TEXT},     {"module", J_MODULE},   {"complete", J_COMPLETE},
        {"step", J_STEP},     {"answers", J_ANSWERS}, {"score", J_SCORE},
        {"band", J_BAND},     {"plan", J_PLAN},       {"date", J_DATE},
};

static unsigned field_bit(const char *key)
{
	for (size_t i = 0; i < sizeof field_names / sizeof field_names[0]; i++)
		if (strcmp(field_names[i].name, key) == 0)
			return field_names[i].bit;
	return 0;
}

static void jtime(struct jp *j, struct entry_time *t)
{
	char *s = jstr(j);
	if (s && entry_time_parse(s, strlen(s), t) < 0)
		j->bad = 1;
}

static void janswers(struct jp *j, struct entry *e)
{
	int first = 1;
	while (item(j, &first)) {
		int f = 1;
		char *key, *q = NULL, *val = NULL;
		while (member(j, &f, &key)) {
			char **slot = strcmp(key, "question") == 0 ? &q
			              : strcmp(key, "value") == 0  ? &val
			                                           : NULL;
			if (!slot || *slot) {
				j->bad = 1;
				break;
			}
			*slot = jstr(j);
		}
		/* A question answered twice would lose the first answer. */
		if (!j->bad && (!q || !val || entry_answer(e, q)))
			j->bad = 1;
		if (j->bad)
			return;
		entry_set_answer(e, q, val);
	}
}

static void jplan(struct jp *j, struct entry *e)
{
	int first = 1;
	char *key;
	while (member(j, &first, &key)) {
		int s = 0;
		while (s < PLAN__COUNT && strcmp(entry_plan_name((enum plan_section)s), key) != 0)
			s++;
		char *text = s < PLAN__COUNT && !e->plan[s] ? jstr(j) : NULL;
		if (!text) {
			j->bad = 1;
			return;
		}
		entry_set(e, &e->plan[s], text);
	}
}

/* One entry; NULL (and bad) when it is not one export_json() could write. */
static struct entry *jentry(struct jp *j)
{
	struct entry *e = entry_new(0);
	ws(j);
	size_t line = j->line; /* where a field missing is said to be */
	unsigned seen = 0;
	int first = 1;
	char *key;
	while (member(j, &first, &key)) {
		unsigned bit = field_bit(key);
		if (!bit || (seen & bit)) {
			j->bad = 1;
			break;
		}
		seen |= bit;
		char *s;
		int t = 1;
		switch (bit) {
		case J_ID:
			e->id = (uint64_t)jint(j, 1, INT64_MAX);
			break;
		case J_KIND:
			s = jstr(j);
			if (s && !(e->kind = entry_kind_from_name(s)))
				j->bad = 1;
			break;
		case J_CREATED:
		case J_EDITED:
			jtime(j, bit == J_CREATED ? &e->created : &e->edited);
			break;
		case J_TAGS:
			while (item(j, &t))
				if ((s = jstr(j)) != NULL)
					entry_add_tag(e, s);
			break;
		case J_TITLE:
		case J_TEXT:
		case J_MODULE:
		case J_BAND:
		case J_DATE:
			s = jstr(j);
			if (s)
				entry_set(e,
				          bit == J_TITLE    ? &e->title
				          : bit == J_TEXT   ? &e->text
				          : bit == J_MODULE ? &e->module
				          : bit == J_BAND   ? &e->band
				                            : &e->date,
				          s);
			break;
		case J_COMPLETE:
			e->complete = jbool(j);
			break;
		case J_STEP:
			e->step = (uint32_t)jint(j, 0, UINT32_MAX);
			break;
		case J_ANSWERS:
			janswers(j, e);
			break;
		case J_SCORE:
			e->score = (int32_t)jint(j, INT32_MIN, INT32_MAX);
			break;
		case J_PLAN:
			jplan(j, e);
			break;
		}
	}
	if (!j->bad && e->kind) {
		unsigned must = kind_fields[e->kind].must, may = kind_fields[e->kind].may;
		if ((seen & must) != must || (seen & ~(must | may)) || !import_entry_ok(e)) {
			j->bad = 1;
			j->line = line;
		}
	}
	if (j->bad || !e->kind) {
		j->bad = 1;
		entry_free(e);
		return NULL;
	}
	return e;
}

static int import_json(char *p, size_t len, struct entry ***v, size_t *n, size_t *line)
{
	struct jp j = {p, p + len, 1, 0};
	int first = 1, fmt = 0, ver = 0, ents = 0;
	char *key;
	while (member(&j, &first, &key)) {
		if (strcmp(key, "format") == 0 && !fmt) {
			char *s = jstr(&j);
			fmt = 1;
			if (s && strcmp(s, "steady-diary-export") != 0)
				j.bad = 1;
		} else if (strcmp(key, "version") == 0 && !ver) {
			ver = 1;
			jint(&j, 1, 1);
		} else if (strcmp(key, "entries") == 0 && !ents) {
			ents = 1;
			int f = 1;
			while (item(&j, &f)) {
				struct entry *e = jentry(&j);
				if (!e)
					break;
				if (*n >= CODEC_MAX_ENTRIES) {
					entry_free(e);
					j.bad = 1;
					break;
				}
				import_push(v, n, e);
			}
		} else {
			j.bad = 1;
		}
	}
	if (!j.bad)
		ws(&j);
	if (!j.bad && (!fmt || !ver || !ents || j.p != j.end))
		j.bad = 1;
	*line = j.line;
	return j.bad ? -1 : 0;
}

int import_parse(char *p, size_t len, enum import_format f, struct entry ***v, size_t *n,
                 size_t *line, char **why)
{
	*v = NULL;
	*n = 0;
	*line = 0;
	*why = NULL;
	if (f == IMPORT_GUESS) {
		size_t i = strspn(p, " \t\r\n");
		f = i < len && p[i] == '{' ? IMPORT_JSON : IMPORT_MARKDOWN;
	}
	if (f == IMPORT_MARKDOWN)
		return import_markdown(p, len, v, n, line, why);
	if (import_json(p, len, v, n, line) == 0)
		return 0;
	import_free(*v, *n);
	*v = NULL;
	*n = 0;
	*why = xstrdup(_("it is not JSON as 'steady diary export --format json' writes it, or an "
	                 "entry in it lacks a field its kind needs or has one it cannot have"));
	return -1;
}
