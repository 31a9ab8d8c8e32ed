/* SPDX-FileCopyrightText: 2026 The steady authors */
/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * diary.c: the open diary: the file lock, the data key and the decrypted
 * entries in memory, and the operations the screens and `steady diary`
 * use. Changes stay in memory until diary_save(); the text of deleted or
 * locked entries is wiped from memory at once.
 */
#include "config.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <sodium.h>

#include "diary/codec.h"
#include "diary/cryptfile.h"
#include "diary/diary.h"
#include "diary/latest.h"
#include "diary/search.h"
#include "diary/secbuf.h"
#include "diary/store.h"
#include "util/gettext.h"
#include "util/paths.h"
#include "util/xalloc.h"

struct diary {
	char *dir;
	int lock_fd;
	int locked; /* keys and entries wiped */
	struct cryptfile_keys keys;
	unsigned char *body; /* the decrypted body (secbuf); the read entries' strings live in it */
	void *slab;          /* the read entries themselves (secbuf), from codec_decode_trusted() */
	struct entry **v;    /* newest first */
	size_t n, cap;
	uint64_t next_id;
	int dirty;
	int purge;            /* the next save rewrites diary.bak too: text was removed */
	int read_only;        /* from diary_open_read() on a folder that cannot be written */
	uint64_t rolled_back; /* the backup is newer: the highest id it has that the diary lacks */
	int weak_ok;          /* from diary_open_weak(): costs below the floor are taken */
	struct latest
	        *latest; /* diary_latest()'s index, built when first asked; NULL after a change */
};

void diary_error_set(struct diary_error *err, enum diary_status status, int errnum, const char *msg)
{
	if (!err)
		return;
	err->status = status;
	err->errnum = errnum;
	snprintf(err->msg, sizeof err->msg, "%s", msg);
}

struct diary_costs diary_costs_default(void)
{
	struct diary_costs c = {crypto_pwhash_OPSLIMIT_MODERATE, crypto_pwhash_MEMLIMIT_MODERATE};
#ifdef STEADY_TEST_BUILD
	/* Only a test build listens: in a released steady nothing in the
	 * environment can make a diary cheap to guess. */
	const char *env = getenv("STEADY_DIARY_COSTS");
	if (env && strcmp(env, "min") == 0) {
		c.opslimit = crypto_pwhash_argon2id_OPSLIMIT_MIN;
		c.memlimit = crypto_pwhash_argon2id_MEMLIMIT_MIN;
	} else if (env && strcmp(env, "sensitive") == 0) {
		c.opslimit = crypto_pwhash_OPSLIMIT_SENSITIVE;
		c.memlimit = crypto_pwhash_MEMLIMIT_SENSITIVE;
	}
#endif
	return c;
}

char *diary_default_dir(void)
{
	char *d = paths_data_home();
	if (!d)
		return NULL;
	char *p = xasprintf("%s/diary", d);
	free(d);
	return p;
}

int diary_exists(const char *dir)
{
	char *p = xasprintf("%s/%s", dir, STORE_DIARY);
	int ok = access(p, F_OK) == 0;
	free(p);
	return ok;
}

/* 0 when the folder holds a diary, else -1 with the "run init" message. */
static int check_exists(const char *dir, struct diary_error *err)
{
	if (diary_exists(dir))
		return 0;
	struct store_file f;
	if (store_open_read(dir, &f, err) < 0)
		return -1;
	store_close_read(&f); /* it appeared meanwhile */
	return 0;
}

/* Newest first; the id breaks ties so the order is stable. */
static int newer_first(const struct entry *a, const struct entry *b)
{
	if (a->created.epoch != b->created.epoch)
		return a->created.epoch > b->created.epoch ? -1 : 1;
	return a->id > b->id ? -1 : a->id < b->id;
}

static int cmp_entries(const void *a, const void *b)
{
	return newer_first(*(struct entry *const *)a, *(struct entry *const *)b);
}

/* The entries changed: the index of the newest goes. */
static void changed(struct diary *d)
{
	latest_free(d->latest);
	d->latest = NULL;
}

