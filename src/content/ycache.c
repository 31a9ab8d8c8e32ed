/* SPDX-FileCopyrightText: 2026 The steady authors */
/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * ycache.c: the build's cache of parsed YAML trees (ycache.h).
 *
 * The file, all integers little-endian:
 *
 *   0   8  magic "STDYTREE"
 *   8   4  version (3)
 *  12   4  number of trees N
 *  16  32  what made the trees: "libyaml VERSION, ytree RULES", NUL-padded;
 *          a cache made by another libyaml or other rules is not used
 *  48  32  N index records, sorted by text length: the length and offset of
 *          the YAML text a tree was parsed from, then the tree's offset and
 *          length (u64 each)
 *   …      the texts and the trees
 *
 * A tree is its root node; a node is: kind (u8: 0 scalar, 1 map, 2 list),
 * plain (u8), line and column (u32 each), then for a scalar its length
 * (u32) and bytes, for a map or list the number of children (u32) and the
 * children (a map's are key, value, key, value...).
 *
 * A file finds its tree by its exact bytes: the records of its length are
 * compared with memcmp(), which is cheaper than hashing the file and leaves
 * no chance of two texts sharing a key.
 *
 * Reading is bounds-checked and held to the YAML parser's rules (depth,
 * nodes, keys per mapping, scalar size, UTF-8 text without NUL, scalar keys
 * that differ, only scalars plain), so no cache, damaged or made on
 * purpose, can give the loaders a tree that ytree_parse() could not have
 * given them. There is no checksum over the trees: a damaged cache is as likely
 * as a damaged YAML file, which has none either, and hashing the whole
 * cache at every start would cost a good part of the time the cache saves.
 */
#include "config.h"

#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <yaml.h>

#include "content/module_load.h"
#include "content/ycache.h"
#include "util/buf.h"
#include "util/gettext.h"
#include "util/le.h"
#include "util/utf8.h"
#include "util/xalloc.h"

#define MAGIC         "STDYTREE"
#define CACHE_VERSION 3
#define STAMP_BYTES   32
#define HEAD          (8 + 4 + 4 + STAMP_BYTES)
#define RECORD        (4 * 8)
#define NODE_HEAD     (1 + 1 + 4 + 4 + 4)
#define MAX_FILE      (64u << 20)

struct ycache {
	unsigned char *data;
	size_t len;
	size_t n;
};

/* Appends v as n little-endian bytes. */
static void put_le(struct buf *b, uint64_t v, size_t n)
{
	unsigned char p[8];
	le_put(p, v, n);
	buf_append(b, p, n);
}

/* ---- reading ----------------------------------------------------------- */

/* What makes the trees here: libyaml's version and ytree.c's rules. */
static void make_stamp(char out[STAMP_BYTES])
{
	memset(out, 0, STAMP_BYTES);
	snprintf(out, STAMP_BYTES, "libyaml %s, ytree %d", yaml_get_version_string(), YTREE_RULES);
}

/* 1 when [off, off + n) lies inside len bytes. */
static int inside(uint64_t off, uint64_t n, size_t len)
{
	return off <= len && n <= len - off;
}

/* Checks data (a heap block) and makes it a cache, or frees it and gives NULL. */
static struct ycache *adopt(unsigned char *p, size_t len)
{
	size_t n = len >= HEAD ? (size_t)le_get(p + 12, 4) : 0;
	char stamp[STAMP_BYTES];
	make_stamp(stamp);
	int ok = len >= HEAD && len <= MAX_FILE && memcmp(p, MAGIC, 8) == 0 &&
	         le_get(p + 8, 4) == CACHE_VERSION && memcmp(p + 16, stamp, STAMP_BYTES) == 0 &&
	         n <= (len - HEAD) / RECORD;
	/* Sorted by text length, and every text and tree inside the file. */
	for (size_t i = 0; ok && i < n; i++) {
		const unsigned char *r = p + HEAD + i * RECORD;
		if (!inside(le_get(r + 8, 8), le_get(r, 8), len) ||
		    !inside(le_get(r + 16, 8), le_get(r + 24, 8), len) ||
		    (i > 0 && le_get(r - RECORD, 8) > le_get(r, 8)))
			ok = 0;
	}
	if (!ok) {
		free(p);
		return NULL;
	}
	struct ycache *c = xmalloc(sizeof *c);
	c->data = p;
	c->len = len;
	c->n = n;
	return c;
}

