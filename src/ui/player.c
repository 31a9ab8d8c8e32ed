/* SPDX-FileCopyrightText: 2026 The steady authors */
/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * player.c: plays a module step by step. Back and forward move between
 * steps; leaving keeps the answers (in memory, for this run) and the place,
 * so "Continue" on the home screen comes back to it. A self-check ends
 * with the band its total falls in.
 */
#include "config.h"

#include <curses.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "session/keep.h"
#include "session/play.h"
#include "ui/draw.h"
#include "ui/editor.h"
#include "ui/form.h"
#include "ui/helpnow.h"
#include "ui/pager.h"
#include "ui/screen.h"
#include "ui/screens.h"
#include "ui/theme.h"
#include "ui/timer.h"
#include "util/gettext.h"
#include "util/xalloc.h"

struct player {
	struct app *a;
	struct play play;
	int index;    /* the module's place in the library, or -1 (a preview) */
	size_t top;   /* scroll position */
	size_t focus; /* option, link or suggestion */
	int acc;      /* digits typed on a scale */
	struct timer timer;
	struct editor ed;
	const char *note;            /* a gentle word when something is needed first */
	int follow;                  /* keep the focus in view (once a key has moved it) */
	int focus_seen;              /* the focused link was on the screen when last drawn */
	int note_y;                  /* the row the note was drawn on, or -1 */
	int focus_y, focus_x;        /* where the focused item was drawn, or -1 */
	size_t doc_lines;            /* lines of the step as last drawn, for scrolling */
	struct area body;            /* the step's area as last drawn */
	struct app_keyhelp keys[12]; /* the footer's keys: the keys overlay reads them later */
	char range[32];              /* a scale's numbers as a key: "0-10", "1-5" */
	char full[160];              /* the note when a multiple choice is full */
};

enum { TAG_LINK = 1 };

static const struct screen_ops player_ops;

static const struct step *cur_step(const struct player *pl)
{
	return play_step(&pl->play);
}

static struct answer *cur_answer(const struct player *pl)
{
	return play_answer(&pl->play);
}

static void enter_step(struct player *pl, size_t step)
{
	play_goto(&pl->play, step);
	pl->top = 0;
	pl->focus = 0;
	pl->acc = -1;
	pl->note = NULL;
	pl->follow = 0;
	const struct step *s = cur_step(pl);
	struct answer *an = cur_answer(pl);
	if (!s)
		return;
	if (s->type == STEP_TIMER)
		timer_reset(&pl->timer, s->seconds);
	editor_free(&pl->ed); /* what another step's text could undo to */
	if (s->type == STEP_TEXT)
		editor_start(&pl->ed, an);
	/* A single choice opens on what was chosen before, or on nothing at all. */
	if (s->type == STEP_CHOICE && !s->multiple && an) {
		pl->focus = FORM_NO_FOCUS;
		for (size_t i = 0; i < an->n_chosen; i++)
			if (an->chosen[i])
				pl->focus = i;
	}
}

/* Lays out the links (a links step, or the result's suggestions); returns the focus line. */
static size_t add_links(struct player *pl, struct markup_doc *d, int width)
{
	size_t n;
	const struct module **ms = play_links(&pl->play, &n);
	size_t focus_line = SIZE_MAX;
	for (size_t i = 0; i < n; i++) {
		/* TRANSLATORS: a module suggested at the end of another: %s is its
		   title, %d how many minutes it takes, as in "Urges and triggers (10
		   min)". */
		char *label = xasprintf(_("%s (%d min)"), ms[i]->title, ms[i]->minutes);
		if (i == pl->focus)
			focus_line = d->n;
		size_t first = d->n;
		markup_item(d, i == pl->focus ? "> " : "  ", label, width,
		            i == pl->focus ? MARKUP_SELECTED : 0);
		free(label);
		if (ms[i]->summary)
			markup_text(d, ms[i]->summary, width, 2, MARKUP_DIM);
		for (size_t k = first; k < d->n; k++)
			d->lines[k].tag = FORM_TAG_OPTION + (int)i; /* a click on it goes there */
	}
	free(ms);
	return focus_line;
}

static size_t count_links(const struct player *pl)
{
	size_t n;
	free(play_links(&pl->play, &n));
	return n;
}

