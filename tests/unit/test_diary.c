/* SPDX-FileCopyrightText: 2026 The steady authors */
/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * test_diary.c: the encrypted diary store: round trips, wrong passphrases,
 * damaged and hostile files, what reaches the disk, locking, passphrase
 * changes and every kind of entry.
 */
#include "config.h"

#include <errno.h>
#include <signal.h>
#include <sys/wait.h>

#include "diary/codec.h"
#include "diary/cryptfile.h"
#include "diary/secbuf.h"
#include "diary_test_util.h"
#include "unit.h"

/* What a wipe said: each file's name and fate, then the folder's. */
struct said {
	char names[16][32];
	enum diary_wiped what[16];
	int n, folder;
};

static void said_file(void *ctx, const char *name, enum diary_wiped what, int errnum)
{
	struct said *s = ctx;
	(void)errnum;
	if (!s || s->n == 16)
		return;
	snprintf(s->names[s->n], sizeof s->names[0], "%s", name);
	s->what[s->n++] = what;
}

static void said_folder(void *ctx, int errnum)
{
	if (ctx)
		((struct said *)ctx)->folder = errnum;
}

static const struct diary_wipe_report quiet = {said_file, said_folder, NULL};

/* A diary in a scratch folder with two journal entries, saved and closed. */
static char *small_diary(void)
{
	char *dir = scratch_dir();
	struct diary *d;
	struct diary_error err;
	ck_assert_int_eq(diary_create(dir, PASS, PASSLEN, &min_costs, &d, &err), 0);
	ck_assert_uint_ne(diary_add(d, journal("First", "The evening was hard."), &err), 0);
	ck_assert_uint_ne(diary_add(d, journal(NULL, "I called the helpline."), &err), 0);
	ck_assert_int_eq(diary_save(d, &err), 0);
	diary_close(d);
	return dir;
}

START_TEST(round_trip)
{
	char *dir = scratch_dir();
	struct diary *d;
	struct diary_error err;
	ck_assert_int_eq(diary_open(dir, PASS, PASSLEN, &d, &err), -1);
	ck_assert_int_eq(err.status, DIARY_ERR_NOT_FOUND);
	ck_assert_ptr_nonnull(strstr(err.msg, "steady diary init"));

	ck_assert_int_eq(diary_create(dir, PASS, PASSLEN, &min_costs, &d, &err), 0);
	struct stat st;
	ck_assert_int_eq(stat(dir, &st), 0);
	ck_assert_int_eq(st.st_mode & 0777, 0700);

	struct entry *e = journal("Title ü", "Line one\nLine two");
	entry_add_tag(e, "evening");
	entry_add_tag(e, "evening");
	uint64_t j = diary_add(d, e, &err);

	struct entry *r = entry_new(ENTRY_RECORD);
	entry_set(r, &r->module, "urge-surfing");
	entry_set_answer(r, "strength", "7");
	entry_set_answer(r, "helped", "breathing,walk");
	entry_set_answer(r, "notes", "it passed after 20 minutes");
	entry_set_answer(r, "strength", "6");
	r->complete = 1;
	r->step = 4;
	uint64_t rid = diary_add(d, r, &err);

	struct entry *s = entry_new(ENTRY_SELFCHECK);
	entry_set(s, &s->module, "mood-check");
	s->score = -3;
	entry_set(s, &s->band, "Low");
	uint64_t sid = diary_add(d, s, &err);

	struct entry *p = entry_new(ENTRY_SAFETY_PLAN);
	entry_set(p, &p->plan[PLAN_WARNING_SIGNS], "Staying up late alone");
	entry_set(p, &p->plan[PLAN_PROFESSIONALS], "Stop It Now! 0808 1000 900");
	uint64_t pid = diary_add(d, p, &err);

	struct entry *h = entry_new(ENTRY_HOMEWORK);
	entry_set(h, &h->module, "diary-week");
	entry_set(h, &h->date, "2026-11-29");
	uint64_t hid = diary_add(d, h, &err);

	ck_assert(j && rid && sid && pid && hid);
	ck_assert_int_eq(diary_save(d, &err), 0);
	ck_assert_int_eq(diary_dirty(d), 0);
	diary_close(d);

	char *path = file_in(dir, STORE_DIARY);
	ck_assert_int_eq(stat(path, &st), 0);
	ck_assert_int_eq(st.st_mode & 0777, 0600);
	free(path);

	ck_assert_int_eq(diary_open(dir, PASS, PASSLEN, &d, &err), 0);
	ck_assert_uint_eq(diary_count(d), 5);
	const struct entry *g = diary_get(d, j);
	ck_assert_str_eq(g->title, "Title ü");
	ck_assert_str_eq(g->text, "Line one\nLine two");
	ck_assert_uint_eq(g->n_tags, 1);
	ck_assert_str_eq(g->tags[0], "evening");
	ck_assert_int_eq(g->created.epoch, g->edited.epoch);
	g = diary_get(d, rid);
	ck_assert_str_eq(g->module, "urge-surfing");
	ck_assert_uint_eq(g->n_answers, 3);
	ck_assert_str_eq(entry_answer(g, "strength"), "6");
	ck_assert_str_eq(entry_answer(g, "helped"), "breathing,walk");
	ck_assert(entry_value_has(entry_answer(g, "helped"), "walk"));
	ck_assert(!entry_value_has(entry_answer(g, "helped"), "wal"));
	ck_assert_int_eq(g->complete, 1);
	ck_assert_uint_eq(g->step, 4);
	g = diary_get(d, sid);
	ck_assert_int_eq(g->score, -3);
	ck_assert_str_eq(g->band, "Low");
	g = diary_get(d, pid);
	ck_assert_str_eq(g->plan[PLAN_WARNING_SIGNS], "Staying up late alone");
	ck_assert_ptr_null(g->plan[PLAN_ALONE]);
	g = diary_get(d, hid);
	ck_assert_str_eq(g->date, "2026-11-29");
	ck_assert_ptr_eq(diary_latest(d, ENTRY_RECORD, "urge-surfing"), diary_get(d, rid));
	ck_assert_ptr_null(diary_latest(d, ENTRY_RECORD, "other"));
	struct diary_costs c = diary_costs_of(d);
	ck_assert_uint_eq(c.opslimit, min_costs.opslimit);
	ck_assert_uint_eq(c.memlimit, min_costs.memlimit);
	diary_close(d);

	ck_assert_int_eq(diary_create(dir, PASS, PASSLEN, &min_costs, &d, &err), -1);
	ck_assert_int_eq(err.status, DIARY_ERR_EXISTS);
	scratch_free(dir);
}
END_TEST