static void wipe_entries(struct diary *d)
{
	changed(d);
	/* The strings of entries read from the file are wiped with the body below. */
	for (size_t i = 0; i < d->n; i++)
		entry_free_unwiped(d->v[i]);
	free(d->v);
	d->v = NULL;
	d->n = d->cap = 0;
	secbuf_free(d->slab);
	d->slab = NULL;
	/* Wiped as a whole: the text of every entry read, and of any deleted since. */
	secbuf_free(d->body);
	d->body = NULL;
}

/* Translates a container status into an error for a person. */
static int open_failed(struct diary *d, enum cryptfile_status st, uint64_t mem,
                       struct diary_error *err)
{
	char *msg = NULL;
	enum diary_status ds = DIARY_ERR_CORRUPT;
	switch (st) {
	case CRYPTFILE_OK:
		break;
	case CRYPTFILE_NOT_DIARY:
		/* TRANSLATORS: the first %s is the diary's folder, the second the diary file's name
		 * ("diary"): together a path, such as "/home/sam/.local/share/steady/diary". */
		msg = xasprintf(_("The file %s/%s is not a steady diary."), d->dir, STORE_DIARY);
		break;
	case CRYPTFILE_UNSUPPORTED:
		ds = DIARY_ERR_UNSUPPORTED;
		/* TRANSLATORS: %s is the diary's folder. */
		msg = xasprintf(_("The diary in %s was made by a newer steady, or it asks for more "
		                  "memory or time than steady allows. It was not opened."),
		                d->dir);
		break;
	case CRYPTFILE_WEAK:
		ds = DIARY_ERR_WEAK;
		msg = xasprintf(
		        /* TRANSLATORS: %s is the diary's folder; the first %llu is a number of
		           passes, the second an amount of memory in MiB (such as "3 passes over 256
		           MiB"). 'steady diary passwd' stays as it is; so does "steady 0.1.0", a
		           version. */
		        _("The diary in %s is protected by a key that is too quick to guess "
		          "(its key-derivation costs are below %llu passes over %llu MiB), "
		          "so it was not opened. steady 0.1.0 could make such a diary; to "
		          "protect it properly, run 'steady diary passwd', which opens it "
		          "once, after a warning, and gives it a new key. If you did not "
		          "make this diary, someone else may have put it there."),
		        d->dir, (unsigned long long)DIARY_OPSLIMIT_FLOOR,
		        (unsigned long long)(DIARY_MEMLIMIT_FLOOR >> 20));
		break;
	case CRYPTFILE_BAD_KEY:
		ds = DIARY_ERR_PASSPHRASE;
		msg = xstrdup(_("That passphrase does not open the diary. Check the keyboard "
		                "layout and Caps Lock, and try again."));
		break;
	case CRYPTFILE_CORRUPT:
		/* TRANSLATORS: the first %s is the diary's folder, the second the backup's file
		 * name ("diary.bak"), which stays as it is. */
		msg = xasprintf(_("The diary in %s is damaged or incomplete, so it was not opened. "
		                  "The previous version is kept as %s in the same folder."),
		                d->dir, STORE_BACKUP);
		break;
	case CRYPTFILE_IO: /* the reader fills err itself; this is only a fallback */
		ds = DIARY_ERR_IO;
		/* TRANSLATORS: %s is the diary's folder. */
		msg = xasprintf(_("Could not read the diary in %s."), d->dir);
		break;
	case CRYPTFILE_NOMEM:
		ds = DIARY_ERR_IO;
		/* TRANSLATORS: %llu is an amount of memory in MiB, such as 256. */
		msg = xasprintf(_("There is not enough free memory to open the diary (it needs "
		                  "%llu MiB). Close other programs and try again."),
		                (unsigned long long)(mem >> 20));
		break;
	}
	diary_error_set(err, ds, 0, msg ? msg : "");
	free(msg);
	return -1;
}

static int cmp_ids(const void *a, const void *b)
{
	uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;
	return (x > y) - (x < y);
}

