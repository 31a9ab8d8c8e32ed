/* SPDX-FileCopyrightText: 2026 The steady authors */
/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * cryptfile.c: the diary's encrypted container, libsodium only
 * (byte layout in doc/diary-format.md).
 *
 * The header is checked against fixed bounds before the key derivation
 * runs, so a hostile file cannot make steady spend an hour or 64 GiB. The
 * padded body hides the size of single entries; the stream's final tag
 * shows when a file was cut off.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include <sodium.h>

#include "diary/cryptfile.h"
#include "diary/diary.h"
#include "diary/secbuf.h"
#include "util/le.h"
#include "util/xalloc.h"

/* Offsets in the header. */
enum {
	OFF_VERSION = 8,
	OFF_ALG = 10,
	OFF_FLAGS = 11,
	OFF_OPS = 12,
	OFF_MEM = 20,
	OFF_SALT = 28,
	OFF_NONCE = 44,
	OFF_WRAPPED = 68,
	OFF_CHECKSUM = 116, /* version 2 */
	WRAPPED_BYTES = CRYPTFILE_KEYBYTES + crypto_aead_xchacha20poly1305_ietf_ABYTES,
	STREAM_HEADER = crypto_secretstream_xchacha20poly1305_HEADERBYTES,
	CHUNK_ABYTES = crypto_secretstream_xchacha20poly1305_ABYTES,
};

_Static_assert(OFF_WRAPPED + WRAPPED_BYTES == CRYPTFILE_HEADER_V1, "header layout");
_Static_assert(OFF_CHECKSUM == CRYPTFILE_HEADER_V1 &&
                       OFF_CHECKSUM + CRYPTFILE_CHECKSUM_BYTES == CRYPTFILE_HEADER_BYTES,
               "version 2 header layout");
_Static_assert(OFF_NONCE + crypto_aead_xchacha20poly1305_ietf_NPUBBYTES == OFF_WRAPPED,
               "nonce size");
_Static_assert(CRYPTFILE_KEYBYTES == crypto_aead_xchacha20poly1305_ietf_KEYBYTES, "key size");
_Static_assert(CRYPTFILE_KEYBYTES == crypto_secretstream_xchacha20poly1305_KEYBYTES,
               "stream key size");
_Static_assert(CRYPTFILE_CHUNK % CRYPTFILE_PAD_BLOCK == 0, "chunks hold whole blocks");
_Static_assert(DIARY_OPSLIMIT_FLOOR == crypto_pwhash_OPSLIMIT_INTERACTIVE &&
                       DIARY_MEMLIMIT_FLOOR == crypto_pwhash_MEMLIMIT_INTERACTIVE,
               "the floor is libsodium's INTERACTIVE level");

int cryptfile_costs_in_bounds(uint64_t ops, uint64_t mem)
{
	return ops >= crypto_pwhash_argon2id_OPSLIMIT_MIN && ops <= DIARY_OPSLIMIT_MAX &&
	       mem >= crypto_pwhash_argon2id_MEMLIMIT_MIN && mem <= DIARY_MEMLIMIT_MAX;
}

int cryptfile_costs_strong(uint64_t ops, uint64_t mem)
{
#ifdef STEADY_TEST_BUILD
	/* A test build takes weak costs only while a test asks for them. */
	const char *env = getenv("STEADY_DIARY_COSTS");
	if (env && strcmp(env, "min") == 0)
		return 1;
#endif
	return ops >= DIARY_OPSLIMIT_FLOOR && mem >= DIARY_MEMLIMIT_FLOOR;
}

/* The version 2 checksum of the header in h: BLAKE2b-256, unkeyed, of the
 * bytes before it. It tells damage from a wrong passphrase (as KDBX 4's
 * SHA-256 of its header does); the wrapped key still authenticates. */
static void checksum(const unsigned char *h, unsigned char *out)
{
	crypto_generichash(out, CRYPTFILE_CHECKSUM_BYTES, h, OFF_CHECKSUM, NULL, 0);
}

/* 1 when the first have bytes hold a version 2 header whose magic or
 * version alone is damaged: with them put right, the checksum matches. */
static int damaged_v2(const unsigned char *h, size_t have)
{
	if (have < CRYPTFILE_HEADER_BYTES)
		return 0;
	unsigned char fixed[OFF_CHECKSUM], sum[CRYPTFILE_CHECKSUM_BYTES];
	memcpy(fixed, h, sizeof fixed);
	memcpy(fixed, CRYPTFILE_MAGIC, 8);
	le_put(fixed + OFF_VERSION, CRYPTFILE_VERSION, 2);
	checksum(fixed, sum);
	return sodium_memcmp(sum, h + OFF_CHECKSUM, sizeof sum) == 0;
}