START_TEST(order_edit_delete)
{
	char *dir = scratch_dir();
	struct diary *d;
	struct diary_error err;
	ck_assert_int_eq(diary_create(dir, PASS, PASSLEN, &min_costs, &d, &err), 0);
	int64_t base = 1700000000;
	uint64_t ids[3];
	for (int i = 0; i < 3; i++) {
		struct entry *e = journal(NULL, "x");
		/* Added out of order: 2nd, 0th, 1st in time. */
		e->created = entry_time_local(base + ((i + 2) % 3) * 3600);
		ids[i] = diary_add(d, e, &err);
	}
	ck_assert_uint_eq(diary_at(d, 0)->id, ids[0]);
	ck_assert_uint_eq(diary_at(d, 1)->id, ids[2]);
	ck_assert_uint_eq(diary_at(d, 2)->id, ids[1]);
	ck_assert_ptr_null(diary_at(d, 3));

	struct entry *c = entry_copy(diary_get(d, ids[1]));
	entry_set(c, &c->text, "changed");
	ck_assert_int_eq(diary_replace(d, ids[1], c, &err), 0);
	const struct entry *g = diary_get(d, ids[1]);
	ck_assert_str_eq(g->text, "changed");
	ck_assert_int_eq(g->created.epoch, base);
	ck_assert_int_gt(g->edited.epoch, g->created.epoch);
	/* The same words again are no edit: the time it was made stays the only one. */
	ck_assert_int_eq(diary_replace(d, ids[2], entry_copy(diary_get(d, ids[2])), &err), 0);
	ck_assert_int_eq(diary_get(d, ids[2])->edited.epoch, diary_get(d, ids[2])->created.epoch);

	/* A different kind, a missing entry and an invalid entry are refused. */
	ck_assert_int_eq(diary_replace(d, ids[1], entry_new(ENTRY_RECORD), &err), -1);
	ck_assert_int_eq(err.status, DIARY_ERR_INVALID);
	ck_assert_int_eq(diary_replace(d, 999, journal(NULL, "y"), &err), -1);
	ck_assert_uint_eq(diary_add(d, entry_new(ENTRY_JOURNAL), &err), 0);
	ck_assert_uint_eq(diary_add(d, entry_new(ENTRY_RECORD), &err), 0);
	struct entry *bad = entry_new(ENTRY_HOMEWORK);
	entry_set(bad, &bad->module, "m");
	entry_set(bad, &bad->date, "2026-02-30");
	ck_assert_uint_eq(diary_add(d, bad, &err), 0);
	ck_assert_uint_eq(diary_add(d, journal(NULL, "bad \xff utf-8"), &err), 0);

	ck_assert_int_eq(diary_delete(d, ids[0], &err), 0);
	ck_assert_int_eq(diary_delete(d, ids[0], &err), -1);
	ck_assert_uint_eq(diary_count(d), 2);
	ck_assert_int_eq(diary_save(d, &err), 0);
	/* Ids are never reused. */
	uint64_t again = diary_add(d, journal(NULL, "z"), &err);
	ck_assert_uint_gt(again, ids[2]);
	ck_assert_int_eq(diary_save(d, &err), 0);
	diary_close(d);
	ck_assert_int_eq(diary_open(dir, PASS, PASSLEN, &d, &err), 0);
	ck_assert_uint_eq(diary_count(d), 3);
	ck_assert_ptr_null(diary_get(d, ids[0]));
	diary_close(d);
	scratch_free(dir);
}
END_TEST

START_TEST(wrong_passphrase)
{
	char *dir = small_diary();
	struct diary *d;
	struct diary_error err;
	ck_assert_int_eq(diary_open(dir, "wrong", 5, &d, &err), -1);
	ck_assert_ptr_null(d);
	ck_assert_int_eq(err.status, DIARY_ERR_PASSPHRASE);
	ck_assert_int_eq(diary_open(dir, PASS, PASSLEN - 1, &d, &err), -1);
	ck_assert_int_eq(err.status, DIARY_ERR_PASSPHRASE);
	ck_assert_int_eq(diary_open(dir, "", 0, &d, &err), -1);
	ck_assert_int_eq(err.status, DIARY_ERR_PASSPHRASE);
	ck_assert_int_eq(diary_open(dir, PASS, PASSLEN, &d, &err), 0);
	diary_close(d);
	ck_assert_int_eq(diary_create(dir, "", 0, &min_costs, &d, &err), -1);
	scratch_free(dir);
}
END_TEST

/* Opens a container in memory the way diary_open() does; the status. */
static int open_bytes(const unsigned char *p, size_t n)
{
	struct cryptfile_keys k;
	unsigned char *body;
	size_t blen;
	enum cryptfile_status st = cryptfile_open(p, n, PASS, PASSLEN, &k, &body, &blen);
	if (st != CRYPTFILE_OK)
		return st;
	struct entry **v;
	size_t ne;
	uint64_t next;
	int rc = codec_decode(body, blen, &v, &ne, &next);
	cryptfile_keys_wipe(&k);
	if (rc == 0) {
		for (size_t i = 0; i < ne; i++)
			entry_free(v[i]);
		free(v);
	}
	secbuf_free(body); /* after the entries, whose strings live in it */
	return rc < 0 ? -1 : 0;
}

/* Sealing streams the body a chunk at a time and pads only the last one:
 * at every boundary of blocks and chunks the size is as predicted, the
 * layout is as the format says, and the body comes back. */
START_TEST(sealed_sizes_at_every_boundary)
{
	struct cryptfile_keys k;
	ck_assert_int_eq(
	        cryptfile_new_keys(PASS, PASSLEN, min_costs.opslimit, min_costs.memlimit, &k),
	        CRYPTFILE_OK);
	enum { C = CRYPTFILE_CHUNK, B = CRYPTFILE_PAD_BLOCK };
	static const size_t lens[] = {0,     1,         B - 1,     B,         B + 1,
	                              C - 1, C,         C + 1,     C + B - 1, C + B,
	                              2 * C, 2 * C + 7, 3 * C - B, 3 * C - 1};
	unsigned char *body = malloc(3 * C);
	ck_assert_ptr_nonnull(body);
	for (size_t i = 0; i < 3 * C; i++)
		body[i] = (unsigned char)(i * 7 + 3);
	for (size_t i = 0; i < sizeof lens / sizeof lens[0]; i++) {
		size_t len = lens[i];
		unsigned char *file, *out;
		size_t flen, olen;
		cryptfile_seal(&k, body, len, &file, &flen);
		ck_assert_uint_eq(flen, cryptfile_sealed_size(len));
		/* Padded to the next whole block (always at least one byte), and
		 * 17 bytes of overhead per 64 KiB chunk. */
		size_t padded = (len / B + 1) * B;
		ck_assert_uint_eq(flen, CRYPTFILE_HEADER_BYTES + 24 + padded +
		                                17 * ((padded + C - 1) / C));
		struct cryptfile_keys k2;
		ck_assert_int_eq(cryptfile_open(file, flen, PASS, PASSLEN, &k2, &out, &olen),
		                 CRYPTFILE_OK);
		ck_assert_uint_eq(olen, len);
		ck_assert(len == 0 || memcmp(out, body, len) == 0);
		secbuf_free(out);
		cryptfile_keys_wipe(&k2);
		free(file);
	}
	free(body);
	cryptfile_keys_wipe(&k);
}
END_TEST