/*
 * An older copy put back as the diary shows in its backup: the backup's
 * next id is above the diary's, and the diary holds no id at or above it
 * (every entry saved since that backup would have one). A backup that
 * only holds entries the diary lacks is not newer: it is an older
 * diary.bak put back, or one a deletion has since outdated, and the next
 * save replaces it as usual (keeping it would keep text a person deleted).
 * For a rollback, the ids go on after the backup's, so none is used twice,
 * and saves keep that backup until a purge replaces it. Nothing is written
 * outside the diary for this: an older copy of the whole folder (diary and
 * backup together) cannot be told from the real one.
 */
static void check_rollback(struct diary *d)
{
	struct store_file f;
	d->rolled_back = 0;
	if (store_open_backup(d->dir, &f) < 0)
		return;
	struct cryptfile_source src = {f.len, store_read_next, &f};
	unsigned char *body;
	size_t len;
	enum cryptfile_status st = cryptfile_read_same_key(&src, &d->keys, &body, &len);
	store_close_read(&f);
	if (st != CRYPTFILE_OK)
		return; /* another key (a passphrase change since), damaged, or unreadable */
	struct entry **v;
	size_t n;
	uint64_t next;
	if (codec_decode(body, len, &v, &n, &next) == 0) {
		/* The diary's ids, sorted, so each of the backup's is looked up
		 * in log time: a diary of many entries opens as fast. */
		uint64_t *ids = xreallocarray(NULL, d->n ? d->n : 1, sizeof *ids);
		for (size_t i = 0; i < d->n; i++)
			ids[i] = d->v[i]->id;
		qsort(ids, d->n, sizeof *ids, cmp_ids);
		if (next > d->next_id && (d->n == 0 || ids[d->n - 1] < next)) {
			for (size_t i = 0; i < n; i++)
				if (v[i]->id > d->rolled_back &&
				    !bsearch(&v[i]->id, ids, d->n, sizeof *ids, cmp_ids))
					d->rolled_back = v[i]->id;
			if (!d->rolled_back)
				d->rolled_back = next - 1;
			d->next_id = next;
		}
		free(ids);
		for (size_t i = 0; i < n; i++)
			entry_free(v[i]);
		free(v);
	}
	secbuf_free(body);
}

/* Reads and decrypts the diary file into d (lock already held). */
static int load(struct diary *d, const char *pass, size_t passlen, struct diary_error *err)
{
	unsigned char *body;
	size_t bodylen;
	struct store_file f;
	if (store_open_read(d->dir, &f, err) < 0)
		return -1;
	struct cryptfile_source src = {f.len, store_read_next, &f};
	enum cryptfile_status st =
	        cryptfile_read(&src, pass, passlen, d->weak_ok, &d->keys, &body, &bodylen);
	store_close_read(&f);
	if (st == CRYPTFILE_IO)
		return -1; /* store_read_next() said why in err */
	if (st != CRYPTFILE_OK)
		return open_failed(d, st, d->keys.memlimit, err);
	struct entry **v;
	size_t n;
	uint64_t next;
	int rc = codec_decode_trusted(body, bodylen, &v, &n, &next, &d->slab);
	if (rc < 0) {
		secbuf_free(body);
		cryptfile_keys_wipe(&d->keys);
		return open_failed(d, CRYPTFILE_CORRUPT, 0, err);
	}
	d->body = body; /* the entries point into it */
	/* A diary is saved newest first, so it is sorted already unless an
	 * older steady or a clock that went back made it otherwise. */
	size_t i = 1;
	while (i < n && cmp_entries(&v[i - 1], &v[i]) < 0)
		i++;
	if (i < n)
		qsort(v, n, sizeof *v, cmp_entries);
	changed(d); /* an index built while locked knew no entries */
	d->v = v;
	d->n = d->cap = n;
	d->next_id = next;
	d->locked = 0;
	d->dirty = d->purge = 0;
	check_rollback(d);
	return 0;
}