/* Lays out the step (all but the editor); returns the line to keep in view, or SIZE_MAX. */
static size_t build(struct player *pl, struct markup_doc *d, int width)
{
	const struct step *s = cur_step(pl);
	const char *bullet = app_bullet(pl->a);
	size_t focus = SIZE_MAX;
	if (!s) {
		const struct band *b = play_band(&pl->play);
		/* TRANSLATORS: at the end of a self-check: the first %d is the
		   person's total, the second the highest total possible, as in "Your
		   total is 14 out of 27.". */
		char *t = xasprintf(_("Your total is %d out of %d."), play_score(&pl->play),
		                    play_score_max(&pl->play));
		markup_text(d, t, width, 0, MARKUP_STRONG);
		free(t);
		markup_blank(d);
		if (b) {
			markup_text(d, b->title, width, 0, MARKUP_HEADING);
			markup_blank(d);
			markup_render(d, b->feedback, width, bullet);
			if (count_links(pl) > 0) {
				markup_blank(d);
				markup_text(d, _("You could open next:"), width, 0, MARKUP_STRONG);
				focus = add_links(pl, d, width);
			}
		}
		goto note;
	}
	if (s->title) {
		markup_text(d, s->title, width, 0, MARKUP_HEADING);
		markup_blank(d);
	}
	if (s->text)
		markup_render(d, s->text, width, bullet);
	struct answer *an = cur_answer(pl);
	switch (s->type) {
	case STEP_PAGE:
		break;
	case STEP_SCALE:
		if (!markup_ends_blank(d))
			markup_blank(d);
		markup_text(d, s->prompt, width, 0, MARKUP_STRONG);
		markup_blank(d);
		focus = form_scale_doc(d, s, an, width);
		break;
	case STEP_CHOICE:
	case STEP_CHECKLIST:
		if (!markup_ends_blank(d))
			markup_blank(d);
		if (s->prompt) {
			markup_text(d, s->prompt, width, 0, MARKUP_STRONG);
			if (s->type == STEP_CHOICE && s->multiple) {
				char *hint = play_multi_hint(s);
				markup_text(d, hint, width, 0, MARKUP_DIM);
				free(hint);
			}
			markup_blank(d);
		}
		focus = form_options_doc(d, s, an, pl->focus, width);
		break;
	case STEP_TEXT: {
		if (!markup_ends_blank(d))
			markup_blank(d);
		markup_text(d, s->prompt, width, 0, MARKUP_STRONG);
		/* Before anything is typed: whether it will be kept. */
		const char *kept =
		        pl->index >= 0 ? keep_text_note(pl->a->s, (size_t)pl->index) : NULL;
		if (kept)
			markup_text(d, kept, width, 0, MARKUP_DIM);
		break;
	}
	case STEP_TIMER:
		if (!markup_ends_blank(d))
			markup_blank(d);
		timer_doc(d, &pl->timer, s, width, pl->a->utf8);
		break;
	case STEP_HELPLINES: {
		helpnow_cards(d, pl->a, s->kinds ? s->kinds : HELPLINE_ALL, width);
		/* Whose helplines these are, and where that is changed. */
		char *hint = session_region_hint(pl->a->s);
		if (hint) {
			if (!markup_ends_blank(d))
				markup_blank(d);
			markup_text(d, hint, width, 0, MARKUP_DIM);
			free(hint);
		}
		break;
	}
	case STEP_LINKS:
		if (!markup_ends_blank(d))
			markup_blank(d);
		focus = add_links(pl, d, width);
		break;
	default:
		break;
	}
note:
	if (s && s->optional && step_is_question(s) && s->type != STEP_CHECKLIST &&
	    !progress_answered(pl->play.p, pl->play.m, pl->play.step)) {
		/* An optional question says so: going on without an answer records nothing. */
		markup_blank(d);
		markup_text(d, _("This question is optional: you can go on without answering it."),
		            width, 0, MARKUP_DIM);
	}
	if (pl->note) {
		markup_blank(d);
		markup_text(d, pl->note, width, 0, MARKUP_ACCENT);
		focus = d->n - 1;
	}
	return focus;
}

