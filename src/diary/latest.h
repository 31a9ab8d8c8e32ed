/* SPDX-FileCopyrightText: 2026 The steady authors */
/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * latest.h: an index of the newest entry of each kind, and of each kind
 * and module, over a list of entries kept newest first, so diary_latest()
 * answers without a scan: unlocking used to scan the whole diary once per
 * module of the library (most have no record, so every scan ran to the
 * end), and the Patterns list again. The diary builds it at the first
 * question and drops it at every change.
 */
#ifndef STEADY_DIARY_LATEST_H
#define STEADY_DIARY_LATEST_H

#include <stddef.h>

#include "diary/entry.h"

struct latest; /* opaque */

/* The index of v (n entries, newest first); never NULL. */
struct latest *latest_build(struct entry *const *v, size_t n);

/* The newest entry of the kind and module (NULL: any module), or NULL. */
const struct entry *latest_get(const struct latest *l, enum entry_kind kind, const char *module);

/* Frees the index (not the entries); NULL is fine. */
void latest_free(struct latest *l);

#endif
