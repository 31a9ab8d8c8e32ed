/* SPDX-FileCopyrightText: 2026 The steady authors */
/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * sealed.c: reports sealed for a counsellor and the counsellor's key file,
 * libsodium only (byte layouts in doc/report-format.md).
 *
 * crypto_box_seal authenticates what it seals but takes no associated
 * data, so the clear header is sealed inside as well and compared when the
 * report is opened: a changed version byte is refused like any other
 * change. The text is padded so that the file's size tells little about
 * how much was shared.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include <sodium.h>

#include "diary/cryptfile.h"
#include "diary/diary.h"
#include "diary/sealed.h"
#include "diary/secbuf.h"
#include "util/keytext.h"
#include "util/le.h"
#include "util/xalloc.h"

#define KEY_MAGIC      SEALED_KEY_MAGIC
#define REPORT_MAGIC   SEALED_REPORT_MAGIC
#define SEALED_VERSION 1
#define ALG_KEY        1 /* Argon2id13, then XChaCha20-Poly1305 */
#define ALG_REPORT     1 /* crypto_box_seal */

/* Offsets in the key file. */
enum {
	K_VERSION = 8,
	K_ALG = 10,
	K_FLAGS = 11,
	K_OPS = 12,
	K_MEM = 20,
	K_SALT = 28,
	K_NONCE = 44,
	K_PK = 68,
	K_WRAPPED = 100,
	K_SALTBYTES = crypto_pwhash_argon2id_SALTBYTES,
	K_ABYTES = crypto_aead_xchacha20poly1305_ietf_ABYTES,
	/* Inside a report: the header again, then the text's length. */
	R_LEN = SEALED_HEADER_BYTES,
	R_TEXT = SEALED_HEADER_BYTES + 4,
};

_Static_assert(K_SALT + K_SALTBYTES == K_NONCE, "salt size");
_Static_assert(K_NONCE + crypto_aead_xchacha20poly1305_ietf_NPUBBYTES == K_PK, "nonce size");
_Static_assert(K_PK + SEALED_PK_BYTES == K_WRAPPED, "key size");
_Static_assert(K_WRAPPED + SEALED_SK_BYTES + K_ABYTES == SEALED_KEYFILE_BYTES, "key file size");
_Static_assert(SEALED_PK_BYTES == crypto_box_PUBLICKEYBYTES, "public key");
_Static_assert(SEALED_SK_BYTES == crypto_box_SECRETKEYBYTES, "secret key");
_Static_assert(crypto_aead_xchacha20poly1305_ietf_KEYBYTES == 32, "wrapping key");

/* The key file's form, without the floor: SEALED_OK, NOT_OURS, CUT or UNSUPPORTED. */
static enum sealed_status key_form(const unsigned char *file, size_t len)
{
	if (len < 8 || memcmp(file, KEY_MAGIC, 8) != 0)
		return SEALED_NOT_OURS;
	if (len != SEALED_KEYFILE_BYTES)
		return len < K_WRAPPED || le_get(file + K_VERSION, 2) == SEALED_VERSION
		               ? SEALED_CUT
		               : SEALED_UNSUPPORTED;
	if (le_get(file + K_VERSION, 2) != SEALED_VERSION || file[K_ALG] != ALG_KEY ||
	    file[K_FLAGS] != 0 ||
	    !cryptfile_costs_in_bounds(le_get(file + K_OPS, 8), le_get(file + K_MEM, 8)))
		return SEALED_UNSUPPORTED;
	return SEALED_OK;
}

enum sealed_status sealed_key_check(const unsigned char *file, size_t len)
{
	enum sealed_status s = key_form(file, len);
	if (s == SEALED_OK &&
	    !cryptfile_costs_strong(le_get(file + K_OPS, 8), le_get(file + K_MEM, 8)))
		return SEALED_WEAK;
	return s;
}

