/* SPDX-FileCopyrightText: 2026 The steady authors */
/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * theme.c: roles to curses attributes. use_default_colors() keeps the
 * terminal's own background, so steady looks like the rest of the
 * person's terminal rather than a bright block that draws the eye.
 */
#include "config.h"

#include "util/markup.h"
#include "ui/theme.h"

static attr_t roles[THEME__COUNT];

enum { PAIR_ACCENT = 1, PAIR_SELECTED, PAIR_DIM, PAIR_TITLE };

void theme_init(int color)
{
	for (int i = 0; i < THEME__COUNT; i++)
		roles[i] = A_NORMAL;
	roles[THEME_TITLE] = A_BOLD;
	roles[THEME_HEADING] = A_BOLD;
	roles[THEME_EMPH] = A_BOLD;
	roles[THEME_STRONG] = A_BOLD;
	roles[THEME_SELECTED] = A_REVERSE;
	roles[THEME_KEY] = A_BOLD;

	if (!color || !has_colors() || start_color() == ERR)
		return;
	int bg = -1;
	if (use_default_colors() == ERR)
		bg = COLOR_BLACK;
	if (COLORS >= 256) {
		/* Soft blue accents, a pale blue bar, grey detail. */
		init_pair(PAIR_ACCENT, 110, bg);
		init_pair(PAIR_SELECTED, 234, 152);
		init_pair(PAIR_DIM, 246, bg);
		init_pair(PAIR_TITLE, 117, bg);
	} else if (COLORS >= 8) {
		init_pair(PAIR_ACCENT, COLOR_CYAN, bg);
		init_pair(PAIR_SELECTED, COLOR_BLACK, COLOR_CYAN);
		init_pair(PAIR_DIM, COLOR_BLUE, bg);
		init_pair(PAIR_TITLE, COLOR_CYAN, bg);
	} else {
		return;
	}
	roles[THEME_TITLE] = A_BOLD | COLOR_PAIR(PAIR_TITLE);
	roles[THEME_HEADING] = A_BOLD | COLOR_PAIR(PAIR_ACCENT);
	roles[THEME_EMPH] = COLOR_PAIR(PAIR_ACCENT);
	roles[THEME_SELECTED] = COLOR_PAIR(PAIR_SELECTED);
	roles[THEME_ACCENT] = COLOR_PAIR(PAIR_ACCENT);
	roles[THEME_KEY] = COLOR_PAIR(PAIR_ACCENT);
	if (COLORS >= 256)
		roles[THEME_DIM] = COLOR_PAIR(PAIR_DIM);
}

attr_t theme_attr(enum theme_role r)
{
	return (r >= 0 && r < THEME__COUNT) ? roles[r] : A_NORMAL;
}

/* Adds a role's attributes, keeping the first colour met (pairs do not mix). */
static attr_t add_role(attr_t a, enum theme_role r)
{
	attr_t add = roles[r];
	if ((a & A_COLOR) && (add & A_COLOR))
		add &= ~A_COLOR;
	return a | add;
}

attr_t theme_markup(unsigned m)
{
	if (m & MARKUP_SELECTED)
		return roles[THEME_SELECTED] |
		       ((m & (MARKUP_HEADING | MARKUP_STRONG)) ? A_BOLD : 0);
	attr_t a = A_NORMAL;
	if (m & MARKUP_HEADING)
		a = add_role(a, THEME_HEADING);
	if (m & MARKUP_EMPH)
		a = add_role(a, THEME_EMPH);
	if (m & MARKUP_ACCENT)
		a = add_role(a, THEME_ACCENT);
	if (m & MARKUP_STRONG)
		a = add_role(a, THEME_STRONG);
	if (m & MARKUP_DIM)
		a = add_role(a, THEME_DIM);
	return a;
}