START_TEST(every_bit_flip)
{
	char *dir = small_diary();
	char *path = file_in(dir, STORE_DIARY);
	size_t len = 0;
	unsigned char *f = slurp(path, &len);
	ck_assert_int_eq(open_bytes(f, len), 0);
	size_t bits = len * 8;
	for (size_t b = 0; b < bits; b++) {
		f[b / 8] ^= (unsigned char)(1u << (b % 8));
		int st = open_bytes(f, len);
		if (st == 0)
			ck_abort_msg("bit %zu flipped went unnoticed", b);
		/* Damage is damage, wherever it is: never "wrong passphrase". */
		if (st != CRYPTFILE_CORRUPT)
			ck_abort_msg("bit %zu flipped: status %d, not damaged", b, st);
		f[b / 8] ^= (unsigned char)(1u << (b % 8));
	}
	/* Through the whole stack for a sample of them, file and all. */
	struct diary *d;
	struct diary_error err;
	for (size_t b = 0; b < bits; b += 331) {
		f[b / 8] ^= (unsigned char)(1u << (b % 8));
		spit(path, f, len);
		ck_assert_int_eq(diary_open(dir, PASS, PASSLEN, &d, &err), -1);
		ck_assert_int_eq(err.status, DIARY_ERR_CORRUPT);
		f[b / 8] ^= (unsigned char)(1u << (b % 8));
	}
	spit(path, f, len);
	ck_assert_int_eq(diary_open(dir, PASS, PASSLEN, &d, &err), 0);
	diary_close(d);
	free(f);
	free(path);
	scratch_free(dir);
}
END_TEST

/* Every bit of the header, flipped: the diary says it is damaged (or, for
 * the magic, not a diary), never that the passphrase is wrong. */
START_TEST(header_flips_say_damaged)
{
	char *dir = small_diary();
	char *path = file_in(dir, STORE_DIARY);
	size_t len = 0;
	unsigned char *f = slurp(path, &len);
	for (size_t b = 0; b < CRYPTFILE_HEADER_BYTES * 8; b++) {
		f[b / 8] ^= (unsigned char)(1u << (b % 8));
		int st = open_bytes(f, len);
		if (st != CRYPTFILE_CORRUPT)
			ck_abort_msg("bit %zu of the header flipped: status %d, not damaged", b,
			             st);
		f[b / 8] ^= (unsigned char)(1u << (b % 8));
	}
	/* Through the whole stack, for one flip in each field. */
	static const size_t bytes[] = {0, 8, 9, 10, 11, 12, 20, 28, 44, 68, 116, 147};
	for (size_t i = 0; i < sizeof bytes / sizeof bytes[0]; i++) {
		f[bytes[i]] ^= 0x10;
		spit(path, f, len);
		struct diary *d;
		struct diary_error err;
		ck_assert_int_eq(diary_open(dir, PASS, PASSLEN, &d, &err), -1);
		ck_assert_int_eq(err.status, DIARY_ERR_CORRUPT);
		ck_assert_msg(strstr(err.msg, "damaged"), "byte %zu: %s", bytes[i], err.msg);
		f[bytes[i]] ^= 0x10;
	}
	free(f);
	free(path);
	scratch_free(dir);
}
END_TEST

/* A diary made by steady 0.1.0 (format version 1, tests/data/diary-v1)
 * still opens, and its next save writes version 2. */
START_TEST(version_1_opens_and_is_upgraded)
{
	size_t len = 0;
	unsigned char *v1 = slurp(TEST_DATA "/diary-v1/diary", &len);
	ck_assert_ptr_nonnull(v1);
	ck_assert_uint_eq(v1[8], 1);
	char *dir = scratch_dir();
	ck_assert_int_eq(mkdir(dir, 0700), 0);
	char *path = file_in(dir, STORE_DIARY);
	spit(path, v1, len);
	struct diary *d;
	struct diary_error err;
	ck_assert_int_eq(diary_open(dir, "wrong", 5, &d, &err), -1);
	ck_assert_int_eq(err.status, DIARY_ERR_PASSPHRASE);
	ck_assert_msg(diary_open(dir, PASS, PASSLEN, &d, &err) == 0, "%s", err.msg);
	ck_assert_uint_eq(diary_count(d), 2);
	ck_assert_str_eq(diary_get(d, 1)->title, "A first entry");
	ck_assert_uint_eq(diary_add(d, journal(NULL, "After the upgrade."), &err), 3);
	ck_assert_int_eq(diary_save(d, &err), 0);
	diary_close(d);
	size_t n = 0;
	unsigned char *v2 = slurp(path, &n);
	ck_assert_uint_eq(v2[8], 2);
	ck_assert_uint_eq(n, cryptfile_sealed_size(1));
	ck_assert_int_eq(open_bytes(v2, n), 0);
	ck_assert_int_eq(diary_open(dir, PASS, PASSLEN, &d, &err), 0);
	ck_assert_uint_eq(diary_count(d), 3);
	diary_close(d);
	/* The backup is the version 1 file as it was, and opens too. */
	char *bak = file_in(dir, STORE_BACKUP);
	size_t bn = 0;
	unsigned char *b = slurp(bak, &bn);
	ck_assert(bn == len && memcmp(b, v1, len) == 0);
	ck_assert_int_eq(open_bytes(b, bn), 0);
	free(b);
	free(bak);
	free(v2);
	free(v1);
	free(path);
	scratch_free(dir);
}
END_TEST

START_TEST(every_truncation)
{
	char *dir = small_diary();
	char *path = file_in(dir, STORE_DIARY);
	size_t len = 0;
	unsigned char *f = slurp(path, &len);
	for (size_t n = 0; n < len; n++)
		if (open_bytes(f, n) != CRYPTFILE_CORRUPT)
			ck_abort_msg("file cut to %zu of %zu bytes: not said to be damaged", n,
			             len);
	/* Extra bytes after the final chunk are refused too. */
	unsigned char *g = malloc(len + 1);
	memcpy(g, f, len);
	g[len] = 0;
	ck_assert_int_ne(open_bytes(g, len + 1), 0);
	free(g);
	struct diary *d;
	struct diary_error err;
	for (size_t n = 0; n < len; n += 97) {
		spit(path, f, n);
		ck_assert_int_eq(diary_open(dir, PASS, PASSLEN, &d, &err), -1);
		ck_assert_int_ne(err.status, DIARY_ERR_PASSPHRASE);
	}
	free(f);
	free(path);
	scratch_free(dir);
}
END_TEST

static void put64(unsigned char *p, uint64_t v)
{
	for (int i = 0; i < 8; i++)
		p[i] = (unsigned char)(v >> (8 * i));
}

/* Writes the version 2 checksum of a changed header again, as a forger
 * (or a newer steady) would: the reader then looks past it. */
static void resum(unsigned char *f)
{
	crypto_generichash(f + CRYPTFILE_HEADER_V1, CRYPTFILE_CHECKSUM_BYTES, f,
	                   CRYPTFILE_HEADER_V1, NULL, 0);
}

/* Writes f with one change and checks diary_open refuses it quickly. */
static void refused_fast(const char *dir, const unsigned char *f, size_t len,
                         enum diary_status want)
{
	char *path = file_in(dir, STORE_DIARY);
	spit(path, f, len);
	struct diary *d;
	struct diary_error err;
	double t0 = now_seconds();
	ck_assert_int_eq(diary_open(dir, PASS, PASSLEN, &d, &err), -1);
	double dt = now_seconds() - t0;
	ck_assert_int_eq(err.status, want);
	ck_assert_msg(dt < 0.05, "refusing took %.3f s", dt);
	free(path);
}

