/* SPDX-FileCopyrightText: 2026 The steady authors */
/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * store.c: the diary's files on disk. A save never writes over the diary in
 * place: the new version goes to a temporary file that is synced and then
 * renamed over the old one, so at every moment the folder holds a whole,
 * valid diary. The previous version is kept as diary.bak, moved there by
 * link and rename before the final rename. Only ciphertext passes here.
 */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <dirent.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include "diary/cryptfile.h"
#include "diary/fault.h"
#include "diary/store.h"
#include "util/gettext.h"
#include "util/paths.h"
#include "util/xalloc.h"

static void set_err(struct diary_error *err, enum diary_status st, int errnum, const char *fmt, ...)
        __attribute__((format(printf, 4, 5)));

static void set_err(struct diary_error *err, enum diary_status st, int errnum, const char *fmt, ...)
{
	if (!err)
		return;
	err->status = st;
	err->errnum = errnum;
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(err->msg, sizeof err->msg, fmt, ap);
	va_end(ap);
}

/* A short reason for an errno, in words a person can act on. */
static const char *reason(int e)
{
	switch (e) {
	case ENOSPC:
#ifdef EDQUOT
	case EDQUOT:
#endif
		return _("the disk is full");
	case EIO:
		return _("the disk reported an error");
	case EROFS:
		return _("the disk is read-only");
	case EACCES:
	case EPERM:
		return _("permission denied");
	default:
		return strerror(e);
	}
}

static char *join(const char *dir, const char *name)
{
	return xasprintf("%s/%s", dir, name);
}

static int cmp_names(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/*
 * Opens path, which must be a regular file: never through a symbolic link,
 * and without waiting (a FIFO would block the open until someone writes to
 * it, a device could do anything). flags are O_RDONLY or O_RDWR, with
 * O_CREAT when mode matters. The descriptor, with *st filled, or -1 with
 * errno set: EINVAL when path is a link, a FIFO, a device, a socket or a
 * folder.
 */
static int open_regular(const char *path, int flags, mode_t mode, struct stat *st)
{
	int fd = open(path, flags | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC, mode);
	if (fd < 0) {
		if (errno == ELOOP || errno == EISDIR || errno == ENXIO)
			errno = EINVAL;
		return -1;
	}
	int e = 0;
	if (fstat(fd, st) < 0)
		e = errno;
	else if (!S_ISREG(st->st_mode))
		e = EINVAL;
	else if (fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) & ~O_NONBLOCK) < 0)
		e = errno;
	if (e) {
		close(fd);
		errno = e;
		return -1;
	}
	return fd;
}

/* 1 for the errors of a folder or lock file that can be read but not written. */
static int cannot_write(int e)
{
	return e == EROFS || e == EACCES || e == EPERM;
}

static void read_only_error(struct diary_error *err, const char *dir, int e)
{
	set_err(err, DIARY_ERR_READ_ONLY, e,
	        /* TRANSLATORS: the first %s is the diary's folder, the second the reason, such as
	           "the disk is read-only" (translated elsewhere) or a message from the system. */
	        _("The diary in %s can only be read here (%s): nothing can be added to it or "
	          "changed."),
	        dir, reason(e));
}

/*
 * Opens the lock file of dir, read-write (made when missing) or, with
 * shared, read-only, and flocks it, exclusive or shared, without waiting.
 * The descriptor; -1 with err filled and errno set; or, with shared, -2
 * when there is no lock file.
 */
static int lock_file(const char *dir, int shared, struct diary_error *err)
{
	char *path = join(dir, STORE_LOCK);
	struct stat st;
	int fd = shared ? open_regular(path, O_RDONLY, 0, &st)
	                : open_regular(path, O_RDWR | O_CREAT, 0600, &st);
	int e = errno;
	if (fd < 0 && e == EINVAL)
		set_err(err, DIARY_ERR_IO, e,
		        /* TRANSLATORS: %s is the path of the diary's lock file. */
		        _("%s is not a regular file (it is a link, a pipe, a device or a folder), "
		          "so steady did not use it as the diary's lock file. Move it away, then "
		          "try again."),
		        path);
	else if (fd < 0 && cannot_write(e) && !shared)
		read_only_error(err, dir, e);
	else if (fd < 0 && !(shared && e == ENOENT))
		/* TRANSLATORS: the first %s is the diary's folder, the second the reason, such as
		 * "permission denied" (translated elsewhere). */
		set_err(err, DIARY_ERR_IO, e, _("Could not open the diary's lock file in %s (%s)."),
		        dir, reason(e));
	free(path);
	if (fd < 0) {
		errno = e;
		return shared && e == ENOENT ? -2 : -1;
	}
	if (flock(fd, (shared ? LOCK_SH : LOCK_EX) | LOCK_NB) < 0) {
		e = errno;
		close(fd);
		if (e == EWOULDBLOCK)
			set_err(err, DIARY_ERR_LOCKED, 0, "%s",
			        _("The diary is open in another steady window. Close it there "
			          "first, then try again."));
		else
			/* TRANSLATORS: %s is the reason, such as "the disk reported an error"
			 * (translated elsewhere) or a message from the system. */
			set_err(err, DIARY_ERR_IO, e, _("Could not lock the diary (%s)."),
			        reason(e));
		errno = e;
		return -1;
	}
	return fd;
}