/* The footer keys for the step. */
static size_t step_keys(struct player *pl, struct app_keyhelp *k)
{
	const struct step *s = cur_step(pl);
	size_t n = 0;
#define KEY(a_, b_) (k[n].key = (a_), k[n].what = (b_), n++)
	if (!s) {
		if (count_links(pl)) {
			KEY("Enter", _("open"));
			/* TRANSLATORS: a key hint in a module's footer, after "n" or
			   "Enter": ends the module. Keep it short. */
			KEY("n", _("finish"));
		} else {
			KEY("Enter", _("finish"));
		}
		KEY("b", _("back"));
		return n;
	}
	switch (s->type) {
	case STEP_SCALE:
		KEY("Left/Right", _("choose"));
		/* The scale's own numbers: typed one after another, "1" "0" is 10. */
		snprintf(pl->range, sizeof pl->range, "%d-%d", s->min, s->max);
		/* TRANSLATORS: a key hint in a module's footer, after the keys of a
		   scale's numbers, as in "0-9 number": typing a number chooses it.
		   Keep it short. */
		KEY(pl->range, _("number"));
		/* TRANSLATORS: a key hint in a module's footer, after "Enter", "n"
		   or "Tab": goes to the next step. Keep it short. */
		KEY("Enter", _("next"));
		KEY("b", _("back"));
		break;
	case STEP_CHOICE:
		KEY("Up/Down", _("move"));
		if (s->multiple) {
			/* TRANSLATORS: a key hint in a module's footer, after
			   "Space", as in "Space tick": ticks or unticks the
			   highlighted answer. Keep it short. */
			KEY("Space", _("tick"));
			KEY("Enter", _("next"));
		} else if (pl->focus == FORM_NO_FOCUS &&
		           !progress_answered(pl->play.p, pl->play.m, pl->play.step)) {
			/* TRANSLATORS: a key hint in a module's footer, after
			   "Enter", as in "Enter skip": goes on without answering
			   this optional question. Keep it short. */
			KEY("Enter", s->optional ? _("skip") : _("next"));
		} else {
			KEY("Enter", _("choose"));
		}
		KEY("b", _("back"));
		break;
	case STEP_CHECKLIST:
		KEY("Up/Down", _("move"));
		KEY("Space", _("tick"));
		KEY("Enter", _("next"));
		KEY("b", _("back"));
		break;
	case STEP_TEXT:
		KEY("Enter", _("next"));
		KEY("^J", _("new line"));
		KEY("Shift-Tab", _("back"));
		KEY("Esc", _("leave"));
		n += editor_keys(&k[n]);
		KEY("Tab", _("next"));
		break;
	case STEP_TIMER:
		/* TRANSLATORS: a key hint in a timer's footer, after "Space", as in
		   "Space pause". Keep it short. */
		KEY("Space", timer_running(&pl->timer) ? _("pause") : _("start"));
		/* TRANSLATORS: a key hint in a timer's footer, after "s", as in "s
		   stop": stops the timer. Keep it short. */
		KEY("s", _("stop"));
		KEY("Enter", _("next"));
		KEY("b", _("back"));
		break;
	case STEP_LINKS:
		KEY("Enter", _("open"));
		KEY("n", _("next"));
		KEY("b", _("back"));
		break;
	default:
		KEY("Enter", _("next"));
		KEY("b", _("back"));
		KEY("Up/Down", _("scroll"));
		break;
	}
	if (s->type != STEP_TEXT)
		KEY("Esc", _("leave"));
#undef KEY
	return n;
}

/* Letters are text in a text step; a running timer wants ticks and holds off the lock. */
static void sync(struct screen *sc)
{
	struct player *pl = sc->data;
	const struct step *s = cur_step(pl);
	sc->typing = s && s->type == STEP_TEXT;
	sc->ticks = s && s->type == STEP_TIMER && timer_running(&pl->timer);
}