static struct diary *handle(const char *dir)
{
	struct diary *d = xcalloc(1, sizeof *d);
	d->dir = xstrdup(dir);
	d->lock_fd = -1;
	d->locked = 1;
	d->next_id = 1;
	return d;
}

/* diary_open(), diary_open_read() and diary_open_weak(). */
static int open_diary(const char *dir, const char *pass, size_t passlen, int for_reading,
                      int weak_ok, struct diary **out, struct diary_error *err)
{
	*out = NULL;
	if (secbuf_init() < 0) {
		diary_error_set(err, DIARY_ERR_IO, 0,
		                _("The cryptography library could not start."));
		return -1;
	}
	/* Checked before taking the lock, so no folder is made for a mistyped path. */
	if (check_exists(dir, err) < 0)
		return -1;
	struct diary *d = handle(dir);
	d->weak_ok = weak_ok;
	int rc = 0;
	if (for_reading)
		rc = store_lock_read(dir, &d->lock_fd, &d->read_only, err);
	else
		rc = (d->lock_fd = store_lock(dir, err)) < 0 ? -1 : 0;
	if (rc < 0 || load(d, pass, passlen, err) < 0) {
		diary_close(d);
		return -1;
	}
	*out = d;
	return 0;
}

int diary_open(const char *dir, const char *pass, size_t passlen, struct diary **out,
               struct diary_error *err)
{
	return open_diary(dir, pass, passlen, 0, 0, out, err);
}

int diary_open_weak(const char *dir, const char *pass, size_t passlen, struct diary **out,
                    struct diary_error *err)
{
	return open_diary(dir, pass, passlen, 0, 1, out, err);
}

int diary_open_read(const char *dir, const char *pass, size_t passlen, struct diary **out,
                    struct diary_error *err)
{
	return open_diary(dir, pass, passlen, 1, 0, out, err);
}

int diary_read_only(const struct diary *d)
{
	return d->read_only;
}

int diary_check_writable(const char *dir, struct diary_error *err)
{
	return store_check_writable(dir, err);
}

int diary_create(const char *dir, const char *pass, size_t passlen, const struct diary_costs *costs,
                 struct diary **out, struct diary_error *err)
{
	*out = NULL;
	if (secbuf_init() < 0) {
		diary_error_set(err, DIARY_ERR_IO, 0,
		                _("The cryptography library could not start."));
		return -1;
	}
	if (passlen == 0) {
		diary_error_set(err, DIARY_ERR_INVALID, 0, _("The passphrase cannot be empty."));
		return -1;
	}
	struct diary_costs c = costs ? *costs : diary_costs_default();
	struct diary *d = handle(dir);
	d->lock_fd = store_lock(dir, err);
	if (d->lock_fd < 0)
		goto fail;
	if (diary_check_new(dir, err) < 0)
		goto fail;
	enum cryptfile_status st =
	        cryptfile_new_keys(pass, passlen, c.opslimit, c.memlimit, &d->keys);
	if (st != CRYPTFILE_OK) {
		/* Weak costs asked for are out of what steady makes, not a
		 * diary of 0.1.0 to repair. */
		open_failed(d, st == CRYPTFILE_WEAK ? CRYPTFILE_UNSUPPORTED : st, c.memlimit, err);
		goto fail;
	}
	d->locked = 0;
	d->dirty = 1;
	if (diary_save(d, err) < 0)
		goto fail;
	*out = d;
	return 0;
fail:
	diary_close(d);
	return -1;
}

static int need_unlocked(const struct diary *d, struct diary_error *err)
{
	if (!d->locked)
		return 0;
	diary_error_set(err, DIARY_ERR_INVALID, 0, _("The diary is locked."));
	return -1;
}

