/* SPDX-FileCopyrightText: 2026 The steady authors */
/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * ybytes.h: byte-level checks of a content file before any YAML parsing, so
 * that binary files, byte-order marks and broken UTF-8 get a message a
 * person can act on (and an exact line and column) rather than a parser's.
 */
#ifndef STEADY_CONTENT_YBYTES_H
#define STEADY_CONTENT_YBYTES_H

#include <stddef.h>

#include "content/diag.h"

/*
 * Checks that text of len bytes is plain UTF-8 YAML input: not empty, no
 * byte-order mark, no NUL or other control bytes, valid UTF-8. Adds one
 * error to d and returns -1 at the first problem; 0 when fine.
 */
int ybytes_check(const char *text, size_t len, const char *file, struct diag *d);

#endif
