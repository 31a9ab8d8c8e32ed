/* SPDX-FileCopyrightText: 2026 The steady authors */
/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * codec.c: the diary's plaintext body (doc/diary-format.md, "Body").
 *
 * Every read goes through rd_take(), which checks the length once; the
 * other readers build on it. A malformed body is refused as a whole: the
 * body is authenticated, so anything odd here means a bug or a newer
 * steady, never something to guess around.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "diary/codec.h"
#include "diary/secbuf.h"
#include "util/le.h"
#include "util/utf8.h"
#include "util/xalloc.h"

enum {
	F_ID = 0x01,
	F_KIND = 0x02,
	F_CREATED = 0x03,
	F_EDITED = 0x04,
	F_TAG = 0x05,
	F_TITLE = 0x10,
	F_TEXT = 0x11,
	F_MODULE = 0x20,
	F_ANSWER = 0x21,
	F_COMPLETE = 0x22,
	F_STEP = 0x23,
	F_SCORE = 0x30,
	F_BAND = 0x31,
	F_PLAN = 0x40, /* 0x40 + section, six of them */
	F_DATE = 0x50,
};

static const unsigned char body_magic[4] = {'S', 'D', 'Y', 'B'};

/* ---- writing ---------------------------------------------------------- */

/* A writer that only counts while p is NULL, so the body is sized first and
 * written once into memory of the right size. */
struct wr {
	unsigned char *p;
	size_t off;
};

static void wr_bytes(struct wr *w, const void *b, size_t n)
{
	if (w->p && n)
		memcpy(w->p + w->off, b, n);
	w->off += n;
}

static void wr_uint(struct wr *w, uint64_t v, int bytes)
{
	unsigned char b[8];
	le_put(b, v, (size_t)bytes);
	wr_bytes(w, b, (size_t)bytes);
}

static void wr_field(struct wr *w, int tag, const void *b, size_t n)
{
	wr_uint(w, (uint64_t)tag, 1);
	wr_uint(w, n, 4);
	wr_bytes(w, b, n);
}

static void wr_int_field(struct wr *w, int tag, uint64_t v, int bytes)
{
	wr_uint(w, (uint64_t)tag, 1);
	wr_uint(w, (uint64_t)bytes, 4);
	wr_uint(w, v, bytes);
}

static void wr_str_field(struct wr *w, int tag, const char *s)
{
	if (s)
		wr_field(w, tag, s, strlen(s));
}

static void wr_time_field(struct wr *w, int tag, struct entry_time t)
{
	wr_uint(w, (uint64_t)tag, 1);
	wr_uint(w, 12, 4);
	wr_uint(w, (uint64_t)t.epoch, 8);
	wr_uint(w, (uint64_t)(uint32_t)t.offset, 4);
}

static void wr_entry_fields(struct wr *w, const struct entry *e)
{
	wr_int_field(w, F_ID, e->id, 8);
	wr_int_field(w, F_KIND, (uint64_t)e->kind, 1);
	wr_time_field(w, F_CREATED, e->created);
	wr_time_field(w, F_EDITED, e->edited);
	for (size_t i = 0; i < e->n_tags; i++)
		wr_str_field(w, F_TAG, e->tags[i]);
	switch (e->kind) {
	case ENTRY_JOURNAL:
		wr_str_field(w, F_TITLE, e->title);
		wr_str_field(w, F_TEXT, e->text);
		break;
	case ENTRY_RECORD:
		wr_str_field(w, F_MODULE, e->module);
		for (size_t i = 0; i < e->n_answers; i++) {
			size_t q = strlen(e->answers[i].question), v = strlen(e->answers[i].value);
			wr_uint(w, F_ANSWER, 1);
			wr_uint(w, 4 + q + v, 4);
			wr_uint(w, q, 4);
			wr_bytes(w, e->answers[i].question, q);
			wr_bytes(w, e->answers[i].value, v);
		}
		wr_int_field(w, F_COMPLETE, e->complete ? 1 : 0, 1);
		wr_int_field(w, F_STEP, e->step, 4);
		break;
	case ENTRY_SELFCHECK:
		wr_str_field(w, F_MODULE, e->module);
		wr_int_field(w, F_SCORE, (uint64_t)(uint32_t)e->score, 4);
		wr_str_field(w, F_BAND, e->band);
		break;
	case ENTRY_SAFETY_PLAN:
		for (int s = 0; s < PLAN__COUNT; s++)
			wr_str_field(w, F_PLAN + s, e->plan[s]);
		break;
	case ENTRY_HOMEWORK:
		wr_str_field(w, F_MODULE, e->module);
		wr_str_field(w, F_DATE, e->date);
		break;
	case ENTRY__COUNT:
		break;
	}
}

