/* SPDX-FileCopyrightText: 2026 The steady authors */
/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * keytext.h: a counsellor's public key as one line of text, so that it can
 * be pasted into a homework module ("counsellor_key:") and checked there
 * without the cryptography (diary/sealed.h) being known to the content.
 */
#ifndef STEADY_UTIL_KEYTEXT_H
#define STEADY_UTIL_KEYTEXT_H

#define KEYTEXT_KEY_BYTES 32              /* an X25519 public key */
#define KEYTEXT_PREFIX    "steady-key-1:" /* then base64, URL-safe, unpadded */
#define KEYTEXT_BYTES     (13 + 43 + 1)   /* the text with its NUL */
#define KEYTEXT_FP_BYTES  (5 * 5)         /* "1a2b 3c4d 5e6f 7a8b 9c0d" and NUL */

/* Writes the key as "steady-key-1:BASE64" into out. */
void keytext_format(const unsigned char key[KEYTEXT_KEY_BYTES], char out[KEYTEXT_BYTES]);

/*
 * Reads a key written by keytext_format(): 0, -1 when s is not exactly one,
 * or -2 when it is one but no key to seal for (keytext_usable()).
 */
int keytext_parse(const char *s, unsigned char key[KEYTEXT_KEY_BYTES]);

/* 1 when key is an X25519 public key that can be sealed for: not all zero,
 * the top bit clear, not of small order. */
int keytext_usable(const unsigned char key[KEYTEXT_KEY_BYTES]);

/*
 * A short fingerprint of the key text s, to compare by eye or over the phone:
 * the first 10 bytes of its BLAKE2b hash in five groups of four hex digits.
 * 0, or -1 (out is "") when s is not a key.
 */
int keytext_fingerprint(const char *s, char out[KEYTEXT_FP_BYTES]);

#endif