/* The key that wraps the secret key; 0, or -1 when Argon2id got no memory. */
static int derive(const char *pass, size_t passlen, const unsigned char *head, unsigned char *kek)
{
	return crypto_pwhash(kek, crypto_aead_xchacha20poly1305_ietf_KEYBYTES, pass, passlen,
	                     head + K_SALT, le_get(head + K_OPS, 8),
	                     (size_t)le_get(head + K_MEM, 8), crypto_pwhash_ALG_ARGON2ID13);
}

enum sealed_status sealed_keygen(const char *pass, size_t passlen, uint64_t opslimit,
                                 uint64_t memlimit, unsigned char pk[SEALED_PK_BYTES],
                                 unsigned char file[SEALED_KEYFILE_BYTES])
{
	if (secbuf_init() < 0 || !cryptfile_costs_in_bounds(opslimit, memlimit))
		return SEALED_UNSUPPORTED;
	memset(file, 0, SEALED_KEYFILE_BYTES);
	memcpy(file, KEY_MAGIC, 8);
	le_put(file + K_VERSION, SEALED_VERSION, 2);
	file[K_ALG] = ALG_KEY;
	le_put(file + K_OPS, opslimit, 8);
	le_put(file + K_MEM, memlimit, 8);
	randombytes_buf(file + K_SALT, K_SALTBYTES);
	randombytes_buf(file + K_NONCE, crypto_aead_xchacha20poly1305_ietf_NPUBBYTES);

	unsigned char *sk = secbuf_alloc(SEALED_SK_BYTES);
	unsigned char *kek = secbuf_alloc(crypto_aead_xchacha20poly1305_ietf_KEYBYTES);
	enum sealed_status st = SEALED_NOMEM;
	if (derive(pass, passlen, file, kek) == 0) {
		crypto_box_keypair(file + K_PK, sk);
		crypto_aead_xchacha20poly1305_ietf_encrypt(file + K_WRAPPED, NULL, sk,
		                                           SEALED_SK_BYTES, file, K_WRAPPED, NULL,
		                                           file + K_NONCE, kek);
		memcpy(pk, file + K_PK, SEALED_PK_BYTES);
		st = SEALED_OK;
	}
	secbuf_free(kek);
	secbuf_free(sk);
	return st;
}

enum sealed_status sealed_key_open(const unsigned char *file, size_t len, const char *pass,
                                   size_t passlen, unsigned char **sk,
                                   unsigned char pk[SEALED_PK_BYTES])
{
	*sk = NULL;
	if (secbuf_init() < 0)
		return SEALED_NOMEM;
	enum sealed_status form = key_form(file, len);
	if (form != SEALED_OK)
		return form;
	unsigned char *kek = secbuf_alloc(crypto_aead_xchacha20poly1305_ietf_KEYBYTES);
	unsigned char *key = secbuf_alloc(SEALED_SK_BYTES);
	enum sealed_status st = SEALED_NOMEM;
	if (derive(pass, passlen, file, kek) == 0) {
		st = SEALED_BAD_PASS;
		unsigned char check[SEALED_PK_BYTES];
		/* The pair must match too: a public key swapped in would seal for another. */
		if (crypto_aead_xchacha20poly1305_ietf_decrypt(
		            key, NULL, NULL, file + K_WRAPPED, SEALED_SK_BYTES + K_ABYTES, file,
		            K_WRAPPED, file + K_NONCE, kek) == 0 &&
		    crypto_scalarmult_base(check, key) == 0 &&
		    sodium_memcmp(check, file + K_PK, SEALED_PK_BYTES) == 0) {
			memcpy(pk, file + K_PK, SEALED_PK_BYTES);
			*sk = key;
			key = NULL;
			st = SEALED_OK;
		}
	}
	secbuf_free(kek);
	secbuf_free(key);
	return st;
}

