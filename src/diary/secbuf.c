/* SPDX-FileCopyrightText: 2026 The steady authors */
/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * secbuf.c: guarded, locked, wiped memory for secrets. Small blocks come
 * from libsodium's sodium_malloc. Blocks of SECBUF_BIG bytes or more (the
 * decrypted diary, the body a save encodes) are mapped here the same way,
 * with guard pages before and after, locked and kept out of core dumps,
 * wiped when freed, with a canary in front checked then; but in huge pages
 * where the system offers them, and without sodium_malloc's fill of the
 * whole block with a garbage byte: at 100,000 entries locking 4 KiB pages
 * one by one and filling them was a fifth of an open. The block is
 * written over as a whole at once (decrypted or encoded into), and fresh
 * pages are zeros.
 */
#include "config.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include <sodium.h>

#include "diary/secbuf.h"
#include "util/gettext.h"

int secbuf_init(void)
{
	/* sodium_init() returns 1 when already initialised, which is fine. */
	return sodium_init() < 0 ? -1 : 0;
}

/* From this size on, a block is mapped here (see the top). */
#define SECBUF_BIG (1u << 20)
#define HUGE_PAGE  (2u << 20)
#define CANARY     16

/* A mapped block: few are alive at once (the body; during a save, the new one). */
struct big {
	unsigned char *map; /* the whole mapping, guard pages included */
	size_t maplen;
	unsigned char *region; /* locked, between the guard pages */
	size_t regionlen;
	unsigned char *user;
	struct big *next;
};
static struct big *bigs;
static unsigned char canary[CANARY];

static void out_of_memory(void)
{
	fputs(_("steady: out of memory\n"), stderr);
	abort();
}

static size_t round_up(size_t n, size_t to)
{
	return (n + to - 1) / to * to;
}

static void notice_stderr(const char *message)
{
	fprintf(stderr, "%s\n", message);
}

void (*secbuf_notice)(const char *message) = notice_stderr;

static void *big_alloc(size_t n)
{
	size_t page = (size_t)sysconf(_SC_PAGESIZE);
	/* First, so that neither length below can wrap. */
	if (n > SIZE_MAX - CANARY - HUGE_PAGE - 3 * page)
		out_of_memory();
	/* The block ends against the guard page after it, as sodium_malloc's
	 * do, so a write past its end faults; the canary sits just before it. */
	size_t regionlen = round_up(n + CANARY, page);
	/* Room to start the region on a huge page's boundary. */
	size_t maplen = regionlen + 2 * page + HUGE_PAGE;
	unsigned char *map =
	        mmap(NULL, maplen, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	if (map == MAP_FAILED)
		out_of_memory();
	unsigned char *region = (unsigned char *)round_up((uintptr_t)map + page, HUGE_PAGE);
	if (mprotect(region - page, page, PROT_NONE) != 0 ||
	    mprotect(region + regionlen, page, PROT_NONE) != 0)
		out_of_memory();
#ifdef MADV_DONTDUMP
	(void)madvise(region, regionlen, MADV_DONTDUMP);
#endif
#ifdef MADV_HUGEPAGE
	(void)madvise(region, regionlen, MADV_HUGEPAGE);
#endif
	/* Locked where the system allows it, as sodium_mlock() does; said once
	 * when it does not (SECURITY.md: ulimit -l). */
	static int said;
	if (mlock(region, regionlen) != 0 && !said) {
		said = 1;
		if (secbuf_notice)
			secbuf_notice(
			        _("steady: the diary could not be locked in memory, so the "
			          "system may write it to swap; see 'ulimit -l' in SECURITY.md."));
	}
	struct big *b = malloc(sizeof *b);
	if (!b)
		out_of_memory();
	b->map = map;
	b->maplen = maplen;
	b->region = region;
	b->regionlen = regionlen;
	b->user = region + regionlen - n;
	memcpy(b->user - CANARY, canary, CANARY);
	b->next = bigs;
	bigs = b;
	return b->user;
}

/* 1 when p was a mapped block, now wiped and gone. */
static int big_free(void *p)
{
	for (struct big **at = &bigs; *at; at = &(*at)->next) {
		struct big *b = *at;
		if (b->user != p)
			continue;
		if (sodium_memcmp(b->user - CANARY, canary, CANARY) != 0)
			abort(); /* written before its start: a bug, stopped here */
		sodium_memzero(b->region, b->regionlen);
		(void)munlock(b->region, b->regionlen);
		munmap(b->map, b->maplen);
		*at = b->next;
		free(b);
		return 1;
	}
	return 0;
}

void *secbuf_alloc(size_t n)
{
	if (secbuf_init() < 0) {
		fputs(_("steady: the cryptography library could not start\n"), stderr);
		abort();
	}
	if (n >= SECBUF_BIG) {
		static int have_canary;
		if (!have_canary) {
			randombytes_buf(canary, sizeof canary);
			have_canary = 1;
		}
		return big_alloc(n);
	}
	/* sodium_malloc also locks the pages (sodium_mlock) when the system allows. */
	void *p = sodium_malloc(n ? n : 1);
	if (!p) {
		fputs(_("steady: out of memory\n"), stderr);
		abort();
	}
	return p;
}

void secbuf_free(void *p)
{
	if (p && !big_free(p))
		sodium_free(p);
}

char *secbuf_strndup(const char *s, size_t n)
{
	char *p = secbuf_alloc(n + 1);
	if (n)
		memcpy(p, s, n);
	p[n] = '\0';
	return p;
}

void secbuf_zfree_str(char *s)
{
	if (s)
		secbuf_zfree(s, strlen(s));
}

void secbuf_zfree(void *p, size_t n)
{
	if (!p)
		return;
	sodium_memzero(p, n);
	free(p);
}