/* With the exclusive lock held, temporary files are what a save that was
 * cut short left: none of them is a diary, so none is kept. */
static int lock_and_tidy(const char *dir, struct diary_error *err)
{
	int fd = lock_file(dir, 0, err);
	if (fd >= 0) {
		int e = errno;
		static const char *const names[] = {STORE_TMP, STORE_BACKUP_TMP};
		for (size_t i = 0; i < 2; i++) {
			char *p = join(dir, names[i]);
			unlink(p);
			free(p);
		}
		errno = e;
	}
	return fd;
}

int store_lock(const char *dir, struct diary_error *err)
{
	if (paths_mkdir_p(dir) < 0) {
		int e = errno;
		/* TRANSLATORS: the first %s is the folder's path, the second the reason, such as
		 * "permission denied" (translated elsewhere). */
		set_err(err, DIARY_ERR_IO, e, _("Could not make the diary folder %s (%s)."), dir,
		        reason(e));
		return -1;
	}
	return lock_and_tidy(dir, err);
}

int store_lock_read(const char *dir, int *fd, int *read_only, struct diary_error *err)
{
	*read_only = 0;
	*fd = lock_and_tidy(dir, err); /* the diary is there, so its folder is too */
	if (*fd >= 0)
		return 0;
	if (!cannot_write(errno))
		return -1;
	/* Nothing can be written here, by this steady or another of this
	 * person's: a shared lock keeps out one that could, and without a lock
	 * file none can have written with one. */
	*read_only = 1;
	*fd = lock_file(dir, 1, err);
	if (*fd == -2)
		*fd = -1;
	else if (*fd < 0)
		return -1;
	return 0;
}

int store_check_writable(const char *dir, struct diary_error *err)
{
	if (access(dir, W_OK) == 0 || !cannot_write(errno))
		return 0;
	read_only_error(err, dir, errno);
	return -1;
}

void store_unlock(int fd)
{
	if (fd >= 0) {
		flock(fd, LOCK_UN);
		close(fd);
	}
}

/* The message for a diary file that cannot be opened or read. */
static void read_error(struct diary_error *err, const char *dir, const char *path, int e)
{
	if (e == ENOENT)
		set_err(err, DIARY_ERR_NOT_FOUND, 0,
		        /* TRANSLATORS: %s is the diary's folder. 'steady diary init' stays as it
		           is. */
		        _("There is no diary in %s yet. Run 'steady diary init' to make one."),
		        dir);
	else if (e == EFBIG)
		/* TRANSLATORS: %s is the path of the diary file, such as
		 * "/home/sam/.local/share/steady/diary". */
		set_err(err, DIARY_ERR_CORRUPT, 0, _("%s is not a steady diary."), path);
	else if (e == EINVAL)
		set_err(err, DIARY_ERR_CORRUPT, 0,
		        /* TRANSLATORS: %s is the path of the diary file, such as
		           "/home/sam/.local/share/steady/diary". */
		        _("%s is not a regular file (it is a link, a pipe, a device or a folder), "
		          "so steady did not open it as a diary."),
		        path);
	else
		/* TRANSLATORS: the first %s is the path of the diary file, the second the reason,
		 * such as "permission denied" (translated elsewhere). */
		set_err(err, DIARY_ERR_IO, e, _("Could not read the diary %s (%s)."), path,
		        reason(e));
}