START_TEST(hostile_headers)
{
	char *dir = small_diary();
	char *path = file_in(dir, STORE_DIARY);
	size_t len = 0;
	unsigned char *orig = slurp(path, &len);
	unsigned char *f = malloc(len);

	/* Costs out of bounds (with the checksum made to match, else the file
	 * is only damaged) are refused before any key derivation. */
	static const struct {
		size_t off;
		uint64_t v;
	} costs[] = {
	        {20, 64ULL << 30}, /* 64 GiB */
	        {20, DIARY_MEMLIMIT_MAX + 1024},
	        {20, 0},
	        {20, UINT64_MAX},
	        {12, 1ULL << 40}, /* an hour and more */
	        {12, DIARY_OPSLIMIT_MAX + 1},
	        {12, 0},
	};
	for (size_t i = 0; i < sizeof costs / sizeof costs[0]; i++) {
		memcpy(f, orig, len);
		put64(f + costs[i].off, costs[i].v);
		refused_fast(dir, f, len, DIARY_ERR_CORRUPT);
		resum(f);
		refused_fast(dir, f, len, DIARY_ERR_UNSUPPORTED);
	}
	/* A newer version, algorithm or flags: refused as unknown when the
	 * checksum matches, as damaged when it does not. */
	static const size_t at[] = {8, 9, 10, 11};
	static const unsigned char to[] = {3, 1, 2, 1};
	for (size_t i = 0; i < 4; i++) {
		memcpy(f, orig, len);
		f[at[i]] = to[i];
		refused_fast(dir, f, len, DIARY_ERR_CORRUPT);
		resum(f);
		refused_fast(dir, f, len, DIARY_ERR_UNSUPPORTED);
	}

	memcpy(f, orig, len);
	f[0] = 'X'; /* magic */
	refused_fast(dir, f, len, DIARY_ERR_CORRUPT);
	memcpy(f, "NOTADIARY", 9);
	resum(f);
	refused_fast(dir, f, len, DIARY_ERR_CORRUPT); /* "not a steady diary" */
	refused_fast(dir, f, 0, DIARY_ERR_CORRUPT);
	refused_fast(dir, orig, 7, DIARY_ERR_CORRUPT);
	refused_fast(dir, orig, 12, DIARY_ERR_CORRUPT);
	refused_fast(dir, orig, CRYPTFILE_HEADER_BYTES, DIARY_ERR_CORRUPT);

	/* A folder or a FIFO in place of the file (refused without waiting for a
	 * writer), and a file too large. */
	ck_assert_int_eq(unlink(path), 0);
	ck_assert_int_eq(mkdir(path, 0700), 0);
	struct diary *d;
	struct diary_error err;
	ck_assert_int_eq(diary_open(dir, PASS, PASSLEN, &d, &err), -1);
	ck_assert_int_eq(err.status, DIARY_ERR_CORRUPT);
	ck_assert_int_eq(rmdir(path), 0);
	ck_assert_int_eq(mkfifo(path, 0600), 0);
	ck_assert_int_eq(diary_open(dir, PASS, PASSLEN, &d, &err), -1);
	ck_assert_int_eq(err.status, DIARY_ERR_CORRUPT);
	ck_assert_ptr_nonnull(strstr(err.msg, "not a regular file"));
	ck_assert_int_eq(unlink(path), 0);
	int fd = open(path, O_WRONLY | O_CREAT, 0600);
	ck_assert_int_eq(ftruncate(fd, (off_t)CRYPTFILE_MAX_FILE + 1), 0);
	close(fd);
	ck_assert_int_eq(diary_open(dir, PASS, PASSLEN, &d, &err), -1);
	ck_assert_int_eq(err.status, DIARY_ERR_CORRUPT);

	spit(path, orig, len);
	ck_assert_int_eq(diary_open(dir, PASS, PASSLEN, &d, &err), 0);
	diary_close(d);
	free(f);
	free(orig);
	free(path);
	scratch_free(dir);
}
END_TEST

/* Checks no 5-byte piece of text occurs in any file of the folder. */
static void no_plaintext(const char *dir, const char *text)
{
	static const char *const names[] = {STORE_DIARY, STORE_BACKUP, STORE_LOCK};
	for (size_t i = 0; i < 3; i++) {
		char *p = file_in(dir, names[i]);
		size_t len;
		unsigned char *f = slurp(p, &len);
		for (size_t o = 0; f && o + 5 <= strlen(text); o++)
			if (has_bytes(f, len, text + o, 5))
				ck_abort_msg("'%.5s' of '%s' found in %s", text + o, text, p);
		free(f);
		free(p);
	}
}

static const char *const secrets[] = {
        "Tonight the urge came at eleven and I went for a walk instead.",
        "Sehr viel Ärger bei der Arbeit, danach allein am Rechner.",
        "I told my counsellor about the last time; it was a relief.",
};

START_TEST(nothing_plain_on_disk)
{
	char *dir = scratch_dir();
	struct diary *d;
	struct diary_error err;
	ck_assert_int_eq(diary_create(dir, PASS, PASSLEN, &min_costs, &d, &err), 0);
	for (size_t i = 0; i < 3; i++) {
		struct entry *e = journal("Private title words", secrets[i]);
		entry_add_tag(e, "loneliness-tag");
		diary_add(d, e, &err);
		struct entry *r = entry_new(ENTRY_RECORD);
		entry_set(r, &r->module, "urge-surfing-module");
		entry_set_answer(r, "notes", secrets[i]);
		diary_add(d, r, &err);
		ck_assert_int_eq(diary_save(d, &err), 0);
	}
	diary_close(d);
	for (size_t i = 0; i < 3; i++)
		no_plaintext(dir, secrets[i]);
	no_plaintext(dir, "Private title words");
	no_plaintext(dir, "loneliness-tag");
	no_plaintext(dir, "urge-surfing-module");
	char *bak = file_in(dir, STORE_BACKUP);
	struct stat st;
	ck_assert_int_eq(stat(bak, &st), 0);
	ck_assert_int_eq(st.st_mode & 0777, 0600);
	free(bak);
	scratch_free(dir);
}
END_TEST

/* Opens a copy of the backup as a diary of its own; the number of entries. */
static size_t open_backup(const char *dir, const char *must_not_have)
{
	char *other = scratch_dir();
	ck_assert_int_eq(mkdir(other, 0700), 0);
	char *bak = file_in(dir, STORE_BACKUP), *to = file_in(other, STORE_DIARY);
	size_t len = 0;
	unsigned char *f = slurp(bak, &len);
	ck_assert_ptr_nonnull(f);
	spit(to, f, len);
	struct diary *d;
	struct diary_error err;
	ck_assert_int_eq(diary_open(other, PASS, PASSLEN, &d, &err), 0);
	size_t n = diary_count(d);
	if (must_not_have) {
		struct entry_list l = diary_search(d, must_not_have);
		ck_assert_uint_eq(l.n, 0);
		diary_list_free(&l);
	}
	diary_close(d);
	free(f);
	free(bak);
	free(to);
	scratch_free(other);
	return n;
}