static void player_draw(struct app *a, struct screen *sc)
{
	struct player *pl = sc->data;
	const struct step *s = cur_step(pl);
	const struct module *m = pl->play.m;
	sync(sc);
	char right[64];
	if (s && a->s->preview) /* a counsellor checking a module: say that nothing is kept */
		/* TRANSLATORS: at the top right while a module file is tried out
		   with 'steady preview': the step shown and how many there are, as
		   in "Preview, step 2 of 7". Keep it short. */
		snprintf(right, sizeof right, _("Preview, step %zu of %zu"), play_number(&pl->play),
		         play_count(&pl->play));
	else if (s)
		/* TRANSLATORS: at the top right of a module's screen: the step shown
		   and how many there are, as in "Step 2 of 7". Keep it short. */
		snprintf(right, sizeof right, _("Step %zu of %zu"), play_number(&pl->play),
		         play_count(&pl->play));
	else
		/* TRANSLATORS: at the top right of a self-check's last screen, where
		   the total is shown. Keep it short. */
		snprintf(right, sizeof right, "%s", _("Your result"));
	draw_frame(m->title, right);
	struct area ar = draw_body();
	pl->body = ar;
	struct markup_doc d;
	markup_init(&d);
	size_t focus = build(pl, &d, ar.w);
	pl->doc_lines = d.n;
	struct area da = ar;
	struct area ea = {0, 0, 0, 0};
	if (s && s->type == STEP_TEXT) {
		/* The question above, the editor below it with the rest of the room. */
		int dh = (int)d.n;
		if (dh > ar.h - 4)
			dh = ar.h - 4 > 0 ? ar.h - 4 : 0;
		da.h = dh;
		ea = (struct area){ar.y + dh + 1, ar.x, ar.h - dh - 1, ar.w};
		if (ea.h < 1)
			ea = (struct area){ar.y, ar.x, ar.h, ar.w};
	}
	size_t h = da.h > 0 ? (size_t)da.h : 0;
	if (focus != SIZE_MAX && h > 0 && (pl->follow || pl->note)) {
		if (focus < pl->top)
			pl->top = focus;
		if (focus >= pl->top + h)
			pl->top = focus - h + 1;
	}
	if (h > 0)
		pl->top = draw_doc(&da, &d, pl->top);
	pl->focus_seen = focus != SIZE_MAX && focus >= pl->top && focus < pl->top + h;
	markup_free(&d);

	size_t nk = step_keys(pl, pl->keys);
	screen_set_keys(sc, pl->keys, nk);
	draw_footer(a, pl->keys, nk);
	/* The cursor rests on the focused option, link or scale, or on a new note. */
	if (pl->focus_seen)
		draw_cursor(da.y + (int)(focus - pl->top), da.x);
	if (s && s->type == STEP_TEXT) {
		if (ea.y > ar.y) {
			attr_t dim = theme_attr(THEME_DIM);
			attr_set(dim, PAIR_NUMBER(dim), NULL);
			mvhline(ea.y - 1, ea.x, ACS_HLINE, ea.w);
			attr_set(A_NORMAL, 0, NULL);
		}
		struct answer *an = cur_answer(pl);
		if (pl->ed.full) {
			const char *full = _("This answer is as long as it can be.");
			draw_str(ea.y + ea.h - 1, ea.x, ea.w, full, strlen(full),
			         theme_attr(THEME_ACCENT));
			ea.h--;
		}
		editor_draw(&pl->ed, an, &ea, s->placeholder);
	}
}

/* Moves on; returns 1 when the module is finished. */
static int next(struct player *pl)
{
	enum play_need need;
	int r = play_next(&pl->play, &need);
	if (r < 0) {
		pl->note = play_need_text(need);
		return 0;
	}
	if (r == 0)
		enter_step(pl, pl->play.step);
	return r == 1;
}

static void back(struct player *pl)
{
	if (!play_at_first(&pl->play)) {
		play_back(&pl->play);
		enter_step(pl, pl->play.step);
	}
}

/* 1 when a player of module i is on the stack already (a link back to it). */
static int playing(const struct app *a, int i)
{
	for (size_t k = 0; k < a->n_stack; k++) {
		const struct screen *sc = a->stack[k];
		if (sc->ops == &player_ops && ((const struct player *)sc->data)->index == i)
			return 1;
	}
	return 0;
}

/* Enter on a list of links: opens the focused one, but only once it is on
 * the screen; before that the first Enter brings it into view (the caller
 * then follows the focus), so nothing opens that the person has not seen. */
