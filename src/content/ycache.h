/* SPDX-FileCopyrightText: 2026 The steady authors */
/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * ycache.h: YAML trees parsed once by the build, so that starting steady
 * does not run libyaml over all the bundled content each time (libyaml's
 * parse is most of the start-up).
 *
 * Each tree is kept with the exact bytes it was parsed from: a file changed
 * after the build no longer matches and is parsed as usual, so the cache
 * can cost time but never change what is shown. It holds only files that
 * parsed without any message; a missing or foreign cache is ignored, and a
 * damaged tree is refused when read.
 */
#ifndef STEADY_CONTENT_YCACHE_H
#define STEADY_CONTENT_YCACHE_H

#include <stddef.h>

#include "content/diag.h"
#include "content/ytree.h"

struct ycache;

/* Opens the cache file at path; NULL when it is missing or not a valid cache. */
struct ycache *ycache_open(const char *path);

/* The cache held in memory (len bytes, copied); NULL when not valid. */
struct ycache *ycache_from(const void *data, size_t len);

/* Frees a cache; NULL is fine. */
void ycache_close(struct ycache *c);

/* The number of trees in the cache. */
size_t ycache_count(const struct ycache *c);

/* A new copy (ytree_free()) of the tree parsed from exactly these len
 * bytes of text, or NULL when the cache has none. */
struct ynode *ycache_find(const struct ycache *c, const char *text, size_t len);

/*
 * Writes a cache of the given files to path (through path.tmp and a
 * rename). A file that cannot be read or parses with any message is left
 * out and its messages added to d. 0, or -1 when the cache could not be
 * written (a message in d).
 */
int ycache_write(const char *path, const char *const *files, size_t n, struct diag *d);

#endif
