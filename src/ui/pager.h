/* SPDX-FileCopyrightText: 2026 The steady authors */
/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * pager.h: the keys that scroll text to read.
 */
#ifndef STEADY_UI_PAGER_H
#define STEADY_UI_PAGER_H

#include <stddef.h>
#include <wchar.h>

#include "ui/app.h"
#include "util/markup.h"

/*
 * Scrolling keys for a document of n lines shown h at a time: Up/Down,
 * PgUp/PgDn, Home/End, j/k. Returns 1 when the key was used.
 */
int pager_key(size_t *top, size_t n, int h, enum app_event ev, wint_t ch);

/* The same, and Space for the next page: for screens that are only read,
 * where Space has nothing else to do. */
int pager_read_key(size_t *top, size_t n, int h, enum app_event ev, wint_t ch);

/* A document shown a screenful at a time: where it is scrolled to, and its size when drawn. */
struct pager {
	size_t top; /* the first line shown */
	size_t n;   /* lines in the document */
	int h;      /* rows it had */
};

/* Draws the document into the area from the pager's place, keeping its size for the keys. */
void pager_draw(struct pager *p, const struct area *ar, const struct markup_doc *d);

/* pager_read_key() for a pager as last drawn. */
int pager_take(struct pager *p, enum app_event ev, wint_t ch);

#endif