/* Opens path (taken over by f) as a store_file: 0, or an errno value. */
static int open_file(char *path, struct store_file *f, struct diary_error *err)
{
	f->path = path;
	f->err = err;
	f->len = 0;
	struct stat st;
	int e = fault_check(FAULT_READ);
	f->fd = e ? -1 : open_regular(f->path, O_RDONLY, 0, &st);
	if (f->fd < 0)
		e = e ? e : errno;
	else if (st.st_size < 0 || (uintmax_t)st.st_size > CRYPTFILE_MAX_FILE)
		e = EFBIG;
	if (!e)
		f->len = (size_t)st.st_size;
	return e;
}

int store_open_backup(const char *dir, struct store_file *f)
{
	if (open_file(join(dir, STORE_BACKUP), f, NULL) == 0)
		return 0;
	store_close_read(f);
	return -1;
}

int store_open_read(const char *dir, struct store_file *f, struct diary_error *err)
{
	int e = open_file(join(dir, STORE_DIARY), f, err);
	if (e) {
		read_error(err, dir, f->path, e);
		store_close_read(f);
		return -1;
	}
	return 0;
}

int store_read_next(void *file, unsigned char *buf, size_t n)
{
	struct store_file *f = file;
	size_t got = 0;
	while (got < n) {
		int e = fault_check(FAULT_READ);
		ssize_t r = e ? -1 : read(f->fd, buf + got, n - got);
		if (r < 0 && !e && errno == EINTR)
			continue;
		if (r <= 0) {
			/* A file that ends before the size it had when opened was
			 * changed by something else meanwhile. */
			read_error(f->err, "", f->path, r == 0 ? EAGAIN : e ? e : errno);
			return -1;
		}
		got += (size_t)r;
	}
	return 0;
}

void store_close_read(struct store_file *f)
{
	if (f->fd >= 0)
		close(f->fd);
	f->fd = -1;
	free(f->path);
	f->path = NULL;
}

/* A sink that writes each piece to one or two files, keeping the first error. */
struct fd_sink {
	int fd[2];
	size_t n;
	int err; /* errno of the first failed write, or 0 */
};

static int fd_put(void *ctx, const unsigned char *p, size_t n)
{
	struct fd_sink *f = ctx;
	for (size_t i = 0; i < f->n && !f->err; i++) {
		size_t off = 0;
		while (off < n && !f->err) {
			int e = fault_check(FAULT_WRITE);
			ssize_t w = e ? -1 : write(f->fd[i], p + off, n - off);
			if (w < 0 && !e && errno == EINTR)
				continue;
			if (w <= 0)
				f->err = e ? e : (w < 0 ? errno : ENOSPC);
			else
				off += (size_t)w;
		}
	}
	return f->err ? -1 : 0;
}

/*
 * Writes the content to a new file at each of the n paths (1 or 2) in one
 * pass, so that a save after a deletion seals the diary once for both the
 * diary and its backup, then syncs them. 0, or -1 with errno set.
 */
static int write_new(const char *const *paths, size_t n, const struct store_content *c)
{
	struct fd_sink f = {{-1, -1}, 0, 0};
	int e = 0;
	for (; f.n < n; f.n++) {
		e = fault_check(FAULT_OPEN);
		f.fd[f.n] = e ? -1
		              : open(paths[f.n],
		                     O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0600);
		if (f.fd[f.n] < 0) {
			e = e ? e : errno;
			goto fail;
		}
	}
	struct cryptfile_sink sink = {fd_put, &f};
	if (c->write(c->ctx, &sink) < 0) {
		e = f.err ? f.err : EIO;
		goto fail;
	}
	for (size_t i = 0; i < n; i++) {
		e = fault_check(FAULT_FSYNC);
		if (e || fsync(f.fd[i]) < 0) {
			e = e ? e : errno;
			goto fail;
		}
	}
	int rc = 0;
	for (size_t i = 0; i < n; i++)
		if (close(f.fd[i]) < 0 && rc == 0) {
			rc = -1;
			e = errno;
		}
	errno = e;
	return rc;
fail:
	for (size_t i = 0; i < f.n; i++)
		close(f.fd[i]);
	errno = e;
	return -1;
}

/* Content that is already in memory. */
struct bytes {
	const unsigned char *p;
	size_t len;
};

static int put_bytes(void *ctx, const struct cryptfile_sink *sink)
{
	const struct bytes *b = ctx;
	return sink->put(sink->ctx, b->p, b->len);
}

