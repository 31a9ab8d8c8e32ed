/* SPDX-FileCopyrightText: 2026 The steady authors */
/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * outfile.c: a new file for the person, made so that nobody else's file is
 * written over and no link is followed (see outfile.h).
 */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "util/outfile.h"
#include "util/gettext.h"
#include "util/xalloc.h"

/* "DIR/.NAME.XXXXXX" for "DIR/NAME", "./.NAME.XXXXXX" for "NAME". */
static char *temp_name(const char *path)
{
	const char *slash = strrchr(path, '/');
	if (!slash)
		return xasprintf(".%s.XXXXXX", path);
	return xasprintf("%.*s/.%s.XXXXXX", (int)(slash - path), path, slash + 1);
}

/* Says why: into the caller's buffer, or on stderr. */
static void say(const struct outfile *f, const char *fmt, ...)
        __attribute__((format(printf, 2, 3)));
static void say(const struct outfile *f, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	if (f->err)
		vsnprintf(f->err, f->errlen, fmt, ap);
	else
		vfprintf(stderr, fmt, ap);
	va_end(ap);
}

int outfile_open(struct outfile *f, const char *path, int replace)
{
	return outfile_open_err(f, path, replace, NULL, 0);
}

int outfile_open_err(struct outfile *f, const char *path, int replace, char *err, size_t errlen)
{
	f->err = err;
	f->errlen = errlen;
	f->path = path;
	f->tmp = NULL;
	f->fp = NULL;
	int fd;
	if (replace) {
		f->tmp = temp_name(path);
		fd = mkostemp(f->tmp, O_CLOEXEC); /* O_CREAT|O_EXCL, mode 0600 */
	} else {
		fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600);
	}
	if (fd >= 0)
		f->fp = fdopen(fd, "w");
	if (f->fp)
		return 0;
	int e = errno;
	if (fd >= 0) {
		close(fd);
		unlink(f->tmp ? f->tmp : path);
	}
	if (e == EEXIST && !replace)
		say(f,
		    /* TRANSLATORS: %s is the name of the file the person asked
		       steady to write, such as report-december. --yes is a
		       command-line option; keep it as it is. */
		    _("steady: %s already exists. steady does not write over a file: choose "
		      "another name, or add --yes to replace it.\n"),
		    path);
	else
		/* TRANSLATORS: the first %s is the file's name, such as
		   report-december; the second is the system's reason, such as
		   "Permission denied". */
		say(f, _("steady: could not write %s (%s).\n"), path, strerror(e));
	free(f->tmp);
	f->tmp = NULL;
	return -1;
}

int outfile_close(struct outfile *f, int ok)
{
	int e = 0;
	errno = 0;
	if (ok && (fflush(f->fp) != 0 || ferror(f->fp) || fsync(fileno(f->fp)) < 0))
		e = errno ? errno : EIO;
	if (fclose(f->fp) != 0 && !e)
		e = errno;
	f->fp = NULL;
	if (ok && !e && f->tmp && rename(f->tmp, f->path) < 0)
		e = errno;
	int rc = 0;
	if (!ok || e) {
		unlink(f->tmp ? f->tmp : f->path);
		rc = -1;
	}
	if (ok && e)
		say(f, _("steady: could not write %s (%s).\n"), f->path, strerror(e));
	free(f->tmp);
	f->tmp = NULL;
	return rc;
}
