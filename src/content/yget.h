/* SPDX-FileCopyrightText: 2026 The steady authors */
/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * yget.h: typed, validated reads from a ytree mapping, shared by the module
 * and helpline loaders. Every problem becomes a diagnostic at the exact
 * line and column, and loading goes on so that all problems are reported.
 * Strings shown to a person are queued and translated after loading, in
 * file order, through the caller's content_tr.
 */
#ifndef STEADY_CONTENT_YGET_H
#define STEADY_CONTENT_YGET_H

#include <stddef.h>

#include "content/diag.h"
#include "content/module.h"
#include "content/module_load.h"
#include "content/ytree.h"

/* A string waiting for translation. */
struct yget_pending {
	char **slot;
	char **original; /* where to keep the English when it is translated, or NULL */
	const char *field;
	int line, col;
};

struct yget {
	const char *file;
	struct diag *d;
	size_t errors; /* errors added through this context */
	struct yget_pending *pend;
	size_t n_pend, cap_pend;
};

/* Flags for yget_str(). */
#define YGET_REQUIRED 1
#define YGET_ONELINE  2 /* a title or label: no line breaks */

/* Starts a context for file, adding diagnostics to d. */
void yget_init(struct yget *c, const char *file, struct diag *d);

/* Frees the queue of pending translations. */
void yget_free(struct yget *c);

/* Adds an error at node n (fmt is the program's own). */
void yget_error(struct yget *c, const struct ynode *n, const char *fmt, ...)
        __attribute__((format(printf, 3, 4)));

/* Adds an error at a recorded position. */
void yget_error_at(struct yget *c, struct source_pos at, const char *fmt, ...)
        __attribute__((format(printf, 3, 4)));

/* The position of n. */
struct source_pos yget_pos(const struct ynode *n);

/* 0 when n is a mapping; else an error naming what (a key) and -1. */
int yget_need_map(struct yget *c, const struct ynode *n, const char *what);

/* Reports each key of map not in keys (NULL-terminated), with a suggestion. */
void yget_keys(struct yget *c, const struct ynode *map, const char *const *keys);

/*
 * Reports the unknown key map->kids[i], suggesting the nearest of keys
 * (NULL-terminated); a key with no value on the line of the key before it
 * is the rest of a text a comma cut off inside { }, and is said so.
 */
void yget_unknown(struct yget *c, const struct ynode *map, size_t i, const char *const *keys);

/* Reports that key is missing from map, at the mapping's position. */
void yget_missing(struct yget *c, const struct ynode *map, const char *key);

/*
 * Reads the text at key into *out (NULL when absent or wrong). field, when
 * not NULL, queues it for translation under that role.
 */
void yget_str(struct yget *c, const struct ynode *map, const char *key, int flags,
              const char *field, char **out);

/* Converts a scalar node to a whole number in lo..hi; 0, or -1 after an error. */
int yget_int_node(struct yget *c, const struct ynode *n, const char *key, int lo, int hi, int *out);

/* Reads a whole number lo..hi at key; dflt (and no error) when absent and not required. */
int yget_int(struct yget *c, const struct ynode *map, const char *key, int required, int lo, int hi,
             int *out);

/* Reads true or false at key into *out (left alone when absent). */
void yget_bool(struct yget *c, const struct ynode *map, const char *key, int *out);

/* Converts a scalar node to one of names (NULL-terminated); its index, or -1 after an error. */
int yget_enum_node(struct yget *c, const struct ynode *n, const char *key,
                   const char *const *names);

/* Reads one of names at key; its index, -1 after an error, -2 when absent. */
int yget_enum(struct yget *c, const struct ynode *map, const char *key, int required,
              const char *const *names);

/* 1 when s is an id: [a-z][a-z0-9-]{0,39}. */
int yget_is_id(const char *s);

/* The longest id. */
#define YGET_ID_MAX 40

/*
 * The id s was most likely meant to be ("Urge_Log" -> "urge-log"): lower
 * case, spaces, '_' and '.' as '-', other characters dropped; a digit may
 * start it only when digit_first. 1 when out holds a different id.
 */
int yget_id_near(const char *s, int digit_first, char out[YGET_ID_MAX + 1]);

/* Reads an id at key into *out (and its position into pos, when not NULL). */
void yget_id(struct yget *c, const struct ynode *map, const char *key, int required, char **out,
             struct source_pos *pos);

/*
 * The list at key with lo..hi entries, or NULL (after an error when it is
 * not a list, has the wrong length, or is required and absent).
 */
const struct ynode *yget_list(struct yget *c, const struct ynode *map, const char *key,
                              int required, size_t lo, size_t hi);

/* Reads a list of ids at key into *out, *n and (when wanted) *pos. */
void yget_ids(struct yget *c, const struct ynode *map, const char *key, int required, char ***out,
              size_t *n, struct source_pos **pos);

/* Checks the format version key ("steady: 1" or "steady-helplines: 1") of root. */
void yget_version(struct yget *c, const struct ynode *root, const char *key);

/* Queues *slot for translation with the role field at node n. */
void yget_queue(struct yget *c, char **slot, const char *field, const struct ynode *n);

/*
 * Keeps the English of the queued *slot in *original once it is translated
 * (*original stays NULL while it is not), for text that goes into a sentence
 * of the interface: see helplines_sentence().
 */
void yget_keep_original(struct yget *c, char **slot, char **original);

/*
 * Calls tr for every queued string in file order and keeps what it returns;
 * module names the module (or "helplines"), domain the text domain.
 */
void yget_translate(struct yget *c, const struct content_tr *tr, const char *module,
                    const char *domain);

#endif
