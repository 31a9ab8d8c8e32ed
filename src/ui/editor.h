/*
 * editor.h: the built-in multi-line editor for free-text answers. No
 * external editor is ever started: it would write the text to a temporary
 * file on disk. UTF-8, word wrap, cursor movement, and pasted text.
 */
#ifndef STEADY_UI_EDITOR_H
#define STEADY_UI_EDITOR_H

#include <stddef.h>
#include <wchar.h>

#include "ui/app.h"
#include "ui/draw.h"
#include "session/progress.h"

struct editor {
	size_t cur; /* byte offset of the cursor in the text */
	int goal;   /* the column Up/Down aim for, or -1 */
	size_t top; /* the first visual line shown */
	int full;   /* the text reached ANSWER_MAX_TEXT */
};

/* Starts editing with the cursor at the end of the text. */
void editor_start(struct editor *e, const struct answer *an);

/* Draws the text (or the placeholder when empty) into the area and places the cursor. */
void editor_draw(struct editor *e, const struct answer *an, const struct area *ar,
                 const char *placeholder);

/* Handles a key; returns 1 when used (Tab, Esc and the like are left to the caller). */
int editor_key(struct editor *e, struct answer *an, enum app_event ev, wint_t ch, int width,
               int rows);

/* Inserts a character typed or pasted (Enter is a new line). Returns 1 when used. */
int editor_insert(struct editor *e, struct answer *an, wint_t ch);

#endif
