/* SPDX-FileCopyrightText: 2026 The steady authors */
/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * form.c: scale, choice and checklist. Marks are plain ASCII ("(*)",
 * "[x]") so they read the same on every terminal, with or without colour.
 */
#include "config.h"

#include <curses.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "session/play.h"
#include "ui/form.h"
#include "util/buf.h"
#include "util/gettext.h"
#include "util/wrap.h"
#include "util/xalloc.h"

int form_is_multi(const struct step *s)
{
	return s->type == STEP_CHECKLIST || (s->type == STEP_CHOICE && s->multiple);
}

size_t form_scale_doc(struct markup_doc *d, const struct step *s, const struct answer *an,
                      int width)
{
	struct buf b;
	buf_init(&b);
	size_t sel_start = 0, sel_end = 0;
	/* The whole row when it fits, else a compact "< 5 >". */
	int row = 0;
	long span = (long)s->max - (long)s->min;
	if (span >= 0 && span <= 40) {
		for (int v = s->min; v <= s->max; v++) {
			char cell[24];
			row += snprintf(cell, sizeof cell, " %d ", v);
		}
	}
	if (span >= 0 && span <= 40 && row <= width) {
		for (int v = s->min; v <= s->max; v++) {
			/* Brackets as well as the highlight: it shows without colour or bold. */
			if (an->set && an->value == v) {
				sel_start = b.len;
				buf_printf(&b, "[%d]", v);
				sel_end = b.len;
			} else {
				buf_printf(&b, " %d ", v);
			}
		}
	} else {
		if (an->set) {
			buf_puts(&b, "< ");
			sel_start = b.len;
			buf_printf(&b, "[%d]", an->value);
			sel_end = b.len;
			buf_puts(&b, " >");
		} else {
			buf_puts(&b, "<  -  >");
		}
		buf_printf(&b, "  (%d-%d)", s->min, s->max);
	}
	markup_text(d, b.data, width, 0, 0);
	size_t line = d->n - 1;
	d->lines[line].tag = FORM_TAG_SCALE;
	/* The row is one line unless the screen is very narrow; mark the choice on it. */
	if (sel_end > sel_start && d->n > 0 && d->lines[line].len >= sel_end &&
	    strncmp(d->lines[line].text, b.data, sel_end) == 0) {
		struct markup_line *l = &d->lines[line];
		l->spans = xreallocarray(l->spans, l->n_spans + 1, sizeof *l->spans);
		l->spans[l->n_spans].start = sel_start;
		l->spans[l->n_spans].end = sel_end;
		l->spans[l->n_spans].attr = MARKUP_SELECTED | MARKUP_STRONG;
		l->n_spans++;
	}
	buf_free(&b);
	markup_blank(d);
	char *lo = xasprintf("%d = %s", s->min, s->min_label ? s->min_label : "");
	char *hi = xasprintf("%d = %s", s->max, s->max_label ? s->max_label : "");
	markup_text(d, lo, width, 0, MARKUP_DIM);
	markup_text(d, hi, width, 0, MARKUP_DIM);
	free(lo);
	free(hi);
	return line;
}

int form_scale_at(const struct step *s, int width, int col, int *v)
{
	long span = (long)s->max - (long)s->min;
	if (span < 0 || span > 40 || col < 0)
		return 0;
	int row = 0;
	for (int x = s->min; x <= s->max; x++) {
		char cell[24];
		row += snprintf(cell, sizeof cell, " %d ", x);
	}
	if (row > width)
		return 0; /* the compact form: no points to click */
	int at = 0;
	for (int x = s->min; x <= s->max; x++) {
		char cell[24];
		at += snprintf(cell, sizeof cell, " %d ", x);
		if (col < at) {
			*v = x;
			return 1;
		}
	}
	return 0;
}

static void set_value(const struct step *s, struct answer *an, long v)
{
	if (v < s->min)
		v = s->min;
	if (v > s->max)
		v = s->max;
	an->value = (int)v;
	an->set = 1;
}

