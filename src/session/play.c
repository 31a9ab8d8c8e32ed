/* SPDX-FileCopyrightText: 2026 The steady authors */
/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * play.c: the rules of playing a module (see play.h). Nothing is chosen
 * for the person here: an answer exists only once they gave it.
 */
#include "config.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "session/play.h"
#include "util/gettext.h"
#include "util/xalloc.h"

int play_shown(const struct play *pl, size_t i)
{
	return module_step_shown(pl->m, i, pl->region);
}

size_t play_count(const struct play *pl)
{
	return module_steps_shown(pl->m, pl->region);
}

size_t play_total(const struct play *pl)
{
	return play_count(pl) + (module_is_selfcheck(pl->m) ? 1 : 0);
}

size_t play_number(const struct play *pl)
{
	return module_step_number(pl->m, pl->step, pl->region);
}

/* The first step shown at or after i, or m->n_steps when none is. */
static size_t shown_from(const struct play *pl, size_t i)
{
	while (i < pl->m->n_steps && !play_shown(pl, i))
		i++;
	return i;
}

/* The last step shown before i, or SIZE_MAX when none is. */
static size_t shown_before(const struct play *pl, size_t i)
{
	while (i-- > 0)
		if (play_shown(pl, i))
			return i;
	return SIZE_MAX;
}

int play_at_first(const struct play *pl)
{
	return shown_before(pl, pl->step) == SIZE_MAX;
}

int play_at_last(const struct play *pl)
{
	return pl->step < pl->m->n_steps && shown_from(pl, pl->step + 1) == pl->m->n_steps;
}

const struct step *play_step(const struct play *pl)
{
	return pl->step < pl->m->n_steps ? &pl->m->steps[pl->step] : NULL;
}

struct answer *play_answer(const struct play *pl)
{
	return pl->step < pl->p->n && pl->step < pl->m->n_steps ? &pl->p->answers[pl->step] : NULL;
}

void play_goto(struct play *pl, size_t step)
{
	size_t n = pl->m->n_steps;
	if (step > n || (step == n && !module_is_selfcheck(pl->m)))
		return;
	if (step < n && !play_shown(pl, step)) {
		size_t to = shown_from(pl, step);
		if (to == n && !module_is_selfcheck(pl->m))
			to = shown_before(pl, step);
		if (to == SIZE_MAX)
			return; /* the reader sees none of the module */
		step = to;
	}
	pl->step = step;
	pl->p->step = step < n ? step : 0;
}

void play_start(struct play *pl, const struct library *lib, const struct module *m,
                struct progress *p, size_t step, const char *region)
{
	memset(pl, 0, sizeof *pl);
	pl->lib = lib;
	pl->m = m;
	pl->p = p;
	pl->region = region;
	progress_open(p, m);
	play_goto(pl, step < m->n_steps ? step : 0);
}

enum play_need play_needs(const struct play *pl)
{
	const struct step *s = play_step(pl);
	if (!s || !step_is_question(s) || s->optional || s->type == STEP_CHECKLIST)
		return PLAY_OK;
	if (progress_answered(pl->p, pl->m, pl->step))
		return PLAY_OK;
	switch (s->type) {
	case STEP_SCALE:
		return PLAY_NEED_NUMBER;
	case STEP_TEXT:
		return PLAY_NEED_TEXT;
	default:
		return PLAY_NEED_CHOICE;
	}
}

const char *play_need_text(enum play_need n)
{
	switch (n) {
	case PLAY_NEED_NUMBER:
		return _("Choose a number first.");
	case PLAY_NEED_TEXT:
		return _("Write a few words first; there is no right answer.");
	case PLAY_NEED_CHOICE:
		return _("Choose an answer first.");
	default:
		return NULL;
	}
}

int play_next(struct play *pl, enum play_need *need)
{
	enum play_need n = play_needs(pl);
	if (need)
		*need = n;
	if (n != PLAY_OK)
		return -1;
	if (pl->step >= pl->m->n_steps)
		return 1; /* the result page */
	size_t to = shown_from(pl, pl->step + 1);
	if (to == pl->m->n_steps && !module_is_selfcheck(pl->m))
		return 1;
	play_goto(pl, to);
	return 0;
}

