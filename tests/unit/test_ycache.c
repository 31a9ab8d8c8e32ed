/* SPDX-FileCopyrightText: 2026 The steady authors */
/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * test_ycache.c: the build's cache of parsed trees. A tree from the cache
 * must equal the parser's to the last line and column for every bundled
 * file; an edited file must miss; a file with problems must stay out; and
 * no damaged cache may crash or give a tree the parser could not give.
 */
#include "config.h"

#include <yaml.h>

#include "content/library.h"
#include "content/module_load.h"
#include "content/ycache.h"
#include "content/ytree.h"
#include "content_test.h"
#include "unit.h"

#define CONTENT TEST_DATA "/../../content"

/* Fails unless a and b are the same tree, positions included. */
static void same_tree(const struct ynode *a, const struct ynode *b, const char *file)
{
	ck_assert_msg(a->kind == b->kind && a->line == b->line && a->col == b->col &&
	                      a->plain == b->plain && a->n == b->n && a->len == b->len,
	              "%s:%d:%d: nodes differ", file, a->line, a->col);
	if (a->kind == YNODE_SCALAR)
		ck_assert_msg(memcmp(a->value, b->value, a->len + 1) == 0, "%s:%d:%d: text differs",
		              file, a->line, a->col);
	for (size_t i = 0; i < a->n; i++)
		same_tree(a->kids[i], b->kids[i], file);
}

/* What a tree from anywhere must hold to: maps of scalar keys, text without NUL. */
static void sane_tree(const struct ynode *n)
{
	ck_assert(n->line >= 1 && n->col >= 1);
	if (n->kind == YNODE_SCALAR) {
		ck_assert_ptr_nonnull(n->value);
		ck_assert_uint_eq(strlen(n->value), n->len);
		return;
	}
	if (n->kind == YNODE_MAP)
		ck_assert_uint_eq(n->n % 2, 0);
	for (size_t i = 0; i < n->n; i++) {
		if (n->kind == YNODE_MAP && i % 2 == 0)
			ck_assert_int_eq(n->kids[i]->kind, YNODE_SCALAR);
		sane_tree(n->kids[i]);
	}
}

static char *text_of(const char *path, size_t *len)
{
	struct buf b;
	buf_init(&b);
	ck_assert_int_eq(buf_read_file(&b, path, 1 << 20), 0);
	*len = b.len;
	return buf_take(&b);
}

START_TEST(every_bundled_file_comes_back_the_same)
{
	size_t n;
	char **files = library_yaml_files(CONTENT, &n);
	ck_assert_ptr_nonnull(files);
	ck_assert_uint_ge(n, 10);
	char *dir = ct_tmpdir();
	char *path = xasprintf("%s/cache", dir);
	struct diag d;
	diag_init(&d);
	ck_assert_int_eq(ycache_write(path, (const char *const *)files, n, &d), 0);
	ck_assert_uint_eq(d.n, 0);
	struct ycache *c = ycache_open(path);
	ck_assert_ptr_nonnull(c);
	ck_assert_uint_eq(ycache_count(c), n);
	for (size_t i = 0; i < n; i++) {
		size_t len;
		char *text = text_of(files[i], &len);
		struct ynode *parsed = ytree_parse(text, len, files[i], &d);
		struct ynode *cached = ycache_find(c, text, len);
		ck_assert_ptr_nonnull(parsed);
		ck_assert_msg(cached != NULL, "%s not in the cache", files[i]);
		same_tree(parsed, cached, files[i]);
		/* One byte more and it is another file, which the cache does not know. */
		text = xreallocarray(text, len + 2, 1);
		memcpy(text + len, "\n", 2);
		ck_assert_ptr_null(ycache_find(c, text, len + 1));
		ytree_free(parsed);
		ytree_free(cached);
		free(text);
		free(files[i]);
	}
	ck_assert_uint_eq(d.n, 0);
	free(files);
	ycache_close(c);
	diag_free(&d);
	free(path);
	ct_rmtree(dir);
	free(dir);
}
END_TEST

/* The build made the cache the uninstalled steady reads, and it holds
 * every bundled file: a build that stopped making it would show here. */