/* cryptfile_check_header() with the bytes at hand (have) apart from the
 * file's size; *hlen is the header's size for its version. */
static enum cryptfile_status check_header(const unsigned char *file, size_t have, size_t len,
                                          size_t *hlen, uint64_t *opslimit, uint64_t *memlimit)
{
	if (len < 8) /* cut off within the magic, or not a diary at all */
		return memcmp(file, CRYPTFILE_MAGIC, len) == 0 ? CRYPTFILE_CORRUPT
		                                               : CRYPTFILE_NOT_DIARY;
	if (memcmp(file, CRYPTFILE_MAGIC, 8) != 0)
		return damaged_v2(file, have) ? CRYPTFILE_CORRUPT : CRYPTFILE_NOT_DIARY;
	if (len < OFF_ALG)
		return CRYPTFILE_CORRUPT;
	uint64_t version = le_get(file + OFF_VERSION, 2);
	if (version == 1)
		*hlen = CRYPTFILE_HEADER_V1;
	else if (version == CRYPTFILE_VERSION)
		*hlen = CRYPTFILE_HEADER_BYTES;
	else
		return damaged_v2(file, have) ? CRYPTFILE_CORRUPT : CRYPTFILE_UNSUPPORTED;
	if (len < *hlen + STREAM_HEADER + CHUNK_ABYTES || have < *hlen)
		return CRYPTFILE_CORRUPT;
	if (version == CRYPTFILE_VERSION) {
		unsigned char sum[CRYPTFILE_CHECKSUM_BYTES];
		checksum(file, sum);
		if (sodium_memcmp(sum, file + OFF_CHECKSUM, sizeof sum) != 0)
			return CRYPTFILE_CORRUPT;
	}
	if (file[OFF_ALG] != CRYPTFILE_ALG_ARGON2ID13 || file[OFF_FLAGS] != 0)
		return CRYPTFILE_UNSUPPORTED;
	uint64_t ops = le_get(file + OFF_OPS, 8), mem = le_get(file + OFF_MEM, 8);
	*opslimit = ops;
	*memlimit = mem;
	if (!cryptfile_costs_in_bounds(ops, mem))
		return CRYPTFILE_UNSUPPORTED;
	return cryptfile_costs_strong(ops, mem) ? CRYPTFILE_OK : CRYPTFILE_WEAK;
}

enum cryptfile_status cryptfile_check_header(const unsigned char *file, size_t len,
                                             uint64_t *opslimit, uint64_t *memlimit)
{
	size_t hlen;
	uint64_t ops = 0, mem = 0;
	enum cryptfile_status st = check_header(file, len, len, &hlen, &ops, &mem);
	if (st == CRYPTFILE_OK) {
		*opslimit = ops;
		*memlimit = mem;
	}
	return st;
}

/* Derives the key that wraps the data key; CRYPTFILE_OK or NOMEM. */
static enum cryptfile_status derive(const char *pass, size_t passlen, const unsigned char *salt,
                                    uint64_t ops, uint64_t mem, unsigned char *kek)
{
	if (crypto_pwhash(kek, CRYPTFILE_KEYBYTES, pass, passlen, salt, ops, (size_t)mem,
	                  crypto_pwhash_ALG_ARGON2ID13) != 0)
		return CRYPTFILE_NOMEM;
	return CRYPTFILE_OK;
}

/* Completes a version 2 header whose magic, algorithm, flags, costs and
 * salt are set: the version, a new nonce, the data key wrapped under kek
 * (bytes 0 to 67 as associated data), and the checksum. */
static void finish_header(unsigned char *h, const unsigned char *data_key, const unsigned char *kek)
{
	le_put(h + OFF_VERSION, CRYPTFILE_VERSION, 2);
	randombytes_buf(h + OFF_NONCE, crypto_aead_xchacha20poly1305_ietf_NPUBBYTES);
	crypto_aead_xchacha20poly1305_ietf_encrypt(h + OFF_WRAPPED, NULL, data_key,
	                                           CRYPTFILE_KEYBYTES, h, OFF_WRAPPED, NULL,
	                                           h + OFF_NONCE, kek);
	checksum(h, h + OFF_CHECKSUM);
}

