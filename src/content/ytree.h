/* SPDX-FileCopyrightText: 2026 The steady authors */
/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * ytree.h: a small, bounded tree of YAML nodes with their line and column,
 * built from libyaml's event API with every hostile-input cap applied
 * (module_load.h): the loaders never see libyaml.
 */
#ifndef STEADY_CONTENT_YTREE_H
#define STEADY_CONTENT_YTREE_H

#include <stddef.h>

#include "content/diag.h"

/* Raised whenever ytree_parse() would build a different tree from the same
 * bytes (new caps, new refusals, other positions): trees kept by the build
 * (ycache.h) from an older version are then not used. */
#define YTREE_RULES 1

enum ynode_kind { YNODE_SCALAR, YNODE_MAP, YNODE_SEQ };

struct ynode {
	enum ynode_kind kind;
	int line, col; /* 1-based */
	char *value;   /* scalar text, NUL-terminated; NULL for maps and lists */
	size_t len;
	int plain;           /* a scalar written without quotes or block style */
	struct ynode **kids; /* list items; for a map: key, value, key, value... */
	size_t n;            /* number of kids (twice the number of keys for a map) */
	struct ymem *mem;    /* on a root: the memory the whole tree is in */
};

/*
 * A tree's memory: blocks handed out in order and freed together, so a tree
 * of thousands of nodes is a few allocations and ytree_free() of its root
 * need not walk it. The nodes, their text and their kids arrays are all in
 * it; only the root holds the list.
 */
struct ymem {
	struct ymem *next;
	size_t used, cap; /* bytes of the block after this header */
};

/* n bytes (aligned for any node or pointer) from the blocks of *list; a new
 * block of at least n bytes when the first has no room. Never NULL. */
void *ymem_alloc(struct ymem **list, size_t n);

/* Frees every block of the list; NULL is fine. */
void ymem_free(struct ymem *list);

/*
 * Reads and parses path. Returns the root node, or NULL after adding one
 * error to d (unreadable, too big, not UTF-8 text, a YAML syntax error, an
 * anchor, alias or tag, more than one document, too deep or too many nodes).
 */
struct ynode *ytree_load(const char *path, struct diag *d);

struct ycache;

/* As ytree_load(), but the tree comes from c when c holds one parsed from
 * the same bytes (ycache.h); NULL parses. A cache speaks for the files it
 * was made from only: the caller passes the one for path's origin (the
 * build's for the bundled content, the user's for the user's folder). */
struct ynode *ytree_load_from(const char *path, const struct ycache *c, struct diag *d);

/* The same for text already in memory; file names it in diagnostics. */
struct ynode *ytree_parse(const char *text, size_t len, const char *file, struct diag *d);

/* Frees a tree from its root; NULL is fine. */
void ytree_free(struct ynode *n);

/* The value for key in a map node, or NULL. */
const struct ynode *ytree_get(const struct ynode *map, const char *key);

/* The key node holding key in a map node, or NULL. */
const struct ynode *ytree_key(const struct ynode *map, const char *key);

/*
 * Writes s into buf (size bytes) for a message: control characters become
 * '?', and long text is cut at a character boundary with "...". Returns buf.
 */
const char *ytree_shorten(const char *s, char *buf, size_t size);

#endif
