/* SPDX-FileCopyrightText: 2026 The steady authors */
/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * play.h: a module being played, step by step, with no terminal. The
 * screens' player and the plain mode both move through a module with
 * these calls, so the rules (what must be answered before going on, the
 * self-check's total and band, which links exist) are the same in both.
 *
 * A play points into a progress (this run's answers, session/progress.h);
 * it owns nothing. Step m->n_steps is the self-check's result page.
 *
 * A play is for one reader's region: of each run of region variants
 * ("regions:", module_step_shown()) it visits only the steps for that
 * region, and counts only those. pl->step is always the index of a step in
 * m->steps (answers and the place to continue are kept by that index).
 */
#ifndef STEADY_SESSION_PLAY_H
#define STEADY_SESSION_PLAY_H

#include <stddef.h>

#include "content/library.h"
#include "content/module.h"
#include "session/progress.h"

struct play {
	const struct library *lib; /* for links, may be NULL */
	const struct module *m;
	struct progress *p;
	size_t step;
	const char *region; /* the reader's region id ("GB"), or NULL: which variants are shown */
};

/* What a step still needs before the person may go on. */
enum play_need { PLAY_OK, PLAY_NEED_NUMBER, PLAY_NEED_TEXT, PLAY_NEED_CHOICE };

/*
 * Starts playing m (opening p for it) for a reader of region (a region id,
 * or NULL for none: session_reader_region()) at step, or at 0 when step is
 * past the end; a step hidden from the region starts at the next one shown.
 */
void play_start(struct play *pl, const struct library *lib, const struct module *m,
                struct progress *p, size_t step, const char *region);

/* The steps the reader sees, with the self-check's result page counted. */
size_t play_total(const struct play *pl);

/* The steps the reader sees, without the result page: the "of 9" of "step 3 of 9". */
size_t play_count(const struct play *pl);

/* The current step's number among those (1-based); on the result page, play_count() + 1. */
size_t play_number(const struct play *pl);

/* 1 when step i (an index in m->steps) is shown to this reader. */
int play_shown(const struct play *pl, size_t i);

/* 1 on the first step the reader sees (going back leaves the module). */
int play_at_first(const struct play *pl);

/* 1 on the last step the reader sees before the end (or the result page). */
int play_at_last(const struct play *pl);

/* The current step, or NULL on the result page. */
const struct step *play_step(const struct play *pl);

/* The current step's answer, or NULL on the result page. */
struct answer *play_answer(const struct play *pl);

/*
 * Goes to step (an index in m->steps, or m->n_steps for a self-check's
 * result); one hidden from the reader goes on to the next shown, or back
 * to the last shown when none follows. The progress remembers it as the
 * place to continue.
 */
void play_goto(struct play *pl, size_t step);

/* What the current step needs before going on. */
enum play_need play_needs(const struct play *pl);

/* A gentle sentence saying what is needed (translated), or NULL for PLAY_OK. */
const char *play_need_text(enum play_need n);

/*
 * Goes on to the next step when the current one allows it. Returns 1 when
 * the module is finished (the last step was left forwards), 0 when it
 * moved, -1 when something is needed first (*need says what).
 */
int play_next(struct play *pl, enum play_need *need);

/* Goes back to the step shown before (nothing at the first). */
void play_back(struct play *pl);

/* Marks the module done: the next open starts at its beginning. */
void play_finish(struct play *pl);

/* The self-check's total so far. */
int play_score(const struct play *pl);

/* The highest total the bands allow. */
int play_score_max(const struct play *pl);

/* The band the total falls in, or NULL. */
const struct band *play_band(const struct play *pl);

/* Sets a scale's value; 0, or -1 when it is not on the scale (nothing changes). */
int play_set_value(struct play *pl, long v);

/*
 * Chooses option i: a single choice takes only it; a multiple choice or
 * checklist toggles it. 0, -1 for no such option, -2 when a multiple
 * choice has its 'at_most' chosen already (nothing changes).
 */
int play_choose(struct play *pl, size_t i);

/* 1 when option i of s may be ticked now (a multiple choice with 'at_most' has room, or i is
 * ticked). */
int play_room_for(const struct step *s, const struct answer *an, size_t i);

/* How many options an has chosen. */
size_t play_count_chosen(const struct answer *an);

/* Under a multiple choice's question: "Choose up to 2." or "Choose as many as fit." (new string).
 */
char *play_multi_hint(const struct step *s);

/* When a multiple choice is full: "You can choose up to 2: untick one first." (new string). */
char *play_full_text(const struct step *s);

/* 1 when the step's options are ticked one by one (multiple choice, checklist). */
int play_is_multi(const struct step *s);

/*
 * The modules the current step links to (a links step, or the result's
 * band suggestions) that exist in the library, in order; *n gets how many.
 * NULL when none (the array is the caller's to free).
 */
const struct module **play_links(const struct play *pl, size_t *n);

#endif