enum cryptfile_status cryptfile_new_keys(const char *pass, size_t passlen, uint64_t opslimit,
                                         uint64_t memlimit, struct cryptfile_keys *k)
{
	memset(k, 0, sizeof *k);
	if (secbuf_init() < 0 || !cryptfile_costs_in_bounds(opslimit, memlimit))
		return CRYPTFILE_UNSUPPORTED;
	if (!cryptfile_costs_strong(opslimit, memlimit))
		return CRYPTFILE_WEAK;
	unsigned char *h = k->header;
	memcpy(h, CRYPTFILE_MAGIC, 8);
	h[OFF_ALG] = CRYPTFILE_ALG_ARGON2ID13;
	h[OFF_FLAGS] = 0;
	le_put(h + OFF_OPS, opslimit, 8);
	le_put(h + OFF_MEM, memlimit, 8);
	randombytes_buf(h + OFF_SALT, CRYPTFILE_SALTBYTES);

	unsigned char *kek = secbuf_alloc(CRYPTFILE_KEYBYTES);
	enum cryptfile_status st = derive(pass, passlen, h + OFF_SALT, opslimit, memlimit, kek);
	if (st != CRYPTFILE_OK) {
		secbuf_free(kek);
		return st;
	}
	k->data_key = secbuf_alloc(CRYPTFILE_KEYBYTES);
	crypto_aead_xchacha20poly1305_ietf_keygen(k->data_key);
	finish_header(h, k->data_key, kek);
	secbuf_free(kek);
	k->opslimit = opslimit;
	k->memlimit = memlimit;
	return CRYPTFILE_OK;
}

/* Decrypts the stream that follows the header, chunk by chunk as the source
 * gives it, into secbuf memory with the padding removed. head holds the
 * header and the stream header; left is the size of the chunks after them. */
static enum cryptfile_status read_body(const struct cryptfile_source *src,
                                       const unsigned char *head, size_t hlen, size_t left,
                                       const unsigned char *key, unsigned char **body,
                                       size_t *bodylen)
{
	if (left < CHUNK_ABYTES + 1)
		return CRYPTFILE_CORRUPT;
	/* Every chunk adds CHUNK_ABYTES, so the plaintext is no longer than this. */
	size_t nchunks =
	        (left + CRYPTFILE_CHUNK + CHUNK_ABYTES - 1) / (CRYPTFILE_CHUNK + CHUNK_ABYTES);
	if (left <= nchunks * CHUNK_ABYTES)
		return CRYPTFILE_CORRUPT;
	crypto_secretstream_xchacha20poly1305_state st;
	if (crypto_secretstream_xchacha20poly1305_init_pull(&st, head + hlen, key) != 0)
		return CRYPTFILE_CORRUPT;
	unsigned char *out = secbuf_alloc(left - nchunks * CHUNK_ABYTES);
	/* Ciphertext is not secret, so the chunk being read sits in plain memory. */
	unsigned char *chunk = xmalloc(CRYPTFILE_CHUNK + CHUNK_ABYTES);
	enum cryptfile_status rc = CRYPTFILE_OK;
	size_t got = 0;
	int first = 1, final = 0;
	while (left > 0 && rc == CRYPTFILE_OK) {
		size_t clen = left < CRYPTFILE_CHUNK + CHUNK_ABYTES
		                      ? left
		                      : CRYPTFILE_CHUNK + CHUNK_ABYTES;
		unsigned long long mlen;
		unsigned char tag;
		if (src->read(src->ctx, chunk, clen) < 0) {
			rc = CRYPTFILE_IO;
			break;
		}
		if (final || clen <= CHUNK_ABYTES ||
		    crypto_secretstream_xchacha20poly1305_pull(&st, out + got, &mlen, &tag, chunk,
		                                               clen, first ? head : NULL,
		                                               first ? hlen : 0) != 0) {
			rc = CRYPTFILE_CORRUPT;
			break;
		}
		first = 0;
		got += (size_t)mlen;
		left -= clen;
		if (tag == crypto_secretstream_xchacha20poly1305_TAG_FINAL)
			final = 1;
		else if (tag != crypto_secretstream_xchacha20poly1305_TAG_MESSAGE)
			rc = CRYPTFILE_CORRUPT;
	}
	free(chunk);
	sodium_memzero(&st, sizeof st);
	size_t unpadded;
	if (rc == CRYPTFILE_OK &&
	    (final != 1 || sodium_unpad(&unpadded, out, got, CRYPTFILE_PAD_BLOCK) != 0))
		rc = CRYPTFILE_CORRUPT;
	if (rc != CRYPTFILE_OK) {
		secbuf_free(out);
		return rc;
	}
	*body = out;
	*bodylen = unpadded;
	return CRYPTFILE_OK;
}