int diary_save(struct diary *d, struct diary_error *err)
{
	if (need_unlocked(d, err) < 0)
		return -1;
	if (d->read_only) {
		/* TRANSLATORS: %s is the diary's folder. */
		char *msg = xasprintf(_("The diary in %s was opened for reading only, so nothing "
		                        "can be saved in it."),
		                      d->dir);
		diary_error_set(err, DIARY_ERR_READ_ONLY, 0, msg);
		free(msg);
		return -1;
	}
	struct cryptfile_body s = {&d->keys, NULL, 0};
	codec_encode((const struct entry *const *)d->v, d->n, d->next_id, &s.body, &s.len);
	int rc;
	if (cryptfile_sealed_size(s.len) > CRYPTFILE_MAX_FILE) {
		diary_error_set(err, DIARY_ERR_INVALID, 0,
		                _("The diary has grown too large to save. Export it, then delete "
		                  "some long entries."));
		rc = -1;
	} else {
		/* Sealed a chunk at a time straight into the new file: no second
		 * copy of the diary in memory, padded or encrypted. */
		struct store_content c = {cryptfile_seal_body, &s};
		rc = store_write(d->dir, &c,
		                 d->purge         ? STORE_BACKUP_PURGE
		                 : d->rolled_back ? STORE_BACKUP_KEEP
		                                  : STORE_BACKUP_PREVIOUS,
		                 err);
	}
	secbuf_free(s.body);
	if (rc == 0) {
		if (d->purge)
			d->rolled_back = 0; /* the backup is this version now */
		d->dirty = d->purge = 0;
	}
	return rc;
}

int diary_dirty(const struct diary *d)
{
	return d->dirty;
}

static void wipe_secrets(struct diary *d)
{
	wipe_entries(d);
	cryptfile_keys_wipe(&d->keys);
	d->locked = 1;
	d->dirty = d->purge = 0;
}

int diary_lock(struct diary *d, struct diary_error *err)
{
	if (d->locked)
		return 0;
	int rc = d->dirty ? diary_save(d, err) : 0;
	wipe_secrets(d);
	return rc;
}

int diary_unlock(struct diary *d, const char *pass, size_t passlen, struct diary_error *err)
{
	if (!d->locked)
		return 0;
	return load(d, pass, passlen, err);
}

int diary_is_locked(const struct diary *d)
{
	return d->locked;
}

void diary_close(struct diary *d)
{
	if (!d)
		return;
	wipe_secrets(d);
	store_unlock(d->lock_fd);
	free(d->dir);
	free(d);
}

int diary_passwd(struct diary *d, const char *newpass, size_t newlen,
                 const struct diary_costs *costs, struct diary_error *err)
{
	if (need_unlocked(d, err) < 0)
		return -1;
	if (newlen == 0) {
		diary_error_set(err, DIARY_ERR_INVALID, 0, _("The passphrase cannot be empty."));
		return -1;
	}
	struct diary_costs c = costs ? *costs : diary_costs_of(d);
	if (!costs) {
		/* Weak costs are raised to today's default; stronger ones stay. */
		struct diary_costs def = diary_costs_default();
		if (c.opslimit < def.opslimit)
			c.opslimit = def.opslimit;
		if (c.memlimit < def.memlimit)
			c.memlimit = def.memlimit;
	}
	struct cryptfile_keys nk;
	enum cryptfile_status st = cryptfile_new_keys(newpass, newlen, c.opslimit, c.memlimit, &nk);
	if (st != CRYPTFILE_OK)
		return open_failed(d, st, c.memlimit, err);
	/* The old keys stay until the save succeeds, so a failure changes nothing. */
	struct cryptfile_keys old = d->keys;
	d->keys = nk;
	d->purge = 1;
	struct diary_error e = {0};
	if (diary_save(d, &e) < 0 && e.status == DIARY_ERR_UNSYNCED) {
		/* Renamed into place: the diary on disk is under the new key now.
		 * Going back would need another save, which could fail and leave
		 * it so while the change was said to have failed. It is done;
		 * the next save syncs it again. */
		cryptfile_keys_wipe(&old);
		/* TRANSLATORS: %s is the system's reason, such as "Input/output error". */
		char *msg = xasprintf(_("The diary now opens with the new passphrase, but the "
		                        "system could not confirm that the change is safely on "
		                        "disk (%s). Should the computer stop before it is written, "
		                        "the old passphrase may open it again."),
		                      strerror(e.errnum));
		diary_error_set(err, DIARY_ERR_UNSYNCED, e.errnum, msg);
		free(msg);
		return 1;
	}
	if (e.status != DIARY_OK) {
		cryptfile_keys_wipe(&d->keys);
		d->keys = old;
		/* The diary was not replaced, so it is under the old key still;
		 * but the old backup goes before the diary is replaced, so it may
		 * be gone: write both again under the old key. Should that fail
		 * too, the next save does it. */
		struct diary_error again = {0};
		d->dirty = d->purge = 1;
		if (diary_save(d, &again) < 0 && again.status != DIARY_ERR_UNSYNCED) {
			char *msg =
			        /* TRANSLATORS: %s is a whole sentence (or more) saying what went
			           wrong, translated elsewhere, such as "Could not save the diary
			           (the disk is full). ..."; this sentence is added after it.
			         */
			        xasprintf(_("%s The passphrase was not changed: the diary still "
			                    "opens with the old passphrase only."),
			                  e.msg);
			diary_error_set(&e, e.status, e.errnum, msg);
			free(msg);
		}
		if (err)
			*err = e;
		return -1;
	}
	cryptfile_keys_wipe(&old);
	return 0;
}

