/* SPDX-FileCopyrightText: 2026 The steady authors */
/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * buf.h: a growable byte buffer, always NUL-terminated, for building
 * strings and reading files. Every length is checked here, once.
 */
#ifndef STEADY_UTIL_BUF_H
#define STEADY_UTIL_BUF_H

#include <stdarg.h>
#include <stddef.h>

struct buf {
	char *data; /* NUL-terminated; NULL until the first append */
	size_t len;
	size_t cap;
};

/* Starts an empty buffer. */
void buf_init(struct buf *b);

/* Frees the buffer's memory. */
void buf_free(struct buf *b);

/* Appends n bytes. */
void buf_append(struct buf *b, const void *p, size_t n);

/* Appends a NUL-terminated string. */
void buf_puts(struct buf *b, const char *s);

/* Appends one byte. */
void buf_putc(struct buf *b, char c);

/* Appends formatted text; fmt is always the program's own. */
void buf_printf(struct buf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

/* Takes the string out of the buffer (never NULL) and empties it. */
char *buf_take(struct buf *b);

/*
 * Reads a whole regular file of at most max bytes into b. Returns 0, or -1
 * with errno set (EFBIG when larger than max, EISDIR for a folder).
 */
int buf_read_file(struct buf *b, const char *path, size_t max);

#endif
