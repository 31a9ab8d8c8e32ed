/* SPDX-FileCopyrightText: 2026 The steady authors */
/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * fuzz_ycache.c: the build's cache of parsed content (content/ycache) on
 * arbitrary bytes. The first byte picks one of two paths:
 *
 *   0  the rest is a cache, after the header this harness writes (magic,
 *      version, this libyaml's stamp), so the fuzzer starts at the count,
 *      the index and the trees. Each text the index names is looked up; a
 *      tree that comes back must be one the YAML parser could have made
 *      (kinds, maps of distinct scalar keys, UTF-8 scalars without NUL,
 *      depth and size caps), and the text is then loaded as a module
 *      through the cache, as steady loads its content;
 *   1  the rest is YAML text: a cache is written of it (ycache_write) and
 *      read back, and the tree it gives must be the very tree
 *      ytree_parse() makes of the text, or none when the parser had
 *      anything to say.
 *
 * With FUZZ_WRITE_SEEDS=DIR it writes seeds of both kinds into DIR, made
 * of the module corpus of fuzz_module_load, and exits.
 */
#include "config.h"

#include <dirent.h>
#include <locale.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <yaml.h>

#include "content/diag.h"
#include "content/module.h"
#include "content/module_load.h"
#include "content/ycache.h"
#include "content/ytree.h"
#include "fuzz.h"
#include "util/buf.h"
#include "util/le.h"
#include "util/utf8.h"
#include "util/xalloc.h"

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* The cache's layout, from ycache.c's description. */
#define HEAD   48
#define RECORD 32

static int mem_fd = -1;
static char mem_path[64];
static char *text_path, *cache_path; /* for path 1, in a scratch folder */

/* The header of a cache made here: magic, version 3, count, stamp. */
static void put_head(struct buf *b, uint32_t count)
{
	unsigned char h[HEAD] = "STDYTREE";
	le_put(h + 8, 3, 4);
	le_put(h + 12, count, 4);
	snprintf((char *)h + 16, 32, "libyaml %s, ytree %d", yaml_get_version_string(),
	         YTREE_RULES);
	buf_append(b, h, HEAD);
}

static void write_file(const char *path, const void *p, size_t n)
{
	FILE *f = fopen(path, "wb");
	if (!f || fwrite(p, 1, n, f) != n || fclose(f) != 0) {
		perror(path);
		exit(1);
	}
}

/* Seeds: for each module of the corpus, its cache less the header (path
 * 0) and its text (path 1). */
static void write_seeds(const char *dir)
{
	const char *corpus = FUZZ_SRCDIR "/tests/fuzz/corpus/fuzz_module_load";
	DIR *d = opendir(corpus);
	if (!d)
		exit(1);
	const char *all[64];
	size_t n = 0;
	struct dirent *e;
	while ((e = readdir(d)) && n < 64) {
		if (e->d_name[0] == '.')
			continue;
		char *src = xasprintf("%s/%s", corpus, e->d_name);
		all[n++] = src;
		struct diag dg;
		diag_init(&dg);
		struct buf b;
		buf_init(&b);
		if (ycache_write(cache_path, &all[n - 1], 1, &dg) < 0 ||
		    buf_read_file(&b, cache_path, 1 << 24) < 0)
			exit(1);
		/* Path 0: the count, then what follows the header. */
		struct buf seed;
		buf_init(&seed);
		buf_putc(&seed, 0);
		buf_append(&seed, b.data + 12, 4);
		buf_append(&seed, b.data + HEAD, b.len - HEAD);
		char *out = xasprintf("%s/cache-%s", dir, e->d_name);
		write_file(out, seed.data, seed.len);
		free(out);
		buf_free(&seed);
		buf_free(&b);
		buf_init(&b);
		buf_putc(&b, 1);
		struct buf t;
		buf_init(&t);
		if (buf_read_file(&t, src, 1 << 20) < 0)
			exit(1);
		buf_append(&b, t.data, t.len);
		out = xasprintf("%s/text-%s", dir, e->d_name);
		write_file(out, b.data, b.len);
		free(out);
		buf_free(&t);
		buf_free(&b);
		diag_free(&dg);
	}
	closedir(d);
	exit(0);
}

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void)argc;
	(void)argv;
	setlocale(LC_ALL, "C.UTF-8");
	mem_fd = fuzz_memfd("fuzz-ycache", mem_path);
	char *dir = fuzz_scratch("fuzz-ycache");
	text_path = xasprintf("%s/text.yaml", dir);
	cache_path = xasprintf("%s/cache", dir);
	free(dir);
	if (getenv("FUZZ_WRITE_SEEDS"))
		write_seeds(getenv("FUZZ_WRITE_SEEDS"));
	return 0;
}

