/* SPDX-FileCopyrightText: 2026 The steady authors */
/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * fuzz_diary_read.c: the diary reader on arbitrary bytes. The first byte
 * picks a path, so one corpus serves them all:
 *
 *   0  the rest is a decrypted body: codec_decode() straight, so the fuzzer
 *      reaches the body parser without having to forge a MAC;
 *   1  the rest is a body sealed here under a fixed key, then opened again
 *      (padding, chunking and the stream's final tag) and decoded as
 *      diary_open() decodes, without the UTF-8 check (codec_decode_trusted());
 *   2  the rest is a whole diary file: the header checks, and for cheap
 *      costs the key derivation, key unwrap and stream, with the
 *      passphrase "fuzz" (the seed diaries use it).
 *
 * Whatever decodes is then used as the screens and `steady diary` use it:
 * exported as Markdown and JSON, searched, counted for the charts, and
 * encoded again, which must give a body that decodes to the same bytes.
 *
 * With FUZZ_WRITE_SEEDS=DIR in the environment it writes the seed corpus
 * (a body, a sealed body and a diary file holding every kind of entry, an
 * empty one, and a diary of two stream chunks) into DIR and exits.
 */
#include "config.h"

#include <locale.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <sodium.h>

#include "diary/codec.h"
#include "diary/cryptfile.h"
#include "diary/diary.h"
#include "diary/entry.h"
#include "diary/export.h"
#include "diary/search.h"
#include "diary/secbuf.h"
#include "diary/stats.h"
#include "diary/store.h"
#include "util/xalloc.h"

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

#define PASS "fuzz"

static FILE *devnull;
static struct cryptfile_keys keys; /* for path 1 */
static struct diary *dy;           /* an empty diary to add decoded entries to */

/* Makes an empty diary with the cheapest costs, then removes its files:
 * the handle keeps working in memory and nothing is left behind. */
static void make_diary(void)
{
	const char *tmp = getenv("TMPDIR");
	char *dir = xasprintf("%s/fuzz-diary.XXXXXX", tmp && *tmp ? tmp : "/tmp");
	if (!mkdtemp(dir))
		abort();
	struct diary_costs c = {crypto_pwhash_argon2id_OPSLIMIT_MIN,
	                        crypto_pwhash_argon2id_MEMLIMIT_MIN};
	struct diary_error err;
	if (diary_create(dir, PASS, strlen(PASS), &c, &dy, &err) < 0) {
		fprintf(stderr, "fuzz_diary_read: %s\n", err.msg);
		abort();
	}
	static const char *const names[] = {STORE_DIARY, STORE_BACKUP, STORE_LOCK};
	for (size_t i = 0; i < sizeof names / sizeof *names; i++) {
		char *p = xasprintf("%s/%s", dir, names[i]);
		unlink(p);
		free(p);
	}
	rmdir(dir);
	free(dir);
}

/* Every kind of entry, with tags, answers and text beyond ASCII. */
static void seed_entries(struct entry **v)
{
	v[0] = entry_new(ENTRY_JOURNAL);
	entry_set(v[0], &v[0]->title, "Sunday");
	entry_set(v[0], &v[0]->text, "A hard evening.\nI went for a walk — it helped. Ärger, 😊");
	entry_add_tag(v[0], "evening");
	entry_add_tag(v[0], "walk");
	v[1] = entry_new(ENTRY_RECORD);
	entry_set(v[1], &v[1]->module, "urges");
	entry_set_answer(v[1], "strength", "7");
	entry_set_answer(v[1], "where", "home,phone");
	entry_set_answer(v[1], "note", "Rode it out.");
	v[1]->complete = 1;
	v[1]->step = 3;
	v[2] = entry_new(ENTRY_SELFCHECK);
	entry_set(v[2], &v[2]->module, "self-check");
	v[2]->score = 12;
	entry_set(v[2], &v[2]->band, "Some warning signs");
	v[3] = entry_new(ENTRY_SAFETY_PLAN);
	for (int s = 0; s < PLAN__COUNT; s++)
		entry_set(v[3], &v[3]->plan[s], entry_plan_name((enum plan_section)s));
	v[4] = entry_new(ENTRY_HOMEWORK);
	entry_set(v[4], &v[4]->module, "triggers");
	entry_set(v[4], &v[4]->date, "2026-11-29");
	for (int i = 0; i < 5; i++) {
		v[i]->id = (uint64_t)i + 1;
		v[i]->created.epoch = 1795000000 + i * 86400 + i * 3600;
		v[i]->created.offset = 3600;
		v[i]->edited = v[i]->created;
	}
	v[1]->edited.epoch += 60;
}

static void put_seed(const char *dir, const char *name, int mode, const unsigned char *p, size_t n)
{
	char *path = xasprintf("%s/%s", dir, name);
	FILE *f = fopen(path, "wb");
	if (!f || fputc(mode, f) == EOF || fwrite(p, 1, n, f) != n || fclose(f) != 0) {
		perror(path);
		exit(1);
	}
	free(path);
}

static void write_seeds(const char *dir)
{
	struct entry *v[5];
	seed_entries(v);
	for (size_t n = 0; n <= 5; n += 5) {
		unsigned char *b, *file;
		size_t blen, flen;
		codec_encode((const struct entry *const *)v, n, 100, &b, &blen);
		cryptfile_seal(&keys, b, blen, &file, &flen);
		put_seed(dir, n ? "body-all-kinds" : "body-empty", 0, b, blen);
		put_seed(dir, n ? "sealed-all-kinds" : "sealed-empty", 1, b, blen);
		put_seed(dir, n ? "diary-all-kinds" : "diary-empty", 2, file, flen);
		secbuf_free(b);
		free(file);
	}
	/* A body longer than one stream chunk (64 KiB), so the file has two. */
	char *big = xmalloc(70000);
	for (size_t i = 0; i < 69999; i++)
		big[i] = (char)('a' + i % 26);
	big[69999] = '\0';
	entry_set(v[0], &v[0]->text, big);
	free(big);
	unsigned char *b, *file;
	size_t blen, flen;
	codec_encode((const struct entry *const *)v, 1, 100, &b, &blen);
	cryptfile_seal(&keys, b, blen, &file, &flen);
	put_seed(dir, "diary-two-chunks", 2, file, flen);
	secbuf_free(b);
	free(file);
	for (int i = 0; i < 5; i++)
		entry_free(v[i]);
	exit(0);
}

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void)argc;
	(void)argv;
	setlocale(LC_ALL, "C.UTF-8");
	/* The cheapest costs, which a test build takes only when asked. */
	setenv("STEADY_DIARY_COSTS", "min", 1);
	devnull = fopen("/dev/null", "w");
	if (!devnull || secbuf_init() < 0 ||
	    cryptfile_new_keys(PASS, strlen(PASS), crypto_pwhash_argon2id_OPSLIMIT_MIN,
	                       crypto_pwhash_argon2id_MEMLIMIT_MIN, &keys) != CRYPTFILE_OK)
		abort();
	if (getenv("FUZZ_WRITE_SEEDS"))
		write_seeds(getenv("FUZZ_WRITE_SEEDS"));
	make_diary();
	return 0;
}

