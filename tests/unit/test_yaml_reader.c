/* SPDX-FileCopyrightText: 2026 The steady authors */
/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * test_yaml_reader.c: the hostile-input layer (ytree). Each hostile file
 * must be answered by exactly one clear diagnostic at an exact position,
 * well under a second, without a crash. Big files are made at test time.
 */
#include "config.h"

#include <check.h>
#include <errno.h>
#include <sys/stat.h>
#include <unistd.h>

#include "content/module_load.h"
#include "content/ytree.h"
#include "content_test.h"
#include "unit.h"

#define HOSTILE TEST_DATA "/hostile/"
/* Seconds; generous: each takes milliseconds. Check's CK_TIMEOUT_MULTIPLIER
 * (set for runs under valgrind) stretches it as it stretches the timeouts. */
static double time_limit(void)
{
	const char *m = getenv("CK_TIMEOUT_MULTIPLIER");
	double f = m ? atof(m) : 1.0;
	return 2.0 * (f > 1.0 ? f : 1.0);
}
#define TIME_LIMIT time_limit()

static char *tmp;

static void setup(void)
{
	tmp = ct_tmpdir();
}

static void teardown(void)
{
	ct_rmtree(tmp);
	free(tmp);
}

/* Loads path and checks it fails with exactly one diagnostic equal to want. */
static void expect_one(const char *path, const char *want)
{
	struct diag d;
	diag_init(&d);
	double t0 = ct_now();
	struct ynode *root = ytree_load(path, &d);
	double took = ct_now() - t0;
	ck_assert_ptr_null(root);
	ck_assert_uint_eq(d.n, 1);
	char *got = ct_msg(&d, 0);
	char *full = xasprintf("%s:%s", path, want);
	ck_assert_str_eq(got, full);
	ck_assert_msg(took < TIME_LIMIT, "%s took %.3f s", path, took);
	free(full);
	free(got);
	diag_free(&d);
}

static const struct {
	const char *file, *want;
} fixtures[] = {
        {"alias.yaml", "3:8: error: '&t' is a YAML anchor, which steady files do not allow; if it "
                       "is part of a text, put the whole text in double quotes"},
        {"alias-only.yaml", "4:10: error: '*nothing' is a YAML alias, which steady files do not "
                            "allow; if it is part of a text (such as *emphasis*), put the whole "
                            "text in double quotes"},
        {"billion-laughs.yaml", "1:4: error: '&a' is a YAML anchor, which steady files do not "
                                "allow; if it is part of a text, put the whole text in double "
                                "quotes"},
        {"bom.yaml", "1:1: error: the file starts with a byte-order mark (BOM); save it as UTF-8 "
                     "without BOM (in most editors: encoding 'UTF-8', not 'UTF-8 with BOM')"},
        {"utf16.yaml", "1:1: error: the file is UTF-16 text; save it as UTF-8 without BOM"},
        {"comments-only.yaml",
         "1:1: error: the file is empty (or holds only comments); there is nothing to load"},
        {"empty.yaml",
         "1:1: error: the file is empty (or holds only comments); there is nothing to load"},
        {"complex-key.yaml", "2:3: error: a key must be plain text, not a list or a mapping"},
        {"control.yaml",
         "2:9: error: control character U+001B is not allowed; is this a text file?"},
        {"indent.yaml", "2:5: error: this line is read as part of the text on the line above, so "
                        "its ':' cannot start a key; if it is a new key, line it up with the keys "
                        "above it; if it belongs to the text, put the whole text in double quotes "
                        "(YAML: mapping values are not allowed in this context)"},
        {"invalid-utf8.yaml", "3:11: error: invalid UTF-8 (byte 0xE9); save the file as UTF-8"},
        {"nul.yaml", "2:8: error: the file contains a NUL byte; it looks like a binary file, not "
                     "YAML text"},
        {"syntax.yaml", "5:1: error: the quote opened on line 3 is never closed; end the text "
                        "with the same quote mark (YAML: found unexpected end of stream)"},
        {"tag.yaml", "3:8: error: '!!str' is a YAML tag, which steady files do not allow; if it is "
                     "part of a text, put the whole text in double quotes"},
        {"tag-python.yaml", "2:5: error: '!!python/object/apply:os.system' is a YAML tag, which "
                            "steady files do not allow; if it is part of a text, put the whole "
                            "text in double quotes"},
        {"tag-directive.yaml",
         "1:1: error: tags ('%TAG') are not allowed in steady files; remove the tag"},
        {"two-documents.yaml", "3:1: error: a file holds one YAML document; remove the '---' and "
                               "what follows, or move it to a file of its own"},
};

