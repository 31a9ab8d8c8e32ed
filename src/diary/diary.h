/* SPDX-FileCopyrightText: 2026 The steady authors */
/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * diary.h: the encrypted diary, the only place steady keeps anything
 * personal. The screens and `steady diary` both go through this API.
 *
 * A diary is a folder (mode 0700) holding:
 *   diary       the encrypted diary (mode 0600; format in doc/diary-format.md)
 *   diary.bak   the previous version, encrypted the same way
 *   diary.lock  an empty file locked with flock() while a steady has it open
 *   diary.new, diary.bak.new   temporary files of a save in progress
 *
 * Life cycle: diary_create() or diary_open() gives an unlocked handle that
 * holds the file lock, the data key and the decrypted entries. Changes stay
 * in memory until diary_save(). diary_lock() wipes the keys and entries but
 * keeps the file lock; diary_unlock() reads the file again. diary_close()
 * wipes everything and releases the lock.
 *
 * Entries are kept newest first (by created time, then by id). Pointers to
 * entries returned by any function stay valid until the next diary_add(),
 * diary_replace(), diary_delete(), diary_lock() or diary_close().
 */
#ifndef STEADY_DIARY_DIARY_H
#define STEADY_DIARY_DIARY_H

#include <stddef.h>
#include <stdint.h>

#include "diary/entry.h"

struct diary; /* opaque */

enum diary_status {
	DIARY_OK = 0,
	DIARY_ERR_NOT_FOUND,   /* no diary in the folder */
	DIARY_ERR_EXISTS,      /* diary_create() on a folder that has one */
	DIARY_ERR_PASSPHRASE,  /* the passphrase does not open the diary */
	DIARY_ERR_LOCKED,      /* open in another steady */
	DIARY_ERR_CORRUPT,     /* damaged, cut off, or not a diary */
	DIARY_ERR_UNSUPPORTED, /* a newer format, or costs out of bounds */
	DIARY_ERR_IO,          /* reading or writing failed; errnum says why */
	DIARY_ERR_INVALID,     /* a bad argument (no such entry, bad field) */
	DIARY_ERR_READ_ONLY,   /* the folder can be read but not written here */
	DIARY_ERR_WEAK,        /* key costs below the floor: only diary_open_weak() opens it */
	DIARY_ERR_UNSYNCED,    /* saved and renamed into place, but the folder's sync
	                          failed: it may not survive a crash */
};

struct diary_error {
	enum diary_status status;
	int errnum;     /* errno for DIARY_ERR_IO, else 0 */
	char msg[1024]; /* translated, a sentence a person can act on (some are long) */
};

/* Argon2id costs. */
struct diary_costs {
	uint64_t opslimit;
	uint64_t memlimit; /* bytes */
};

/* Bounds enforced when reading a header, before any work is done. */
#define DIARY_OPSLIMIT_MAX 10ULL
#define DIARY_MEMLIMIT_MAX (1ULL << 30) /* 1 GiB */
/* The lowest costs a diary may have: libsodium's INTERACTIVE level (2 passes
 * over 64 MiB). Only a test build, while STEADY_DIARY_COSTS=min is set, takes
 * less (down to 1 pass over 8 KiB). */
#define DIARY_OPSLIMIT_FLOOR 2ULL
#define DIARY_MEMLIMIT_FLOOR (64ULL << 20)

/* Costs for a new diary: libsodium's MODERATE, or, in a test build only,
 * what the environment variable STEADY_DIARY_COSTS names: "min",
 * "moderate", "sensitive". */
struct diary_costs diary_costs_default(void);

/* The default folder, $XDG_DATA_HOME/steady/diary (new string, NULL without a home). */
char *diary_default_dir(void);

/* 1 when the folder holds a diary file. */
int diary_exists(const char *dir);

/* Creates a new, empty diary in dir (made with mode 0700 when missing),
 * protected by the passphrase, and saves it. costs NULL means
 * diary_costs_default(). 0, or -1 with err filled. */
int diary_create(const char *dir, const char *pass, size_t passlen, const struct diary_costs *costs,
                 struct diary **out, struct diary_error *err);