/* Checks a tree as the parser would have made it; returns its node count. */
static size_t check_tree(const struct ynode *n, int depth)
{
	if (depth > CONTENT_MAX_DEPTH + 1)
		abort();
	if (n->kind == YNODE_SCALAR) {
		if (!n->value || n->value[n->len] != '\0' || memchr(n->value, '\0', n->len) ||
		    !utf8_valid(n->value, n->len) || n->len > CONTENT_MAX_SCALAR_BYTES || n->n)
			abort();
		return 1;
	}
	if ((n->kind != YNODE_MAP && n->kind != YNODE_SEQ) || n->value || n->plain ||
	    (n->kind == YNODE_MAP && n->n % 2))
		abort();
	size_t count = 1;
	for (size_t i = 0; i < n->n; i++) {
		const struct ynode *k = n->kids[i];
		if (n->kind == YNODE_MAP && i % 2 == 0) {
			if (k->kind != YNODE_SCALAR)
				abort();
			for (size_t j = 0; j < i; j += 2)
				if (n->kids[j]->len == k->len &&
				    memcmp(n->kids[j]->value, k->value, k->len) == 0)
					abort();
		}
		count += check_tree(k, depth + 1);
	}
	return count;
}

/* 1 when two trees are the same, positions and styles too. */
static int same_tree(const struct ynode *a, const struct ynode *b)
{
	if (a->kind != b->kind || a->line != b->line || a->col != b->col || a->plain != b->plain ||
	    a->n != b->n || a->len != b->len)
		return 0;
	if (a->kind == YNODE_SCALAR)
		return memcmp(a->value, b->value, a->len) == 0;
	for (size_t i = 0; i < a->n; i++)
		if (!same_tree(a->kids[i], b->kids[i]))
			return 0;
	return 1;
}

static void load_module(const char *text, size_t len, const struct ycache *c)
{
	fuzz_fill(mem_fd, text, len);
	struct diag d;
	diag_init(&d);
	module_free(module_load_from(mem_path, ORIGIN_EXTRA, NULL, c, &d));
	diag_free(&d);
}

static void from_cache(const uint8_t *p, size_t n)
{
	if (n < 4)
		return;
	struct buf b;
	buf_init(&b);
	put_head(&b, (uint32_t)le_get(p, 4));
	buf_append(&b, p + 4, n - 4);
	struct ycache *c = ycache_from(b.data, b.len);
	if (!c) {
		buf_free(&b);
		return;
	}
	const unsigned char *cd = (const unsigned char *)b.data;
	size_t len = b.len;
	for (size_t i = 0; i < ycache_count(c) && i < 64; i++) {
		const unsigned char *r = cd + HEAD + i * RECORD;
		uint64_t tlen = le_get(r, 8), toff = le_get(r + 8, 8);
		if (toff > len || tlen > len - toff)
			abort(); /* ycache_from() took a record pointing outside */
		const char *text = (const char *)cd + toff;
		struct ynode *t = ycache_find(c, text, (size_t)tlen);
		if (t) {
			if (check_tree(t, 0) > CONTENT_MAX_NODES)
				abort();
			ytree_free(t);
		}
		load_module(text, (size_t)tlen, c);
	}
	ycache_close(c);
	buf_free(&b);
}

static void from_text(const uint8_t *p, size_t n)
{
	write_file(text_path, p, n);
	struct diag d, w;
	diag_init(&d);
	diag_init(&w);
	struct ynode *want = ytree_parse((const char *)p, n, "t.yaml", &d);
	const char *files[] = {text_path};
	if (ycache_write(cache_path, files, 1, &w) < 0)
		abort();
	struct ycache *c = ycache_open(cache_path);
	if (!c)
		abort(); /* what ycache_write() wrote is a cache */
	struct ynode *got = ycache_find(c, (const char *)p, n);
	if (want && d.n == 0) {
		if (!got || !same_tree(want, got) || ycache_count(c) != 1)
			abort();
		check_tree(got, 0);
	} else if (got || ycache_count(c) != 0) {
		abort(); /* only a file that parsed without a word is kept */
	}
	ytree_free(got);
	ytree_free(want);
	ycache_close(c);
	diag_free(&d);
	diag_free(&w);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (size == 0)
		return 0;
	if (data[0] % 2 == 0)
		from_cache(data + 1, size - 1);
	else
		from_text(data + 1, size - 1);
	return 0;
}