START_TEST(the_build_cache_holds_the_bundled_content)
{
	struct ycache *c = ycache_open(STEADY_BUILDDIR "/content.cache");
	ck_assert_msg(c != NULL, "%s is missing or not valid", STEADY_BUILDDIR "/content.cache");
	size_t n;
	char **files = library_yaml_files(CONTENT, &n);
	for (size_t i = 0; i < n; i++) {
		size_t len;
		char *text = text_of(files[i], &len);
		struct ynode *t = ycache_find(c, text, len);
		ck_assert_msg(t != NULL, "%s is not in the build's cache", files[i]);
		ytree_free(t);
		free(text);
		free(files[i]);
	}
	free(files);
	ycache_close(c);
}
END_TEST

START_TEST(files_with_problems_stay_out)
{
	char *dir = ct_tmpdir();
	char *good = xasprintf("%s/good.yaml", dir), *bad = xasprintf("%s/bad.yaml", dir);
	char *gone = xasprintf("%s/gone.yaml", dir), *path = xasprintf("%s/cache", dir);
	ct_write(good, "a: 1\nb: [x, y]\n", 15);
	ct_write(bad, "a: [1, 2\n", 9);
	const char *files[] = {good, bad, gone};
	struct diag d;
	diag_init(&d);
	ck_assert_int_eq(ycache_write(path, files, 3, &d), 0);
	ck_assert_uint_eq(d.errors, 2); /* the syntax error and the missing file */
	struct ycache *c = ycache_open(path);
	ck_assert_uint_eq(ycache_count(c), 1);
	ck_assert_ptr_null(ycache_find(c, "a: [1, 2\n", 9));

	ycache_close(c);

	/* Through ytree_load: the cached tree while the file is as it was... To
	 * tell the two apart, the cache is changed to say "9" where the file
	 * says "1" (a cache has no checksum; its trees are only kept sane). */
	size_t clen;
	char *bytes = text_of(path, &clen);
	char *one = memmem(bytes, clen,
	                   "\1\0\0\0"
	                   "1",
	                   5); /* length 1, then "1" */
	ck_assert_ptr_nonnull(one);
	one[4] = '9';
	c = ycache_from(bytes, clen);
	free(bytes);
	struct ynode *t = ytree_load_from(good, c, &d);
	ck_assert_str_eq(ytree_get(t, "a")->value, "9");
	ytree_free(t);
	/* ...and the file's own, parsed, once it changes. */
	ct_write(good, "a: 2\nb: [x, y]\n", 15);
	t = ytree_load_from(good, c, &d);
	ck_assert_str_eq(ytree_get(t, "a")->value, "2");
	ytree_free(t);
	ycache_close(c);
	diag_free(&d);
	free(good);
	free(bad);
	free(gone);
	free(path);
	ct_rmtree(dir);
	free(dir);
}
END_TEST

/* Every cut and every byte value at every place of a small cache: refused,
 * a miss, or a sane tree, and never a crash or a leak (ASan runs this). */
