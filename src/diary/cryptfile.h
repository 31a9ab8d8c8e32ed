/* SPDX-FileCopyrightText: 2026 The steady authors */
/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * cryptfile.h: the encrypted container (doc/diary-format.md). Argon2id
 * derives a key from the passphrase; it wraps a random data key with
 * XChaCha20-Poly1305, the header being the associated data; the padded body
 * is a crypto_secretstream_xchacha20poly1305 stream ending with TAG_FINAL.
 * Only libsodium is used.
 */
#ifndef STEADY_DIARY_CRYPTFILE_H
#define STEADY_DIARY_CRYPTFILE_H

#include <stddef.h>
#include <stdint.h>

#define CRYPTFILE_MAGIC          "STEADYDY"
#define CRYPTFILE_VERSION        2 /* the version written; 1 is still read */
#define CRYPTFILE_ALG_ARGON2ID13 1
#define CRYPTFILE_SALTBYTES      16
#define CRYPTFILE_KEYBYTES       32
#define CRYPTFILE_CHECKSUM_BYTES 32    /* version 2: BLAKE2b-256 of the bytes before it */
#define CRYPTFILE_HEADER_V1      116   /* version 1: magic to wrapped key */
#define CRYPTFILE_HEADER_BYTES   148   /* version 2: the same and its checksum */
#define CRYPTFILE_PAD_BLOCK      4096  /* plaintext padded to a multiple of this */
#define CRYPTFILE_CHUNK          65536 /* plaintext bytes per stream chunk */
#define CRYPTFILE_MAX_FILE       (256u << 20)

/* Why a container could not be read. */
enum cryptfile_status {
	CRYPTFILE_OK = 0,
	CRYPTFILE_NOT_DIARY,   /* too short or bad magic */
	CRYPTFILE_UNSUPPORTED, /* unknown version or algorithm, costs out of bounds */
	CRYPTFILE_WEAK,        /* costs below DIARY_OPSLIMIT_FLOOR or DIARY_MEMLIMIT_FLOOR */
	CRYPTFILE_BAD_KEY,     /* the wrapped key does not open: the wrong passphrase (or, in
	                          version 1, which has no checksum, a changed header) */
	CRYPTFILE_CORRUPT,     /* damaged (the header's checksum or the body) or cut off */
	CRYPTFILE_NOMEM,       /* the key derivation could not get its memory */
	CRYPTFILE_IO,          /* the source could not be read; it keeps the reason */
};

/* A container to open, read once from start to end: its size, and a
 * function that fills buf with the next n bytes (0) or fails (-1). Reading
 * in order lets a diary be decrypted a chunk at a time as it comes off the
 * disk, with no copy of the whole file in memory. */
struct cryptfile_source {
	size_t len;
	int (*read)(void *ctx, unsigned char *buf, size_t n);
	void *ctx;
};

/* The keys of an open diary, in secbuf memory. */
struct cryptfile_keys {
	unsigned char *data_key;                      /* CRYPTFILE_KEYBYTES, secbuf */
	unsigned char header[CRYPTFILE_HEADER_BYTES]; /* the version 2 header to write */
	uint64_t opslimit, memlimit;
	int read_version; /* the version of the file read (1 or 2), 0 for new keys */
};

/* 1 when Argon2id costs are within the bounds taken from a file (before any work). */
int cryptfile_costs_in_bounds(uint64_t ops, uint64_t mem);

/* 1 when they are at least the floor (DIARY_OPSLIMIT_FLOOR, DIARY_MEMLIMIT_FLOOR;
 * a test build takes less while STEADY_DIARY_COSTS=min is set). */
int cryptfile_costs_strong(uint64_t ops, uint64_t mem);

/* The costs read from the first len bytes of a file (all of it, or at least
 * its header and stream header), checked without any key derivation:
 * against the version 2 checksum, then the bounds. CRYPTFILE_OK, NOT_DIARY,
 * UNSUPPORTED, WEAK, or CORRUPT when damaged or too short. */
enum cryptfile_status cryptfile_check_header(const unsigned char *file, size_t len,
                                             uint64_t *opslimit, uint64_t *memlimit);

/* New keys: a random salt and data key wrapped under the passphrase with the
 * given costs (which must be within bounds). CRYPTFILE_OK or NOMEM. */
enum cryptfile_status cryptfile_new_keys(const char *pass, size_t passlen, uint64_t opslimit,
                                         uint64_t memlimit, struct cryptfile_keys *k);

/* Opens a container: checks the header, derives the key, unwraps the data
 * key (filling k) and decrypts the body into *body (secbuf memory, padding
 * removed, *bodylen bytes). Once the header is checked, k->opslimit and
 * k->memlimit hold its costs, whatever happens next. A version 1 file gets
 * a version 2 header in k (the same key, wrapped again), so the next save
 * upgrades it. weak_ok 1 opens a file whose costs are below the floor
 * (else CRYPTFILE_WEAK): only to protect it again at once. */
enum cryptfile_status cryptfile_read(const struct cryptfile_source *src, const char *pass,
                                     size_t passlen, int weak_ok, struct cryptfile_keys *k,
                                     unsigned char **body, size_t *bodylen);

/* Decrypts another file sealed with the keys k of a version 2 file just
 * read (the diary's backup, say) without deriving anything: CRYPTFILE_OK
 * with the body as cryptfile_read() gives it; BAD_KEY when its header is
 * not k's (another key), or k is not from a version 2 file; CORRUPT, IO. */
enum cryptfile_status cryptfile_read_same_key(const struct cryptfile_source *src,
                                              const struct cryptfile_keys *k, unsigned char **body,
                                              size_t *bodylen);

/* cryptfile_read() of a container held in memory. */
enum cryptfile_status cryptfile_open(const unsigned char *file, size_t len, const char *pass,
                                     size_t passlen, struct cryptfile_keys *k, unsigned char **body,
                                     size_t *bodylen);

/* Where a sealed container goes, in order: put(ctx, p, n) takes the next n
 * bytes (0) or fails (-1), which stops the sealing. */
struct cryptfile_sink {
	int (*put)(void *ctx, const unsigned char *p, size_t n);
	void *ctx;
};

/* The size of the container cryptfile_seal_to() makes of bodylen bytes. */
size_t cryptfile_sealed_size(size_t bodylen);

/* Seals a body under k into sink: the header, then the padded stream, a
 * chunk at a time (only the last chunk, with the padding, is copied). 0, or
 * -1 when the sink failed. Each call makes a new stream header. */
int cryptfile_seal_to(const struct cryptfile_keys *k, const unsigned char *body, size_t bodylen,
                      const struct cryptfile_sink *sink);

/* A body and the keys to seal it with, for writers that take a callback
 * and a context (store_content): cryptfile_seal_body(&b, sink) is
 * cryptfile_seal_to(b.keys, b.body, b.len, sink). */
struct cryptfile_body {
	const struct cryptfile_keys *keys;
	unsigned char *body;
	size_t len;
};
int cryptfile_seal_body(void *b, const struct cryptfile_sink *sink);

/* cryptfile_seal_to() into memory: *out is a new heap block of *outlen
 * bytes (ciphertext only, free()). */
void cryptfile_seal(const struct cryptfile_keys *k, const unsigned char *body, size_t bodylen,
                    unsigned char **out, size_t *outlen);

/* Wipes and frees the keys (the struct itself is not freed). */
void cryptfile_keys_wipe(struct cryptfile_keys *k);

#endif
