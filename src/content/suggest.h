/* SPDX-FileCopyrightText: 2026 The steady authors */
/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * suggest.h: "did you mean" for misspelt keys, step types and module ids,
 * by edit distance (a swap of two neighbouring letters counts as one edit).
 */
#ifndef STEADY_CONTENT_SUGGEST_H
#define STEADY_CONTENT_SUGGEST_H

#include <stddef.h>

/* The edit distance between a and b, or a large number for very long words. */
size_t suggest_distance(const char *a, const char *b);

/*
 * The candidate closest to word (of the n in cands; NULL entries skipped)
 * when it is close enough to be a likely typing mistake, else NULL.
 */
const char *suggest_word(const char *word, const char *const *cands, size_t n);

#endif
