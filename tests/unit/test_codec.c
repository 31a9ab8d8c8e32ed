/* SPDX-FileCopyrightText: 2026 The steady authors */
/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * test_codec.c: the rules of the diary's body (diary/codec) at their edges:
 * ids are unique wherever the two entries sit, every id is below the next id
 * to give, and no id is 0. Each rule is shown once kept (the body decodes)
 * and once broken by one (it is refused).
 */
#include "config.h"

#include <string.h>

#include "diary/codec.h"
#include "diary/secbuf.h"
#include "diary_test_util.h"
#include "unit.h"

/* Encodes journal entries with these ids and the next id, then decodes the
 * body: the result of codec_decode(). */
static int decode_ids(const uint64_t *ids, size_t n, uint64_t next)
{
	struct entry *v[8] = {0};
	ck_assert_uint_le(n, 8);
	for (size_t i = 0; i < n; i++) {
		v[i] = journal(NULL, "text");
		v[i]->id = ids[i];
		v[i]->created = v[i]->edited = entry_time_local(1800000000);
	}
	unsigned char *body;
	size_t len;
	codec_encode((const struct entry *const *)v, n, next, &body, &len);
	struct entry **out;
	size_t got;
	uint64_t got_next;
	int rc = codec_decode(body, len, &out, &got, &got_next);
	if (rc == 0) {
		ck_assert_uint_eq(got, n);
		ck_assert_uint_eq(got_next, next);
		for (size_t i = 0; i < got; i++) {
			ck_assert_uint_eq(out[i]->id, ids[i]);
			entry_free(out[i]);
		}
		free(out);
	}
	secbuf_free(body);
	for (size_t i = 0; i < n; i++)
		entry_free(v[i]);
	return rc;
}

START_TEST(ids_are_unique)
{
	ck_assert_int_eq(decode_ids((uint64_t[]){5, 6}, 2, 7), 0);
	ck_assert_int_eq(decode_ids((uint64_t[]){5, 5}, 2, 7), -1);
	/* Apart, and out of order: the check does not rely on neighbours. */
	ck_assert_int_eq(decode_ids((uint64_t[]){3, 7, 1, 9}, 4, 10), 0);
	ck_assert_int_eq(decode_ids((uint64_t[]){3, 7, 1, 3}, 4, 10), -1);
	ck_assert_int_eq(decode_ids((uint64_t[]){9, 2, 4, 6, 8, 9}, 6, 10), -1);
}
END_TEST

START_TEST(ids_below_next)
{
	ck_assert_int_eq(decode_ids((uint64_t[]){1, 2, 3}, 3, 4), 0);
	ck_assert_int_eq(decode_ids((uint64_t[]){1, 2, 3}, 3, 3), -1);
	ck_assert_int_eq(decode_ids((uint64_t[]){3, 1, 2}, 3, 3), -1);
	ck_assert_int_eq(decode_ids((uint64_t[]){UINT64_MAX - 1}, 1, UINT64_MAX), 0);
	/* An empty diary still needs a next id. */
	ck_assert_int_eq(decode_ids(NULL, 0, 1), 0);
	ck_assert_int_eq(decode_ids(NULL, 0, 0), -1);
}
END_TEST

START_TEST(id_zero_refused)
{
	ck_assert_int_eq(decode_ids((uint64_t[]){1}, 1, 2), 0);
	ck_assert_int_eq(decode_ids((uint64_t[]){0}, 1, 2), -1);
}
END_TEST

/* A NUL inside a string is refused by the trusted decode too: drop()
 * (entry.c) wipes a deleted entry's text up to its first NUL, so a string
 * with one would leave the rest of its text behind. */
START_TEST(nul_refused_when_trusted)
{
	for (int nul = 0; nul < 2; nul++) {
		struct entry *e = journal(NULL, "secret-X-tail");
		e->id = 1;
		e->created = e->edited = entry_time_local(1800000000);
		unsigned char *body;
		size_t len;
		codec_encode((const struct entry *const *)&e, 1, 2, &body, &len);
		unsigned char *x = memmem(body, len, "-X-", 3);
		ck_assert_ptr_nonnull(x);
		if (nul)
			x[1] = '\0';
		struct entry **out;
		size_t got;
		uint64_t next;
		void *block = NULL;
		int rc = codec_decode_trusted(body, len, &out, &got, &next, &block);
		ck_assert_int_eq(rc, nul ? -1 : 0);
		if (rc == 0) {
			ck_assert_uint_eq(got, 1);
			entry_free(out[0]);
			free(out);
			secbuf_free(block);
		}
		secbuf_free(body);
		entry_free(e);
	}
}
END_TEST

int main(void)
{
	Suite *s = suite_create("codec");
	TCase *tc = tcase_create("ids");
	tcase_add_test(tc, ids_are_unique);
	tcase_add_test(tc, ids_below_next);
	tcase_add_test(tc, id_zero_refused);
	tcase_add_test(tc, nul_refused_when_trusted);
	suite_add_tcase(s, tc);
	return unit_run(s);
}
