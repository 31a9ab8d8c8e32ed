/*
 * outfile.c: a new file for the person, made so that nobody else's file is
 * written over and no link is followed (see outfile.h).
 */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli/outfile.h"
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

int outfile_open(struct outfile *f, const char *path, int replace)
{
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
		fprintf(stderr,
		        _("steady: %s already exists. steady does not write over a file: choose "
		          "another name, or add --yes to replace it.\n"),
		        path);
	else
		fprintf(stderr, _("steady: could not write %s (%s).\n"), path, strerror(e));
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
		fprintf(stderr, _("steady: could not write %s (%s).\n"), f->path, strerror(e));
	free(f->tmp);
	f->tmp = NULL;
	return rc;
}
