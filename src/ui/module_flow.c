/* SPDX-FileCopyrightText: 2026 The steady authors */
/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * module_flow.c: a module opened from a menu or a link, with the diary's
 * questions around it. Nothing is kept without the person saying so: with
 * the diary open they are asked once per module per run before it starts;
 * without it, the diary is offered once per run when a module they
 * answered is left (session/keep.h decides; this file only asks).
 *
 * The flow is a screen that is never on top waiting for a key: at each
 * step it has a dialog or the player above it, or it closes itself.
 */
#include "config.h"

#include <stdlib.h>

#include "session/diary_link.h"
#include "session/keep.h"
#include "ui/diary_screens.h"
#include "ui/draw.h"
#include "ui/screen.h"
#include "ui/screens.h"
#include "util/gettext.h"
#include "util/xalloc.h"

enum { TAG_ASK_BEFORE = 1, TAG_PLAY, TAG_OFFER, TAG_ASK_AFTER, TAG_NOT_SAVED, TAG_SAVED };

struct flow {
	size_t i;    /* the module's index in the library */
	size_t step; /* where to start, or (size_t)-1 where it was left */
	int done;    /* it was played to the end */
	int playing; /* the player is above it (not a question about the diary) */
};

static void flow_draw(struct app *a, struct screen *sc)
{
	(void)a;
	(void)sc;
	draw_frame("steady", NULL); /* only between two of its screens */
}

static void flow_key(struct app *a, struct screen *sc, enum app_event ev, wint_t ch)
{
	(void)ev;
	(void)ch;
	screen_close(a, sc, 0); /* not reached: a flow is never left on top */
}

static void ask_keep(struct app *a, size_t i, int tag)
{
	const char *title, *opts[2];
	char *text = keep_question(a->s->lib->mods[i], &title, opts);
	screen_push(a, choice_new(title, text, NULL, opts, 2), tag);
	free(text);
}

static void play(struct app *a, struct flow *f)
{
	struct progress *p = &a->s->prog[f->i];
	size_t step = f->step;
	if (step == (size_t)-1)
		step = p->state == PROGRESS_STARTED ? p->step : 0;
	else if (p->state == PROGRESS_NONE)
		step = 0; /* a journal filled in again starts at its beginning */
	f->playing = 1;
	screen_push(a, player_screen_new(a, a->s->lib->mods[f->i], p, step, (int)f->i), TAG_PLAY);
}

/* The answers go in, then the diary is saved. */
static void keep(struct app *a, struct screen *sc)
{
	struct flow *f = sc->data;
	struct diary_error err;
	if (keep_module(a->s, f->i, f->done, &err) < 0) {
		const char *back[] = {_("Back")};
		screen_push(a, choice_new(_("Not saved"), NULL, err.msg, back, 1), TAG_NOT_SAVED);
		return;
	}
	diary_save_push(a, TAG_SAVED);
}

/* The module was left: what to keep, or what to offer. */
static void left(struct app *a, struct screen *sc)
{
	struct flow *f = sc->data;
	const struct module *m = a->s->lib->mods[f->i];
	enum keep_leave how = keep_leave(a->s, f->i);
	char *why = NULL;
	switch (how) {
	case KEEP_LEAVE_UNLOCK:
		/* TRANSLATORS: %s is a module's title; *...* shows it emphasised. */
		why = xasprintf(_("Your diary is locked. Unlock it to keep your answers to *%s* "
		                  "there. Press Esc if you would rather not now."),
		                m->title);
		diary_open_push(a, DIARY_UNLOCK, why, TAG_OFFER);
		break;
	case KEEP_LEAVE_SETUP:
		why = keep_setup_why(m);
		diary_open_push(a, DIARY_SETUP, why, TAG_OFFER);
		break;
	case KEEP_LEAVE_ASK:
		ask_keep(a, f->i,
		         TAG_ASK_AFTER); /* the diary was opened meanwhile: never silently */
		break;
	case KEEP_LEAVE_SAVE:
		keep(a, sc);
		break;
	default:
		screen_close(a, sc, f->done);
		break;
	}
	free(why);
}

static void flow_result(struct app *a, struct screen *sc, int tag, int value)
{
	struct flow *f = sc->data;
	switch (tag) {
	case TAG_ASK_BEFORE:
		if (value < 0) {
			screen_close(a, sc, 0); /* went back: the module does not open */
			return;
		}
		keep_set(a->s, f->i, value == 0);
		play(a, f);
		break;
	case TAG_PLAY:
		f->playing = 0;
		f->done = value == 1;
		/* Left part way (even a module done before): "Continue" comes back here. */
		if (!f->done)
			a->s->last_module = (int)f->i;
		else if (a->s->last_module == (int)f->i)
			a->s->last_module = -1;
		left(a, sc);
		break;
	case TAG_OFFER:
		if (value == 1 && dlink_diary(a->s)) {
			keep_set(a->s, f->i, 1); /* the offer was to keep these answers */
			keep(a, sc);
		} else {
			screen_close(a, sc, f->done);
		}
		break;
	case TAG_ASK_AFTER:
		if (value >= 0)
			keep_set(a->s, f->i, value == 0);
		if (value == 0)
			keep(a, sc);
		else
			screen_close(a, sc, f->done);
		break;
	default: /* TAG_NOT_SAVED, TAG_SAVED */
		screen_close(a, sc, f->done);
		break;
	}
}

/*
 * A lock closes the flow with its player when the answers are the diary's
 * (the player goes too), and always while it asks about the diary: that
 * question no longer fits once the diary is locked.
 */
static enum screen_lock flow_lock(struct app *a, struct screen *sc)
{
	const struct flow *f = sc->data;
	const struct progress *p = &a->s->prog[f->i];
	if (!f->playing || p->keep == KEEP_YES || p->record)
		return SCREEN_GOES;
	return SCREEN_STAYS;
}

static const struct screen_ops flow_ops = {
        .name = "module",
        .draw = flow_draw,
        .key = flow_key,
        .result = flow_result,
        .lock = flow_lock,
        .free = screen_free_data,
};

void module_flow_push(struct app *a, size_t i, size_t step, int tag)
{
	if (!a->s->lib || i >= a->s->lib->n)
		return;
	struct flow *f = xcalloc(1, sizeof *f);
	f->i = i;
	f->step = step;
	struct screen *sc = screen_new(&flow_ops, f);
	screen_push(a, sc, tag);
	if (keep_begin(a->s, i))
		ask_keep(a, i, TAG_ASK_BEFORE);
	else
		play(a, f);
}