void play_back(struct play *pl)
{
	size_t to = shown_before(pl, pl->step);
	if (to != SIZE_MAX)
		play_goto(pl, to);
}

void play_finish(struct play *pl)
{
	pl->p->state = PROGRESS_DONE;
	pl->p->step = 0;
}

int play_score(const struct play *pl)
{
	return progress_score(pl->p, pl->m);
}

int play_score_max(const struct play *pl)
{
	/* The bands cover every possible total, so the highest band's top is the most. */
	int most = 0;
	for (size_t k = 0; k < pl->m->n_bands; k++)
		if (pl->m->bands[k].max > most)
			most = pl->m->bands[k].max;
	return most;
}

const struct band *play_band(const struct play *pl)
{
	return module_band(pl->m, play_score(pl));
}

int play_set_value(struct play *pl, long v)
{
	const struct step *s = play_step(pl);
	struct answer *an = play_answer(pl);
	if (!s || !an || s->type != STEP_SCALE || v < s->min || v > s->max)
		return -1;
	an->set = 1;
	an->value = (int)v;
	return 0;
}

int play_is_multi(const struct step *s)
{
	return s->type == STEP_CHECKLIST || (s->type == STEP_CHOICE && s->multiple);
}

int play_room_for(const struct step *s, const struct answer *an, size_t i)
{
	if (!play_is_multi(s) || s->at_most <= 0 || (i < an->n_chosen && an->chosen[i]))
		return 1;
	return play_count_chosen(an) < (size_t)s->at_most;
}

size_t play_count_chosen(const struct answer *an)
{
	size_t n = 0;
	for (size_t k = 0; k < an->n_chosen; k++)
		n += an->chosen[k] != 0;
	return n;
}

char *play_multi_hint(const struct step *s)
{
	if (s->at_most > 0)
		/* TRANSLATORS: a hint under a question with several answers: %d is
		   how many of them can be ticked at most, as in "Choose up to 3.". */
		return xasprintf(ngettext("Choose up to %d.", "Choose up to %d.", s->at_most),
		                 s->at_most);
	/* TRANSLATORS: a hint under a question where any number of answers can be
	   ticked. */
	return xstrdup(_("Choose as many as fit."));
}

char *play_full_text(const struct step *s)
{
	/* TRANSLATORS: shown when the person ticks one answer more than allowed: %d
	   is how many can be ticked at most, as in "You can choose up to 3: untick
	   one first.". */
	return xasprintf(ngettext("You can choose up to %d: untick one first.",
	                          "You can choose up to %d: untick one first.", s->at_most),
	                 s->at_most);
}

int play_choose(struct play *pl, size_t i)
{
	const struct step *s = play_step(pl);
	struct answer *an = play_answer(pl);
	if (!s || !an || i >= an->n_chosen)
		return -1;
	if (play_is_multi(s)) {
		if (!play_room_for(s, an, i))
			return -2;
		an->chosen[i] = !an->chosen[i];
		return 0;
	}
	memset(an->chosen, 0, an->n_chosen);
	an->chosen[i] = 1;
	return 0;
}

const struct module **play_links(const struct play *pl, size_t *n)
{
	*n = 0;
	const struct step *s = play_step(pl);
	char *const *ids = NULL;
	size_t k = 0;
	if (s && s->type == STEP_LINKS) {
		ids = s->links;
		k = s->n_links;
	} else if (!s) {
		const struct band *b = play_band(pl);
		if (b) {
			ids = b->suggest;
			k = b->n_suggest;
		}
	}
	if (!pl->lib || k == 0)
		return NULL;
	const struct module **out = xcalloc(k, sizeof *out);
	for (size_t i = 0; i < k; i++) {
		const struct module *m = library_find(pl->lib, ids[i]);
		if (m)
			out[(*n)++] = m;
	}
	if (*n == 0) {
		free(out);
		return NULL;
	}
	return out;
}
