/* secbuf.c: guarded, locked, wiped memory for secrets, from libsodium. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <sodium.h>

#include "diary/secbuf.h"
#include "util/gettext.h"

int secbuf_init(void)
{
	/* sodium_init() returns 1 when already initialised, which is fine. */
	return sodium_init() < 0 ? -1 : 0;
}

void *secbuf_alloc(size_t n)
{
	if (secbuf_init() < 0) {
		fputs(_("steady: the cryptography library could not start\n"), stderr);
		abort();
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
	if (p)
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
