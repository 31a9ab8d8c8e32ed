/* SPDX-FileCopyrightText: 2026 The steady authors */
/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * secbuf.h: memory for secrets (passphrases, keys, decrypted text). Blocks
 * come from sodium_malloc: guarded, locked in RAM where the system allows
 * (sodium_mlock), and wiped when freed, so nothing secret reaches swap or
 * lingers in the heap after a lock.
 */
#ifndef STEADY_DIARY_SECBUF_H
#define STEADY_DIARY_SECBUF_H

#include <stddef.h>

/* Initialises libsodium once; 0, or -1 when it cannot start. Safe to call often. */
int secbuf_init(void);

/* n bytes of guarded, locked memory (n may be 0); never NULL (aborts like xmalloc). */
void *secbuf_alloc(size_t n);

/* Wipes and frees a block from secbuf_alloc; NULL is fine. */
void secbuf_free(void *p);

/* A NUL-terminated copy of n bytes of s in guarded memory. */
char *secbuf_strndup(const char *s, size_t n);

/* Wipes the heap string s (from xmalloc/xstrdup) and frees it; NULL is fine. */
void secbuf_zfree_str(char *s);

/* Wipes n bytes at p and frees p (a plain heap block); NULL is fine. */
void secbuf_zfree(void *p, size_t n);

/* Called once, with a translated sentence, when a large block could not be
 * locked in RAM; by default it is written to standard error. A screen that
 * owns the terminal puts its own (or NULL: nothing said). */
extern void (*secbuf_notice)(const char *message);

#endif