enum cryptfile_status cryptfile_read(const struct cryptfile_source *src, const char *pass,
                                     size_t passlen, int weak_ok, struct cryptfile_keys *k,
                                     unsigned char **body, size_t *bodylen)
{
	memset(k, 0, sizeof *k);
	/* The header and the stream header, as long as a version 1 file has
	 * them; the rest of a version 2 header (or of what may be a damaged
	 * one) after that. A file too short for them is read whole, and the
	 * header check says what it is. */
	unsigned char head[CRYPTFILE_HEADER_BYTES + STREAM_HEADER];
	size_t have = src->len < CRYPTFILE_HEADER_V1 + STREAM_HEADER
	                      ? src->len
	                      : CRYPTFILE_HEADER_V1 + STREAM_HEADER;
	if (src->read(src->ctx, head, have) < 0)
		return CRYPTFILE_IO;
	if (!(have >= OFF_ALG && memcmp(head, CRYPTFILE_MAGIC, 8) == 0 &&
	      le_get(head + OFF_VERSION, 2) == 1)) {
		size_t more = (src->len < sizeof head ? src->len : sizeof head) - have;
		if (src->read(src->ctx, head + have, more) < 0)
			return CRYPTFILE_IO;
		have += more;
	}
	uint64_t ops = 0, mem = 0;
	size_t hlen = 0;
	enum cryptfile_status st = check_header(head, have, src->len, &hlen, &ops, &mem);
	k->opslimit = ops;
	k->memlimit = mem;
	if (st == CRYPTFILE_WEAK && weak_ok)
		st = CRYPTFILE_OK;
	if (st != CRYPTFILE_OK)
		return st;
	if (secbuf_init() < 0)
		return CRYPTFILE_NOMEM;
	unsigned char *kek = secbuf_alloc(CRYPTFILE_KEYBYTES);
	st = derive(pass, passlen, head + OFF_SALT, ops, mem, kek);
	if (st != CRYPTFILE_OK) {
		secbuf_free(kek);
		return st;
	}
	unsigned char *dk = secbuf_alloc(CRYPTFILE_KEYBYTES);
	int bad = crypto_aead_xchacha20poly1305_ietf_decrypt(dk, NULL, NULL, head + OFF_WRAPPED,
	                                                     WRAPPED_BYTES, head, OFF_WRAPPED,
	                                                     head + OFF_NONCE, kek) != 0;
	if (!bad) {
		k->read_version = hlen == CRYPTFILE_HEADER_V1 ? 1 : CRYPTFILE_VERSION;
		memcpy(k->header, head, hlen);
		/* A version 1 file is written as version 2 from now on: the same
		 * data key, wrapped again under the same passphrase's key. */
		if (hlen == CRYPTFILE_HEADER_V1)
			finish_header(k->header, dk, kek);
	}
	secbuf_free(kek);
	if (bad) {
		secbuf_free(dk);
		return CRYPTFILE_BAD_KEY;
	}
	st = read_body(src, head, hlen, src->len - hlen - STREAM_HEADER, dk, body, bodylen);
	if (st != CRYPTFILE_OK) {
		secbuf_free(dk);
		return st;
	}
	k->data_key = dk;
	return CRYPTFILE_OK;
}

enum cryptfile_status cryptfile_read_same_key(const struct cryptfile_source *src,
                                              const struct cryptfile_keys *k, unsigned char **body,
                                              size_t *bodylen)
{
	unsigned char head[CRYPTFILE_HEADER_BYTES + STREAM_HEADER];
	if (k->read_version != CRYPTFILE_VERSION || src->len < sizeof head + CHUNK_ABYTES + 1)
		return CRYPTFILE_BAD_KEY;
	if (src->read(src->ctx, head, sizeof head) < 0)
		return CRYPTFILE_IO;
	/* The same header is the same salt, costs and wrapped key: the same key. */
	if (sodium_memcmp(head, k->header, CRYPTFILE_HEADER_BYTES) != 0)
		return CRYPTFILE_BAD_KEY;
	return read_body(src, head, CRYPTFILE_HEADER_BYTES, src->len - sizeof head, k->data_key,
	                 body, bodylen);
}

/* A source over bytes in memory. */
struct mem_source {
	const unsigned char *p;
	size_t off, len;
};

static int mem_read(void *ctx, unsigned char *buf, size_t n)
{
	struct mem_source *m = ctx;
	if (n > m->len - m->off)
		return -1;
	memcpy(buf, m->p + m->off, n);
	m->off += n;
	return 0;
}