/* Uses the entries as the screens would. */
static void use_entries(struct entry **v, size_t n, int trusted)
{
	const struct entry *const *cv = (const struct entry *const *)v;
	for (size_t i = 0; i < n; i++) {
		const struct entry *e = v[i];
		export_entry_markdown(devnull, e, EXPORT_PRINTABLE);
		char when[32], day[16];
		entry_time_format(e->created, when);
		entry_time_date(e->edited, day);
		const char *needle = e->n_tags ? e->tags[0] : e->text ? e->text : "a";
		if (!search_contains(e->text ? e->text : needle, e->text ? e->text : needle))
			abort(); /* everything contains itself */
		if (e->kind == ENTRY_RECORD && e->n_answers) {
			const char *q = e->answers[0].question, *val = e->answers[0].value;
			struct stats_point *pts = NULL;
			free((stats_scale_daily(cv, n, q, &pts), pts));
			pts = NULL;
			free((stats_scale_weekly(cv, n, q, &pts), pts));
			pts = NULL;
			free((stats_weekly_counts(cv, n, q, val, &pts), pts));
			struct stats_count *counts = NULL;
			size_t nc = stats_choice_counts(cv, n, q, &counts);
			stats_counts_free(counts, nc);
			stats_count_answer(cv, n, q, val);
		}
		if (e->kind == ENTRY_SELFCHECK) {
			struct stats_point *pts = NULL;
			free((stats_selfcheck_scores(cv, n, e->module, &pts), pts));
		}
	}
	size_t map[7][STATS_BANDS];
	stats_week_map(cv, n, NULL, map);

	/* Through a diary handle: JSON export, search, select. */
	uint64_t *ids = n ? xcalloc(n, sizeof *ids) : NULL;
	struct diary_error err;
	for (size_t i = 0; i < n; i++) {
		/* A checked decode gives valid entries only; a trusted one may
		 * give text that is not UTF-8, which diary_add() then refuses. */
		int valid = codec_entry_valid(v[i]);
		if (!trusted && !valid)
			abort();
		if ((ids[i] = diary_add(dy, entry_copy(v[i]), &err)) == 0 && valid)
			abort(); /* a valid entry is added */
	}
	export_json(devnull, dy);
	export_markdown(devnull, dy, 0);
	struct entry_list l = diary_search(dy, n ? (v[0]->text ? v[0]->text : "x") : "");
	diary_list_free(&l);
	l = diary_select(dy, ENTRY_RECORD, n ? v[0]->module : NULL);
	diary_list_free(&l);
	for (size_t i = 0; i < n; i++)
		if (ids[i] && diary_delete(dy, ids[i], &err) < 0)
			abort();
	free(ids);
}

