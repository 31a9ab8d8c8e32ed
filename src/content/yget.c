/* SPDX-FileCopyrightText: 2026 The steady authors */
/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * yget.c: typed reads from a ytree mapping with a diagnostic for every
 * problem, so that the loaders stay a plain list of keys and rules.
 */
#include "config.h"

#include <errno.h>
#include <limits.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "content/suggest.h"
#include "content/yget.h"
#include "util/buf.h"
#include "util/gettext.h"
#include "util/xalloc.h"

#define SHOWN 64 /* bytes of content quoted in a message */

void yget_init(struct yget *c, const char *file, struct diag *d)
{
	memset(c, 0, sizeof *c);
	c->file = file;
	c->d = d;
}

void yget_free(struct yget *c)
{
	free(c->pend);
	c->pend = NULL;
	c->n_pend = c->cap_pend = 0;
}

void yget_error(struct yget *c, const struct ynode *n, const char *fmt, ...)
{
	va_list ap;
	c->errors++;
	va_start(ap, fmt);
	diag_vadd(c->d, DIAG_ERROR, c->file, n->line, n->col, fmt, ap);
	va_end(ap);
}

void yget_error_at(struct yget *c, struct source_pos at, const char *fmt, ...)
{
	va_list ap;
	c->errors++;
	va_start(ap, fmt);
	diag_vadd(c->d, DIAG_ERROR, c->file, at.line, at.col, fmt, ap);
	va_end(ap);
}

struct source_pos yget_pos(const struct ynode *n)
{
	struct source_pos p = {n->line, n->col};
	return p;
}

static const char *kind_name(enum ynode_kind k)
{
	switch (k) {
	case YNODE_MAP:
		/* TRANSLATORS: what a value in a module file is, filling the last %s
		   of "'%s' must be a text, not %s": a mapping is YAML's name for a
		   group of 'key: value' lines. */
		return _("a mapping");
	case YNODE_SEQ:
		/* TRANSLATORS: what a value in a module file is, filling the last %s
		   of "'%s' must be a text, not %s": a list of '- ' items in YAML. */
		return _("a list");
	default:
		/* TRANSLATORS: what a value in a module file is, filling the last %s
		   of "'%s' must be a list, not %s": a single value in YAML. */
		return _("a text");
	}
}

int yget_need_map(struct yget *c, const struct ynode *n, const char *what)
{
	if (n->kind == YNODE_MAP)
		return 0;
	/* TRANSLATORS: the first %s is a key of the module format, such as
	   'scoring'; keep it. The second is what was written instead: "a list" or "a
	   text". Shown by 'steady check'. */
	yget_error(c, n, _("'%s' must be a mapping (key: value lines), not %s"), what,
	           kind_name(n->kind));
	return -1;
}

static int in_list(const char *s, const char *const *keys)
{
	for (size_t i = 0; keys[i]; i++)
		if (strcmp(s, keys[i]) == 0)
			return 1;
	return 0;
}

static size_t count(const char *const *v)
{
	size_t n = 0;
	while (v[n])
		n++;
	return n;
}

static char *joined(const char *const *names)
{
	struct buf b;
	buf_init(&b);
	for (size_t i = 0; names[i]; i++)
		buf_printf(&b, "%s%s", i ? ", " : "", names[i]);
	return buf_take(&b);
}

/* 1 when map->kids[i] has no value and shares its line with the key before:
 * only { } puts two keys on one line, and a comma there ends a value. */
static int cut_by_comma(const struct ynode *map, size_t i)
{
	if (i < 2)
		return 0;
	const struct ynode *key = map->kids[i], *val = map->kids[i + 1], *prev = map->kids[i - 2];
	return key->plain && val->kind == YNODE_SCALAR && val->len == 0 &&
	       prev->line == key->line && map->kids[i - 1]->kind == YNODE_SCALAR &&
	       map->kids[i - 1]->plain;
}

void yget_unknown(struct yget *c, const struct ynode *map, size_t i, const char *const *keys)
{
	const struct ynode *key = map->kids[i];
	char shown[SHOWN], before[SHOWN];
	if (cut_by_comma(map, i)) {
		ytree_shorten(map->kids[i - 1]->value, before, sizeof before);
		ytree_shorten(key->value, shown, sizeof shown);
		yget_error(c, key,
		           /* TRANSLATORS: a problem in a YAML module file. The first
		              %s is the part that was read as a key; then come, for
		              the example, the key, the text before the comma and
		              that part again, as in: label: "Tired, hungry". Keep {
		              } and the quotes as they are. */
		           _("inside { } a comma ends a value, so '%s' was read as a key of its "
		             "own; put the whole text in double quotes: %s: \"%s, %s\""),
		           shown, map->kids[i - 2]->value, before, shown);
		return;
	}
	const char *near = suggest_word(key->value, keys, count(keys));
	ytree_shorten(key->value, shown, sizeof shown);
	if (near) {
		/* TRANSLATORS: the first %s is a key written in a module file; the
		   second is a key of the module format close to it, such as 'title'.
		   Shown by 'steady check'. */
		yget_error(c, key, _("unknown key '%s'; did you mean '%s'?"), shown, near);
	} else {
		char *all = joined(keys);
		/* TRANSLATORS: the first %s is a key written in a module file; the
		   second is a list of the keys allowed at this place, such as "id,
		   title, steps". Shown by 'steady check'. */
		yget_error(c, key, _("unknown key '%s'; the keys here are: %s"), shown, all);
		free(all);
	}
}