int diary_has_files(const char *dir)
{
	return store_has_files(dir);
}

int diary_check_new(const char *dir, struct diary_error *err)
{
	char *msg = NULL;
	if (diary_exists(dir))
		msg = xasprintf(_("There is already a diary in %s. To start again, delete it first "
		                  "with 'steady diary wipe'."),
		                dir);
	else if (store_has_backup(dir))
		/* It would stay beside the new diary as its 'backup' until the
		 * second save, under the old passphrase. */
		/* TRANSLATORS: the first %s is the diary's folder, the second the backup's file
		 * name ("diary.bak"), the third the diary's file name ("diary"). Those file names
		 * and 'steady diary wipe' stay as they are. */
		msg = xasprintf(_("There is no diary in %s, but a backup of an earlier one is "
		                  "there (%s), under the passphrase that diary had. To open it, "
		                  "rename it to '%s'. To start a new diary instead, delete it "
		                  "first with 'steady diary wipe'."),
		                dir, STORE_BACKUP, STORE_DIARY);
	if (!msg)
		return 0;
	diary_error_set(err, DIARY_ERR_EXISTS, 0, msg);
	free(msg);
	return -1;
}

int diary_wipe(const char *dir, const struct diary_wipe_report *r, struct diary_error *err)
{
	int has = store_has_files(dir);
	if (has < 0) {
		int e = errno;
		char *msg =
		        /* TRANSLATORS: the first %s is the diary's folder, the second the system's
		           reason, such as "Permission denied". */
		        xasprintf(_("Could not read the diary folder %s (%s)."), dir, strerror(e));
		diary_error_set(err, DIARY_ERR_IO, e, msg);
		free(msg);
		return -1;
	}
	if (!has) {
		/* TRANSLATORS: %s is the diary's folder. */
		char *msg = xasprintf(_("There is no diary in %s, nor any other file steady made "
		                        "there: nothing was deleted."),
		                      dir);
		diary_error_set(err, DIARY_ERR_NOT_FOUND, 0, msg);
		free(msg);
		return -1;
	}
	return store_wipe(dir, r, err);
}

char *diary_rollback_notice(const struct diary *d)
{
	if (!d->rolled_back)
		return NULL;
	/* TRANSLATORS: the first %s is the backup's file name ("diary.bak"), the second the diary's
	 * folder, %llu an entry number; then the file names to rename, in order: "diary" to
	 * "diary.old" and "diary.bak" to "diary". The file names stay as they are. */
	return xasprintf(_("This diary is older than its backup %s in %s, which holds entries up "
	                   "to number %llu that the diary does not: an older copy may have "
	                   "been put back. New entries get numbers after those. Until you close "
	                   "steady, saving keeps that backup as it is, unless you delete or "
	                   "change an entry or the passphrase; once this diary has been saved, "
	                   "steady takes it as the newer one and a later save replaces that "
	                   "backup. To go back to the newer version, close steady, rename "
	                   "'%s' to '%s' and '%s' to '%s', and open it again."),
	                 STORE_BACKUP, d->dir, (unsigned long long)d->rolled_back, STORE_DIARY,
	                 STORE_OLD, STORE_BACKUP, STORE_DIARY);
}

