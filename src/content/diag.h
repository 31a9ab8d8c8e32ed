/* SPDX-FileCopyrightText: 2026 The steady authors */
/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * diag.h: diagnostics about content files, in GNU style
 * ("FILE:LINE:COL: error: MESSAGE"), collected so that every problem in a
 * file is reported, not only the first.
 */
#ifndef STEADY_CONTENT_DIAG_H
#define STEADY_CONTENT_DIAG_H

#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>

enum diag_level { DIAG_NOTE, DIAG_WARNING, DIAG_ERROR };

/* Messages kept per file; later ones are counted but not recorded. */
#define DIAG_MAX_PER_FILE 50

struct diag_msg {
	enum diag_level level;
	char *file; /* may be NULL for messages not about a file */
	int line;   /* 0 when unknown */
	int col;    /* 0 when unknown */
	char *text;
};

struct diag {
	struct diag_msg *msgs;
	size_t n, cap;
	size_t errors, warnings;
	size_t limit; /* stop recording after this many messages (0: default) */
};

/* Starts an empty list. */
void diag_init(struct diag *d);

/* Frees every message. */
void diag_free(struct diag *d);

/* Adds a message; fmt is the program's own (translated) format, never content. */
void diag_add(struct diag *d, enum diag_level level, const char *file, int line, int col,
              const char *fmt, ...) __attribute__((format(printf, 6, 7)));

/* diag_add() with a va_list. */
void diag_vadd(struct diag *d, enum diag_level level, const char *file, int line, int col,
               const char *fmt, va_list ap) __attribute__((format(printf, 6, 0)));

/* The number of messages recorded about file (NULL: about no file). */
size_t diag_count_file(const struct diag *d, const char *file);

/* Writes every message in GNU style, one a line. */
void diag_print(const struct diag *d, FILE *out);

/* Writes one message in GNU style. */
void diag_print_msg(const struct diag_msg *m, FILE *out);

#endif
