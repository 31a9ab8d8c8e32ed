/* SPDX-FileCopyrightText: 2026 The steady authors */
/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * content_test.h: helpers shared by the content unit tests (header-only so
 * each test stays one program): diagnostics as GNU-style lines, the
 * "# expect:" line of a fixture, temporary folders and a clock.
 */
#ifndef STEADY_TESTS_CONTENT_TEST_H
#define STEADY_TESTS_CONTENT_TEST_H

#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "content/diag.h"
#include "util/buf.h"
#include "util/xalloc.h"

/* Message i of d as "FILE:LINE:COL: LEVEL: TEXT" (new string). */
static inline char *ct_msg(const struct diag *d, size_t i)
{
	char *text = NULL;
	size_t len = 0;
	FILE *f = open_memstream(&text, &len);
	diag_print_msg(&d->msgs[i], f);
	fclose(f);
	if (len > 0 && text[len - 1] == '\n')
		text[len - 1] = '\0';
	return text;
}

/* The text after "# expect: " on the first line of path (new string), or NULL. */
static inline char *ct_expect(const char *path)
{
	struct buf b;
	buf_init(&b);
	if (buf_read_file(&b, path, 1 << 20) < 0)
		return NULL;
	char *s = NULL;
	if (strncmp(b.data, "# expect: ", 10) == 0)
		s = xstrndup(b.data + 10, strcspn(b.data + 10, "\n"));
	buf_free(&b);
	return s;
}

/* A new temporary folder (new string). */
static inline char *ct_tmpdir(void)
{
	const char *base = getenv("TMPDIR");
	char *p = xasprintf("%s/steady-unit.XXXXXX", base && base[0] ? base : "/tmp");
	if (!mkdtemp(p)) {
		perror("mkdtemp");
		abort();
	}
	return p;
}

/* Writes n bytes to path. */
static inline void ct_write(const char *path, const void *data, size_t n)
{
	FILE *f = fopen(path, "wb");
	if (!f || fwrite(data, 1, n, f) != n || fclose(f) != 0) {
		perror(path);
		abort();
	}
}

/* Removes a folder tree made by a test. */
static inline void ct_rmtree(const char *dir)
{
	char *cmd = xasprintf("rm -rf '%s'", dir);
	if (system(cmd) != 0)
		fprintf(stderr, "could not remove %s\n", dir);
	free(cmd);
}

/* Seconds on the monotonic clock. */
static inline double ct_now(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* d holds exactly one message, "FILE:WANT" (WANT as in a "# expect:" line). */
static inline void ct_assert_only(const struct diag *d, const char *file, const char *want)
{
	ck_assert_msg(d->n == 1, "%s: %zu messages", file, d->n);
	char *got = ct_msg(d, 0);
	char *full = xasprintf("%s:%s", file, want);
	ck_assert_str_eq(got, full);
	free(full);
	free(got);
}

#endif