void yget_keys(struct yget *c, const struct ynode *map, const char *const *keys)
{
	for (size_t i = 0; i + 1 < map->n; i += 2)
		if (!in_list(map->kids[i]->value, keys))
			yget_unknown(c, map, i, keys);
}

void yget_missing(struct yget *c, const struct ynode *map, const char *key)
{
	/* TRANSLATORS: %s is a key of the module format, such as 'title'; keep it.
	   Shown by 'steady check'. */
	yget_error(c, map, _("'%s' is missing"), key);
}

/* The scalar at key, or NULL (after an error when wrong or required). */
static const struct ynode *scalar_at(struct yget *c, const struct ynode *map, const char *key,
                                     int required)
{
	const struct ynode *n = ytree_get(map, key);
	if (!n) {
		if (required)
			yget_missing(c, map, key);
		return NULL;
	}
	if (n->kind != YNODE_SCALAR) {
		/* TRANSLATORS: the first %s is a key of the module format, such as
		   'title'; the second is what was written instead: "a list" or "a
		   mapping". Shown by 'steady check'. */
		yget_error(c, n, _("'%s' must be a text, not %s"), key, kind_name(n->kind));
		return NULL;
	}
	return n;
}

static int is_null(const struct ynode *n)
{
	if (n->len == 0)
		return 1;
	return n->plain && (strcmp(n->value, "~") == 0 || strcmp(n->value, "null") == 0);
}

void yget_str(struct yget *c, const struct ynode *map, const char *key, int flags,
              const char *field, char **out)
{
	const struct ynode *n = scalar_at(c, map, key, flags & YGET_REQUIRED);
	if (!n)
		return;
	size_t len = n->len;
	while (len > 0 && n->value[len - 1] == '\n')
		len--; /* a block scalar's final line break is not part of the text */
	if (len == 0 || is_null(n)) {
		if (flags & YGET_REQUIRED)
			/* TRANSLATORS: %s is a key of the module format, such as
			   'title'; keep it. Shown by 'steady check'. */
			yget_error(c, n, _("'%s' is empty"), key);
		else
			/* TRANSLATORS: %s is a key of the module format, such as
			   'notes'; keep it. Shown by 'steady check'. */
			yget_error(c, n, _("'%s' is empty; write a text or remove the line"), key);
		return;
	}
	if ((flags & YGET_ONELINE) && memchr(n->value, '\n', len)) {
		/* TRANSLATORS: %s is a key of the module format, such as 'title';
		   keep it. Shown by 'steady check'. */
		yget_error(c, n, _("'%s' must be a single line"), key);
		return;
	}
	*out = xstrndup(n->value, len);
	if (field)
		yget_queue(c, out, field, n);
}

static int parse_int(const char *s, long *out)
{
	const char *p = s[0] == '-' ? s + 1 : s;
	if (*p == '\0' || strspn(p, "0123456789") != strlen(p) || strlen(p) > 9)
		return -1;
	*out = strtol(s, NULL, 10);
	return 0;
}

int yget_int_node(struct yget *c, const struct ynode *n, const char *key, int lo, int hi, int *out)
{
	long v;
	if (n->kind == YNODE_SCALAR && !n->plain && parse_int(n->value, &v) == 0) {
		char shown[SHOWN];
		ytree_shorten(n->value, shown, sizeof shown);
		yget_error(c, n,
		           /* TRANSLATORS: the first %s is a key of the module
		              format, such as 'seconds'; the second and third are the
		              number as it should be written and as it was written in
		              quotes, as in: write 60, not "60". */
		           _("'%s' must be a whole number without quotes: write %s, not \"%s\""),
		           key, shown, shown);
		return -1;
	}
	if (n->kind != YNODE_SCALAR || !n->plain || parse_int(n->value, &v) < 0) {
		/* TRANSLATORS: %s is a key of the module format, such as 'seconds';
		   keep it. Shown by 'steady check'. */
		yget_error(c, n, _("'%s' must be a whole number"), key);
		return -1;
	}
	if (v < lo || v > hi) {
		/* TRANSLATORS: %s is a key of the module format, such as 'seconds';
		   the %d are the lowest and highest number allowed, as in "'seconds'
		   must be from 1 to 3600". */
		yget_error(c, n, _("'%s' must be from %d to %d"), key, lo, hi);
		return -1;
	}
	*out = (int)v;
	return 0;
}