START_TEST(backup_rotation_and_purge)
{
	char *dir = scratch_dir();
	struct diary *d;
	struct diary_error err;
	ck_assert_int_eq(diary_create(dir, PASS, PASSLEN, &min_costs, &d, &err), 0);
	uint64_t gone = diary_add(d, journal(NULL, "REMOVE-THIS-SENTENCE please"), &err);
	ck_assert_int_eq(diary_save(d, &err), 0);
	diary_add(d, journal(NULL, "second"), &err);
	ck_assert_int_eq(diary_save(d, &err), 0);
	diary_add(d, journal(NULL, "third"), &err);
	ck_assert_int_eq(diary_save(d, &err), 0);
	/* A plain save keeps the previous version. */
	ck_assert_uint_eq(open_backup(dir, NULL), 2);

	ck_assert_int_eq(diary_delete(d, gone, &err), 0);
	ck_assert_int_eq(diary_save(d, &err), 0);
	/* After a deletion the backup no longer holds the deleted text. */
	ck_assert_uint_eq(open_backup(dir, "REMOVE-THIS"), 2);
	/* It is the new version, written in the same pass: the same bytes, in
	 * a file of its own, so one damaged file does not take both. */
	{
		char *cur = file_in(dir, STORE_DIARY), *bak = file_in(dir, STORE_BACKUP);
		struct stat sc, sb;
		ck_assert_int_eq(stat(cur, &sc), 0);
		ck_assert_int_eq(stat(bak, &sb), 0);
		ck_assert(sc.st_ino != sb.st_ino);
		size_t nc = 0, nb = 0;
		unsigned char *pc = slurp(cur, &nc), *pb = slurp(bak, &nb);
		ck_assert_uint_eq(nc, nb);
		ck_assert(memcmp(pc, pb, nc) == 0);
		free(pc);
		free(pb);
		free(cur);
		free(bak);
	}

	uint64_t edited = diary_add(d, journal(NULL, "OLD-WORDING here"), &err);
	ck_assert_int_eq(diary_save(d, &err), 0);
	diary_add(d, journal(NULL, "fourth"), &err);
	ck_assert_int_eq(diary_save(d, &err), 0);
	struct entry *c = entry_copy(diary_get(d, edited));
	entry_set(c, &c->text, "new wording");
	ck_assert_int_eq(diary_replace(d, edited, c, &err), 0);
	ck_assert_int_eq(diary_save(d, &err), 0);
	ck_assert_uint_eq(open_backup(dir, "OLD-WORDING"), 4);
	diary_close(d);
	ck_assert_int_eq(diary_open(dir, PASS, PASSLEN, &d, &err), 0);
	struct entry_list l = diary_search(d, "old-wording");
	ck_assert_uint_eq(l.n, 0);
	diary_list_free(&l);
	diary_close(d);
	scratch_free(dir);
}
END_TEST

START_TEST(lock_in_process_and_between_processes)
{
	char *dir = small_diary();
	struct diary *d, *d2;
	struct diary_error err;
	ck_assert_int_eq(diary_open(dir, PASS, PASSLEN, &d, &err), 0);
	ck_assert_int_eq(diary_open(dir, PASS, PASSLEN, &d2, &err), -1);
	ck_assert_int_eq(err.status, DIARY_ERR_LOCKED);
	ck_assert_ptr_nonnull(strstr(err.msg, "open in another steady window"));
	ck_assert_int_eq(diary_wipe(dir, &quiet, &err), -1);
	ck_assert_int_eq(err.status, DIARY_ERR_LOCKED);

	int up[2], down[2];
	ck_assert_int_eq(pipe(up), 0);
	ck_assert_int_eq(pipe(down), 0);
	pid_t pid = fork();
	ck_assert_int_ge(pid, 0);
	if (pid == 0) {
		struct diary *c;
		struct diary_error e;
		char r = diary_open(dir, PASS, PASSLEN, &c, &e) == 0 ? 'o' : (char)('0' + e.status);
		if (write(up[1], &r, 1) != 1)
			_exit(2);
		_exit(0);
	}
	char r;
	ck_assert_int_eq(read(up[0], &r, 1), 1);
	ck_assert_int_eq(r, '0' + DIARY_ERR_LOCKED);
	waitpid(pid, NULL, 0);

	/* Locked: keys and entries gone, the file lock kept. */
	diary_add(d, journal(NULL, "added before locking"), &err);
	ck_assert_int_eq(diary_lock(d, &err), 0);
	ck_assert(diary_is_locked(d));
	ck_assert_uint_eq(diary_count(d), 0);
	ck_assert_int_eq(diary_save(d, &err), -1);
	ck_assert_uint_eq(diary_add(d, journal(NULL, "x"), &err), 0);
	ck_assert_int_eq(diary_open(dir, PASS, PASSLEN, &d2, &err), -1);
	ck_assert_int_eq(err.status, DIARY_ERR_LOCKED);
	ck_assert_int_eq(diary_unlock(d, "nope", 4, &err), -1);
	ck_assert_int_eq(err.status, DIARY_ERR_PASSPHRASE);
	ck_assert(diary_is_locked(d));
	ck_assert_int_eq(diary_unlock(d, PASS, PASSLEN, &err), 0);
	ck_assert_uint_eq(diary_count(d), 3);
	diary_close(d);

	ck_assert_int_eq(diary_open(dir, PASS, PASSLEN, &d2, &err), 0);
	diary_close(d2);
	close(up[0]);
	close(up[1]);
	close(down[0]);
	close(down[1]);
	scratch_free(dir);
}
END_TEST

START_TEST(passwd_and_wipe)
{
	char *dir = small_diary();
	struct diary *d;
	struct diary_error err;
	ck_assert_int_eq(diary_open(dir, PASS, PASSLEN, &d, &err), 0);
	ck_assert_int_eq(diary_passwd(d, "", 0, NULL, &err), -1);
	ck_assert_int_eq(diary_passwd(d, "new one", 7, NULL, &err), 0);
	diary_close(d);
	ck_assert_int_eq(diary_open(dir, PASS, PASSLEN, &d, &err), -1);
	ck_assert_int_eq(err.status, DIARY_ERR_PASSPHRASE);
	ck_assert_int_eq(diary_open(dir, "new one", 7, &d, &err), 0);
	ck_assert_uint_eq(diary_count(d), 2);
	diary_close(d);
	/* The backup does not open with the old passphrase either. */
	char *bak = file_in(dir, STORE_BACKUP);
	size_t len = 0;
	unsigned char *f = slurp(bak, &len);
	ck_assert_ptr_nonnull(f);
	ck_assert_int_eq(open_bytes(f, len), CRYPTFILE_BAD_KEY);
	free(f);

	ck_assert_int_eq(diary_wipe(dir, &quiet, &err), 0);
	ck_assert(!diary_exists(dir));
	ck_assert_int_eq(access(bak, F_OK), -1);
	ck_assert_int_eq(access(dir, F_OK), -1);
	ck_assert_int_eq(diary_wipe(dir, &quiet, &err), -1);
	ck_assert_int_eq(err.status, DIARY_ERR_NOT_FOUND);
	free(bak);
	scratch_free(dir);
}
END_TEST