static void wr_body(struct wr *w, const struct entry *const *v, size_t n, uint64_t next_id)
{
	wr_bytes(w, body_magic, sizeof body_magic);
	wr_uint(w, CODEC_VERSION, 4);
	wr_uint(w, next_id, 8);
	wr_uint(w, n, 4);
	for (size_t i = 0; i < n; i++) {
		struct wr sizer = {NULL, 0};
		wr_entry_fields(&sizer, v[i]);
		wr_uint(w, sizer.off, 4);
		wr_entry_fields(w, v[i]);
	}
}

void codec_encode(const struct entry *const *v, size_t n, uint64_t next_id, unsigned char **out,
                  size_t *outlen)
{
	struct wr sizer = {NULL, 0};
	wr_body(&sizer, v, n, next_id);
	struct wr w = {secbuf_alloc(sizer.off), 0};
	wr_body(&w, v, n, next_id);
	*out = w.p;
	*outlen = w.off;
}

/* ---- validation ------------------------------------------------------- */

static int str_ok(const char *s)
{
	return !s || (strlen(s) <= CODEC_MAX_STRING && utf8_valid(s, strlen(s)));
}

static int time_ok(struct entry_time t)
{
	/* Years 1900 to 9999 keep every formatted time four digits long. */
	return t.offset >= -18 * 3600 && t.offset <= 18 * 3600 && t.epoch >= -2208988800LL &&
	       t.epoch <= 253402300799LL;
}

/* The entry's shape: kind, times, required fields. Strings are checked apart. */
static int shape_ok(const struct entry *e)
{
	if (!e || e->kind <= 0 || e->kind >= ENTRY__COUNT || !time_ok(e->created) ||
	    !time_ok(e->edited))
		return 0;
	for (size_t i = 0; i < e->n_tags; i++)
		if (!e->tags[i] || !e->tags[i][0])
			return 0;
	int has_module =
	        e->kind == ENTRY_RECORD || e->kind == ENTRY_SELFCHECK || e->kind == ENTRY_HOMEWORK;
	if (has_module && (!e->module || !e->module[0]))
		return 0;
	for (size_t i = 0; i < e->n_answers; i++)
		if (!e->answers[i].question || !e->answers[i].question[0] || !e->answers[i].value)
			return 0;
	switch (e->kind) {
	case ENTRY_JOURNAL:
		return e->text != NULL;
	case ENTRY_HOMEWORK:
		return entry_date_valid(e->date);
	default:
		return 1;
	}
}

/* Every string of the entry is valid UTF-8 within the length caps. */
static int strings_ok(const struct entry *e)
{
	for (size_t i = 0; i < e->n_tags; i++)
		if (!str_ok(e->tags[i]))
			return 0;
	if (!str_ok(e->module) || !str_ok(e->title) || !str_ok(e->text) || !str_ok(e->band) ||
	    !str_ok(e->date))
		return 0;
	for (int s = 0; s < PLAN__COUNT; s++)
		if (!str_ok(e->plan[s]))
			return 0;
	for (size_t i = 0; i < e->n_answers; i++)
		if (!str_ok(e->answers[i].question) || !str_ok(e->answers[i].value))
			return 0;
	return 1;
}

