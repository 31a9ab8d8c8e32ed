/* SPDX-FileCopyrightText: 2026 The steady authors */
/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * module_load.h: reads one module or the helpline directory from a YAML
 * file into the typed model, treating the file as hostile: size, depth and
 * scalar caps, no anchors or aliases, one document, unknown keys rejected.
 */
#ifndef STEADY_CONTENT_MODULE_LOAD_H
#define STEADY_CONTENT_MODULE_LOAD_H

#include "content/diag.h"
#include "content/helplines.h"
#include "content/module.h"

/* Caps on hostile input. */
#define CONTENT_MAX_FILE_BYTES   (1024 * 1024) /* 1 MiB per file */
#define CONTENT_MAX_DEPTH        16            /* nesting of mappings and lists */
#define CONTENT_MAX_SCALAR_BYTES (64 * 1024)   /* one string */
#define CONTENT_MAX_STEPS        200
#define CONTENT_MAX_ITEMS        100    /* options, items, links, bands, tags, cues */
#define CONTENT_MAX_KEYS         64     /* keys in one mapping */
#define CONTENT_MAX_NODES        100000 /* values in one file */

/*
 * A translatable string as the loader meets it. The loader calls the
 * translator for every string shown to a person, in file order, and keeps
 * what it returns (a new string, or NULL to keep the original). The same
 * calls serve display (gettext) and extraction (`steady strings`), so the
 * two cannot drift apart.
 */
struct content_string {
	const char *file;
	int line;
	const char *module; /* module id, or "helplines" */
	const char *field;  /* the field's role, used as msgctxt: "title", "prompt"... */
	const char *domain; /* text domain: the module's own, or "steady-content" */
	const char *msgid;
};

struct content_tr {
	char *(*translate)(void *ctx, const struct content_string *s);
	void *ctx;
};

/*
 * Loads a module from path. Returns the module, or NULL when the file has
 * any error; every problem found is added to d. tr may be NULL (no
 * translation). origin is recorded in the module.
 */
struct module *module_load(const char *path, enum module_origin origin, const struct content_tr *tr,
                           struct diag *d);

struct ycache;

/* As module_load(), the tree taken from cache when it holds one of the
 * file's bytes (ytree_load_from()); NULL parses. */
struct module *module_load_from(const char *path, enum module_origin origin,
                                const struct content_tr *tr, const struct ycache *cache,
                                struct diag *d);

/* Loads the helpline directory; NULL on any error, each one added to d. */
struct helplines *helplines_load(const char *path, const struct content_tr *tr, struct diag *d);

/* The same, with a cache as in module_load_from(). */
struct helplines *helplines_load_from(const char *path, const struct content_tr *tr,
                                      const struct ycache *cache, struct diag *d);

#endif
