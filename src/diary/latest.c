/* SPDX-FileCopyrightText: 2026 The steady authors */
/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * latest.c: the newest entry of each kind and module (latest.h), in a
 * hash table with open addressing, keyed by the kind and the module id
 * (or no module, for "any"). The keys point into the entries; the table
 * holds no text of its own.
 */
#include "config.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "diary/latest.h"
#include "util/xalloc.h"

struct slot {
	const struct entry *e; /* NULL: empty; its kind and module are the key */
	int any;               /* 1: the key is the kind alone */
};

struct latest {
	struct slot *t;
	size_t mask;
};

static uint64_t hash(enum entry_kind kind, const char *module)
{
	uint64_t h = 1469598103934665603u ^ (uint64_t)kind; /* FNV-1a */
	for (const unsigned char *p = (const unsigned char *)module; p && *p; p++)
		h = (h ^ *p) * 1099511628211u;
	return h ^ (h >> 29);
}

static int same(const struct slot *s, enum entry_kind kind, const char *module)
{
	if (s->e->kind != kind || s->any != !module)
		return 0;
	return !module || strcmp(s->e->module, module) == 0;
}

/* The slot of the key: where it is, or the empty one where it would go. */
static struct slot *find(const struct latest *l, enum entry_kind kind, const char *module)
{
	for (size_t i = (size_t)hash(kind, module) & l->mask;; i = (i + 1) & l->mask) {
		struct slot *s = &l->t[i];
		if (!s->e || same(s, kind, module))
			return s;
	}
}

/* Keeps e under the key unless an entry is there already, which is newer
 * (v is newest first). 1 when the key is new. */
static int put(struct latest *l, const struct entry *e, int any)
{
	struct slot *s = find(l, e->kind, any ? NULL : e->module);
	if (s->e)
		return 0;
	s->e = e;
	s->any = any;
	return 1;
}

struct latest *latest_build(struct entry *const *v, size_t n)
{
	struct latest *l = xcalloc(1, sizeof *l);
	/* Distinct keys are few (kinds times modules): start small, and start
	 * again four times larger whenever the table is half full. */
	for (size_t size = 64;; size *= 4) {
		l->t = xcalloc(size, sizeof *l->t);
		l->mask = size - 1;
		size_t used = 0, i;
		for (i = 0; i < n && 2 * used < size; i++) {
			used += (size_t)put(l, v[i], 1);
			if (v[i]->module)
				used += (size_t)put(l, v[i], 0);
		}
		if (i == n && 2 * used <= size)
			return l;
		free(l->t);
	}
}

const struct entry *latest_get(const struct latest *l, enum entry_kind kind, const char *module)
{
	return find(l, kind, module)->e;
}

void latest_free(struct latest *l)
{
	if (!l)
		return;
	free(l->t);
	free(l);
}