START_TEST(test_fixture)
{
	char *path = xasprintf("%s%s", HOSTILE, fixtures[_i].file);
	expect_one(path, fixtures[_i].want);
	free(path);
}
END_TEST

/* Writes head, then n copies of fill, then tail, to tmp/name; returns the path. */
static char *make(const char *name, const char *head, const char *fill, size_t n, const char *tail)
{
	char *path = xasprintf("%s/%s", tmp, name);
	FILE *f = fopen(path, "wb");
	ck_assert_ptr_nonnull(f);
	fputs(head, f);
	for (size_t i = 0; i < n; i++)
		fputs(fill, f);
	fputs(tail, f);
	ck_assert_int_eq(fclose(f), 0);
	return path;
}

START_TEST(test_deep_nesting)
{
	char *path = make("deep.yaml", "a: ", "[", 100000, "");
	FILE *f = fopen(path, "ab");
	for (int i = 0; i < 100000; i++)
		fputc(']', f);
	fclose(f);
	/* the root mapping is level 1, so the 16th '[' (column 19) is level 17 */
	expect_one(path, "1:19: error: lists and mappings are nested more than 16 levels deep");
	free(path);
}
END_TEST

START_TEST(test_huge_file)
{
	static char mib[1 << 20];
	memset(mib, 'x', sizeof mib);
	char *path = xasprintf("%s/huge.yaml", tmp);
	FILE *f = fopen(path, "wb");
	fputs("title: ", f);
	for (int i = 0; i < 50; i++)
		fwrite(mib, 1, sizeof mib, f);
	fclose(f);
	expect_one(path,
	           "1:1: error: the file is larger than 1 MiB; split it into several modules");
	free(path);
}
END_TEST

START_TEST(test_long_scalar)
{
	char *path = make("long.yaml", "steady: 1\ntitle: ", "x", 100 * 1024, "\n");
	expect_one(path,
	           "2:8: error: this text is longer than 64 KiB; split it into several steps");
	free(path);
}
END_TEST

START_TEST(test_scalar_at_cap)
{
	char *path = make("cap.yaml", "title: ", "x", CONTENT_MAX_SCALAR_BYTES, "\n");
	struct diag d;
	diag_init(&d);
	struct ynode *root = ytree_load(path, &d);
	ck_assert_ptr_nonnull(root);
	ck_assert_uint_eq(ytree_get(root, "title")->len, CONTENT_MAX_SCALAR_BYTES);
	ytree_free(root);
	diag_free(&d);
	free(path);
}
END_TEST

START_TEST(test_many_keys)
{
	char *path = xasprintf("%s/keys.yaml", tmp);
	FILE *f = fopen(path, "wb");
	for (int i = 0; i <= CONTENT_MAX_KEYS; i++)
		fprintf(f, "k%d: v\n", i);
	fclose(f);
	expect_one(path, "65:1: error: a mapping may have at most 64 keys");
	free(path);
}
END_TEST

START_TEST(test_many_nodes)
{
	char *path = make("nodes.yaml", "[", "1,", 200000, "1]");
	/* the root list is value 1; value k is the (k-1)th "1," at column 2k-2 */
	expect_one(path,
	           "1:200000: error: the file holds more than 100000 values; it is too large");
	free(path);
}
END_TEST

START_TEST(test_binary_garbage)
{
	unsigned char junk[4096];
	unsigned x = 2463534242u; /* xorshift: the same garbage every run */
	for (size_t i = 0; i < sizeof junk; i++) {
		x ^= x << 13;
		x ^= x >> 17;
		x ^= x << 5;
		junk[i] = (unsigned char)x;
	}
	char *path = xasprintf("%s/garbage.bin", tmp);
	ct_write(path, junk, sizeof junk);
	struct diag d;
	diag_init(&d);
	double t0 = ct_now();
	ck_assert_ptr_null(ytree_load(path, &d));
	ck_assert(ct_now() - t0 < TIME_LIMIT);
	ck_assert_uint_eq(d.n, 1);
	ck_assert_int_eq(d.msgs[0].line, 1);
	const char *t = d.msgs[0].text;
	ck_assert_msg(strstr(t, "UTF-8") || strstr(t, "NUL") || strstr(t, "control"), "%s", t);
	diag_free(&d);
	free(path);
}
END_TEST

START_TEST(test_directory)
{
	expect_one(TEST_DATA, "1:1: error: this is a folder, not a file; give the files in it "
	                      "instead");
}
END_TEST

START_TEST(test_missing)
{
	char *path = xasprintf("%s/none.yaml", tmp);
	char *want = xasprintf("1:1: error: cannot read the file: %s", strerror(ENOENT));
	expect_one(path, want);
	free(want);
	free(path);
}
END_TEST