static void enter_on_links(struct player *pl)
{
	if (!pl->focus_seen)
		return;
	size_t n;
	const struct module **ms = play_links(&pl->play, &n);
	const struct module *m = pl->focus < n ? ms[pl->focus] : NULL;
	free(ms);
	int i = session_module_index(pl->a->s, m);
	if (i < 0)
		return;
	if (playing(pl->a, i)) {
		pl->note = _("That module is open already: go back (Esc) to return to it.");
		return;
	}
	module_flow_push(pl->a, (size_t)i, (size_t)-1, TAG_LINK);
}
/* Keys for the step itself; returns 1 when used. */
static int step_key(struct player *pl, enum app_event ev, wint_t ch, int *done)
{
	const struct step *s = cur_step(pl);
	struct answer *an = cur_answer(pl);
	if (!s) {
		size_t n = count_links(pl);
		if (ev == EV_KEY && ch == KEY_UP && pl->focus > 0)
			pl->focus--;
		else if (ev == EV_KEY && ch == KEY_DOWN && pl->focus + 1 < n)
			pl->focus++;
		else if (app_is_enter(ev, ch) && n > 0)
			enter_on_links(pl);
		else if (app_is_enter(ev, ch))
			*done = 1;
		else
			return 0;
		return 1;
	}
	switch (s->type) {
	case STEP_SCALE:
		if (form_scale_key(s, an, &pl->acc, ev, ch)) {
			pl->note = NULL;
			return 1;
		}
		break;
	case STEP_CHOICE:
	case STEP_CHECKLIST:
		switch (form_options_key(s, an, &pl->focus, ev, ch)) {
		case 2: { /* "choose up to N", and N are chosen */
			char *full = play_full_text(s);
			snprintf(pl->full, sizeof pl->full, "%s", full);
			free(full);
			pl->note = pl->full;
			return 1;
		}
		case 1:
			pl->note = NULL;
			return 1;
		default:
			break;
		}
		/* Enter chooses the option the person went to, then goes on; with
		 * none yet, it goes on only from an optional question. */
		if (app_is_enter(ev, ch) && s->type == STEP_CHOICE && !s->multiple &&
		    pl->focus != FORM_NO_FOCUS)
			form_choose(s, an, pl->focus);
		break;
	case STEP_TEXT:
		/* In a paste, a Tab and a line break are text too, not "next". */
		if (pl->a->in_burst && ev == EV_CHAR && (ch == '\t' || ch == '\r')) {
			editor_insert(&pl->ed, an, ch);
			return 1;
		}
		/*
		 * Enter goes on, as on every other step, from an empty box and
		 * from any answer; Ctrl-J (or Alt-Enter) makes a new line. The
		 * footer says both at every width.
		 */
		if (ev == EV_CHAR && ch == '\n') {
			editor_insert(&pl->ed, an, ch);
			pl->note = NULL;
			return 1;
		}
		if (app_is_enter(ev, ch))
			return 0;
		if (editor_key(&pl->ed, an, ev, ch, draw_body().w, draw_body().h)) {
			pl->note = NULL;
			return 1;
		}
		break;
	case STEP_TIMER:
		if (ev == EV_CHAR && ch == ' ') {
			timer_toggle(&pl->timer);
			return 1;
		}
		if (ev == EV_CHAR && ch == 's') {
			timer_stop(&pl->timer);
			return 1;
		}
		break;
	case STEP_LINKS: {
		size_t n = count_links(pl);
		if (ev == EV_KEY && ch == KEY_UP && pl->focus > 0) {
			pl->focus--;
			return 1;
		}
		if (ev == EV_KEY && ch == KEY_DOWN && pl->focus + 1 < n) {
			pl->focus++;
			return 1;
		}
		if (app_is_enter(ev, ch) && n > 0) {
			enter_on_links(pl);
			return 1;
		}
		break;
	}
	default:
		break;
	}
	return 0;
}

static void finish(struct app *a, struct screen *sc, int done)
{
	struct player *pl = sc->data;
	if (done)
		play_finish(&pl->play);
	screen_close(a, sc, done);
}