/* Wipe deletes every file steady made (the diary, its backup, the lock,
 * temporary files, the 'diary.damaged' its advice makes), overwriting them
 * first, and says so for each; what it did not make stays, and a copy
 * linked from elsewhere is not overwritten. With only a backup left, it
 * still wipes. */
START_TEST(wipe_removes_every_file)
{
	char *dir = small_diary();
	char *diary = file_in(dir, STORE_DIARY);
	size_t len;
	unsigned char *f = slurp(diary, &len);
	static const char *const made[] = {"diary.new", "diary.bak.new", "diary.damaged",
	                                   "diary.old"};
	for (size_t i = 0; i < 4; i++) {
		char *p = file_in(dir, made[i]);
		spit(p, f, len);
		free(p);
	}
	char *mine = file_in(dir, "notes.txt"), *damaged = file_in(dir, "diary.old");
	spit(mine, "my own file", 11);
	char outside[4200];
	snprintf(outside, sizeof outside, "%s.linked", dir);
	ck_assert_int_eq(link(damaged, outside), 0);
	int held = open(diary, O_RDONLY); /* keeps the diary's blocks to look at */
	ck_assert_int_ge(held, 0);

	struct said s = {.n = 0};
	struct diary_wipe_report r = {said_file, said_folder, &s};
	struct diary_error err;
	ck_assert_int_eq(diary_wipe(dir, &r, &err), 0);
	static const char *const names[] = {"diary",         "diary.bak", "diary.bak.new",
	                                    "diary.damaged", "diary.new", "diary.old",
	                                    "diary.lock"};
	static const enum diary_wiped fates[] = {DIARY_WIPED_OVERWRITTEN, DIARY_WIPED_OVERWRITTEN,
	                                         DIARY_WIPED_OVERWRITTEN, DIARY_WIPED_OVERWRITTEN,
	                                         DIARY_WIPED_OVERWRITTEN, DIARY_WIPED_LINKED,
	                                         DIARY_WIPED_EMPTY};
	ck_assert_int_eq(s.n, 7);
	for (int i = 0; i < 7; i++) {
		ck_assert_str_eq(s.names[i], names[i]);
		ck_assert_int_eq(s.what[i], fates[i]);
		char *p = file_in(dir, names[i]);
		ck_assert_int_eq(access(p, F_OK), -1);
		free(p);
	}
	ck_assert_int_eq(s.folder, ENOTEMPTY);
	ck_assert_int_eq(access(mine, F_OK), 0);
	/* The diary's own blocks hold zeros now; the copy linked from outside
	 * is as it was. */
	unsigned char buf[4096];
	ssize_t got = read(held, buf, sizeof buf);
	ck_assert_int_eq(got, (ssize_t)sizeof buf);
	for (size_t i = 0; i < sizeof buf; i++)
		ck_assert_uint_eq(buf[i], 0);
	close(held);
	size_t olen;
	unsigned char *o = slurp(outside, &olen);
	ck_assert(olen == len && memcmp(o, f, len) == 0);
	free(o);
	unlink(outside);

	/* Two names of one file in the folder: each is steady's by what it
	 * held before the zeros went through the first, and both go. */
	char *old = file_in(dir, STORE_OLD);
	spit(diary, f, len);
	ck_assert_int_eq(link(diary, old), 0);
	s.n = 0;
	ck_assert_int_eq(diary_wipe(dir, &r, &err), 0);
	ck_assert_int_eq(s.n, 3);
	ck_assert_str_eq(s.names[0], "diary");
	ck_assert_int_eq(s.what[0], DIARY_WIPED_OVERWRITTEN);
	ck_assert_str_eq(s.names[1], "diary.old");
	ck_assert_int_eq(s.what[1], DIARY_WIPED_OVERWRITTEN);
	ck_assert_int_eq(access(old, F_OK), -1);
	ck_assert_int_eq(access(diary, F_OK), -1);
	free(old);

	/* Only a backup left (the diary renamed away): wipe still finds it. */
	ck_assert_int_eq(unlink(mine), 0);
	char *bak = file_in(dir, STORE_BACKUP);
	spit(bak, f, len);
	s.n = 0;
	ck_assert_int_eq(diary_wipe(dir, &r, &err), 0);
	ck_assert_int_eq(s.n, 2); /* the backup, and the lock file the wipe took */
	ck_assert_str_eq(s.names[0], "diary.bak");
	ck_assert_int_eq(s.what[0], DIARY_WIPED_OVERWRITTEN);
	ck_assert_int_eq(s.folder, 0);
	ck_assert_int_eq(access(dir, F_OK), -1);
	free(bak);
	free(f);
	free(mine);
	free(damaged);
	free(diary);
	scratch_free(dir);
}
END_TEST

/* No rollback is seen in a diary used as steady uses it. */
static void not_rolled_back(const char *dir)
{
	struct diary *d;
	struct diary_error err;
	ck_assert_int_eq(diary_open(dir, PASS, PASSLEN, &d, &err), 0);
	char *n = diary_rollback_notice(d);
	ck_assert_msg(n == NULL, "%s", n);
	diary_close(d);
}

/* An older diary.bak put back beside a newer diary (it holds an entry
 * deleted since) is no rollback: nothing is said, and the next save
 * replaces it, so the deleted text does not stay. */
START_TEST(old_backup_put_back_is_not_a_rollback)
{
	char *dir = small_diary(); /* ids 1 and 2 */
	char *bak = file_in(dir, STORE_BACKUP);
	struct diary *d;
	struct diary_error err;
	ck_assert_int_eq(diary_open(dir, PASS, PASSLEN, &d, &err), 0);
	ck_assert_uint_eq(diary_add(d, journal(NULL, "three"), &err), 3);
	ck_assert_int_eq(diary_save(d, &err), 0); /* the backup: 1 and 2 */
	diary_close(d);
	size_t oldlen = 0;
	unsigned char *old = slurp(bak, &oldlen);
	ck_assert_int_eq(diary_open(dir, PASS, PASSLEN, &d, &err), 0);
	ck_assert_int_eq(diary_delete(d, 1, &err), 0);
	ck_assert_int_eq(diary_save(d, &err), 0);
	ck_assert_uint_eq(diary_add(d, journal(NULL, "four"), &err), 4);
	ck_assert_int_eq(diary_save(d, &err), 0);
	diary_close(d);
	spit(bak, old, oldlen); /* the old backup, put back */
	not_rolled_back(dir);
	ck_assert_int_eq(diary_open(dir, PASS, PASSLEN, &d, &err), 0);
	ck_assert_uint_eq(diary_add(d, journal(NULL, "five"), &err), 5);
	ck_assert_int_eq(diary_save(d, &err), 0);
	diary_close(d);
	size_t len = 0;
	unsigned char *now = slurp(bak, &len);
	ck_assert(len != oldlen || memcmp(now, old, len) != 0);
	ck_assert_int_eq(open_bytes(now, len), CRYPTFILE_OK);
	free(now);
	free(old);
	free(bak);
	scratch_free(dir);
}
END_TEST

/* An older copy put back as the diary is noticed from its backup: no id is
 * given twice, and the newer backup is kept until a purge replaces it. */
