/* SPDX-FileCopyrightText: 2026 The steady authors */
/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * test_sealed.c: reports sealed for a counsellor (diary/sealed.c): the
 * round trip, another key refused, every flipped bit and every cut
 * refused, the key file under its passphrase, the public key as text, and
 * the test vectors of doc/report-format.md.
 */
#include "config.h"

#include <check.h>
#include <sodium.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "diary/sealed.h"
#include "diary/secbuf.h"
#include "util/keytext.h"
#include "unit.h"

#define OPS crypto_pwhash_argon2id_OPSLIMIT_MIN
#define MEM crypto_pwhash_argon2id_MEMLIMIT_MIN

static const char report[] = "# Homework\n\nHow strong was the urge? 3 of 10\n";

/* A key pair made and opened again with the passphrase "pw". */
static void pair(unsigned char pk[SEALED_PK_BYTES], unsigned char **sk,
                 unsigned char file[SEALED_KEYFILE_BYTES])
{
	ck_assert_int_eq(sealed_keygen("pw", 2, OPS, MEM, pk, file), SEALED_OK);
	unsigned char again[SEALED_PK_BYTES];
	ck_assert_int_eq(sealed_key_open(file, SEALED_KEYFILE_BYTES, "pw", 2, sk, again),
	                 SEALED_OK);
	ck_assert_mem_eq(pk, again, SEALED_PK_BYTES);
}

START_TEST(round_trip_for_the_right_key_only)
{
	unsigned char pk[32], pk2[32], kf[SEALED_KEYFILE_BYTES], kf2[SEALED_KEYFILE_BYTES];
	unsigned char *sk, *sk2, *file, *text;
	size_t flen, tlen;
	pair(pk, &sk, kf);
	pair(pk2, &sk2, kf2);
	ck_assert_int_eq(
	        sealed_seal(pk, (const unsigned char *)report, strlen(report), &file, &flen), 0);
	ck_assert_uint_eq(flen, sealed_size(strlen(report)));
	ck_assert_uint_eq(flen, SEALED_HEADER_BYTES + crypto_box_SEALBYTES + SEALED_PAD_BLOCK);
	/* Nothing of the text is in the file as written. */
	ck_assert_ptr_null(memmem(file, flen, "urge", 4));
	ck_assert_int_eq(sealed_open(file, flen, pk, sk, &text, &tlen), SEALED_OK);
	ck_assert_uint_eq(tlen, strlen(report));
	ck_assert_str_eq((char *)text, report);
	secbuf_free(text);
	ck_assert_int_eq(sealed_open(file, flen, pk2, sk2, &text, &tlen), SEALED_REFUSED);
	ck_assert_ptr_null(text);
	free(file);
	secbuf_free(sk);
	secbuf_free(sk2);
}
END_TEST

START_TEST(every_flipped_bit_and_every_cut_is_refused)
{
	unsigned char pk[32], kf[SEALED_KEYFILE_BYTES], *sk, *file, *text;
	size_t flen, tlen;
	pair(pk, &sk, kf);
	ck_assert_int_eq(
	        sealed_seal(pk, (const unsigned char *)report, strlen(report), &file, &flen), 0);
	for (size_t i = 0; i < flen * 8; i++) {
		file[i / 8] ^= (unsigned char)(1u << (i % 8));
		enum sealed_status st = sealed_open(file, flen, pk, sk, &text, &tlen);
		ck_assert_msg(st != SEALED_OK, "bit %zu flipped, still opened", i);
		ck_assert_ptr_null(text);
		file[i / 8] ^= (unsigned char)(1u << (i % 8));
	}
	for (size_t n = 0; n < flen; n++) {
		enum sealed_status st = sealed_open(file, n, pk, sk, &text, &tlen);
		ck_assert_msg(st != SEALED_OK, "cut to %zu bytes, still opened", n);
	}
	/* Bytes added at the end are a change too. */
	unsigned char *longer = malloc(flen + SEALED_PAD_BLOCK);
	memcpy(longer, file, flen);
	memset(longer + flen, 0, SEALED_PAD_BLOCK);
	ck_assert_int_eq(sealed_open(longer, flen + SEALED_PAD_BLOCK, pk, sk, &text, &tlen),
	                 SEALED_REFUSED);
	free(longer);
	ck_assert_int_eq(sealed_open(file, flen, pk, sk, &text, &tlen), SEALED_OK);
	secbuf_free(text);
	free(file);
	secbuf_free(sk);
}
END_TEST