START_TEST(damaged_caches_are_refused)
{
	char *dir = ct_tmpdir();
	char *yaml = xasprintf("%s/m.yaml", dir), *path = xasprintf("%s/cache", dir);
	static const char text[] = "id: x\nsteps:\n  - {type: page, text: \"hi\"}\n  - [a, b]\n";
	ct_write(yaml, text, sizeof text - 1);
	const char *files[] = {yaml};
	struct diag d;
	diag_init(&d);
	ck_assert_int_eq(ycache_write(path, files, 1, &d), 0);
	size_t len;
	unsigned char *data = (unsigned char *)text_of(path, &len);
	struct ycache *c = ycache_from(data, len);
	ck_assert_ptr_nonnull(c);
	struct ynode *t = ycache_find(c, text, sizeof text - 1);
	ck_assert_ptr_nonnull(t);
	sane_tree(t);
	ytree_free(t);
	ycache_close(c);
	size_t found = 0;
	for (size_t cut = 0; cut < len; cut++) {
		c = ycache_from(data, cut);
		t = c ? ycache_find(c, text, sizeof text - 1) : NULL;
		ck_assert_ptr_null(t); /* a cut tree always leaves bytes missing */
		ycache_close(c);
	}
	for (size_t i = 0; i < len; i++) {
		unsigned char keep = data[i];
		for (int b = 0; b < 256; b++) {
			data[i] = (unsigned char)b;
			c = ycache_from(data, len);
			t = c ? ycache_find(c, text, sizeof text - 1) : NULL;
			if (t) {
				sane_tree(t);
				found++;
			}
			ytree_free(t);
			ycache_close(c);
		}
		data[i] = keep;
	}
	/* Changed text and positions do come back: the cache trusts its bytes. */
	ck_assert_uint_gt(found, len);
	/* A map that claims more children than follow it is refused. */
	static const unsigned char head[] = {1, 0, 1, 0, 0, 0, 1, 0, 0, 0, 0xff, 0xff, 0, 0};
	size_t tree_at = len - 1;
	while (tree_at > 0 && memcmp(data + tree_at, head, 10) != 0)
		tree_at--;
	ck_assert_uint_gt(tree_at, 0); /* found the root map */
	data[tree_at + 10] = 200;
	c = ycache_from(data, len);
	ck_assert_ptr_null(ycache_find(c, text, sizeof text - 1));
	ycache_close(c);
	free(data);
	diag_free(&d);
	free(yaml);
	free(path);
	ct_rmtree(dir);
	free(dir);
}
END_TEST

/* ---- caches made by hand ---------------------------------------------- */

static void le(struct buf *b, uint64_t v, int n)
{
	for (int i = 0; i < n; i++)
		buf_putc(b, (char)(v >> (8 * i)));
}

static void node(struct buf *b, int kind, int plain, uint64_t count)
{
	buf_putc(b, (char)kind);
	buf_putc(b, (char)plain);
	le(b, 1, 4); /* line */
	le(b, 1, 4); /* column */
	le(b, count, 4);
}

static void scalar(struct buf *b, const char *s, size_t n)
{
	node(b, YNODE_SCALAR, 1, n);
	buf_append(b, s, n);
}

/* The tree a cache of one record gives for TEXT, made of the tree bytes t. */
static struct ynode *crafted(const struct buf *t)
{
	static const char text[] = "any: text\n";
	struct buf c;
	buf_init(&c);
	buf_append(&c, "STDYTREE", 8);
	le(&c, 3, 4);
	le(&c, 1, 4);
	char stamp[32] = {0};
	snprintf(stamp, sizeof stamp, "libyaml %s, ytree %d", yaml_get_version_string(),
	         YTREE_RULES);
	buf_append(&c, stamp, sizeof stamp);
	size_t off = 16 + 32 + 32;
	le(&c, sizeof text - 1, 8);
	le(&c, off, 8);
	le(&c, off + sizeof text - 1, 8);
	le(&c, t->len, 8);
	buf_append(&c, text, sizeof text - 1);
	buf_append(&c, t->data, t->len);
	struct ycache *y = ycache_from(c.data, c.len);
	ck_assert_ptr_nonnull(y);
	struct ynode *n = ycache_find(y, text, sizeof text - 1);
	ycache_close(y);
	buf_free(&c);
	return n;
}

/* depth lists one in another, the innermost holding a scalar. */
static void nested(struct buf *t, int depth)
{
	for (int i = 0; i < depth; i++)
		node(t, YNODE_SEQ, 0, 1);
	scalar(t, "x", 1);
}

