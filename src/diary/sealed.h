/* SPDX-FileCopyrightText: 2026 The steady authors */
/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * sealed.h: a report sealed for one counsellor, and the counsellor's key
 * pair (byte layouts in doc/report-format.md). The report is a libsodium
 * sealed box (crypto_box_seal: X25519 and XSalsa20-Poly1305) to the
 * counsellor's public key, so only their secret key opens it; the secret
 * key is kept in a file encrypted under a passphrase (Argon2id and
 * XChaCha20-Poly1305, as the diary's). Pure: bytes in memory, no files.
 * The public key as text is util/keytext.h's.
 */
#ifndef STEADY_DIARY_SEALED_H
#define STEADY_DIARY_SEALED_H

#include <stddef.h>
#include <stdint.h>

#define SEALED_KEY_MAGIC     "STEADYCK" /* the first 8 bytes of a key file */
#define SEALED_REPORT_MAGIC  "STEADYSR" /* the first 8 bytes of a sealed report */
#define SEALED_PK_BYTES      32
#define SEALED_SK_BYTES      32
#define SEALED_KEYFILE_BYTES 148         /* the secret key file, whole */
#define SEALED_HEADER_BYTES  12          /* a sealed report's clear header */
#define SEALED_PAD_BLOCK     1024        /* the sealed text is padded to this */
#define SEALED_MAX_FILE      (16u << 20) /* the largest sealed report read */

/* Why a key file or a report could not be opened. */
enum sealed_status {
	SEALED_OK = 0,
	SEALED_NOT_OURS,    /* not a key file, or not a sealed report (magic) */
	SEALED_UNSUPPORTED, /* a newer version, or costs out of bounds */
	SEALED_BAD_PASS,    /* the key file does not open: wrong passphrase, or changed */
	SEALED_REFUSED,     /* the report is for another key, or changed, or cut off */
	SEALED_NOMEM,       /* the key derivation could not get its memory */
	SEALED_CUT,         /* the key file is cut off, or has bytes added */
	SEALED_WEAK,        /* the key file's costs are below the diary's floor */
};

/*
 * What can be told of a key file before its passphrase is asked: SEALED_OK,
 * NOT_OURS, CUT, UNSUPPORTED or WEAK. sealed_key_open() checks the same but
 * the floor, so that keys made with a test build's costs still open.
 */
enum sealed_status sealed_key_check(const unsigned char *file, size_t len);

/*
 * A new key pair: pk gets the public key, file the secret key file, its
 * secret key encrypted under the passphrase with the given Argon2id costs
 * (within the diary's bounds). SEALED_OK, NOMEM or UNSUPPORTED.
 */
enum sealed_status sealed_keygen(const char *pass, size_t passlen, uint64_t opslimit,
                                 uint64_t memlimit, unsigned char pk[SEALED_PK_BYTES],
                                 unsigned char file[SEALED_KEYFILE_BYTES]);

/*
 * Opens a secret key file: *sk becomes the secret key in secbuf memory
 * (secbuf_free() it), pk the public key. The costs are checked before any
 * key derivation. SEALED_OK or a reason.
 */
enum sealed_status sealed_key_open(const unsigned char *file, size_t len, const char *pass,
                                   size_t passlen, unsigned char **sk,
                                   unsigned char pk[SEALED_PK_BYTES]);

/* The size of the sealed report sealed_seal() makes of len bytes. */
size_t sealed_size(size_t len);

/*
 * Seals len bytes of text for the holder of pk: *out is a new heap block
 * of *outlen bytes (ciphertext only, free()). -1 when the text is too long
 * for a sealed report, -2 when pk is no key to seal for, -3 when guarded
 * memory is short, else 0.
 */
int sealed_seal(const unsigned char pk[SEALED_PK_BYTES], const unsigned char *text, size_t len,
                unsigned char **out, size_t *outlen);

/*
 * Opens a sealed report with the key pair: *text becomes the text in
 * secbuf memory, NUL-terminated (*len bytes; secbuf_free() it). Any
 * change to the file, a cut, or another key gives SEALED_REFUSED.
 */
enum sealed_status sealed_open(const unsigned char *file, size_t flen,
                               const unsigned char pk[SEALED_PK_BYTES], const unsigned char *sk,
                               unsigned char **text, size_t *len);

#endif