START_TEST(the_key_file_opens_with_its_passphrase_only)
{
	unsigned char pk[32], got[32], kf[SEALED_KEYFILE_BYTES], *sk;
	ck_assert_int_eq(sealed_keygen("pw", 2, OPS, MEM, pk, kf), SEALED_OK);
	ck_assert_int_eq(sealed_key_open(kf, sizeof kf, "px", 2, &sk, got), SEALED_BAD_PASS);
	ck_assert_ptr_null(sk);
	/* Cut, or with a byte added: said as such, never as a wrong passphrase. */
	ck_assert_int_eq(sealed_key_open(kf, sizeof kf - 1, "pw", 2, &sk, got), SEALED_CUT);
	ck_assert_int_eq(sealed_key_check(kf, sizeof kf - 1), SEALED_CUT);
	ck_assert_int_eq(sealed_key_check(kf, 20), SEALED_CUT);
	unsigned char longer[SEALED_KEYFILE_BYTES + 1] = {0};
	memcpy(longer, kf, sizeof kf);
	ck_assert_int_eq(sealed_key_check(longer, sizeof longer), SEALED_CUT);
	/* Below the floor (as a test build makes them): told before the passphrase. */
	unsetenv("STEADY_DIARY_COSTS");
	ck_assert_int_eq(sealed_key_check(kf, sizeof kf), SEALED_WEAK);
	ck_assert_int_eq(sealed_key_open((const unsigned char *)"STEADYSR", 8, "pw", 2, &sk, got),
	                 SEALED_NOT_OURS);
	for (size_t i = 0; i < sizeof kf * 8; i++) {
		kf[i / 8] ^= (unsigned char)(1u << (i % 8));
		ck_assert_msg(sealed_key_open(kf, sizeof kf, "pw", 2, &sk, got) != SEALED_OK,
		              "bit %zu flipped, the key still opened", i);
		kf[i / 8] ^= (unsigned char)(1u << (i % 8));
	}
	/* Costs out of bounds are refused before any key derivation. */
	unsigned char big[SEALED_KEYFILE_BYTES];
	memcpy(big, kf, sizeof big);
	big[12 + 7] = 0x7f;
	ck_assert_int_eq(sealed_key_open(big, sizeof big, "pw", 2, &sk, got), SEALED_UNSUPPORTED);
	ck_assert_int_eq(sealed_key_check(big, sizeof big), SEALED_UNSUPPORTED);
	ck_assert_int_eq(sealed_keygen("pw", 2, 0, MEM, pk, kf), SEALED_UNSUPPORTED);
}
END_TEST

START_TEST(the_public_key_as_text)
{
	unsigned char pk[32], back[32];
	char text[KEYTEXT_BYTES];
	for (int i = 0; i < 32; i++)
		pk[i] = (unsigned char)((i * 7 + 1) & 0x7f);
	keytext_format(pk, text);
	ck_assert_uint_eq(strlen(text), KEYTEXT_BYTES - 1);
	ck_assert_int_eq(strncmp(text, "steady-key-1:", 13), 0);
	ck_assert_int_eq(keytext_parse(text, back), 0);
	ck_assert_mem_eq(pk, back, 32);
	ck_assert_int_eq(keytext_parse("steady-key-1:", back), -1);
	ck_assert_int_eq(keytext_parse(text + 1, back), -1);
	char bad[KEYTEXT_BYTES + 1];
	memcpy(bad, text, sizeof text);
	bad[20] = '*';
	ck_assert_int_eq(keytext_parse(bad, back), -1);
	memcpy(bad, text, sizeof text);
	bad[KEYTEXT_BYTES - 1] = 'A';
	bad[KEYTEXT_BYTES] = '\0';
	ck_assert_int_eq(keytext_parse(bad, back), -1);
	/* Well formed but no key to seal for: all zero, the top bit set, small order. */
	static const char *const unusable[] = {
	        "steady-key-1:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
	        "steady-key-1:AQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
	        "steady-key-1:CQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIA",
	        "steady-key-1:4Ot6fDtBuK4WVuP68Z_EatoJjeucMrH9hmIFFl9JuAA",
	};
	for (size_t i = 0; i < sizeof unusable / sizeof *unusable; i++)
		ck_assert_int_eq(keytext_parse(unusable[i], back), -2);
	char fp[KEYTEXT_FP_BYTES];
	ck_assert_int_eq(keytext_fingerprint(text, fp), 0);
	ck_assert_uint_eq(strlen(fp), KEYTEXT_FP_BYTES - 1);
	ck_assert_int_eq(fp[4], ' ');
	ck_assert_int_eq(keytext_fingerprint(unusable[0], fp), -1);
}
END_TEST