int yget_int(struct yget *c, const struct ynode *map, const char *key, int required, int lo, int hi,
             int *out)
{
	const struct ynode *n = ytree_get(map, key);
	if (!n) {
		if (required) {
			yget_missing(c, map, key);
			return -1;
		}
		return 0;
	}
	return yget_int_node(c, n, key, lo, hi, out);
}

void yget_bool(struct yget *c, const struct ynode *map, const char *key, int *out)
{
	char shown[SHOWN];
	const struct ynode *n = ytree_get(map, key);
	if (!n)
		return;
	if (n->kind == YNODE_SCALAR && n->plain && strcmp(n->value, "true") == 0)
		*out = 1;
	else if (n->kind == YNODE_SCALAR && n->plain && strcmp(n->value, "false") == 0)
		*out = 0;
	else if (n->kind == YNODE_SCALAR)
		yget_error(
		        c, n,
		        /* TRANSLATORS: %s is a key of the module format, such as
		           'multiple'; the second %s is the value written in the
		           file. 'true' and 'false' are YAML words; keep them in
		           English. */
		        _("'%s' must be true or false (in lower case, without quotes), not '%s'"),
		        key, ytree_shorten(n->value, shown, sizeof shown));
	else
		/* TRANSLATORS: %s is a key of the module format, such as 'multiple'.
		   'true' and 'false' are YAML words; keep them in English. */
		yget_error(c, n, _("'%s' must be true or false"), key);
}

int yget_enum_node(struct yget *c, const struct ynode *n, const char *key, const char *const *names)
{
	if (n->kind == YNODE_SCALAR)
		for (size_t i = 0; names[i]; i++)
			if (strcmp(n->value, names[i]) == 0)
				return (int)i;
	char *all = joined(names);
	const char *near =
	        n->kind == YNODE_SCALAR ? suggest_word(n->value, names, count(names)) : NULL;
	if (near)
		/* TRANSLATORS: the first %s is a key of the module format, such as
		   'type'; the second a list of the values allowed, such as "text,
		   choice, scale"; the third the allowed value closest to what was
		   written. Keys and values stay as they are. */
		yget_error(c, n, _("'%s' must be one of: %s (did you mean '%s'?)"), key, all, near);
	else
		/* TRANSLATORS: the first %s is a key of the module format, such as
		   'type'; the second a list of the values allowed, such as "text,
		   choice, scale". Keys and values stay as they are. */
		yget_error(c, n, _("'%s' must be one of: %s"), key, all);
	free(all);
	return -1;
}

int yget_enum(struct yget *c, const struct ynode *map, const char *key, int required,
              const char *const *names)
{
	const struct ynode *n = ytree_get(map, key);
	if (!n) {
		if (required)
			yget_missing(c, map, key);
		return required ? -1 : -2;
	}
	return yget_enum_node(c, n, key, names);
}