START_TEST(rollback_is_noticed)
{
	char *dir = small_diary(); /* ids 1 and 2 */
	not_rolled_back(dir);
	char *path = file_in(dir, STORE_DIARY), *bak = file_in(dir, STORE_BACKUP);
	size_t oldlen = 0;
	unsigned char *old = slurp(path, &oldlen);
	struct diary *d;
	struct diary_error err;
	for (int i = 0; i < 2; i++) { /* ids 3 and 4; the backup holds 1 to 3 */
		ck_assert_int_eq(diary_open(dir, PASS, PASSLEN, &d, &err), 0);
		ck_assert_uint_eq(diary_add(d, journal(NULL, "later"), &err), (uint64_t)(3 + i));
		ck_assert_int_eq(diary_save(d, &err), 0);
		diary_close(d);
		not_rolled_back(dir);
	}
	spit(path, old, oldlen); /* the older copy, put back */
	size_t baklen = 0;
	unsigned char *newer = slurp(bak, &baklen);
	ck_assert_int_eq(diary_open(dir, PASS, PASSLEN, &d, &err), 0);
	char *n = diary_rollback_notice(d);
	ck_assert_ptr_nonnull(n);
	ck_assert_msg(strstr(n, "up to number 3"), "%s", n);
	free(n);
	ck_assert_uint_eq(diary_count(d), 2);
	ck_assert_uint_eq(diary_add(d, journal(NULL, "after the rollback"), &err), 4);
	ck_assert_int_eq(diary_save(d, &err), 0);
	diary_close(d);
	/* The newer backup is as it was, and the next open still says so. */
	size_t l2 = 0;
	unsigned char *b2 = slurp(bak, &l2);
	ck_assert(l2 == baklen && memcmp(b2, newer, baklen) == 0);
	free(b2);
	/* Saved after the rollback, the diary is the newer file: the next
	 * open says nothing, and its first save replaces that backup. */
	not_rolled_back(dir);
	ck_assert_int_eq(diary_open(dir, PASS, PASSLEN, &d, &err), 0);
	ck_assert_uint_eq(diary_add(d, journal(NULL, "and one more"), &err), 5);
	ck_assert_int_eq(diary_save(d, &err), 0);
	diary_close(d);
	b2 = slurp(bak, &l2);
	ck_assert(l2 != baklen || memcmp(b2, newer, baklen) != 0);
	free(b2);
	not_rolled_back(dir);

	/* A deletion in the session that saw the rollback purges the backup. */
	spit(path, old, oldlen);
	spit(bak, newer, baklen);
	ck_assert_int_eq(diary_open(dir, PASS, PASSLEN, &d, &err), 0);
	n = diary_rollback_notice(d);
	ck_assert_ptr_nonnull(n);
	free(n);
	ck_assert_int_eq(diary_delete(d, 1, &err), 0);
	ck_assert_int_eq(diary_save(d, &err), 0);
	ck_assert_ptr_null(diary_rollback_notice(d));
	diary_close(d);
	not_rolled_back(dir);
	free(newer);
	free(old);
	free(bak);
	free(path);
	scratch_free(dir);
}
END_TEST

/* A backup left of an earlier diary is not kept beside a new one. */
START_TEST(init_refuses_a_stale_backup)
{
	char *dir = small_diary();
	char *diary = file_in(dir, STORE_DIARY);
	ck_assert_int_eq(unlink(diary), 0);
	struct diary *d;
	struct diary_error err;
	ck_assert_int_eq(diary_check_new(dir, &err), -1);
	ck_assert_int_eq(err.status, DIARY_ERR_EXISTS);
	ck_assert_ptr_nonnull(strstr(err.msg, "a backup of an earlier one"));
	ck_assert_int_eq(diary_create(dir, "another", 7, &min_costs, &d, &err), -1);
	ck_assert_int_eq(err.status, DIARY_ERR_EXISTS);
	ck_assert_int_eq(access(diary, F_OK), -1);
	ck_assert_int_eq(diary_wipe(dir, &quiet, &err), 0);
	ck_assert_int_eq(diary_check_new(dir, &err), 0);
	ck_assert_int_eq(diary_create(dir, "another", 7, &min_costs, &d, &err), 0);
	diary_close(d);
	free(diary);
	scratch_free(dir);
}
END_TEST

START_TEST(costs_from_environment)
{
	setenv("STEADY_DIARY_COSTS", "min", 1);
	struct diary_costs c = diary_costs_default();
	ck_assert_uint_eq(c.opslimit, crypto_pwhash_argon2id_OPSLIMIT_MIN);
	ck_assert_uint_eq(c.memlimit, crypto_pwhash_argon2id_MEMLIMIT_MIN);
	char *dir = scratch_dir();
	struct diary *d;
	struct diary_error err;
	ck_assert_int_eq(diary_create(dir, PASS, PASSLEN, NULL, &d, &err), 0);
	diary_close(d);
	ck_assert_int_eq(diary_open(dir, PASS, PASSLEN, &d, &err), 0);
	ck_assert_uint_eq(diary_costs_of(d).memlimit, crypto_pwhash_argon2id_MEMLIMIT_MIN);
	diary_close(d);
	unsetenv("STEADY_DIARY_COSTS");
	c = diary_costs_default();
	ck_assert_uint_eq(c.opslimit, crypto_pwhash_OPSLIMIT_MODERATE);
	ck_assert_uint_eq(c.memlimit, crypto_pwhash_MEMLIMIT_MODERATE);
	/* Without the switch, costs below INTERACTIVE are refused, quickly and
	 * with a message that says why. */
	double t0 = now_seconds();
	ck_assert_int_eq(diary_open(dir, PASS, PASSLEN, &d, &err), -1);
	ck_assert_int_eq(err.status, DIARY_ERR_WEAK);
	ck_assert_msg(strstr(err.msg, "too quick to guess"), "%s", err.msg);
	ck_assert_msg(strstr(err.msg, "steady diary passwd"), "%s", err.msg);
	ck_assert(now_seconds() - t0 < 0.05);
	char *other = scratch_dir();
	ck_assert_int_eq(diary_create(other, PASS, PASSLEN, &min_costs, &d, &err), -1);
	ck_assert_int_eq(err.status, DIARY_ERR_UNSUPPORTED);
	scratch_free(other);
	/* Costs out of bounds are refused when creating too. */
	struct diary_costs huge = {3, 2ULL << 30};
	ck_assert_int_eq(diary_create(dir, PASS, PASSLEN, &huge, &d, &err), -1);

	/* Without the switch, diary_open_weak() opens it, and passwd raises
	 * weak costs to the default. */
	ck_assert_int_eq(diary_open_weak(dir, PASS, PASSLEN, &d, &err), 0);
	ck_assert_int_eq(diary_passwd(d, "another one", 11, NULL, &err), 0);
	diary_close(d);
	ck_assert_int_eq(diary_open(dir, "another one", 11, &d, &err), 0);
	ck_assert_uint_eq(diary_costs_of(d).opslimit, crypto_pwhash_OPSLIMIT_MODERATE);
	ck_assert_uint_eq(diary_costs_of(d).memlimit, crypto_pwhash_MEMLIMIT_MODERATE);
	diary_close(d);
	setenv("STEADY_DIARY_COSTS", "min", 1);
	scratch_free(dir);
}
END_TEST

