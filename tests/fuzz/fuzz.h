/* SPDX-FileCopyrightText: 2026 The steady authors */
/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * fuzz.h: what the harnesses that work on files share (header-only, as each
 * harness is one program): a scratch folder, and a memfd that stands in for
 * a file, filled anew for each input. Each aborts when the system refuses,
 * which is no finding of the code under test but would spoil every run.
 */
#ifndef STEADY_TESTS_FUZZ_H
#define STEADY_TESTS_FUZZ_H

#include <stdio.h>
#include <stdlib.h>
#include <sys/mman.h>
#include <unistd.h>

#include "util/xalloc.h"

/* A new folder $TMPDIR/NAME.XXXXXX (new string). */
static inline char *fuzz_scratch(const char *name)
{
	const char *tmp = getenv("TMPDIR");
	char *dir = xasprintf("%s/%s.XXXXXX", tmp && *tmp ? tmp : "/tmp", name);
	if (!mkdtemp(dir)) {
		perror(dir);
		abort();
	}
	return dir;
}

/* A new memfd; path (when not NULL) gets the name it opens by. */
static inline int fuzz_memfd(const char *name, char path[64])
{
	int fd = memfd_create(name, MFD_CLOEXEC);
	if (fd < 0) {
		perror("memfd_create");
		abort();
	}
	if (path)
		snprintf(path, 64, "/proc/self/fd/%d", fd);
	return fd;
}

/* Makes the n bytes at p the whole of fd, read from its start. */
static inline void fuzz_fill(int fd, const void *p, size_t n)
{
	if (ftruncate(fd, 0) < 0 || (n && pwrite(fd, p, n, 0) != (ssize_t)n) ||
	    lseek(fd, 0, SEEK_SET) != 0)
		abort();
}

#endif