int yget_id_near(const char *s, int digit_first, char out[YGET_ID_MAX + 1])
{
	size_t n = 0;
	for (const char *p = s; *p && n < YGET_ID_MAX; p++) {
		char ch = *p;
		if (ch >= 'A' && ch <= 'Z')
			ch = (char)(ch - 'A' + 'a');
		if (ch == ' ' || ch == '_' || ch == '.' || ch == '-') {
			if (n > 0 && out[n - 1] != '-')
				out[n++] = '-';
			continue;
		}
		if ((ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9' && (n > 0 || digit_first)))
			out[n++] = ch;
	}
	while (n > 0 && out[n - 1] == '-')
		n--;
	out[n] = '\0';
	return n > 0 && strcmp(out, s) != 0;
}

int yget_is_id(const char *s)
{
	size_t len = strlen(s);
	if (len < 1 || len > 40 || s[0] < 'a' || s[0] > 'z')
		return 0;
	return strspn(s, "abcdefghijklmnopqrstuvwxyz0123456789-") == len;
}

/* Copies the id in scalar n, or reports it; 0 or -1. */
static int id_node(struct yget *c, const struct ynode *n, const char *key, char **out)
{
	char shown[SHOWN];
	if (n->kind != YNODE_SCALAR) {
		/* TRANSLATORS: the first %s is a key of the module format, such as
		   'title'; the second is what was written instead: "a list" or "a
		   mapping". Shown by 'steady check'. */
		yget_error(c, n, _("'%s' must be a text, not %s"), key, kind_name(n->kind));
		return -1;
	}
	if (!yget_is_id(n->value)) {
		char near[YGET_ID_MAX + 1];
		ytree_shorten(n->value, shown, sizeof shown);
		if (yget_id_near(n->value, 0, near))
			yget_error(
			        c, n,
			        /* TRANSLATORS: %s is the id written in the module
			           file. This message is shown with and without "(did
			           you mean '%s'?)" at the end, where the last %s is
			           a valid id close to it. a-z and '-' are the
			           characters allowed; keep them. */
			        _("'%s' is not a valid id: use 1 to 40 lower-case letters (a-z), "
			          "digits and '-', starting with a letter (did you mean '%s'?)"),
			        shown, near);
		else
			yget_error(
			        c, n,
			        /* TRANSLATORS: %s is the id written in the module
			           file. This message is shown with and without "(did
			           you mean '%s'?)" at the end, where the last %s is
			           a valid id close to it. a-z and '-' are the
			           characters allowed; keep them. */
			        _("'%s' is not a valid id: use 1 to 40 lower-case letters (a-z), "
			          "digits and '-', starting with a letter"),
			        shown);
		return -1;
	}
	*out = xstrdup(n->value);
	return 0;
}

void yget_id(struct yget *c, const struct ynode *map, const char *key, int required, char **out,
             struct source_pos *pos)
{
	const struct ynode *n = ytree_get(map, key);
	if (!n) {
		if (required)
			yget_missing(c, map, key);
		return;
	}
	if (id_node(c, n, key, out) == 0 && pos)
		*pos = yget_pos(n);
}

const struct ynode *yget_list(struct yget *c, const struct ynode *map, const char *key,
                              int required, size_t lo, size_t hi)
{
	const struct ynode *n = ytree_get(map, key);
	if (!n) {
		if (required)
			yget_missing(c, map, key);
		return NULL;
	}
	if (n->kind != YNODE_SEQ) {
		/* TRANSLATORS: the first %s is a key of the module format, such as
		   'steps'; the second is what was written instead: "a text" or "a
		   mapping". Shown by 'steady check'. */
		yget_error(c, n, _("'%s' must be a list, not %s"), key, kind_name(n->kind));
		return NULL;
	}
	if (n->n < lo) {
		yget_error(c, n,
		           /* TRANSLATORS: %s is a key of the module format, such as
		              'options'; %d is the smallest number of '- ' items it
		              may have. Shown by 'steady check'. */
		           ngettext("'%s' needs at least %d entry",
		                    "'%s' needs at least %d entries", lo),
		           key, (int)lo);
		return NULL;
	}
	if (n->n > hi) {
		yget_error(c, n,
		           /* TRANSLATORS: %s is a key of the module format, such as
		              'options'; %d is the largest number of '- ' items it
		              may have. Shown by 'steady check'. */
		           ngettext("'%s' may have at most %d entry",
		                    "'%s' may have at most %d entries", hi),
		           key, (int)hi);
		return NULL;
	}
	return n;
}

void yget_ids(struct yget *c, const struct ynode *map, const char *key, int required, char ***out,
              size_t *n, struct source_pos **pos)
{
	const struct ynode *l = yget_list(c, map, key, required, 1, CONTENT_MAX_ITEMS);
	if (!l)
		return;
	*out = xcalloc(l->n, sizeof **out);
	if (pos)
		*pos = xcalloc(l->n, sizeof **pos);
	for (size_t i = 0; i < l->n; i++) {
		if (id_node(c, l->kids[i], key, &(*out)[*n]) < 0)
			continue;
		if (pos)
			(*pos)[*n] = yget_pos(l->kids[i]);
		(*n)++;
	}
}

void yget_version(struct yget *c, const struct ynode *root, const char *key)
{
	const struct ynode *n = ytree_get(root, key);
	int v;
	if (!n) {
		/* TRANSLATORS: filled in as "'steady: 1' is missing; every steady
		   file starts with it": the key 'steady' and the format version
		   number. Keep 'steady' as it is. */
		yget_error(c, root, _("'%s: %d' is missing; every steady file starts with it"), key,
		           MODULE_FORMAT_VERSION);
		return;
	}
	if (yget_int_node(c, n, key, 0, 1000000, &v) == 0 && v != MODULE_FORMAT_VERSION)
		yget_error(c, n,
		           /* TRANSLATORS: the first %d is the format version the
		              file gives; the second and third are the version this
		              program reads, as in "write 'steady: 1'". Keep 'steady:
		              ' as it is. */
		           _("this file is written for format version %d; this steady reads "
		             "version %d: write 'steady: %d' if the file follows this format, or "
		             "use a newer steady"),
		           v, MODULE_FORMAT_VERSION, MODULE_FORMAT_VERSION);
}