static int do_link(const char *from, const char *to)
{
	int e = fault_check(FAULT_LINK);
	if (e) {
		errno = e;
		return -1;
	}
	return link(from, to);
}

static int do_rename(const char *from, const char *to)
{
	int e = fault_check(FAULT_RENAME);
	if (e) {
		errno = e;
		return -1;
	}
	return rename(from, to);
}

static int do_unlink(const char *path)
{
	int e = fault_check(FAULT_UNLINK);
	if (e) {
		errno = e;
		return -1;
	}
	return unlink(path);
}

static int sync_dir(const char *dir)
{
	int e = fault_check(FAULT_FSYNC_DIR);
	if (e) {
		errno = e;
		return -1;
	}
	int fd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	if (fd < 0)
		return -1;
	int rc = fsync(fd);
	e = errno;
	close(fd);
	errno = e;
	/* Some file systems cannot sync a folder; the renames are then as safe as they get. */
	if (rc < 0 && (e == EINVAL || e == ENOTSUP))
		return 0;
	return rc;
}

/* Makes the backup's temporary file hold the current diary: a hard link
 * when the file system has them, otherwise a synced copy. */
static int backup_old(const char *cur, const char *baktmp)
{
	if (do_link(cur, baktmp) == 0)
		return 0;
	int e = errno;
	if (e == ENOENT)
		return -1;
	struct store_file f;
	int rc = -1;
	if (open_file(xstrdup(cur), &f, NULL) == 0) {
		unsigned char *old = xmalloc(f.len ? f.len : 1);
		if (store_read_next(&f, old, f.len) == 0) {
			struct bytes b = {old, f.len};
			struct store_content c = {put_bytes, &b};
			rc = write_new(&baktmp, 1, &c);
			e = errno;
		}
		free(old);
	}
	store_close_read(&f);
	errno = e;
	return rc;
}

int store_write(const char *dir, const struct store_content *c, int backup, struct diary_error *err)
{
	int purge_backup = backup == STORE_BACKUP_PURGE, keep_backup = backup == STORE_BACKUP_KEEP;
	char *cur = join(dir, STORE_DIARY), *bak = join(dir, STORE_BACKUP);
	char *tmp = join(dir, STORE_TMP), *baktmp = join(dir, STORE_BACKUP_TMP);
	/* The lock is held, so leftovers are from a save that was cut short. */
	unlink(tmp);
	unlink(baktmp);
	int rc = -1, e = 0;
	struct stat st;
	int have_old = lstat(cur, &st) == 0;
	/* The backup is replaced by rename, which would take the place of a
	 * folder, a FIFO or a link put there: refuse rather than guess. */
	if (lstat(bak, &st) == 0 && !S_ISREG(st.st_mode)) {
		set_err(err, DIARY_ERR_IO, EINVAL,
		        /* TRANSLATORS: %s is the path of the diary's backup file, such as
		           "/home/sam/.local/share/steady/diary.bak". */
		        _("%s is not a regular file (it is a link, a pipe, a device or a folder), "
		          "so steady does not replace it with the diary's backup. Move it away, "
		          "then try again. The version saved before is unchanged; your latest "
		          "changes are not saved yet."),
		        bak);
		goto out;
	}

	/* After a deletion the backup gets the new version too, written in the
	 * same pass (two files, so one damaged file does not take both). */
	const char *const paths[2] = {tmp, baktmp};
	if (write_new(paths, purge_backup ? 2 : 1, c) < 0)
		goto fail;
	if (purge_backup) {
		/* The old backup goes first, then the diary is replaced, then the
		 * new backup follows: a kill at any moment leaves the diary and,
		 * if any, a backup of the same key and text, never a backup under
		 * a passphrase the diary does not have yet (nor text just removed). */
		if (do_unlink(bak) < 0 && errno != ENOENT)
			goto fail;
		if (do_rename(tmp, cur) < 0)
			goto fail;
		/* The diary is saved; a backup that cannot follow is made again at
		 * the next save, from the diary. */
		if (do_rename(baktmp, bak) < 0)
			unlink(baktmp);
	} else {
		/* The backup is replaced first, so a crash leaves the diary and a backup. */
		if (have_old && !keep_backup &&
		    (backup_old(cur, baktmp) < 0 || do_rename(baktmp, bak) < 0))
			goto fail;
		if (do_rename(tmp, cur) < 0)
			goto fail;
	}
	if (sync_dir(dir) < 0) {
		e = errno;
		set_err(err, DIARY_ERR_UNSYNCED, e,
		        /* TRANSLATORS: %s is the reason, such as "the disk reported an error"
		           (translated elsewhere). */
		        _("The diary was written, but the system could not confirm that it is "
		          "safely on disk (%s). Save again before you rely on it."),
		        reason(e));
		goto out;
	}
	rc = 0;
	goto out;
fail:
	e = errno;
	unlink(tmp);
	unlink(baktmp);
	set_err(err, DIARY_ERR_IO, e,
	        /* TRANSLATORS: %s is the reason, such as "the disk is full" (translated elsewhere).
	         */
	        _("Could not save the diary (%s). The version saved before is unchanged; "
	          "your latest changes are not saved yet."),
	        reason(e));
out:
	free(cur);
	free(bak);
	free(tmp);
	free(baktmp);
	return rc;
}