static void player_key(struct app *a, struct screen *sc, enum app_event ev, wint_t ch)
{
	struct player *pl = sc->data;
	int done = 0;
	if (step_key(pl, ev, ch, &done)) {
		pl->follow = 1;
		sync(sc);
		if (done)
			finish(a, sc, 1);
		return;
	}
	const struct step *s = cur_step(pl);
	int text = s && s->type == STEP_TEXT;
	int arrows_free = !s || (s->type != STEP_SCALE && s->type != STEP_TEXT);
	if (app_is_enter(ev, ch) || (ev == EV_CHAR && (ch == '\t' || (!text && ch == 'n'))) ||
	    (ev == EV_KEY && ch == KEY_RIGHT && arrows_free)) {
		if (s && s->type == STEP_TIMER)
			timer_stop(&pl->timer);
		if (next(pl)) {
			finish(a, sc, 1);
			return;
		}
	} else if ((ev == EV_KEY && ch == KEY_BTAB) ||
	           (!text && ev == EV_CHAR && (ch == 'b' || ch == 0x7F)) ||
	           (!text && ev == EV_KEY && ch == KEY_BACKSPACE) ||
	           (ev == EV_KEY && ch == KEY_LEFT && arrows_free)) {
		back(pl);
	} else if (ev == EV_CHAR && (ch == 27 || (!text && ch == 'q'))) {
		/* Leaving from the closing "where next" links has finished the
		 * module (a self-check still needs its result screen). */
		finish(a, sc,
		       s && s->type == STEP_LINKS && play_at_last(&pl->play) &&
		               !module_is_selfcheck(pl->play.m));
		return;
	} else if (!text) {
		/* Scrolling, for long pages, cards, timers with cues and results. */
		if (s && s->type == STEP_PAGE)
			pager_read_key(&pl->top, pl->doc_lines, pl->body.h, ev, ch);
		else
			pager_key(&pl->top, pl->doc_lines, pl->body.h, ev, ch);
	}
	sync(sc);
}

static int player_busy(const struct screen *sc)
{
	const struct player *pl = sc->data;
	const struct step *s = cur_step(pl);
	return s && s->type == STEP_TIMER && timer_running(&pl->timer);
}

/*
 * Answers that came from the diary or go into it are wiped when it locks:
 * the module showing them closes first. One whose answers stay in memory
 * only (not kept, or a preview) stays where it is.
 */
static enum screen_lock player_lock(struct app *a, struct screen *sc)
{
	(void)a;
	const struct player *pl = sc->data;
	const struct progress *p = pl->play.p;
	return pl->index >= 0 && (p->keep == KEEP_YES || p->record) ? SCREEN_GOES : SCREEN_STAYS;
}

static void player_free(struct screen *sc)
{
	struct player *pl = sc->data;
	editor_free(&pl->ed);
	free(pl);
}

/*
 * A click on an option chooses it (ticks it, in a checklist); on a scale's
 * number, sets it; on a link, goes to it, and a second click opens it.
 */
static void player_click(struct app *a, struct screen *sc, int y, int x)
{
	struct player *pl = sc->data;
	const struct step *s = cur_step(pl);
	struct answer *an = cur_answer(pl);
	int tag = draw_tag_at(y), v;
	if ((!s || s->type == STEP_LINKS) && tag >= FORM_TAG_OPTION) {
		size_t i = (size_t)(tag - FORM_TAG_OPTION);
		if (i >= count_links(pl))
			return;
		if (pl->focus == i)
			sc->ops->key(a, sc, EV_CHAR, '\r');
		else
			pl->focus = i;
		return;
	}
	if (!s || !an || tag == 0)
		return;
	if ((s->type == STEP_CHOICE || s->type == STEP_CHECKLIST) && tag >= FORM_TAG_OPTION &&
	    (size_t)(tag - FORM_TAG_OPTION) < s->n_options) {
		pl->focus = (size_t)(tag - FORM_TAG_OPTION);
		if (form_choose(s, an, pl->focus) < 0) { /* "choose up to N", and N are chosen */
			char *full = play_full_text(s);
			snprintf(pl->full, sizeof pl->full, "%s", full);
			free(full);
			pl->note = pl->full;
		} else {
			pl->note = NULL;
		}
	} else if (s->type == STEP_SCALE && tag == FORM_TAG_SCALE &&
	           form_scale_at(s, pl->body.w, x - pl->body.x, &v)) {
		an->value = v;
		an->set = 1;
		pl->acc = -1;
		pl->note = NULL;
	}
}

static const struct screen_ops player_ops = {
        .name = "player",
        .draw = player_draw,
        .key = player_key,
        .click = player_click,
        .lock = player_lock,
        .busy = player_busy,
        .free = player_free,
};

struct screen *player_screen_new(struct app *a, const struct module *m, struct progress *p,
                                 size_t step, int index)
{
	struct player *pl = xcalloc(1, sizeof *pl);
	pl->a = a;
	pl->index = index;
	play_start(&pl->play, a->s->lib, m, p, step, session_reader_region(a->s));
	enter_step(pl, pl->play.step);
	struct screen *sc = screen_new(&player_ops, pl);
	sync(sc);
	return sc;
}
