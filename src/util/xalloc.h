/* SPDX-FileCopyrightText: 2026 The steady authors */
/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * xalloc.h: checked allocation. Running out of memory is not something a
 * self-help program can recover from sensibly, so these print a message
 * and abort rather than return NULL to callers that would each have to
 * handle it.
 */
#ifndef STEADY_UTIL_XALLOC_H
#define STEADY_UTIL_XALLOC_H

#include <stddef.h>

/* malloc that never returns NULL. */
void *xmalloc(size_t n);

/* calloc that never returns NULL and checks nmemb * size for overflow. */
void *xcalloc(size_t nmemb, size_t size);

/* realloc of nmemb * size bytes, overflow-checked, never NULL. */
void *xreallocarray(void *p, size_t nmemb, size_t size);

/* strdup that never returns NULL; NULL in gives NULL out. */
char *xstrdup(const char *s);

/* strndup that never returns NULL. */
char *xstrndup(const char *s, size_t n);

/* Wipes a string (it may hold what a person wrote), then frees it; NULL is fine. */
void xfree_wiped(char *s);

/* asprintf into a new string; fmt is always the program's own. */
char *xasprintf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

#endif
