/* SPDX-FileCopyrightText: 2026 The steady authors */
/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * field.h: a one-line text field (a search, a passphrase). Its text lives
 * in guarded memory (secbuf) and is wiped when the field is cleared or
 * freed. A secret field shows one dot per character, never the text.
 */
#ifndef STEADY_UI_FIELD_H
#define STEADY_UI_FIELD_H

#include <stddef.h>
#include <wchar.h>

#include "ui/app.h"

/* Longest text a field takes, in bytes (as the command line's passphrases). */
#define FIELD_MAX 1024

struct field {
	char *text; /* FIELD_MAX + 1 bytes of secbuf memory, NUL-terminated */
	size_t len;
	int secret; /* show dots */
	int full;   /* the last key did not fit */
};

/* Starts an empty field. */
void field_init(struct field *f, int secret);

/* Wipes the text; the field stays usable. */
void field_clear(struct field *f);

/* Wipes and frees the text. */
void field_free(struct field *f);

/* Characters typed so far (code points, not bytes). */
size_t field_chars(const struct field *f);

/* Typing, Backspace and Ctrl-U (clear); 1 when the key was used. Enter, Esc and Tab are left. */
int field_key(struct field *f, enum app_event ev, wint_t ch);

/* Draws "label: text" on row y from column x in w columns and places the cursor at its end. */
void field_draw(const struct field *f, int y, int x, int w, const char *label, int utf8);

#endif