struct ycache *ycache_from(const void *data, size_t len)
{
	unsigned char *p = xmalloc(len ? len : 1);
	if (len)
		memcpy(p, data, len);
	return adopt(p, len);
}

struct ycache *ycache_open(const char *path)
{
	struct buf b;
	buf_init(&b);
	if (buf_read_file(&b, path, MAX_FILE) < 0) {
		buf_free(&b);
		return NULL;
	}
	size_t len = b.len;
	return adopt((unsigned char *)buf_take(&b), len);
}

void ycache_close(struct ycache *c)
{
	if (!c)
		return;
	free(c->data);
	free(c);
}

size_t ycache_count(const struct ycache *c)
{
	return c ? c->n : 0;
}

struct rd {
	const unsigned char *p;
	size_t len, off;
	int bad;
};

static const unsigned char *take(struct rd *r, size_t n)
{
	if (r->bad || n > r->len - r->off) {
		r->bad = 1;
		return NULL;
	}
	const unsigned char *p = r->p + r->off;
	r->off += n;
	return p;
}

/* A node's fields as read; for a scalar, its bytes too. */
struct head {
	enum ynode_kind kind;
	int plain, line, col;
	size_t count; /* scalar length, or number of children */
	const unsigned char *bytes;
};

/* Reads and checks one node's head (and a scalar's bytes); 0, or -1 (bad). */
static int read_head(struct rd *r, struct head *h)
{
	const unsigned char *p = take(r, NODE_HEAD);
	if (!p || p[0] > 2 || p[1] > 1) {
		r->bad = 1;
		return -1;
	}
	uint64_t line = le_get(p + 2, 4), col = le_get(p + 6, 4);
	h->kind = (enum ynode_kind)p[0];
	h->plain = p[1];
	h->count = (size_t)le_get(p + 10, 4);
	h->bytes = NULL;
	if (line < 1 || line > INT32_MAX || col < 1 || col > INT32_MAX) {
		r->bad = 1;
		return -1;
	}
	h->line = (int)line;
	h->col = (int)col;
	if (h->kind == YNODE_SCALAR) {
		h->bytes = take(r, h->count);
		if (!h->bytes || h->count > CONTENT_MAX_SCALAR_BYTES ||
		    !utf8_valid((const char *)h->bytes, h->count))
			r->bad = 1;
	} else if (h->plain) { /* only scalars are written plain */
		r->bad = 1;
	} else if (h->count > (r->len - r->off) / NODE_HEAD ||
	           (h->kind == YNODE_MAP && h->count % 2)) {
		/* Each child takes at least NODE_HEAD bytes: no count outgrows the tree. */
		r->bad = 1;
	}
	return r->bad ? -1 : 0;
}

/* Where the next node, child pointers and text of a tree go. */
struct arena {
	struct ynode *node;
	struct ynode **kid, **kid_end;
	char *text;
	size_t nodes; /* made so far */
};

/* 1 when the scalar key k is already a key of the map n (being built). */
static int repeated(const struct ynode *n, const struct ynode *k)
{
	for (size_t i = 0; i < n->n; i += 2)
		if (n->kids[i]->len == k->len && memcmp(n->kids[i]->value, k->value, k->len) == 0)
			return 1;
	return 0;
}

/* Builds one node and its children in the arena, checking them as the YAML
 * parser would have them (depth, number of nodes, scalar keys); NULL and
 * r->bad when anything is off. */
