/* SPDX-FileCopyrightText: 2026 The steady authors */
/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * store.h: the diary's files on disk, written so that a crash, a full disk
 * or a kill at any moment leaves a valid diary: write a temporary file
 * (O_CREAT|O_EXCL, 0600), fsync, move the old version to diary.bak by
 * link and rename, rename the new one over the diary, fsync the folder.
 * Every system call that can fail goes through the fault hook of fault.h.
 * These functions deal in ciphertext only.
 */
#ifndef STEADY_DIARY_STORE_H
#define STEADY_DIARY_STORE_H

#include <stddef.h>

#include "diary/cryptfile.h"
#include "diary/diary.h"

/* File names inside the diary folder. */
#define STORE_DIARY      "diary"
#define STORE_BACKUP     "diary.bak"
#define STORE_LOCK       "diary.lock"
#define STORE_TMP        "diary.new"
#define STORE_BACKUP_TMP "diary.bak.new"
/* Names steady's advice has a person give a diary file. */
#define STORE_DAMAGED "diary.damaged" /* a damaged diary, put aside */
#define STORE_OLD     "diary.old"     /* an older copy, put aside after a rollback */

/* Makes the folder (0700) when needed, then takes an exclusive flock on
 * its lock file without waiting. Returns the lock's descriptor, or -1 with
 * err filled (DIARY_ERR_LOCKED when another steady holds it,
 * DIARY_ERR_READ_ONLY when the lock file cannot be opened for writing). */
int store_lock(const char *dir, struct diary_error *err);

/*
 * For reading only: as store_lock(), but where the lock file cannot be
 * opened for writing (read-only media, no permission) a shared flock on it
 * opened read-only, or no lock at all when there is no lock file (nobody who
 * could write here would have failed to make one). 0 with *fd the lock (-1
 * for none) and *read_only 1 when it came to that; or -1 with err filled.
 */
int store_lock_read(const char *dir, int *fd, int *read_only, struct diary_error *err);

/* 0 when dir can be written (or does not exist yet), else -1 with err
 * filled (DIARY_ERR_READ_ONLY): said before anything is asked for. */
int store_check_writable(const char *dir, struct diary_error *err);

/* Releases the lock from store_lock() or store_lock_read(). */
void store_unlock(int fd);

/* The diary file, open to be read once from start to end. */
struct store_file {
	int fd;
	size_t len; /* its size when opened */
	char *path;
	struct diary_error *err; /* where store_read_next() says what failed */
};

/* Opens the diary file of dir (a regular file of at most CRYPTFILE_MAX_FILE
 * bytes) for reading. 0, or -1 with err filled (DIARY_ERR_NOT_FOUND when
 * there is none). Close it with store_close_read(). */
int store_open_read(const char *dir, struct store_file *f, struct diary_error *err);

/* As store_open_read(), for the backup; -1 (saying nothing) when it is
 * missing or cannot be read. */
int store_open_backup(const char *dir, struct store_file *f);

/* Reads the next n bytes of the file (f is a struct store_file, so this
 * serves as a struct cryptfile_source's read). 0, or -1 with f->err filled
 * when reading fails or the file ends early (it changed meanwhile). */
int store_read_next(void *f, unsigned char *buf, size_t n);

/* Closes a file from store_open_read(). */
void store_close_read(struct store_file *f);

/* What a save writes: write(ctx, sink) gives the file's bytes to the sink
 * in order (0), or fails (-1). */
struct store_content {
	int (*write)(void *ctx, const struct cryptfile_sink *sink);
	void *ctx;
};

/* What a save does with diary.bak. */
enum store_backup {
	STORE_BACKUP_PREVIOUS = 0, /* it becomes the version saved before */
	STORE_BACKUP_PURGE = 1,    /* it gets the new content too (text was removed) */
	STORE_BACKUP_KEEP = 2,     /* it stays as it is (it is newer: a rollback) */
};

/* Replaces the diary by the content, written straight into the new file as
 * it is made, doing with diary.bak what backup (an enum store_backup) says:
 * with STORE_BACKUP_PURGE the new content goes into a file of its own, in
 * the same pass. 0; or -1 with the old diary intact; or -1 with err's
 * status DIARY_ERR_UNSYNCED when the new files are renamed into place but
 * the folder's sync failed (the new diary is the one there, but a crash
 * may yet bring the old one back). */
int store_write(const char *dir, const struct store_content *c, int backup,
                struct diary_error *err);

/* 1 when name is one steady makes, or tells a person to make, in a diary
 * folder: exactly the STORE_ names above. */
int store_own_name(const char *name);

/* 1 when dir holds a diary.bak (of any kind). */
int store_has_backup(const char *dir);

/* 1 when dir holds any file of such a name, 0 when not (or there is no
 * dir), -1 with errno set when dir cannot be read. */
int store_has_files(const char *dir);

/* Overwrites and deletes every file of dir that store_own_name() claims
 * and whose content shows steady made it (the lock file last, held until
 * then); any other is left alone, and reported so, syncs the folder and removes it
 * when empty. 0, or -1 with err filled when a file could not be
 * deleted or the folder not read. */
int store_wipe(const char *dir, const struct diary_wipe_report *r, struct diary_error *err);

#endif