int form_scale_key(const struct step *s, struct answer *an, int *acc, enum app_event ev, wint_t ch)
{
	int mid = s->min + (s->max - s->min) / 2;
	if (ev == EV_KEY) {
		*acc = -1;
		switch (ch) {
		case KEY_LEFT:
			set_value(s, an, an->set ? (long)an->value - 1 : mid);
			return 1;
		case KEY_RIGHT:
			set_value(s, an, an->set ? (long)an->value + 1 : mid);
			return 1;
		case KEY_HOME:
			set_value(s, an, s->min);
			return 1;
		case KEY_END:
			set_value(s, an, s->max);
			return 1;
		}
		return 0;
	}
	if (ev != EV_CHAR)
		return 0;
	if (ch == '-' || ch == '+') {
		*acc = -1;
		long d = ch == '-' ? -1 : 1;
		set_value(s, an, an->set ? (long)an->value + d : mid);
		return 1;
	}
	if (ch >= '0' && ch <= '9') {
		int digit = (int)(ch - '0');
		/*
		 * "1" then "0" is 10: digits typed one after another build a number
		 * on the scale, but only in quick succession; a "0" typed later to
		 * correct a "1" means 0, never the other end of the scale.
		 */
		struct timespec now;
		clock_gettime(CLOCK_MONOTONIC, &now);
		long long ms = (long long)now.tv_sec * 1000 + now.tv_nsec / 1000000;
		static long long last_ms;
		if (ms - last_ms > 1000)
			*acc = -1;
		last_ms = ms;
		long v = digit;
		if (*acc >= 0 && (long)*acc * 10 + digit <= s->max)
			v = (long)*acc * 10 + digit;
		if (v < s->min || v > s->max) {
			*acc = -1;
			return 1;
		}
		*acc = (int)v;
		set_value(s, an, v);
		return 1;
	}
	return 0;
}

size_t form_options_doc(struct markup_doc *d, const struct step *s, const struct answer *an,
                        size_t focus, int width)
{
	int multi = form_is_multi(s);
	size_t focus_line = d->n; /* with no focus yet: the first option, where reading starts */
	for (size_t i = 0; i < s->n_options; i++) {
		int on = i < an->n_chosen && an->chosen[i];
		/* The focus is marked in text too ("> "), not only by the highlight. */
		const char *mark = multi ? (on ? "[x] " : "[ ] ") : (on ? "(*) " : "( ) ");
		char *prefix = xasprintf("%s%s", i == focus ? "> " : "  ", mark);
		if (i == focus)
			focus_line = d->n;
		size_t first = d->n;
		markup_item(d, prefix, s->options[i].label, width,
		            i == focus ? MARKUP_SELECTED : 0);
		for (size_t k = first; k < d->n; k++)
			d->lines[k].tag = FORM_TAG_OPTION + (int)i;
		free(prefix);
	}
	return focus_line;
}

int form_choose(const struct step *s, struct answer *an, size_t focus)
{
	if (focus >= an->n_chosen)
		return 0;
	if (form_is_multi(s)) {
		if (!play_room_for(s, an, focus))
			return -1; /* "choose up to N": that many are ticked */
		an->chosen[focus] = !an->chosen[focus];
		return 0;
	}
	memset(an->chosen, 0, an->n_chosen);
	an->chosen[focus] = 1;
	return 0;
}

int form_options_key(const struct step *s, struct answer *an, size_t *focus, enum app_event ev,
                     wint_t ch)
{
	if (s->n_options == 0)
		return 0;
	if (ev == EV_KEY) {
		switch (ch) {
		case KEY_UP:
			if (*focus == FORM_NO_FOCUS)
				*focus = s->n_options - 1;
			else if (*focus > 0)
				(*focus)--;
			return 1;
		case KEY_DOWN:
			if (*focus == FORM_NO_FOCUS)
				*focus = 0;
			else if (*focus + 1 < s->n_options)
				(*focus)++;
			return 1;
		case KEY_HOME:
			*focus = 0;
			return 1;
		case KEY_END:
			*focus = s->n_options - 1;
			return 1;
		}
		return 0;
	}
	if (ev != EV_CHAR)
		return 0;
	if (ch == 'k' || ch == 'j')
		return form_options_key(s, an, focus, EV_KEY, ch == 'k' ? KEY_UP : KEY_DOWN);
	if (ch == ' ' || ch == 'x') {
		if (*focus == FORM_NO_FOCUS)
			*focus = 0; /* the first press shows where the focus is; the next chooses */
		else if (form_choose(s, an, *focus) < 0)
			return 2;
		return 1;
	}
	if (ch >= '1' && ch <= '9' && (size_t)(ch - '1') < s->n_options) {
		*focus = (size_t)(ch - '1');
		return form_choose(s, an, *focus) < 0 ? 2 : 1;
	}
	return 0;
}
