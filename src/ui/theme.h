/* SPDX-FileCopyrightText: 2026 The steady authors */
/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * theme.h: how things look. A calm palette (soft blue and cyan on the
 * terminal's own background) where colour is wanted and available; bold
 * and reverse only otherwise (NO_COLOR, --no-color, monochrome terminals).
 */
#ifndef STEADY_UI_THEME_H
#define STEADY_UI_THEME_H

#include <curses.h>

enum theme_role {
	THEME_NORMAL,
	THEME_TITLE,    /* the screen's title */
	THEME_HEADING,  /* headings in text */
	THEME_EMPH,     /* *emphasis* */
	THEME_STRONG,   /* prompts and names */
	THEME_SELECTED, /* the highlighted line */
	THEME_DIM,      /* quiet detail, the footer */
	THEME_ACCENT,   /* marks, numbers */
	THEME_KEY,      /* key names in the footer */
	THEME__COUNT
};

/* Sets up the colours (once curses is started); color 0 means none. */
void theme_init(int color);

/* The curses attributes of a role. */
attr_t theme_attr(enum theme_role r);

/* The curses attributes for markup attributes (MARKUP_*). */
attr_t theme_markup(unsigned markup);

#endif