static void free_entries(struct entry **v, size_t n)
{
	for (size_t i = 0; i < n; i++)
		entry_free(v[i]);
	free(v);
}

/* Decodes a body; what decodes must encode to a body that decodes to the
 * same entries (encoding twice gives the same bytes). */
/* A copy of n bytes in guarded memory: decoding works in place. */
static unsigned char *copy_of(const unsigned char *p, size_t n)
{
	unsigned char *c = secbuf_alloc(n);
	if (n)
		memcpy(c, p, n);
	return c;
}

/* codec_decode(), or with trusted codec_decode_trusted() (*block its entries). */
static int decode(unsigned char *p, size_t len, int trusted, struct entry ***v, size_t *n,
                  uint64_t *next, void **block)
{
	*block = NULL;
	return trusted ? codec_decode_trusted(p, len, v, n, next, block)
	               : codec_decode(p, len, v, n, next);
}

/* Decodes a body as given (path 0), or, once it has been sealed and opened
 * again (paths 1 and 2), as diary_open() does: trusted, its strings not
 * checked for UTF-8, so what is not UTF-8 reaches the export, search and
 * chart code, which must take it. */
static void body(const unsigned char *p, size_t len, int trusted)
{
	struct entry **v;
	size_t n;
	uint64_t next;
	void *block, *block2;
	unsigned char *in = copy_of(p, len);
	if (decode(in, len, trusted, &v, &n, &next, &block) < 0) {
		secbuf_free(in);
		return;
	}
	unsigned char *a, *b;
	size_t alen, blen;
	codec_encode((const struct entry *const *)v, n, next, &a, &alen);
	unsigned char *a2 = copy_of(a, alen);
	struct entry **v2;
	size_t n2;
	uint64_t next2;
	if (decode(a2, alen, trusted, &v2, &n2, &next2, &block2) < 0 || n2 != n || next2 != next)
		abort();
	codec_encode((const struct entry *const *)v2, n2, next2, &b, &blen);
	if (alen != blen || memcmp(a, b, alen) != 0)
		abort();
	secbuf_free(a);
	secbuf_free(b);
	free_entries(v2, n2);
	secbuf_free(block2);
	secbuf_free(a2);
	use_entries(v, n, trusted);
	free_entries(v, n);
	secbuf_free(block);
	secbuf_free(in);
}

/* Seals the bytes as a body and opens them again: they must come back. */
static void sealed(const unsigned char *p, size_t len)
{
	unsigned char *file, *out;
	size_t flen, olen;
	cryptfile_seal(&keys, p, len, &file, &flen);
	struct cryptfile_keys k;
	if (cryptfile_open(file, flen, PASS, strlen(PASS), &k, &out, &olen) != CRYPTFILE_OK ||
	    olen != len || (len && memcmp(out, p, len) != 0))
		abort();
	/* A file cut short anywhere must not open. */
	size_t cut = len ? p[0] * (flen / 256 + 1) % flen : flen / 2;
	struct cryptfile_keys k2;
	unsigned char *out2;
	size_t olen2;
	if (cryptfile_open(file, cut, PASS, strlen(PASS), &k2, &out2, &olen2) == CRYPTFILE_OK)
		abort();
	free(file);
	body(out, olen, 1);
	secbuf_free(out);
	cryptfile_keys_wipe(&k);
}

static void whole_file(const unsigned char *p, size_t len)
{
	uint64_t ops, mem;
	if (cryptfile_check_header(p, len, &ops, &mem) != CRYPTFILE_OK)
		return;
	/* Costs that would take seconds per input are only checked, not run. */
	if (ops > 2 || mem > (256u << 10))
		return;
	struct cryptfile_keys k;
	unsigned char *out;
	size_t olen;
	if (cryptfile_open(p, len, PASS, strlen(PASS), &k, &out, &olen) != CRYPTFILE_OK)
		return;
	body(out, olen, 1);
	secbuf_free(out);
	cryptfile_keys_wipe(&k);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (size == 0)
		return 0;
	switch (data[0] % 3) {
	case 0:
		body(data + 1, size - 1, 0);
		break;
	case 1:
		sealed(data + 1, size - 1);
		break;
	default:
		whole_file(data + 1, size - 1);
		break;
	}
	return 0;
}