/* Locks the folder and opens the diary with the passphrase. The header is
 * checked before the costly key derivation. 0, or -1 with err filled. */
int diary_open(const char *dir, const char *pass, size_t passlen, struct diary **out,
               struct diary_error *err);

/* As diary_open(), but it also opens a diary whose key costs are below the
 * floor (DIARY_ERR_WEAK from diary_open(), as steady 0.1.0 could make),
 * only so that diary_passwd() can protect it again at once: new keys at
 * the default costs, and its backup rewritten. */
int diary_open_weak(const char *dir, const char *pass, size_t passlen, struct diary **out,
                    struct diary_error *err);

/* As diary_open(), for reading only: where the folder cannot be written
 * (read-only media, no permission) it opens the diary anyway, under a
 * shared lock or none (see store_lock_read()), and diary_read_only() is
 * then 1. 0, or -1 with err filled. */
int diary_open_read(const char *dir, const char *pass, size_t passlen, struct diary **out,
                    struct diary_error *err);

/* 1 when the diary was opened for reading only: diary_save() refuses. */
int diary_read_only(const struct diary *d);

/* 0 when the diary's folder can be written, or -1 with err filled
 * (DIARY_ERR_READ_ONLY): for asking before anything is typed. */
int diary_check_writable(const char *dir, struct diary_error *err);

/* Writes the diary to disk: a temporary file, fsync, rename over the diary,
 * fsync of the folder; the old version becomes diary.bak. After a deletion,
 * an edit or diary_passwd(), diary.bak is rewritten from the new version so
 * no earlier text stays in it. On failure the diary on disk is unchanged and
 * the temporary file removed. 0, or -1 with err filled. */
int diary_save(struct diary *d, struct diary_error *err);

/* 1 when there are changes not yet saved. */
int diary_dirty(const struct diary *d);

/* Saves pending changes, then wipes the keys and the decrypted entries
 * whatever the save did; the file lock stays held. 0, or -1 when the save
 * failed (the changes are then lost, the diary on disk unchanged). */
int diary_lock(struct diary *d, struct diary_error *err);

/* Reads and decrypts the diary again after diary_lock(). 0, or -1. */
int diary_unlock(struct diary *d, const char *pass, size_t passlen, struct diary_error *err);

/* 1 between diary_lock() and a successful diary_unlock(). */
int diary_is_locked(const struct diary *d);

/* Wipes everything and releases the file lock; does not save. NULL is fine. */
void diary_close(struct diary *d);

/* Protects the diary with a new passphrase and a new data key, and saves
 * (diary.bak is rewritten too, so the old passphrase opens nothing). costs
 * NULL keeps the current costs, raised to diary_costs_default() where they
 * are lower. 0; or 1 when it is done (the new keys kept) but the folder's
 * sync failed, with err (DIARY_ERR_UNSYNCED) the warning to give; or -1:
 * then the diary and diary.bak stay under the old passphrase (both are
 * saved again with it when they can be; err says so when they cannot). */
int diary_passwd(struct diary *d, const char *newpass, size_t newlen,
                 const struct diary_costs *costs, struct diary_error *err);

/* What diary_wipe() did with one file (each is deleted unless FAILED or
 * NOT_OURS). */
enum diary_wiped {
	DIARY_WIPED_OVERWRITTEN,     /* zeros written over it and synced, then deleted */
	DIARY_WIPED_EMPTY,           /* nothing in it to overwrite (the lock file) */
	DIARY_WIPED_NOT_OVERWRITTEN, /* overwriting failed (errnum says why) */
	DIARY_WIPED_LINKED,          /* a name outside the folder has it too: not overwritten */
	DIARY_WIPED_NOT_OURS,        /* not made by steady (by its content, or not a regular
	                                file, or unreadable): left alone */
	DIARY_WIPED_FAILED,          /* could not be deleted (errnum says why) */
};

/* Where diary_wipe() says what it did: file() for each file in turn, then
 * folder() with 0 when the folder was removed too, or the errno of rmdir()
 * (ENOTEMPTY when it holds files steady did not make). */