int codec_entry_valid(const struct entry *e)
{
	return shape_ok(e) && strings_ok(e);
}

/* ---- reading ---------------------------------------------------------- */

struct rd {
	unsigned char *p;
	size_t len, off;
	int bad;
};

/* The one place lengths are checked: n bytes, or NULL (and bad) when fewer are left. */
static unsigned char *rd_take(struct rd *r, size_t n)
{
	if (r->bad || n > r->len - r->off) {
		r->bad = 1;
		return NULL;
	}
	unsigned char *p = r->p + r->off;
	r->off += n;
	return p;
}

static uint64_t rd_uint(struct rd *r, int bytes)
{
	const unsigned char *b = rd_take(r, (size_t)bytes);
	return b ? le_get(b, (size_t)bytes) : 0;
}

/*
 * Makes the n bytes at p a string where they are, or refuses them (NULL, *bad)
 * when they are not clean UTF-8. Strings are not copied: the bytes move
 * `back` bytes towards the start of the body, over length bytes that were
 * already read, and a NUL goes after them. A string never leaves its own
 * field, so what is made of one field cannot spoil the next.
 */
/* How codec_decode_trusted() differs, for the length of one decode (the
 * diary is decoded on one thread): the strings are not checked for UTF-8
 * again (only for a NUL, with memchr()), and the entries are made in one block, slab, rather than
 * one allocation each (at 100,000 entries those were a seventh of an open). */
static int check_utf8 = 1;
static struct entry *slab;

static char *take_str(unsigned char *p, size_t n, size_t back, int *bad)
{
	/* Trusted or not, no NUL inside: drop() (entry.c) wipes a string up to
	 * its first one, and would leave the rest of a deleted entry's text. */
	if (n > CODEC_MAX_STRING ||
	    (check_utf8 ? !utf8_valid((const char *)p, n) : memchr(p, 0, n) != NULL)) {
		*bad = 1;
		return NULL;
	}
	unsigned char *s = memmove(p - back, p, n);
	s[n] = '\0';
	return (char *)s;
}

/* Sets a string field (which follows its 4-byte length) once; a second one is an error. */
static void set_once(char **field, unsigned char *p, size_t n, int *bad)
{
	if (*field) {
		*bad = 1;
		return;
	}
	*field = take_str(p, n, 1, bad);
}

static uint64_t fixed_uint(const unsigned char *p, size_t n, size_t want, int *bad)
{
	if (n != want) {
		*bad = 1;
		return 0;
	}
	return le_get(p, n);
}