/* A file of mode 000 cannot be read; run as a user other than root, since
 * root reads it. The file is the child's own, in a folder it owns. */
static int unreadable_file(void *arg)
{
	const char *dir = arg;
	char *file = xasprintf("%s/secret.yaml", dir);
	ct_write(file, "a: b\n", 4);
	UNIT_CHECK(chmod(file, 0) == 0);
	struct diag d;
	diag_init(&d);
	struct ynode *root = ytree_load(file, &d);
	UNIT_CHECK(root == NULL);
	UNIT_CHECK(d.n == 1);
	char *got = ct_msg(&d, 0);
	char *want = xasprintf("%s:1:1: error: cannot read the file: %s", file, strerror(EACCES));
	if (strcmp(got, want) != 0)
		fprintf(stderr, "got  %s\nwant %s\n", got, want);
	UNIT_CHECK(strcmp(got, want) == 0);
	free(want);
	free(got);
	diag_free(&d);
	free(file);
	return 0;
}

START_TEST(test_unreadable)
{
	/* open() fails for root too when a path goes through a regular file */
	char *file = make("plain.yaml", "a: b\n", "", 0, "");
	char *path = xasprintf("%s/inside.yaml", file);
	char *want = xasprintf("1:1: error: cannot read the file: %s", strerror(ENOTDIR));
	expect_one(path, want);
	free(want);
	free(path);
	free(file);
	ck_assert_int_eq(unit_unprivileged(tmp, unreadable_file, tmp), 0);
}
END_TEST

START_TEST(test_fifo)
{
	char *path = xasprintf("%s/fifo.yaml", tmp);
	ck_assert_int_eq(mkfifo(path, 0600), 0);
	expect_one(path, "1:1: error: this is not a regular file (a device, pipe or socket?)");
	free(path);
}
END_TEST

START_TEST(test_tree)
{
	const char *text = "a: 1\nb:\n  - x\n  - \"y\"\nc: {d: e}\n";
	struct diag d;
	diag_init(&d);
	struct ynode *root = ytree_parse(text, strlen(text), "t.yaml", &d);
	ck_assert_ptr_nonnull(root);
	ck_assert_uint_eq(d.n, 0);
	ck_assert_int_eq(root->kind, YNODE_MAP);
	ck_assert_uint_eq(root->n, 6);
	const struct ynode *b = ytree_get(root, "b");
	ck_assert_int_eq(b->kind, YNODE_SEQ);
	ck_assert_uint_eq(b->n, 2);
	ck_assert_int_eq(b->kids[1]->line, 4);
	ck_assert_int_eq(b->kids[1]->col, 5);
	ck_assert_int_eq(b->kids[0]->plain, 1);
	ck_assert_int_eq(b->kids[1]->plain, 0);
	ck_assert_str_eq(ytree_get(ytree_get(root, "c"), "d")->value, "e");
	ck_assert_int_eq(ytree_key(root, "c")->line, 5);
	ck_assert_ptr_null(ytree_get(root, "z"));
	ytree_free(root);
	diag_free(&d);
}
END_TEST

START_TEST(test_shorten)
{
	char buf[8];
	ck_assert_str_eq(ytree_shorten("abc", buf, sizeof buf), "abc");
	ck_assert_str_eq(ytree_shorten("a\nb", buf, sizeof buf), "a?b");
	ck_assert_str_eq(ytree_shorten("abcdefghij", buf, sizeof buf), "abcd...");
	/* never cuts a character in two: "é" is two bytes */
	ck_assert_str_eq(ytree_shorten("abc\xc3\xa9xyz", buf, sizeof buf), "abc...");
}
END_TEST

static Suite *suite(void)
{
	Suite *s = suite_create("yaml_reader");
	TCase *tc = tcase_create("hostile");
	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_set_timeout(tc, 30);
	tcase_add_loop_test(tc, test_fixture, 0, sizeof fixtures / sizeof fixtures[0]);
	tcase_add_test(tc, test_deep_nesting);
	tcase_add_test(tc, test_huge_file);
	tcase_add_test(tc, test_long_scalar);
	tcase_add_test(tc, test_scalar_at_cap);
	tcase_add_test(tc, test_many_keys);
	tcase_add_test(tc, test_many_nodes);
	tcase_add_test(tc, test_binary_garbage);
	tcase_add_test(tc, test_directory);
	tcase_add_test(tc, test_missing);
	unit_add_unprivileged_test(tc, test_unreadable);
	tcase_add_test(tc, test_fifo);
	tcase_add_test(tc, test_tree);
	tcase_add_test(tc, test_shorten);
	suite_add_tcase(s, tc);
	return s;
}

int main(void)
{
	return unit_run(suite());
}
