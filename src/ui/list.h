/* SPDX-FileCopyrightText: 2026 The steady authors */
/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * list.h: a list to move through with the arrow keys and open with Enter,
 * with quiet headings and gaps between groups (the home menu, pickers).
 */
#ifndef STEADY_UI_LIST_H
#define STEADY_UI_LIST_H

#include <stddef.h>
#include <wchar.h>

#include "ui/app.h"
#include "ui/draw.h"

struct list_item {
	char *label;
	char *detail; /* shown quietly at the right, may be NULL */
	int id;       /* the caller's; -1 for headings and gaps */
};

struct list {
	struct list_item *items;
	size_t n, cap;
	size_t sel; /* a selectable item, when there is one */
	size_t top;
};

/* Adds a selectable item. */
void list_add(struct list *l, const char *label, const char *detail, int id);

/* Adds a heading (not selectable); label NULL adds a gap. */
void list_heading(struct list *l, const char *label);

/* Frees the items. */
void list_free(struct list *l);

/* Wipes the labels and details, then frees them (for lists showing diary text). */
void list_wipe(struct list *l);

/* Selects the item with this id when there is one. */
void list_select_id(struct list *l, int id);

/* The selected item's id, or -1. */
int list_selected(const struct list *l);

/* Draws the list into the area, scrolling to keep the selection in view. */
void list_draw(struct list *l, const struct area *ar);

/*
 * A click on row y (as last drawn), for the screen sc showing l: a click on
 * an item moves the selection there as Up and Down would (so the screen
 * keeps its own selection as for keys); a click on the selected item
 * chooses it, as Enter. Returns 1 when an item was on that row.
 */
int list_click(struct app *a, struct screen *sc, const struct list *l, int y);

/* Moves the selection for arrow keys, Home/End, PgUp/PgDn, j/k; 1 when the key was used. */
int list_key(struct list *l, enum app_event ev, wint_t ch, int page);

#endif