struct diary_costs diary_costs_of(const struct diary *d)
{
	struct diary_costs c = {d->keys.opslimit, d->keys.memlimit};
	return c;
}

size_t diary_count(const struct diary *d)
{
	return d->n;
}

const struct entry *diary_at(const struct diary *d, size_t i)
{
	return i < d->n ? d->v[i] : NULL;
}

static size_t find(const struct diary *d, uint64_t id)
{
	for (size_t i = 0; i < d->n; i++)
		if (d->v[i]->id == id)
			return i;
	return (size_t)-1;
}

const struct entry *diary_get(const struct diary *d, uint64_t id)
{
	size_t i = find(d, id);
	return i == (size_t)-1 ? NULL : d->v[i];
}

static void no_such_entry(uint64_t id, struct diary_error *err)
{
	/* TRANSLATORS: %llu is an entry number, as asked for. */
	char *msg = xasprintf(_("There is no diary entry %llu."), (unsigned long long)id);
	diary_error_set(err, DIARY_ERR_INVALID, 0, msg);
	free(msg);
}

static void invalid_entry(struct diary_error *err)
{
	diary_error_set(err, DIARY_ERR_INVALID, 0,
	                _("The entry is missing something it needs, such as its text or module, "
	                  "or holds text that is not valid UTF-8."));
}

uint64_t diary_add(struct diary *d, struct entry *e, struct diary_error *err)
{
	if (need_unlocked(d, err) < 0) {
		entry_free(e);
		return 0;
	}
	if (e->created.epoch == 0)
		e->created = entry_time_now();
	e->edited = e->created;
	e->id = d->next_id;
	if (!codec_entry_valid(e)) {
		invalid_entry(err);
		entry_free(e);
		return 0;
	}
	d->next_id++;
	if (d->n == d->cap) {
		d->cap = d->cap ? d->cap * 2 : 16;
		d->v = xreallocarray(d->v, d->cap, sizeof *d->v);
	}
	size_t at = 0;
	while (at < d->n && newer_first(d->v[at], e) < 0)
		at++;
	memmove(d->v + at + 1, d->v + at, (d->n - at) * sizeof *d->v);
	d->v[at] = e;
	d->n++;
	d->dirty = 1;
	changed(d);
	return e->id;
}

int diary_replace(struct diary *d, uint64_t id, struct entry *e, struct diary_error *err)
{
	size_t i = need_unlocked(d, err) < 0 ? (size_t)-1 : find(d, id);
	if (i == (size_t)-1) {
		if (!d->locked)
			no_such_entry(id, err);
		entry_free(e);
		return -1;
	}
	struct entry *old = d->v[i];
	/* The same words again are no change: the entry keeps its "edited" time. */
	if (entry_same(old, e)) {
		entry_free(e);
		return 0;
	}
	e->id = id;
	e->created = old->created;
	e->edited = entry_time_now();
	if (e->kind != old->kind || !codec_entry_valid(e)) {
		invalid_entry(err);
		entry_free(e);
		return -1;
	}
	d->v[i] = e;
	entry_free(old);
	d->dirty = d->purge = 1;
	changed(d);
	return 0;
}

int diary_delete(struct diary *d, uint64_t id, struct diary_error *err)
{
	size_t i = need_unlocked(d, err) < 0 ? (size_t)-1 : find(d, id);
	if (i == (size_t)-1) {
		if (!d->locked)
			no_such_entry(id, err);
		return -1;
	}
	entry_free(d->v[i]);
	memmove(d->v + i, d->v + i + 1, (d->n - i - 1) * sizeof *d->v);
	d->n--;
	d->dirty = d->purge = 1;
	changed(d);
	return 0;
}

