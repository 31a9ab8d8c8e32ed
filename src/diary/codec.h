/* SPDX-FileCopyrightText: 2026 The steady authors */
/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * codec.h: the plaintext body of the diary, a small length-checked binary
 * format (doc/diary-format.md, "Body"). Encoding sizes the body first and
 * writes it once into guarded memory, so no partial copy is left behind by
 * a realloc. Decoding checks every length in one place (struct rd in
 * codec.c) and refuses anything unexpected.
 */
#ifndef STEADY_DIARY_CODEC_H
#define STEADY_DIARY_CODEC_H

#include <stddef.h>
#include <stdint.h>

#include "diary/entry.h"

#define CODEC_VERSION 1

/* Most entries and bytes of one string a body may hold. */
#define CODEC_MAX_ENTRIES 1000000u
#define CODEC_MAX_STRING  (16u << 20)

/* Encodes the entries; *out is secbuf memory of *outlen bytes (secbuf_free()). */
void codec_encode(const struct entry *const *v, size_t n, uint64_t next_id, unsigned char **out,
                  size_t *outlen);

/* Decodes a body in place. On success (0) *entries is a new array of new
 * entries (free each with entry_free(), then the array), *n their number and
 * *next_id the next id to give. -1 when the body is malformed.
 *
 * The strings are made inside p and not copied (the entries have in_body
 * set), so p must outlive the entries; free it after them. p is changed
 * whether or not the body decodes. */
int codec_decode(unsigned char *p, size_t len, struct entry ***entries, size_t *n,
                 uint64_t *next_id);

/* As codec_decode(), for a body the AEAD has just authenticated: steady
 * wrote it, and checked every string as it entered the diary
 * (codec_entry_valid() in diary_add(), diary_replace(), diary_import()),
 * so the strings are not checked for UTF-8 again (a tenth of an open),
 * only for a NUL inside, which would stop drop() (entry.c) wiping the rest.
 * Every length and field is checked as before. Text that is not UTF-8
 * (from a writer with the key that is not steady) is then shown with
 * U+FFFD where steady shows text, and exported as it is. The entries are
 * made in one block of guarded memory, *block (ENTRY_IN_SLAB): entry_free()
 * each, then secbuf_free() the block, then the body. */
int codec_decode_trusted(unsigned char *p, size_t len, struct entry ***entries, size_t *n,
                         uint64_t *next_id, void **block);

/* 1 when the entry's fields suit its kind and its strings are valid UTF-8
 * without NUL bytes; the same check codec_decode() applies. */
int codec_entry_valid(const struct entry *e);

#endif
