/* SPDX-FileCopyrightText: 2026 The steady authors */
/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * editor.h: the built-in multi-line editor for free-text answers. No
 * external editor is ever started: it would write the text to a temporary
 * file on disk. UTF-8, word wrap, cursor movement, pasted text, the
 * readline keys that delete, and undo.
 */
#ifndef STEADY_UI_EDITOR_H
#define STEADY_UI_EDITOR_H

#include <stddef.h>
#include <wchar.h>

#include "ui/app.h"
#include "ui/draw.h"
#include "session/progress.h"

/* How many edits Ctrl-Z can undo, newest first. */
#define EDITOR_UNDO 64

/* The text as it was before one edit (wiped when dropped). */
struct editor_snap {
	char *text;
	size_t len, cur;
};

struct editor {
	size_t cur; /* byte offset of the cursor in the text */
	int goal;   /* the column Up/Down aim for, or -1 */
	size_t top; /* the first visual line shown */
	int full;   /* the text reached ANSWER_MAX_TEXT */
	struct editor_snap undo[EDITOR_UNDO];
	size_t n_undo;
	int last;       /* the kind of the last edit: typing runs are one step to undo */
	size_t last_at; /* the cursor after it */
};

/*
 * Starts editing with the cursor at the end of the text, with nothing to
 * undo. e is zeroed memory or an editor started before.
 */
void editor_start(struct editor *e, const struct answer *an);

/* Wipes and frees what the editor keeps to undo. */
void editor_free(struct editor *e);

/* Draws the text (or the placeholder when empty) into the area and places the cursor. */
void editor_draw(struct editor *e, const struct answer *an, const struct area *ar,
                 const char *placeholder);

/*
 * Handles a key; returns 1 when used (Tab, Esc and the like are left to the
 * caller). Beside the arrows, Home/End and PgUp/PgDn: Ctrl-A and Ctrl-E go
 * to the line's start and end, Ctrl-D deletes forward, and as in readline
 * Ctrl-W deletes the word before the cursor, Ctrl-U the line before it and
 * Ctrl-K the line after it; Ctrl-Z undoes the last edit (a run of typing is
 * one).
 */
int editor_key(struct editor *e, struct answer *an, enum app_event ev, wint_t ch, int width,
               int rows);

/* The editor's own keys, for a footer and the keys box: writes up to 4 into k. */
size_t editor_keys(struct app_keyhelp *k);

/* Inserts a character typed or pasted (Enter is a new line). Returns 1 when used. */
int editor_insert(struct editor *e, struct answer *an, wint_t ch);

#endif