int store_own_name(const char *name)
{
	static const char *const names[] = {STORE_DIARY,      STORE_BACKUP,  STORE_LOCK, STORE_TMP,
	                                    STORE_BACKUP_TMP, STORE_DAMAGED, STORE_OLD};
	for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
		if (strcmp(name, names[i]) == 0)
			return 1;
	return 0;
}

/* The names in dir that store_own_name() claims, sorted; NULL-terminated
 * (free each and the array), or NULL with errno set when dir cannot be read. */
static char **own_files(const char *dir, size_t *n)
{
	DIR *dp = opendir(dir);
	*n = 0;
	if (!dp)
		return NULL;
	char **v = xcalloc(1, sizeof *v);
	struct dirent *de;
	while ((de = readdir(dp)))
		if (store_own_name(de->d_name)) {
			v = xreallocarray(v, *n + 2, sizeof *v);
			v[(*n)++] = xstrdup(de->d_name);
			v[*n] = NULL;
		}
	closedir(dp);
	qsort(v, *n, sizeof *v, cmp_names);
	return v;
}

int store_has_backup(const char *dir)
{
	char *p = join(dir, STORE_BACKUP);
	struct stat st;
	int rc = lstat(p, &st) == 0;
	free(p);
	return rc;
}

int store_has_files(const char *dir)
{
	size_t n;
	char **v = own_files(dir, &n);
	if (!v)
		return errno == ENOENT ? 0 : -1;
	for (size_t i = 0; v[i]; i++)
		free(v[i]);
	free(v);
	return n > 0;
}

/*
 * 1 when the regular file fd (st its stat) is one steady made: the lock
 * file only when empty, any other only when it starts with the magic of
 * the diary's format or is a cut-short beginning of it (a temporary file
 * that a kill or a full disk left). Anything else of such a name was made
 * by a person, and is not steady's to delete.
 */
static int made_by_steady(int fd, const struct stat *st, const char *name)
{
	if (strcmp(name, STORE_LOCK) == 0)
		return st->st_size == 0;
	unsigned char head[sizeof CRYPTFILE_MAGIC - 1];
	size_t want = st->st_size < (off_t)sizeof head ? (size_t)st->st_size : sizeof head;
	ssize_t got;
	do
		got = pread(fd, head, want, 0);
	while (got < 0 && errno == EINTR);
	return got == (ssize_t)want && memcmp(head, CRYPTFILE_MAGIC, want) == 0;
}

/* Writes zeros over the whole of the regular file fd (of size len) and syncs
 * it: 0, or -1 with errno set. */
static int overwrite(int fd, off_t len)
{
	static const unsigned char zero[65536];
	off_t done = 0;
	while (done < len) {
		size_t n = len - done < (off_t)sizeof zero ? (size_t)(len - done) : sizeof zero;
		ssize_t w = write(fd, zero, n);
		if (w < 0 && errno == EINTR)
			continue;
		if (w <= 0) {
			if (w == 0)
				errno = ENOSPC;
			return -1;
		}
		done += w;
	}
	return fsync(fd);
}

/* 1 when the name of dir (of stat st) is a regular file steady made,
 * looked at before anything is overwritten: a second name of the same file
 * is known by what it held, not by the zeros written through the first. */