/* Decodes a fresh copy of the first len bytes of body (decoding works in
 * place, so the original must stay as it was for the next try) and frees
 * what came out. The result of codec_decode(). */
static int decode_copy(const unsigned char *body, size_t len, size_t *n)
{
	unsigned char *c = secbuf_alloc(len);
	memcpy(c, body, len);
	struct entry **out;
	uint64_t next;
	int rc = codec_decode(c, len, &out, n, &next);
	if (rc == 0) {
		for (size_t k = 0; k < *n; k++)
			entry_free(out[k]);
		free(out);
	}
	secbuf_free(c);
	return rc;
}

START_TEST(codec_decodes_in_place)
{
	struct entry *j = journal("A title", "Some text, with ä and 🙂.");
	j->id = 1;
	j->created = j->edited = entry_time_local(1800000000);
	entry_add_tag(j, "walk");
	entry_add_tag(j, "evening");
	struct entry *r = entry_new(ENTRY_RECORD);
	r->id = 2;
	r->created = r->edited = j->created;
	entry_set(r, &r->module, "coping");
	entry_set_answer(r, "q", "");     /* an empty value right after its question */
	entry_set_answer(r, "mood", "7"); /* one-byte values, so every shift is tight */
	entry_set_answer(r, "plan", "walk,call");
	const struct entry *v[2] = {j, r};
	unsigned char *body;
	size_t len;
	codec_encode(v, 2, 3, &body, &len);
	struct entry **out;
	size_t n;
	uint64_t next;
	ck_assert_int_eq(codec_decode(body, len, &out, &n, &next), 0);
	ck_assert_uint_eq(n, 2);
	/* Every string is what was written, and lies inside the body. */
	const unsigned char *lo = body, *hi = body + len;
#define IN_BODY(s) ck_assert((const unsigned char *)(s) >= lo && (const unsigned char *)(s) < hi)
	ck_assert_int_eq(out[0]->in_body, 1);
	ck_assert_str_eq(out[0]->title, "A title");
	ck_assert_str_eq(out[0]->text, "Some text, with ä and 🙂.");
	ck_assert_uint_eq(out[0]->n_tags, 2);
	ck_assert_str_eq(out[0]->tags[0], "walk");
	ck_assert_str_eq(out[0]->tags[1], "evening");
	IN_BODY(out[0]->text);
	IN_BODY(out[0]->tags[1]);
	ck_assert_str_eq(out[1]->module, "coping");
	ck_assert_uint_eq(out[1]->n_answers, 3);
	ck_assert_str_eq(out[1]->answers[0].question, "q");
	ck_assert_str_eq(out[1]->answers[0].value, "");
	ck_assert_str_eq(out[1]->answers[1].question, "mood");
	ck_assert_str_eq(out[1]->answers[1].value, "7");
	ck_assert_str_eq(out[1]->answers[2].value, "walk,call");
	IN_BODY(out[1]->answers[2].question);
	IN_BODY(out[1]->answers[2].value);
#undef IN_BODY
	/* A copy owns its strings and can be changed; the decoded entry stays. */
	struct entry *c = entry_copy(out[1]);
	ck_assert_int_eq(c->in_body, 0);
	entry_set_answer(c, "mood", "3");
	ck_assert_str_eq(entry_answer(out[1], "mood"), "7");
	entry_free(c);
	/* Freeing a decoded entry wipes its text where it lies. */
	char *text = out[0]->text;
	size_t tlen = strlen(text);
	entry_free(out[0]);
	for (size_t i = 0; i < tlen; i++)
		ck_assert_int_eq(text[i], 0);
	entry_free(out[1]);
	free(out);
	secbuf_free(body);
	entry_free(j);
	entry_free(r);
}
END_TEST

/* Changing an entry read from the diary (its strings are the body's) is a
 * bug that must stop at once rather than free memory that is not its own. */
START_TEST(in_body_entries_are_read_only)
{
	struct entry *j = journal("t", "text");
	j->id = 1;
	j->created = j->edited = entry_time_local(1800000000);
	const struct entry *v[1] = {j};
	unsigned char *body;
	size_t len;
	codec_encode(v, 1, 2, &body, &len);
	struct entry **out;
	size_t n;
	uint64_t next;
	ck_assert_int_eq(codec_decode(body, len, &out, &n, &next), 0);
	entry_set(out[0], &out[0]->title, "changed"); /* aborts */
}
END_TEST

START_TEST(codec_refuses_garbage)
{
	struct entry *e = journal("t", "text");
	e->id = 1;
	e->created = e->edited = entry_time_local(1800000000);
	const struct entry *v[1] = {e};
	unsigned char *body;
	size_t len = 0;
	codec_encode(v, 1, 2, &body, &len);
	size_t n;
	ck_assert_int_eq(decode_copy(body, len, &n), 0);
	ck_assert_uint_eq(n, 1);
	/* Every truncation and every byte value at every place: refused or sane. */
	for (size_t cut = 0; cut < len; cut++)
		ck_assert_int_eq(decode_copy(body, cut, &n), -1);
	for (size_t i = 0; i < len; i++) {
		unsigned char keep = body[i];
		for (int b = 0; b < 256; b++) {
			body[i] = (unsigned char)b;
			decode_copy(body, len, &n);
		}
		body[i] = keep;
	}
	/* next id not above every id */
	secbuf_free(body);
	codec_encode(v, 1, 1, &body, &len);
	ck_assert_int_eq(decode_copy(body, len, &n), -1);
	secbuf_free(body);
	entry_free(e);
}
END_TEST

static Suite *suite(void)
{
	Suite *s = suite_create("diary");
	TCase *tc = tcase_create("store");
	tcase_set_timeout(tc, 60);
	tcase_add_test(tc, round_trip);
	tcase_add_test(tc, order_edit_delete);
	tcase_add_test(tc, wrong_passphrase);
	tcase_add_test(tc, sealed_sizes_at_every_boundary);
	tcase_add_test(tc, every_bit_flip);
	tcase_add_test(tc, header_flips_say_damaged);
	tcase_add_test(tc, version_1_opens_and_is_upgraded);
	tcase_add_test(tc, every_truncation);
	tcase_add_test(tc, hostile_headers);
	tcase_add_test(tc, nothing_plain_on_disk);
	tcase_add_test(tc, backup_rotation_and_purge);
	tcase_add_test(tc, lock_in_process_and_between_processes);
	tcase_add_test(tc, passwd_and_wipe);
	tcase_add_test(tc, wipe_removes_every_file);
	tcase_add_test(tc, init_refuses_a_stale_backup);
	tcase_add_test(tc, rollback_is_noticed);
	tcase_add_test(tc, old_backup_put_back_is_not_a_rollback);
	tcase_add_test(tc, costs_from_environment);
	tcase_add_test(tc, codec_decodes_in_place);
	tcase_add_test(tc, codec_refuses_garbage);
	tcase_add_test_raise_signal(tc, in_body_entries_are_read_only, SIGABRT);
	suite_add_tcase(s, tc);
	return s;
}

int main(void)
{
	UNIT_NEED_TEST_BUILD(); /* weak key costs, or the test-only switches */
	return unit_run(suite());
}