/* Reads one field into e; *seen marks the fields met so far. */
static void read_field(struct entry *e, int tag, unsigned char *p, size_t n, unsigned *seen,
                       int *bad)
{
	/* Single-valued integer fields may appear once each. */
	unsigned bit = 0;
	switch (tag) {
	case F_ID:
		bit = 1u << 0;
		break;
	case F_KIND:
		bit = 1u << 1;
		break;
	case F_CREATED:
		bit = 1u << 2;
		break;
	case F_EDITED:
		bit = 1u << 3;
		break;
	case F_COMPLETE:
		bit = 1u << 4;
		break;
	case F_STEP:
		bit = 1u << 5;
		break;
	case F_SCORE:
		bit = 1u << 6;
		break;
	}
	if (bit) {
		if (*seen & bit) {
			*bad = 1;
			return;
		}
		*seen |= bit;
	}
	/* The kind comes second, so every field after it can be checked against it. */
	if (tag != F_ID && tag != F_KIND && !(*seen & 2u)) {
		*bad = 1;
		return;
	}
	enum entry_kind k = e->kind;
	int mod_kind = k == ENTRY_RECORD || k == ENTRY_SELFCHECK || k == ENTRY_HOMEWORK;
	switch (tag) {
	case F_ID:
		e->id = fixed_uint(p, n, 8, bad);
		break;
	case F_KIND: {
		uint64_t v = fixed_uint(p, n, 1, bad);
		if (v == 0 || v >= ENTRY__COUNT)
			*bad = 1;
		e->kind = (enum entry_kind)v;
		break;
	}
	case F_CREATED:
	case F_EDITED: {
		if (n != 12) {
			*bad = 1;
			break;
		}
		struct entry_time t;
		t.epoch = (int64_t)fixed_uint(p, 8, 8, bad);
		t.offset = (int32_t)(uint32_t)fixed_uint(p + 8, 4, 4, bad);
		*(tag == F_CREATED ? &e->created : &e->edited) = t;
		break;
	}
	case F_TAG: {
		char *s = take_str(p, n, 1, bad);
		if (!s)
			break;
		e->tags = xreallocarray(e->tags, e->n_tags + 1, sizeof *e->tags);
		e->tags[e->n_tags++] = s;
		break;
	}
	case F_TITLE:
	case F_TEXT:
		if (k != ENTRY_JOURNAL)
			*bad = 1;
		else
			set_once(tag == F_TITLE ? &e->title : &e->text, p, n, bad);
		break;
	case F_MODULE:
		if (!mod_kind)
			*bad = 1;
		else
			set_once(&e->module, p, n, bad);
		break;
	case F_ANSWER: {
		if (k != ENTRY_RECORD) {
			*bad = 1;
			break;
		}
		struct rd r = {p, n, 0, 0};
		size_t qlen = (size_t)rd_uint(&r, 4);
		unsigned char *q = rd_take(&r, qlen);
		if (r.bad) {
			*bad = 1;
			break;
		}
		size_t vlen = n - r.off;
		unsigned char *v = rd_take(&r, vlen);
		/* The question moves two bytes back into its length, so its NUL
		 * lands on its second-to-last byte; the value, one byte back, then
		 * starts on the question's last byte, which is free. */
		char *qs = take_str(q, qlen, 2, bad);
		char *vs = *bad ? NULL : take_str(v, vlen, 1, bad);
		if (*bad)
			break;
		e->answers = xreallocarray(e->answers, e->n_answers + 1, sizeof *e->answers);
		e->answers[e->n_answers].question = qs;
		e->answers[e->n_answers].value = vs;
		e->n_answers++;
		break;
	}
	case F_COMPLETE: {
		uint64_t v = fixed_uint(p, n, 1, bad);
		if (k != ENTRY_RECORD || v > 1)
			*bad = 1;
		e->complete = (int)v;
		break;
	}
	case F_STEP:
		if (k != ENTRY_RECORD)
			*bad = 1;
		e->step = (uint32_t)fixed_uint(p, n, 4, bad);
		break;
	case F_SCORE:
		if (k != ENTRY_SELFCHECK)
			*bad = 1;
		e->score = (int32_t)(uint32_t)fixed_uint(p, n, 4, bad);
		break;
	case F_BAND:
		if (k != ENTRY_SELFCHECK)
			*bad = 1;
		else
			set_once(&e->band, p, n, bad);
		break;
	case F_DATE:
		if (k != ENTRY_HOMEWORK)
			*bad = 1;
		else
			set_once(&e->date, p, n, bad);
		break;
	default:
		if (tag >= F_PLAN && tag < F_PLAN + PLAN__COUNT && k == ENTRY_SAFETY_PLAN)
			set_once(&e->plan[tag - F_PLAN], p, n, bad);
		else
			*bad = 1;
		break;
	}
}

