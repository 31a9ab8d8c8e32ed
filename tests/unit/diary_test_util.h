/* SPDX-FileCopyrightText: 2026 The steady authors */
/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * diary_test_util.h: helpers shared by the diary's unit tests: scratch
 * folders, reading and writing whole files, fast key-derivation costs.
 */
#ifndef STEADY_TESTS_DIARY_TEST_UTIL_H
#define STEADY_TESTS_DIARY_TEST_UTIL_H

#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include <check.h>
#include <sodium.h>

#include "diary/diary.h"
#include "diary/store.h"

#define PASS    "correct horse battery"
#define PASSLEN (sizeof PASS - 1)

static const struct diary_costs min_costs = {crypto_pwhash_argon2id_OPSLIMIT_MIN,
                                             crypto_pwhash_argon2id_MEMLIMIT_MIN};

/* A new scratch folder; returns the path of a "d" folder inside it (not made). */
static inline char *scratch_dir(void)
{
	const char *base = getenv("TMPDIR");
	char tmpl[4096];
	snprintf(tmpl, sizeof tmpl, "%s/steady-diary-XXXXXX", base && *base ? base : "/tmp");
	ck_assert_ptr_nonnull(mkdtemp(tmpl));
	char *p = malloc(strlen(tmpl) + 3);
	ck_assert_ptr_nonnull(p);
	sprintf(p, "%s/d", tmpl);
	return p;
}

static inline void rm_rf(const char *dir)
{
	char cmd[8192];
	snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
	if (system(cmd) != 0)
		fprintf(stderr, "could not remove %s\n", dir);
}

/* The folder scratch_dir() made, around the "d" it returned (new string). */
static inline char *scratch_top(const char *d)
{
	char *top = strdup(d);
	ck_assert_ptr_nonnull(top);
	*strrchr(top, '/') = '\0';
	return top;
}

/* Removes a scratch folder from scratch_dir() and frees its name. */
static inline void scratch_free(char *d)
{
	char *slash = strrchr(d, '/');
	*slash = '\0';
	rm_rf(d);
	free(d);
}

static inline char *file_in(const char *dir, const char *name)
{
	char *p = malloc(strlen(dir) + strlen(name) + 2);
	ck_assert_ptr_nonnull(p);
	sprintf(p, "%s/%s", dir, name);
	return p;
}

/* Reads a whole file; NULL when missing. */
static inline unsigned char *slurp(const char *path, size_t *len)
{
	FILE *f = fopen(path, "rb");
	if (!f)
		return NULL;
	unsigned char *p = NULL;
	size_t n = 0, cap = 0;
	for (;;) {
		if (n == cap) {
			cap = cap ? cap * 2 : 8192;
			p = realloc(p, cap);
			ck_assert_ptr_nonnull(p);
		}
		size_t r = fread(p + n, 1, cap - n, f);
		if (r == 0)
			break;
		n += r;
	}
	fclose(f);
	*len = n;
	return p;
}

static inline void spit(const char *path, const void *p, size_t len)
{
	FILE *f = fopen(path, "wb");
	ck_assert_ptr_nonnull(f);
	ck_assert_uint_eq(fwrite(p, 1, len, f), len);
	ck_assert_int_eq(fclose(f), 0);
}

static inline double now_seconds(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* A journal entry with this text. */
static inline struct entry *journal(const char *title, const char *text)
{
	struct entry *e = entry_new(ENTRY_JOURNAL);
	entry_set(e, &e->title, title);
	entry_set(e, &e->text, text);
	return e;
}

/* 1 when the needle's bytes occur in the haystack. */
static inline int has_bytes(const unsigned char *h, size_t hn, const void *nd, size_t nn)
{
	if (nn == 0 || nn > hn)
		return nn == 0;
	for (size_t i = 0; i + nn <= hn; i++)
		if (memcmp(h + i, nd, nn) == 0)
			return 1;
	return 0;
}

#endif