struct diary_wipe_report {
	void (*file)(void *ctx, const char *name, enum diary_wiped what, int errnum);
	void (*folder)(void *ctx, int errnum);
	void *ctx;
};

/* 1 when the folder holds any file of a name steady gives its files there
 * (the diary, its backup, the lock, temporary files, or 'diary.damaged' and
 * 'diary.old' its advice names); 0 when not; -1 with errno set when the
 * folder cannot be read. */
int diary_has_files(const char *dir);

/* 0 when a new diary may be made in dir; else -1 with err filled
 * (DIARY_ERR_EXISTS): there is a diary, or a backup left of an earlier one. */
int diary_check_new(const char *dir, struct diary_error *err);

/* Deletes every file steady made in the folder (as diary_has_files()),
 * overwriting each with zeros first where that reaches it, then the folder
 * if it is empty, telling r (when not NULL) about each. Refuses (DIARY_ERR_LOCKED) while a
 * steady has it open. No passphrase is needed: a forgotten one leaves only
 * this. 0, or -1 (DIARY_ERR_NOT_FOUND when there is nothing to delete). */
int diary_wipe(const char *dir, const struct diary_wipe_report *r, struct diary_error *err);

/* When the diary's backup (under the same key) has a higher next id than
 * the diary, and the diary no id at or above it, an older copy was put
 * back as the diary: a new string (free()) that says so and what to do,
 * else NULL. The ids of new entries go on after the backup's, and saves
 * while it stays open keep that backup until one purges it. */
char *diary_rollback_notice(const struct diary *d);

/* The costs of the open diary. */
struct diary_costs diary_costs_of(const struct diary *d);

/* The number of entries. */
size_t diary_count(const struct diary *d);

/* The i-th entry, newest first; NULL when out of range. */
const struct entry *diary_at(const struct diary *d, size_t i);

/* The entry with this id, or NULL. */
const struct entry *diary_get(const struct diary *d, uint64_t id);

/* Adds the entry, taking ownership: gives it the next id, sets created to
 * now when its epoch is 0, and edited to created. Returns the id, or 0 with
 * err filled (and e freed) when the entry is not valid for its kind
 * (codec_entry_valid()). */
uint64_t diary_add(struct diary *d, struct entry *e, struct diary_error *err);

/* Adds n entries at once (from import_parse()), taking ownership of them
 * and of the array: each gets a new id, the oldest the lowest, and keeps
 * its created and edited times. All or nothing: when the diary is locked,
 * would grow too large or one entry is not valid, none is added (all are
 * freed) and -1 returned with err filled; else 0. */
int diary_import(struct diary *d, struct entry **v, size_t n, struct diary_error *err);

/* Replaces the entry with this id, taking ownership of e: keeps the id, the
 * kind and the created time, sets edited to now. An e that says the same as
 * the entry (entry_same()) changes nothing, not even the edited time.
 * 0, or -1 (e is freed then). */
int diary_replace(struct diary *d, uint64_t id, struct entry *e, struct diary_error *err);

/* Deletes the entry with this id, wiping its text from memory; it leaves the
 * disk (backup included) at the next diary_save(). 0, or -1 when no such id. */
int diary_delete(struct diary *d, uint64_t id, struct diary_error *err);

/* A list of entries (pointers into the diary), newest first. */
struct entry_list {
	const struct entry **v;
	size_t n;
};

/* Frees the list (not the entries). */
void diary_list_free(struct entry_list *l);

/* Entries of a kind (0: all kinds) and module (NULL: any), newest first. */
struct entry_list diary_select(const struct diary *d, enum entry_kind kind, const char *module);

/* The newest entry of a kind and module (NULL: any), or NULL. For resuming
 * a module: diary_latest(d, ENTRY_RECORD, "urge-surfing"). */
const struct entry *diary_latest(const struct diary *d, enum entry_kind kind, const char *module);

/* Entries whose text contains needle, ignoring case (see search.h), newest first. */
struct entry_list diary_search(const struct diary *d, const char *needle);

/* The error message for a status, for callers that report one themselves. */
void diary_error_set(struct diary_error *err, enum diary_status status, int errnum,
                     const char *msg);

#endif