static struct entry *read_entry(struct rd *r, size_t index)
{
	size_t elen = (size_t)rd_uint(r, 4);
	unsigned char *ep = rd_take(r, elen);
	if (!ep)
		return NULL;
	struct rd er = {ep, elen, 0, 0};
	struct entry *e = slab ? &slab[index] : entry_new(0);
	e->in_body = slab ? ENTRY_IN_SLAB : 1;
	unsigned seen = 0;
	int bad = 0;
	while (!bad && er.off < er.len) {
		int tag = (int)rd_uint(&er, 1);
		size_t flen = (size_t)rd_uint(&er, 4);
		unsigned char *fp = rd_take(&er, flen);
		if (er.bad) {
			bad = 1;
			break;
		}
		read_field(e, tag, fp, flen, &seen, &bad);
	}
	/* id, kind, created and edited are required; take_str() checked the strings. */
	if (bad || (seen & 0xFu) != 0xFu || e->id == 0 || !shape_ok(e)) {
		entry_free(e);
		return NULL;
	}
	return e;
}

static int cmp_u64(const void *a, const void *b)
{
	uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;
	return x < y ? -1 : x > y;
}

int codec_decode_trusted(unsigned char *p, size_t len, struct entry ***entries, size_t *n,
                         uint64_t *next_id, void **block)
{
	*block = NULL;
	/* Room for as many entries as the header can claim (at least 4 bytes
	 * each, checked again in codec_decode()). */
	size_t most = len >= 20 ? (len - 20) / 4 : 0;
	if (len >= 20) {
		size_t count = (size_t)le_get(p + 16, 4);
		most = count < most ? count : most;
	}
	if (most > CODEC_MAX_ENTRIES)
		most = 0; /* refused below */
	check_utf8 = 0;
	slab = most ? secbuf_alloc(most * sizeof *slab) : NULL;
	if (slab)
		memset(slab, 0, most * sizeof *slab);
	int rc = codec_decode(p, len, entries, n, next_id);
	check_utf8 = 1;
	if (rc == 0)
		*block = slab;
	else
		secbuf_free(slab);
	slab = NULL;
	return rc;
}

int codec_decode(unsigned char *p, size_t len, struct entry ***entries, size_t *n,
                 uint64_t *next_id)
{
	struct rd r = {p, len, 0, 0};
	const unsigned char *magic = rd_take(&r, sizeof body_magic);
	uint32_t version = (uint32_t)rd_uint(&r, 4);
	uint64_t next = rd_uint(&r, 8);
	size_t count = (size_t)rd_uint(&r, 4);
	/* Each entry takes at least 4 bytes, so a count larger than that is a lie. */
	if (r.bad || memcmp(magic, body_magic, sizeof body_magic) != 0 ||
	    version != CODEC_VERSION || count > CODEC_MAX_ENTRIES || count > (len - r.off) / 4 ||
	    next == 0)
		return -1;
	struct entry **v = count ? xcalloc(count, sizeof *v) : NULL;
	uint64_t *ids = count ? xcalloc(count, sizeof *ids) : NULL;
	size_t got = 0;
	int ok = 1;
	for (; got < count; got++) {
		v[got] = read_entry(&r, got);
		if (!v[got]) {
			ok = 0;
			break;
		}
		ids[got] = v[got]->id;
		if (ids[got] >= next)
			ok = 0;
	}
	if (ok && r.off != r.len)
		ok = 0; /* trailing bytes */
	/* Saved newest first, the ids mostly fall; where they do throughout,
	 * none repeats, and the sort that finds repeats is not needed. */
	size_t k = 1;
	while (ok && k < count && ids[k] < ids[k - 1])
		k++;
	if (ok && k < count) {
		qsort(ids, count, sizeof *ids, cmp_u64);
		for (size_t i = 1; i < count; i++)
			if (ids[i] == ids[i - 1])
				ok = 0;
	}
	free(ids);
	if (!ok) {
		for (size_t i = 0; i < count; i++)
			entry_free(v[i]);
		free(v);
		return -1;
	}
	*entries = v;
	*n = count;
	*next_id = next;
	return 0;
}