static struct ynode *build(struct rd *r, struct arena *a, int depth)
{
	struct head h;
	/* As ytree.c: at most CONTENT_MAX_DEPTH collections one in another. */
	if (read_head(r, &h) < 0 || depth > CONTENT_MAX_DEPTH ||
	    (h.kind != YNODE_SCALAR && depth >= CONTENT_MAX_DEPTH) ||
	    ++a->nodes > CONTENT_MAX_NODES ||
	    (h.kind == YNODE_MAP && h.count / 2 > CONTENT_MAX_KEYS)) {
		r->bad = 1;
		return NULL;
	}
	struct ynode *n = a->node++;
	memset(n, 0, sizeof *n);
	n->kind = h.kind;
	n->plain = h.plain;
	n->line = h.line;
	n->col = h.col;
	if (h.kind == YNODE_SCALAR) {
		n->value = a->text;
		n->len = h.count;
		memcpy(a->text, h.bytes, h.count);
		a->text[h.count] = '\0';
		a->text += h.count + 1;
		return n;
	}
	/* Nodes and text cannot outgrow the block (each takes bytes of the
	 * tree), but a count is only a claim until the children are read. */
	if (h.count > (size_t)(a->kid_end - a->kid)) {
		r->bad = 1;
		return NULL;
	}
	n->kids = a->kid;
	a->kid += h.count;
	for (size_t i = 0; i < h.count; i++) {
		struct ynode *k = build(r, a, depth + 1);
		if (!k)
			return NULL;
		if (h.kind == YNODE_MAP && i % 2 == 0 &&
		    (k->kind != YNODE_SCALAR || repeated(n, k))) {
			r->bad = 1; /* keys are scalars and differ, as the parser makes them */
			return NULL;
		}
		n->kids[n->n++] = k;
	}
	return n;
}

struct ynode *ycache_find(const struct ycache *c, const char *text, size_t len)
{
	if (!c || c->n == 0)
		return NULL;
	/* The first record of this length, then each of them. */
	size_t lo = 0, hi = c->n;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (le_get(c->data + HEAD + mid * RECORD, 8) < len)
			lo = mid + 1;
		else
			hi = mid;
	}
	const unsigned char *rec = NULL;
	for (size_t i = lo; i < c->n && !rec; i++) {
		const unsigned char *r = c->data + HEAD + i * RECORD;
		if (le_get(r, 8) != len)
			break;
		if (len == 0 || memcmp(c->data + le_get(r + 8, 8), text, len) == 0)
			rec = r;
	}
	if (!rec)
		return NULL;
	size_t off = (size_t)le_get(rec + 16, 8), tlen = (size_t)le_get(rec + 24, 8);
	/* The whole tree goes in one block of the tree's memory (ytree.h),
	 * sized from the bytes it is read from: each node takes at least
	 * NODE_HEAD of them, and its text at most as many as it has. */
	size_t most = tlen / NODE_HEAD + 1;
	struct ymem *mem = NULL;
	char *block = ymem_alloc(&mem, most * (sizeof(struct ynode) + sizeof(struct ynode *)) +
	                                       tlen + most);
	struct ynode **kids = (struct ynode **)(block + most * sizeof(struct ynode));
	struct arena a = {(struct ynode *)block, kids, kids + most, (char *)(kids + most), 0};
	struct rd r = {c->data + off, tlen, 0, 0};
	struct ynode *root = build(&r, &a, 0);
	if (!root || r.off != r.len) { /* damaged, or trailing bytes */
		ymem_free(mem);
		return NULL;
	}
	root->mem = mem;
	return root;
}

/* ---- writing ----------------------------------------------------------- */

static void write_node(struct buf *b, const struct ynode *n)
{
	buf_putc(b, (char)n->kind);
	buf_putc(b, (char)(n->plain ? 1 : 0));
	put_le(b, (uint64_t)n->line, 4);
	put_le(b, (uint64_t)n->col, 4);
	if (n->kind == YNODE_SCALAR) {
		put_le(b, n->len, 4);
		buf_append(b, n->value, n->len);
		return;
	}
	put_le(b, n->n, 4);
	for (size_t i = 0; i < n->n; i++)
		write_node(b, n->kids[i]);
}

