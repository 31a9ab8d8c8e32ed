/* SPDX-FileCopyrightText: 2026 The steady authors */
/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pager.c: text to read, scrolled with the arrow keys. */
#include "config.h"

#include <curses.h>

#include "ui/draw.h"
#include "ui/pager.h"
#include "util/gettext.h"

int pager_key(size_t *top, size_t n, int h, enum app_event ev, wint_t ch)
{
	size_t page = h > 1 ? (size_t)h - 1 : 1;
	size_t max = n > (size_t)h ? n - (size_t)h : 0;
	if (ev == EV_KEY) {
		switch (ch) {
		case KEY_DOWN:
			if (*top < max)
				(*top)++;
			return 1;
		case KEY_UP:
			if (*top > 0)
				(*top)--;
			return 1;
		case KEY_NPAGE:
			*top = *top + page < max ? *top + page : max;
			return 1;
		case KEY_PPAGE:
			*top = *top > page ? *top - page : 0;
			return 1;
		case KEY_HOME:
			*top = 0;
			return 1;
		case KEY_END:
			*top = max;
			return 1;
		}
	} else if (ev == EV_CHAR) {
		if (ch == 'j' && *top < max) {
			(*top)++;
			return 1;
		}
		if (ch == 'k' && *top > 0) {
			(*top)--;
			return 1;
		}
	}
	return 0;
}

int pager_read_key(size_t *top, size_t n, int h, enum app_event ev, wint_t ch)
{
	if (ev == EV_CHAR && ch == ' ')
		return pager_key(top, n, h, EV_KEY, KEY_NPAGE);
	return pager_key(top, n, h, ev, ch);
}

void pager_draw(struct pager *p, const struct area *ar, const struct markup_doc *d)
{
	p->top = draw_doc(ar, d, p->top);
	p->n = d->n;
	p->h = ar->h;
}

int pager_take(struct pager *p, enum app_event ev, wint_t ch)
{
	return pager_read_key(&p->top, p->n, p->h, ev, ch);
}