/* A cache is held to the parser's rules, at their exact limits. */
START_TEST(crafted_trees_follow_the_parser)
{
	struct buf t;
	buf_init(&t);
	/* A mapping of two keys is fine... */
	node(&t, YNODE_MAP, 0, 4);
	scalar(&t, "a", 1);
	scalar(&t, "1", 1);
	scalar(&t, "b", 1);
	scalar(&t, "2", 1);
	struct ynode *n = crafted(&t);
	ck_assert_ptr_nonnull(n);
	sane_tree(n);
	ytree_free(n);
	/* ...the same key twice is not (the parser refuses it too). */
	buf_free(&t);
	node(&t, YNODE_MAP, 0, 4);
	scalar(&t, "a", 1);
	scalar(&t, "1", 1);
	scalar(&t, "a", 1);
	scalar(&t, "2", 1);
	ck_assert_ptr_null(crafted(&t));
	/* 64 keys, and 65. */
	for (int keys = 64; keys <= 65; keys++) {
		buf_free(&t);
		node(&t, YNODE_MAP, 0, (uint64_t)keys * 2);
		for (int i = 0; i < keys; i++) {
			char k[8];
			int len = snprintf(k, sizeof k, "k%d", i);
			scalar(&t, k, (size_t)len);
			scalar(&t, "v", 1);
		}
		n = crafted(&t);
		ck_assert_msg((n != NULL) == (keys == 64), "%d keys", keys);
		ytree_free(n);
	}
	/* A collection is never "plain". */
	buf_free(&t);
	node(&t, YNODE_SEQ, 1, 1);
	scalar(&t, "x", 1);
	ck_assert_ptr_null(crafted(&t));
	/* Text that is not UTF-8. */
	buf_free(&t);
	node(&t, YNODE_SEQ, 0, 1);
	scalar(&t, "\xff\xfe", 2);
	ck_assert_ptr_null(crafted(&t));
	/* Nesting: as deep as the parser allows, and one more. */
	buf_free(&t);
	nested(&t, CONTENT_MAX_DEPTH);
	n = crafted(&t);
	ck_assert_ptr_nonnull(n);
	ytree_free(n);
	buf_free(&t);
	nested(&t, CONTENT_MAX_DEPTH + 1);
	ck_assert_ptr_null(crafted(&t));
	buf_free(&t);

	/* A cache made by another libyaml, or by other rules, is not used. */
	{
		size_t len;
		char *dir = ct_tmpdir();
		char *yaml = xasprintf("%s/m.yaml", dir), *path = xasprintf("%s/cache", dir);
		ct_write(yaml, "a: 1\n", 5);
		const char *files[] = {yaml};
		struct diag dd;
		diag_init(&dd);
		ck_assert_int_eq(ycache_write(path, files, 1, &dd), 0);
		char *bytes = text_of(path, &len);
		struct ycache *y = ycache_from(bytes, len);
		ck_assert_ptr_nonnull(y);
		ycache_close(y);
		ck_assert_ptr_nonnull(memmem(bytes, len, "ytree ", 6));
		((char *)memmem(bytes, len, "ytree ", 6))[6] ^= 1; /* another rules number */
		ck_assert_ptr_null(ycache_from(bytes, len));
		free(bytes);
		diag_free(&dd);
		free(yaml);
		free(path);
		ct_rmtree(dir);
		free(dir);
	}

	/* The parser's own limit, for comparison: 16 lists one in another load, 17 do not. */
	struct diag d;
	diag_init(&d);
	for (int depth = CONTENT_MAX_DEPTH; depth <= CONTENT_MAX_DEPTH + 1; depth++) {
		struct buf y;
		buf_init(&y);
		for (int i = 0; i < depth; i++)
			buf_putc(&y, '[');
		buf_putc(&y, 'x');
		for (int i = 0; i < depth; i++)
			buf_putc(&y, ']');
		buf_putc(&y, '\n');
		n = ytree_parse(y.data, y.len, "deep.yaml", &d);
		ck_assert_msg((n != NULL) == (depth == CONTENT_MAX_DEPTH), "depth %d", depth);
		ytree_free(n);
		buf_free(&y);
	}
	diag_free(&d);
}
END_TEST

static Suite *suite(void)
{
	Suite *s = suite_create("ycache");
	TCase *tc = tcase_create("core");
	tcase_set_timeout(tc, 60);
	tcase_add_test(tc, every_bundled_file_comes_back_the_same);
	tcase_add_test(tc, the_build_cache_holds_the_bundled_content);
	tcase_add_test(tc, files_with_problems_stay_out);
	tcase_add_test(tc, damaged_caches_are_refused);
	tcase_add_test(tc, crafted_trees_follow_the_parser);
	suite_add_tcase(s, tc);
	return s;
}

int main(void)
{
	return unit_run(suite());
}
