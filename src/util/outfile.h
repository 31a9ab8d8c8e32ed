/* SPDX-FileCopyrightText: 2026 The steady authors */
/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * outfile.h: a file steady writes for the person (`diary export -o FILE`,
 * a report for a counsellor). It is made new, mode 0600, and never through a symbolic link;
 * an existing file is refused unless replacing was asked for, and then the
 * new one is written beside it and renamed over it, so the old file stays
 * whole until the new one is, and a link in its place is replaced, not
 * followed.
 */
#ifndef STEADY_UTIL_OUTFILE_H
#define STEADY_UTIL_OUTFILE_H

#include <stdio.h>

struct outfile {
	FILE *fp;         /* where to write */
	const char *path; /* the file asked for */
	char *tmp;        /* the file written when replacing, else NULL */
	char *err;        /* where outfile_open_err() puts why, or NULL for stderr */
	size_t errlen;
};

/* Opens path for writing: O_CREAT|O_EXCL|O_NOFOLLOW, or with replace a
 * temporary file in the same folder. 0, or -1 after saying why on stderr
 * (an existing file without replace among the reasons). */
int outfile_open(struct outfile *f, const char *path, int replace);

/* outfile_open(), saying why into err (errlen bytes, and so outfile_close()
 * later), not on stderr: for a front end with a screen of its own. */
int outfile_open_err(struct outfile *f, const char *path, int replace, char *err, size_t errlen);

/* Finishes the file: with ok, flushes and syncs it and, when replacing,
 * renames it into place (0, or -1 after saying why); without ok, or when
 * that fails, removes what outfile_open() made. */
int outfile_close(struct outfile *f, int ok);

#endif