enum cryptfile_status cryptfile_open(const unsigned char *file, size_t len, const char *pass,
                                     size_t passlen, struct cryptfile_keys *k, unsigned char **body,
                                     size_t *bodylen)
{
	struct mem_source m = {file, 0, len};
	struct cryptfile_source src = {len, mem_read, &m};
	return cryptfile_read(&src, pass, passlen, 0, k, body, bodylen);
}

/* The padded size of a body: at least one byte of padding, up to a whole block. */
static size_t padded_size(size_t bodylen)
{
	return (bodylen / CRYPTFILE_PAD_BLOCK + 1) * CRYPTFILE_PAD_BLOCK;
}

size_t cryptfile_sealed_size(size_t bodylen)
{
	size_t padded = padded_size(bodylen);
	size_t nchunks = (padded + CRYPTFILE_CHUNK - 1) / CRYPTFILE_CHUNK;
	return CRYPTFILE_HEADER_BYTES + STREAM_HEADER + padded + nchunks * CHUNK_ABYTES;
}

int cryptfile_seal_to(const struct cryptfile_keys *k, const unsigned char *body, size_t bodylen,
                      const struct cryptfile_sink *sink)
{
	size_t padded = padded_size(bodylen);
	size_t nchunks = (padded + CRYPTFILE_CHUNK - 1) / CRYPTFILE_CHUNK;
	/* The last chunk holds the end of the body and the padding; only it is
	 * copied, into guarded memory, and padded there. */
	size_t last_off = (nchunks - 1) * CRYPTFILE_CHUNK;
	size_t tail = bodylen - last_off;
	unsigned char *last = secbuf_alloc(CRYPTFILE_CHUNK);
	memcpy(last, body + last_off, tail);
	size_t lastlen;
	if (sodium_pad(&lastlen, last, tail, CRYPTFILE_PAD_BLOCK, CRYPTFILE_CHUNK) != 0 ||
	    last_off + lastlen != padded)
		abort(); /* padded_size() and sodium_pad() agree by construction */

	unsigned char head[CRYPTFILE_HEADER_BYTES + STREAM_HEADER];
	memcpy(head, k->header, CRYPTFILE_HEADER_BYTES);
	crypto_secretstream_xchacha20poly1305_state st;
	crypto_secretstream_xchacha20poly1305_init_push(&st, head + CRYPTFILE_HEADER_BYTES,
	                                                k->data_key);
	unsigned char *chunk = xmalloc(CRYPTFILE_CHUNK + CHUNK_ABYTES);
	int rc = sink->put(sink->ctx, head, sizeof head);
	for (size_t i = 0; i < nchunks && rc == 0; i++) {
		int final = i + 1 == nchunks;
		const unsigned char *m = final ? last : body + i * CRYPTFILE_CHUNK;
		size_t n = final ? lastlen : CRYPTFILE_CHUNK;
		unsigned char tag = final ? crypto_secretstream_xchacha20poly1305_TAG_FINAL
		                          : crypto_secretstream_xchacha20poly1305_TAG_MESSAGE;
		unsigned long long clen;
		crypto_secretstream_xchacha20poly1305_push(
		        &st, chunk, &clen, m, n, i == 0 ? head : NULL,
		        i == 0 ? CRYPTFILE_HEADER_BYTES : 0, tag);
		rc = sink->put(sink->ctx, chunk, (size_t)clen);
	}
	sodium_memzero(&st, sizeof st);
	free(chunk);
	secbuf_free(last);
	return rc;
}

int cryptfile_seal_body(void *b, const struct cryptfile_sink *sink)
{
	const struct cryptfile_body *cb = b;
	return cryptfile_seal_to(cb->keys, cb->body, cb->len, sink);
}

/* A sink into a heap block of the right size. */
struct mem_sink {
	unsigned char *p;
	size_t off;
};

static int mem_put(void *ctx, const unsigned char *p, size_t n)
{
	struct mem_sink *m = ctx;
	memcpy(m->p + m->off, p, n);
	m->off += n;
	return 0;
}

void cryptfile_seal(const struct cryptfile_keys *k, const unsigned char *body, size_t bodylen,
                    unsigned char **out, size_t *outlen)
{
	size_t total = cryptfile_sealed_size(bodylen);
	struct mem_sink m = {xmalloc(total), 0};
	struct cryptfile_sink sink = {mem_put, &m};
	cryptfile_seal_to(k, body, bodylen, &sink);
	*out = m.p;
	*outlen = m.off;
}

void cryptfile_keys_wipe(struct cryptfile_keys *k)
{
	secbuf_free(k->data_key);
	sodium_memzero(k, sizeof *k);
}
