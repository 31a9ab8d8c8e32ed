/* SPDX-FileCopyrightText: 2026 The steady authors */
/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * plain_write.h: text that takes several lines (a module's written answer,
 * a journal entry), read one line at a time into an answer (progress.h),
 * which wipes its old buffers as it grows. A line with only a dot ends it.
 */
#ifndef STEADY_PLAIN_PLAIN_WRITE_H
#define STEADY_PLAIN_PLAIN_WRITE_H

#include <stddef.h>

#include "plain/plain_ctx.h"
#include "session/progress.h"

/* Adds a line at the end of the text (after a line break); 0 when the text is full. */
int plain_write_line(struct answer *an, const char *s, size_t n);

/*
 * Reads the lines after the first until a line with only a dot: 1 then,
 * 0 when leaving (the end of input, a signal, a lock) with what was
 * written so far kept in an.
 */
int plain_write_more(struct plain *p, struct answer *an);

#endif