static int is_ours(const char *dir, const char *name, const struct stat *st)
{
	if (!S_ISREG(st->st_mode))
		return 0;
	char *p = join(dir, name);
	struct stat now;
	int fd = open_regular(p, O_RDONLY, 0, &now);
	free(p);
	if (fd < 0)
		return 0; /* unseen, it is not known to be steady's: kept */
	int ours = now.st_ino == st->st_ino && now.st_dev == st->st_dev &&
	           made_by_steady(fd, &now, name);
	close(fd);
	return ours;
}

/* Overwrites one file of the wipe where that reaches its only copy: a
 * regular file steady made (ours), not linked from outside the n names of
 * v (whose stats are st). What happened to it, with *e the errno of a
 * failure; DIARY_WIPED_NOT_OURS means it is to be left where it is. */
static enum diary_wiped overwrite_one(const char *dir, char *const *v, const struct stat *st,
                                      const int *ours, size_t n, size_t i, int *e)
{
	*e = 0;
	if (!ours[i])
		return DIARY_WIPED_NOT_OURS;
	if (st[i].st_size == 0)
		return DIARY_WIPED_EMPTY;
	nlink_t here = 0;
	for (size_t j = 0; j < n; j++)
		if (st[j].st_ino == st[i].st_ino && st[j].st_dev == st[i].st_dev)
			here++;
	if (st[i].st_nlink > here)
		return DIARY_WIPED_LINKED;
	for (size_t j = 0; j < i; j++)
		if (st[j].st_ino == st[i].st_ino && st[j].st_dev == st[i].st_dev)
			return DIARY_WIPED_OVERWRITTEN; /* done through another name */
	char *p = join(dir, v[i]);
	struct stat now;
	int fd = open_regular(p, O_WRONLY, 0, &now);
	free(p);
	if (fd < 0)
		*e = errno;
	else if (now.st_ino != st[i].st_ino || now.st_dev != st[i].st_dev)
		*e = EAGAIN; /* replaced meanwhile */
	else if (overwrite(fd, now.st_size) < 0)
		*e = errno;
	if (fd >= 0)
		close(fd);
	return *e ? DIARY_WIPED_NOT_OVERWRITTEN : DIARY_WIPED_OVERWRITTEN;
}

int store_wipe(const char *dir, const struct diary_wipe_report *r, struct diary_error *err)
{
	/* Locked as a save locks, but without tidying: the temporary files are
	 * overwritten with the rest. The lock file is made when missing, and
	 * goes too. */
	int lock = lock_file(dir, 0, err);
	if (lock < 0)
		return -1;
	size_t n;
	char **v = own_files(dir, &n);
	if (!v) {
		int e = errno;
		set_err(err, DIARY_ERR_IO, e, _("Could not read the diary folder %s (%s)."), dir,
		        reason(e));
		store_unlock(lock);
		return -1;
	}
	struct stat *st = xcalloc(n ? n : 1, sizeof *st);
	int *ours = xcalloc(n ? n : 1, sizeof *ours);
	for (size_t i = 0; i < n; i++) {
		char *p = join(dir, v[i]);
		if (lstat(p, &st[i]) < 0)
			memset(&st[i], 0, sizeof st[i]);
		free(p);
		ours[i] = is_ours(dir, v[i], &st[i]);
	}
	int failed = 0;
	/* The lock file goes last: it is held until everything else is gone. */
	for (int pass = 0; pass < 2; pass++)
		for (size_t i = 0; i < n; i++) {
			if ((strcmp(v[i], STORE_LOCK) == 0) != pass)
				continue;
			int e;
			enum diary_wiped what = overwrite_one(dir, v, st, ours, n, i, &e);
			char *p = join(dir, v[i]);
			if (what != DIARY_WIPED_NOT_OURS && unlink(p) < 0 && errno != ENOENT) {
				e = errno;
				what = DIARY_WIPED_FAILED;
				failed = 1;
			}
			free(p);
			if (r)
				r->file(r->ctx, v[i], what, e);
		}
	sync_dir(dir);
	store_unlock(lock);
	for (size_t i = 0; i < n; i++)
		free(v[i]);
	free(v);
	free(st);
	free(ours);
	/* Only an empty folder goes; one that holds anything else is left alone. */
	int gone = rmdir(dir) == 0 ? 0 : errno;
	if (r)
		r->folder(r->ctx, gone);
	if (failed) {
		set_err(err, DIARY_ERR_IO, 0,
		        /* TRANSLATORS: %s is the diary's folder. */
		        _("Some files of the diary in %s could not be deleted."), dir);
		return -1;
	}
	return 0;
}