/* One tree to write, with the text it was parsed from. */
struct tree_rec {
	struct buf text, tree;
};

static int cmp_rec(const void *a, const void *b)
{
	const struct tree_rec *x = a, *y = b;
	if (x->text.len != y->text.len)
		return x->text.len < y->text.len ? -1 : 1;
	return memcmp(x->text.data, y->text.data, x->text.len);
}

int ycache_write(const char *path, const char *const *files, size_t n, struct diag *d)
{
	struct tree_rec *v = xcalloc(n ? n : 1, sizeof *v);
	size_t got = 0;
	for (size_t i = 0; i < n; i++) {
		struct tree_rec *t = &v[got];
		buf_init(&t->text);
		buf_init(&t->tree);
		struct diag local;
		diag_init(&local);
		struct ynode *root = NULL;
		if (buf_read_file(&t->text, files[i], CONTENT_MAX_FILE_BYTES) < 0)
			/* TRANSLATORS: %s is the system's reason, such as "Permission
			   denied". */
			diag_add(d, DIAG_ERROR, files[i], 0, 0, _("cannot read the file: %s"),
			         strerror(errno));
		else
			root = ytree_parse(t->text.data, t->text.len, files[i], &local);
		/* Only a file that gave no message at all may skip the parser later. */
		if (root && local.n == 0) {
			write_node(&t->tree, root);
			got++;
		} else {
			buf_free(&t->text);
		}
		for (size_t k = 0; k < local.n; k++) {
			const struct diag_msg *m = &local.msgs[k];
			diag_add(d, m->level, m->file, m->line, m->col, "%s", m->text);
		}
		ytree_free(root);
		diag_free(&local);
	}
	qsort(v, got, sizeof *v, cmp_rec);
	/* The same text twice is one tree. */
	size_t u = 0;
	for (size_t i = 0; i < got; i++) {
		if (u > 0 && cmp_rec(&v[u - 1], &v[i]) == 0) {
			buf_free(&v[i].text);
			buf_free(&v[i].tree);
			continue;
		}
		v[u++] = v[i];
	}
	struct buf out;
	buf_init(&out);
	buf_append(&out, MAGIC, 8);
	put_le(&out, CACHE_VERSION, 4);
	put_le(&out, u, 4);
	char stamp[STAMP_BYTES];
	make_stamp(stamp);
	buf_append(&out, stamp, STAMP_BYTES);
	uint64_t off = HEAD + (uint64_t)u * RECORD;
	for (size_t i = 0; i < u; i++) {
		put_le(&out, v[i].text.len, 8);
		put_le(&out, off, 8);
		put_le(&out, off + v[i].text.len, 8);
		put_le(&out, v[i].tree.len, 8);
		off += v[i].text.len + v[i].tree.len;
	}
	for (size_t i = 0; i < u; i++) {
		buf_append(&out, v[i].text.data, v[i].text.len);
		buf_append(&out, v[i].tree.data, v[i].tree.len);
		buf_free(&v[i].text);
		buf_free(&v[i].tree);
	}
	free(v);

	char *tmp = xasprintf("%s.tmp", path);
	FILE *f = fopen(tmp, "wb");
	int ok = f && fwrite(out.data, 1, out.len, f) == out.len;
	ok = f && fclose(f) == 0 && ok;
	ok = ok && rename(tmp, path) == 0;
	if (!ok) {
		/* TRANSLATORS: %s is the system's reason, such as "No space left on
		   device". */
		diag_add(d, DIAG_ERROR, path, 0, 0, _("cannot write the file: %s"),
		         strerror(errno));
		unlink(tmp);
	}
	free(tmp);
	buf_free(&out);
	return ok ? 0 : -1;
}