/* The sealed text's size: header copy, length, text, padded to whole blocks. */
static size_t inner_size(size_t len)
{
	size_t n = R_TEXT + len;
	return (n + SEALED_PAD_BLOCK - 1) / SEALED_PAD_BLOCK * SEALED_PAD_BLOCK;
}

size_t sealed_size(size_t len)
{
	return SEALED_HEADER_BYTES + crypto_box_SEALBYTES + inner_size(len);
}

static void put_header(unsigned char *h)
{
	memcpy(h, REPORT_MAGIC, 8);
	le_put(h + 8, SEALED_VERSION, 2);
	h[10] = ALG_REPORT;
	h[11] = 0;
}

int sealed_seal(const unsigned char pk[SEALED_PK_BYTES], const unsigned char *text, size_t len,
                unsigned char **out, size_t *outlen)
{
	*out = NULL;
	*outlen = 0;
	if (len > SEALED_MAX_FILE || sealed_size(len) > SEALED_MAX_FILE)
		return -1;
	if (!keytext_usable(pk))
		return -2;
	if (secbuf_init() < 0)
		return -3;
	size_t n = inner_size(len);
	unsigned char *inner = secbuf_alloc(n);
	memset(inner, 0, n);
	put_header(inner);
	le_put(inner + R_LEN, len, 4);
	memcpy(inner + R_TEXT, text, len);
	unsigned char *file = xmalloc(sealed_size(len));
	put_header(file);
	int rc = crypto_box_seal(file + SEALED_HEADER_BYTES, inner, n, pk);
	secbuf_free(inner);
	if (rc != 0) {
		free(file);
		return -2;
	}
	*out = file;
	*outlen = sealed_size(len);
	return 0;
}

/* 1 when the n bytes at p are all zero (in time independent of where one is not). */
static int all_zero(const unsigned char *p, size_t n)
{
	unsigned char acc = 0;
	for (size_t i = 0; i < n; i++)
		acc |= p[i];
	return acc == 0;
}

enum sealed_status sealed_open(const unsigned char *file, size_t flen,
                               const unsigned char pk[SEALED_PK_BYTES], const unsigned char *sk,
                               unsigned char **text, size_t *len)
{
	*text = NULL;
	*len = 0;
	if (secbuf_init() < 0)
		return SEALED_NOMEM;
	if (flen < 8 || memcmp(file, REPORT_MAGIC, 8) != 0)
		return SEALED_NOT_OURS;
	if (flen < SEALED_HEADER_BYTES)
		return SEALED_REFUSED;
	if (le_get(file + 8, 2) != SEALED_VERSION || file[10] != ALG_REPORT || file[11] != 0)
		return SEALED_UNSUPPORTED;
	if (flen > SEALED_MAX_FILE || flen < sealed_size(0) ||
	    (flen - SEALED_HEADER_BYTES - crypto_box_SEALBYTES) % SEALED_PAD_BLOCK != 0)
		return SEALED_REFUSED;
	size_t n = flen - SEALED_HEADER_BYTES - crypto_box_SEALBYTES;
	unsigned char *inner = secbuf_alloc(n);
	if (crypto_box_seal_open(inner, file + SEALED_HEADER_BYTES, flen - SEALED_HEADER_BYTES, pk,
	                         sk) != 0 ||
	    memcmp(inner, file, SEALED_HEADER_BYTES) != 0) {
		secbuf_free(inner);
		return SEALED_REFUSED;
	}
	uint64_t tlen = le_get(inner + R_LEN, 4);
	if (tlen > n - R_TEXT || !all_zero(inner + R_TEXT + tlen, n - R_TEXT - tlen) ||
	    inner_size(tlen) != n) {
		secbuf_free(inner);
		return SEALED_REFUSED;
	}
	unsigned char *t = secbuf_alloc(tlen + 1);
	memcpy(t, inner + R_TEXT, tlen);
	t[tlen] = '\0';
	secbuf_free(inner);
	*text = t;
	*len = tlen;
	return SEALED_OK;
}
