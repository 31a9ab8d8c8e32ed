/* SPDX-FileCopyrightText: 2026 The steady authors */
/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * fuzz_settings.c: the settings file (util/settings) on arbitrary bytes,
 * read through a memfd as the real file is read. Whatever it holds, the
 * settings that come back are ones steady can use: a region of letters or
 * none, colour and plain mode on or off, a lock time in range. When the
 * first byte is odd they are saved (to a scratch folder) and read again,
 * which must give the same settings, and saving those gives the same file.
 */
#include "config.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "fuzz.h"
#include "util/buf.h"
#include "util/settings.h"
#include "util/xalloc.h"

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static int mem_fd = -1;
static char mem_path[64];
static char *saved, *saved2; /* two settings files in a scratch folder */

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void)argc;
	(void)argv;
	mem_fd = fuzz_memfd("fuzz-settings", mem_path);
	char *dir = fuzz_scratch("fuzz-settings");
	saved = xasprintf("%s/settings", dir);
	saved2 = xasprintf("%s/again", dir);
	free(dir);
	return 0;
}

static void check_usable(const struct settings *s)
{
	size_t n = strnlen(s->region, sizeof s->region);
	if (n == sizeof s->region || n == 1)
		abort();
	for (size_t i = 0; i < n; i++)
		if (!((s->region[i] >= 'A' && s->region[i] <= 'Z') ||
		      (s->region[i] >= 'a' && s->region[i] <= 'z')))
			abort();
	if ((s->color != 0 && s->color != 1) || (s->plain != 0 && s->plain != 1) ||
	    s->lock_minutes < SETTINGS_LOCK_MIN || s->lock_minutes > SETTINGS_LOCK_MAX)
		abort();
}

static int same(const struct settings *a, const struct settings *b)
{
	return strcmp(a->region, b->region) == 0 && a->color == b->color && a->plain == b->plain &&
	       a->lock_minutes == b->lock_minutes;
}

static char *slurp(const char *path, size_t *len)
{
	struct buf b;
	buf_init(&b);
	if (buf_read_file(&b, path, 1 << 16) < 0)
		abort();
	*len = b.len;
	return buf_take(&b);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	fuzz_fill(mem_fd, data, size);
	struct settings s;
	char err[512];
	int rc = settings_load(&s, mem_path, err, sizeof err);
	if (rc == 1 || (rc == -1 && size <= 4096))
		abort(); /* the file is there, and readable unless too big */
	check_usable(&s);
	if (size == 0 || !(data[0] & 1))
		return 0;
	struct settings t, u;
	if (settings_save(&s, saved, err, sizeof err) < 0 ||
	    settings_load(&t, saved, err, sizeof err) != 0 || !same(&s, &t) ||
	    settings_save(&t, saved2, err, sizeof err) < 0 ||
	    settings_load(&u, saved2, err, sizeof err) != 0 || !same(&t, &u))
		abort();
	size_t n1, n2;
	char *f1 = slurp(saved, &n1), *f2 = slurp(saved2, &n2);
	if (n1 != n2 || memcmp(f1, f2, n1) != 0)
		abort();
	free(f1);
	free(f2);
	return 0;
}
