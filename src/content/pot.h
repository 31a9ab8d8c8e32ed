/* SPDX-FileCopyrightText: 2026 The steady authors */
/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * pot.h: collects the content's translatable strings, as the loader meets
 * them, and writes them as a gettext template (.pot). Because the loader
 * calls the same hook for display and for extraction, the two cannot drift.
 */
#ifndef STEADY_CONTENT_POT_H
#define STEADY_CONTENT_POT_H

#include <stdio.h>

#include "content/module_load.h"

struct pot_entry;

struct pot {
	struct pot_entry *entries; /* in first-seen order */
	size_t n, cap;
	const char *domain; /* only strings of this domain are kept (NULL: all) */
};

/* Starts an empty template keeping strings of domain (NULL: every domain). */
void pot_init(struct pot *p, const char *domain);

/* Frees the template. */
void pot_free(struct pot *p);

/* A content_tr that records each string into p and keeps the original. */
struct content_tr pot_collector(struct pot *p);

/* Writes the template: header, then one entry per (msgctxt, msgid). */
void pot_write(const struct pot *p, FILE *out);

#endif