void diary_list_free(struct entry_list *l)
{
	free(l->v);
	l->v = NULL;
	l->n = 0;
}

static void list_push(struct entry_list *l, const struct entry *e)
{
	/* Grows in powers of two; n is a power of two exactly when full. */
	if ((l->n & (l->n - 1)) == 0)
		l->v = xreallocarray(l->v, l->n ? l->n * 2 : 1, sizeof *l->v);
	l->v[l->n++] = e;
}

static int selected(const struct entry *e, enum entry_kind kind, const char *module)
{
	if (kind && e->kind != kind)
		return 0;
	return !module || (e->module && strcmp(e->module, module) == 0);
}

struct entry_list diary_select(const struct diary *d, enum entry_kind kind, const char *module)
{
	struct entry_list l = {NULL, 0};
	for (size_t i = 0; i < d->n; i++)
		if (selected(d->v[i], kind, module))
			list_push(&l, d->v[i]);
	return l;
}

const struct entry *diary_latest(const struct diary *d, enum entry_kind kind, const char *module)
{
	if (!kind) { /* any kind: rare, and the first entry that fits is near */
		for (size_t i = 0; i < d->n; i++)
			if (selected(d->v[i], kind, module))
				return d->v[i];
		return NULL;
	}
	/* The index is a cache: building it changes nothing a caller sees. */
	struct diary *w = (struct diary *)d;
	if (!w->latest)
		w->latest = latest_build(d->v, d->n);
	return latest_get(d->latest, kind, module);
}

static int entry_matches(const struct entry *e, const char *needle)
{
	if (search_contains(e->title, needle) || search_contains(e->text, needle) ||
	    search_contains(e->module, needle) || search_contains(e->band, needle) ||
	    search_contains(e->date, needle))
		return 1;
	for (size_t i = 0; i < e->n_tags; i++)
		if (search_contains(e->tags[i], needle))
			return 1;
	for (size_t i = 0; i < e->n_answers; i++)
		if (search_contains(e->answers[i].value, needle))
			return 1;
	for (int s = 0; s < PLAN__COUNT; s++)
		if (search_contains(e->plan[s], needle))
			return 1;
	return 0;
}

struct entry_list diary_search(const struct diary *d, const char *needle)
{
	struct entry_list l = {NULL, 0};
	for (size_t i = 0; i < d->n; i++)
		if (entry_matches(d->v[i], needle))
			list_push(&l, d->v[i]);
	return l;
}

/* Oldest first, then in the order of the ids they came with. */
static int cmp_oldest(const void *a, const void *b)
{
	return -cmp_entries(a, b);
}

int diary_import(struct diary *d, struct entry **v, size_t n, struct diary_error *err)
{
	int ok = need_unlocked(d, err) == 0;
	if (ok && n > CODEC_MAX_ENTRIES - d->n) {
		diary_error_set(
		        err, DIARY_ERR_INVALID, 0,
		        _("The diary cannot hold that many entries. Nothing was imported."));
		ok = 0;
	}
	/* New ids, oldest first, so they keep the order they had. */
	if (ok && n)
		qsort(v, n, sizeof *v, cmp_oldest);
	for (size_t i = 0; ok && i < n; i++) {
		v[i]->id = d->next_id + i;
		if (!codec_entry_valid(v[i])) {
			invalid_entry(err);
			ok = 0;
		}
	}
	if (!ok) {
		for (size_t i = 0; i < n; i++)
			entry_free(v[i]);
		free(v);
		return -1;
	}
	d->next_id += n;
	if (d->n + n > d->cap) {
		d->cap = d->n + n;
		d->v = xreallocarray(d->v, d->cap, sizeof *d->v);
	}
	memcpy(d->v + d->n, v, n * sizeof *v);
	d->n += n;
	free(v);
	if (d->n)
		qsort(d->v, d->n, sizeof *d->v, cmp_entries);
	d->dirty = d->dirty || n > 0;
	changed(d);
	return 0;
}