/* The bytes of the "```hex NAME" block of doc/report-format.md (*n set; free()). */
static unsigned char *vector(const char *name, size_t *n)
{
	FILE *f = fopen(TEST_DATA "/../../doc/report-format.md", "r");
	ck_assert_ptr_nonnull(f);
	char line[256], want[64];
	snprintf(want, sizeof want, "```hex %s\n", name);
	unsigned char *v = malloc(4096);
	int in = 0;
	*n = 0;
	while (fgets(line, sizeof line, f)) {
		if (!in) {
			in = strcmp(line, want) == 0;
			continue;
		}
		if (strncmp(line, "```", 3) == 0)
			break;
		size_t got;
		ck_assert_int_eq(
		        sodium_hex2bin(v + *n, 4096 - *n, line, strlen(line), "\n", &got, NULL), 0);
		*n += got;
	}
	fclose(f);
	ck_assert_msg(in && *n > 0, "no vector %s", name);
	return v;
}

START_TEST(the_documented_vectors)
{
	size_t n, rn, kn;
	unsigned char *sk = vector("sk", &n), *pk = vector("pk", &n);
	unsigned char seed[32], epk[32], esk[32];
	for (int i = 0; i < 32; i++)
		seed[i] = (unsigned char)i;
	crypto_box_seed_keypair(epk, esk, seed);
	ck_assert_mem_eq(sk, esk, 32);
	ck_assert_mem_eq(pk, epk, 32);
	unsigned char *sealed_vec = vector("report", &rn), *text;
	size_t tlen;
	unsigned char *gsk = secbuf_alloc(32);
	memcpy(gsk, sk, 32);
	ck_assert_int_eq(sealed_open(sealed_vec, rn, pk, gsk, &text, &tlen), SEALED_OK);
	ck_assert_str_eq((char *)text, "# Homework report\n");
	secbuf_free(text);
	secbuf_free(gsk);
	unsigned char *kf = vector("keyfile", &kn), *ksk, kpk[32];
	ck_assert_uint_eq(kn, SEALED_KEYFILE_BYTES);
	ck_assert_int_eq(sealed_key_open(kf, kn, "correct horse", 13, &ksk, kpk), SEALED_OK);
	unsigned char *wsk = vector("keyfile-sk", &n), *wpk = vector("keyfile-pk", &n);
	ck_assert_mem_eq(ksk, wsk, 32);
	ck_assert_mem_eq(kpk, wpk, 32);
	secbuf_free(ksk);
	free(sk);
	free(pk);
	free(sealed_vec);
	free(kf);
	free(wsk);
	free(wpk);
}
END_TEST

static Suite *sealed_suite(void)
{
	Suite *s = suite_create("sealed");
	TCase *tc = tcase_create("sealed");
	tcase_set_timeout(tc, 120);
	tcase_add_test(tc, round_trip_for_the_right_key_only);
	tcase_add_test(tc, every_flipped_bit_and_every_cut_is_refused);
	tcase_add_test(tc, the_key_file_opens_with_its_passphrase_only);
	tcase_add_test(tc, the_public_key_as_text);
	tcase_add_test(tc, the_documented_vectors);
	suite_add_tcase(s, tc);
	return s;
}

int main(void)
{
	return unit_run(sealed_suite());
}
