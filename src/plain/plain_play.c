/* SPDX-FileCopyrightText: 2026 The steady authors */
/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * plain_play.c: a module played step by step in plain mode. Each step is
 * printed once; each answer is one line. The rules (what must be answered
 * before going on, the self-check's total and band, the links) are the
 * session's (session/play.h), the same as on the screens. Nothing is
 * recorded that the person did not type: an empty line keeps an earlier
 * answer, skips an optional question, or asks again.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "plain/parts.h"
#include "plain/plain_ask.h"
#include "plain/plain_help.h"
#include "plain/plain_in.h"
#include "plain/plain_out.h"
#include "plain/plain_write.h"
#include "session/diary_link.h"
#include "session/keep.h"
#include "util/buf.h"
#include "util/gettext.h"
#include "util/xalloc.h"

/* Modules opened from links inside modules, at most this deep (as on the screens). */
#define MAX_DEPTH 8

static void header(struct plain *p, const struct play *pl)
{
	const struct step *s = play_step(pl);
	char right[64];
	if (s && p->s->preview) /* a counsellor checking a module: nothing is kept */
		/* TRANSLATORS: while a module file is tried out with 'steady
		   preview': the step shown and how many there are, as in "Preview,
		   step 2 of 7". */
		snprintf(right, sizeof right, _("Preview, step %zu of %zu"), play_number(pl),
		         play_count(pl));
	else if (s)
		/* TRANSLATORS: above a module's step: the step shown and how many
		   there are, as in "Step 2 of 7". */
		snprintf(right, sizeof right, _("Step %zu of %zu"), play_number(pl),
		         play_count(pl));
	else
		snprintf(right, sizeof right, "%s", _("Your result"));
	plain_title(p, pl->m->title);
	plain_text(p, right, 0);
	if (s && s->title)
		plain_title(p, s->title);
	if (s && s->text) {
		plain_blank(p);
		plain_markup(p, s->text);
	}
}

/* The question itself, after the step's text. */
static void question(struct plain *p, const char *prompt)
{
	if (!prompt)
		return;
	plain_blank(p);
	plain_text(p, prompt, 0);
}

enum plain_act plain_go_on(struct plain *p, const char *hint)
{
	for (;;) {
		enum plain_got g = plain_ask(p, hint, ASK_BACK);
		if (g == GOT_BACK)
			return ACT_BACK;
		if (g != GOT_LINE)
			return ACT_LEAVE;
		size_t len;
		plain_trimmed(p, &len);
		if (len == 0)
			return ACT_NEXT;
		plain_text(p, _("Press Enter on an empty line to go on."), 0);
	}
}

/* An empty line on a question: keeps an answer, skips an optional one, or asks again. */
static int empty_goes_on(struct plain *p, const struct play *pl)
{
	enum play_need need = play_needs(pl);
	if (need == PLAY_OK)
		return 1;
	plain_text(p, play_need_text(need), 0);
	return 0;
}

static unsigned words_of(const struct step *s)
{
	return ASK_BACK | (s->optional || s->type == STEP_CHECKLIST ? ASK_SKIP : 0);
}

static enum plain_act scale(struct plain *p, struct play *pl)
{
	const struct step *s = play_step(pl);
	const struct answer *an = play_answer(pl);
	question(p, s->prompt);
	char *lo = xasprintf("%d = %s", s->min, s->min_label ? s->min_label : "");
	char *hi = xasprintf("%d = %s", s->max, s->max_label ? s->max_label : "");
	plain_blank(p);
	plain_text(p, lo, 2);
	plain_text(p, hi, 2);
	free(lo);
	free(hi);
	if (an && an->set) {
		char *was =
		        /* TRANSLATORS: in plain mode, at a scale question answered
		           before: %d is the number chosen then, as in "Your answer
		           so far: 7. Press Enter to keep it.". */
		        xasprintf(_("Your answer so far: %d. Press Enter to keep it."), an->value);
		plain_blank(p);
		plain_text(p, was, 0);
		free(was);
	}
	/* TRANSLATORS: a prompt's hint in plain mode at a scale question: the %d are
	   the scale's two ends, as in "Type a number from 0 to 10". */
	char *hint = xasprintf(_("Type a number from %d to %d"), s->min, s->max);
	enum plain_act act = ACT_LEAVE;
	for (;;) {
		enum plain_got g = plain_ask(p, hint, words_of(s));
		if (g == GOT_BACK || g == GOT_SKIP || g == GOT_LEAVE) {
			act = g == GOT_BACK ? ACT_BACK : g == GOT_SKIP ? ACT_NEXT : ACT_LEAVE;
			break;
		}
		size_t len;
		const char *t = plain_trimmed(p, &len);
		long v;
		if (len == 0) {
			if (empty_goes_on(p, pl)) {
				act = ACT_NEXT;
				break;
			}
		} else if (plain_number(t, len, s->min, s->max, &v) && play_set_value(pl, v) == 0) {
			act = ACT_NEXT;
			break;
		} else {
			plain_text(p, _("That is not a number on this scale."), 0);
		}
	}
	free(hint);
	return act;
}

/* The options, numbered, each chosen one marked so. */
static void options(struct plain *p, const struct step *s, const struct answer *an)
{
	plain_blank(p);
	for (size_t i = 0; i < s->n_options; i++) {
		int on = an && i < an->n_chosen && an->chosen[i];
		char *num = xasprintf("%zu. ", i + 1);
		/* TRANSLATORS: an answer chosen before, in a list of answers. */
		char *label = on ? xasprintf(_("%s (chosen)"), s->options[i].label)
		                 : xstrdup(s->options[i].label);
		plain_item(p, num, label);
		free(label);
		free(num);
	}
}

/* Reads "1 3 4" (or "1,3,4") into want; 0 when anything is not an option's number. */
static int numbers(const char *t, size_t len, size_t n, unsigned char *want)
{
	memset(want, 0, n);
	size_t i = 0, any = 0;
	while (i < len) {
		while (i < len && (t[i] == ' ' || t[i] == ',' || t[i] == '\t'))
			i++;
		size_t start = i;
		while (i < len && t[i] != ' ' && t[i] != ',' && t[i] != '\t')
			i++;
		if (i == start)
			break;
		long v;
		if (!plain_number(t + start, i - start, 1, (long)n, &v))
			return 0;
		want[v - 1] = 1;
		any = 1;
	}
	return any != 0;
}

static enum plain_act choice(struct plain *p, struct play *pl)
{
	const struct step *s = play_step(pl);
	struct answer *an = play_answer(pl);
	int multi = play_is_multi(s);
	question(p, s->prompt);
	if (s->type == STEP_CHOICE && s->multiple) {
		char *hint = play_multi_hint(s);
		plain_text(p, hint, 0);
		free(hint);
	}
	options(p, s, an);
	if (progress_answered(pl->p, pl->m, pl->step)) {
		plain_blank(p);
		plain_text(p, _("Press Enter to keep what you chose."), 0);
	}
	const char *hint = multi ? _("Type the numbers of all that fit, such as: 1 3")
	                         : _("Type the number of your answer");
	unsigned char *want = xcalloc(s->n_options ? s->n_options : 1, 1);
	enum plain_act act = ACT_LEAVE;
	for (;;) {
		enum plain_got g = plain_ask(p, hint, words_of(s));
		if (g == GOT_BACK || g == GOT_SKIP || g == GOT_LEAVE) {
			act = g == GOT_BACK ? ACT_BACK : g == GOT_SKIP ? ACT_NEXT : ACT_LEAVE;
			break;
		}
		size_t len;
		const char *t = plain_trimmed(p, &len);
		if (len == 0) {
			if (empty_goes_on(p, pl)) {
				act = ACT_NEXT;
				break;
			}
			continue;
		}
		long v;
		if (!multi && plain_number(t, len, 1, (long)s->n_options, &v)) {
			play_choose(pl, (size_t)v - 1);
			act = ACT_NEXT;
			break;
		}
		if (multi && numbers(t, len, s->n_options, want)) {
			size_t n = 0;
			for (size_t i = 0; i < s->n_options; i++)
				n += want[i] != 0;
			if (s->at_most > 0 && n > (size_t)s->at_most) {
				char *upto = play_multi_hint(s); /* "Choose up to 2." */
				plain_text(p, upto, 0);
				free(upto);
				continue;
			}
			/* Exactly the numbers typed: the others are unticked first. */
			for (int pass = 0; pass < 2; pass++)
				for (size_t i = 0; i < s->n_options; i++)
					if (!an->chosen[i] != !want[i] && !want[i] == !pass)
						play_choose(pl, i);
			act = ACT_NEXT;
			break;
		}
		plain_text(p, _("That is not one of the numbers."), 0);
	}
	free(want);
	return act;
}

static enum plain_act text(struct plain *p, struct play *pl)
{
	const struct step *s = play_step(pl);
	struct answer *an = play_answer(pl);
	question(p, s->prompt);
	int i = session_module_index(p->s, pl->m);
	const char *kept = i >= 0 && !p->s->preview ? keep_text_note(p->s, (size_t)i) : NULL;
	if (kept) /* before anything is typed: whether it will be kept */
		plain_text(p, kept, 0);
	if (an && an->len > 0) {
		plain_blank(p);
		plain_text(p, _("Your answer so far:"), 0);
		plain_text(p, an->text, 2);
		plain_blank(p);
		plain_text(p, _("Press Enter on an empty line to keep it, or write a new answer."),
		           0);
	}
	plain_blank(p);
	plain_text(p, _("Your answer may take several lines. A line with only a dot (.) ends it."),
	           0);
	for (;;) {
		enum plain_got g = plain_ask(p, _("Write your answer"), words_of(s));
		if (g == GOT_BACK)
			return ACT_BACK;
		if (g == GOT_SKIP)
			return ACT_NEXT;
		if (g != GOT_LINE)
			return ACT_LEAVE;
		size_t len;
		const char *t = plain_trimmed(p, &len);
		if (len == 0 || (len == 1 && t[0] == '.')) {
			if (empty_goes_on(p, pl))
				return ACT_NEXT;
			continue;
		}
		/* A new answer in place of the old one. */
		answer_delete(an, 0, an->len);
		if (!plain_write_line(an, p->line, p->len))
			plain_text(p, _("This answer is as long as it can be."), 0);
		/* At the end of input, what was written so far stays the answer. */
		return plain_write_more(p, an) ? ACT_NEXT : ACT_LEAVE;
	}
}

/* The modules a links step or a result suggests, numbered; how many. */
static size_t links(struct plain *p, const struct play *pl, const struct module ***out)
{
	size_t n;
	const struct module **mods = play_links(pl, &n);
	if (n > 0)
		plain_blank(p);
	for (size_t i = 0; i < n; i++) {
		char *num = xasprintf("%zu. ", i + 1);
		/* TRANSLATORS: a module suggested at the end of another: %s is its
		   title, %d how many minutes it takes, as in "Urges and triggers (10
		   min)". */
		char *label = xasprintf(_("%s (%d min)"), mods[i]->title, mods[i]->minutes);
		plain_item(p, num, label);
		if (mods[i]->summary)
			plain_text(p, mods[i]->summary, (int)strlen(num));
		free(label);
		free(num);
	}
	*out = mods;
	return n;
}

/* A linked module opened from a step; it returns to the step (printed again). */
static void open_linked(struct plain *p, const struct module *m)
{
	int i = session_module_index(p->s, m);
	if (i < 0)
		return;
	if (p->depth >= MAX_DEPTH) {
		plain_text(p, _("Too many modules are open inside each other. Go back first."), 0);
		return;
	}
	plain_play_open(p, (size_t)i);
}

/* Links to choose from, or Enter to go on (or finish). */
static enum plain_act pick_link(struct plain *p, const struct module **mods, size_t n, int last)
{
	if (n == 0)
		return plain_go_on(p,
		                   last ? _("Press Enter to finish") : _("Press Enter to go on"));
	const char *hint = last ? _("Type a number to open a module, or press Enter to finish")
	                        : _("Type a number to open a module, or press Enter to go on");
	enum plain_act act = ACT_LEAVE;
	for (;;) {
		enum plain_got g = plain_ask(p, hint, ASK_BACK);
		if (g == GOT_BACK || g != GOT_LINE) {
			act = g == GOT_BACK ? ACT_BACK : ACT_LEAVE;
			break;
		}
		size_t len;
		const char *t = plain_trimmed(p, &len);
		long v;
		if (len == 0) {
			act = ACT_NEXT;
			break;
		}
		if (plain_number(t, len, 1, (long)n, &v)) {
			open_linked(p, mods[v - 1]);
			act = plain_leaving(p) ? ACT_LEAVE : ACT_AGAIN;
			break;
		}
		plain_text(p, _("That is not one of the numbers."), 0);
	}
	return act;
}

static enum plain_act result(struct plain *p, struct play *pl)
{
	const struct band *b = play_band(pl);
	/* TRANSLATORS: at the end of a self-check: the first %d is the person's
	   total, the second the highest total possible, as in "Your total is 14 out
	   of 27.". */
	char *t = xasprintf(_("Your total is %d out of %d."), play_score(pl), play_score_max(pl));
	plain_blank(p);
	plain_text(p, t, 0);
	free(t);
	const struct module **mods = NULL;
	size_t n = 0;
	if (b) {
		plain_title(p, b->title);
		plain_blank(p);
		plain_markup(p, b->feedback);
		size_t k;
		const struct module **any = play_links(pl, &k);
		free(any);
		if (k > 0) {
			plain_blank(p);
			plain_text(p, _("You could open next:"), 0);
			n = links(p, pl, &mods);
		}
	}
	enum plain_act act = pick_link(p, mods, n, 1);
	free(mods);
	return act;
}

static enum plain_act run_step(struct plain *p, struct play *pl)
{
	const struct step *s = play_step(pl);
	if (!s)
		return result(p, pl);
	switch (s->type) {
	case STEP_SCALE:
		return scale(p, pl);
	case STEP_CHOICE:
	case STEP_CHECKLIST:
		return choice(p, pl);
	case STEP_TEXT:
		return text(p, pl);
	case STEP_TIMER:
		return plain_timer_run(p, s);
	case STEP_HELPLINES: {
		plain_help_lines(p, s->kinds ? s->kinds : HELPLINE_ALL);
		char *hint = session_region_hint(p->s);
		if (hint) {
			plain_text(p, hint, 0);
			free(hint);
		}
		return plain_go_on(p, _("Press Enter to go on"));
	}
	case STEP_LINKS: {
		const struct module **mods = NULL;
		size_t n = links(p, pl, &mods);
		enum plain_act act = pick_link(p, mods, n, 0);
		free(mods);
		return act;
	}
	default:
		return plain_go_on(p, _("Press Enter to go on"));
	}
}

int plain_play_module(struct plain *p, const struct module *m, struct progress *prog, size_t step)
{
	struct play pl;
	play_start(&pl, p->s->lib, m, prog, step, session_reader_region(p->s));
	if (play_total(&pl) == 0)
		return 1; /* nothing of it is for this reader's region */
	p->depth++;
	int done = 0;
	for (;;) {
		header(p, &pl);
		enum plain_act act = run_step(p, &pl);
		if (act == ACT_LEAVE) {
			/* Home from the closing links has finished the module (a self-check
			 * still needs its result). */
			const struct step *s = play_step(&pl);
			if (p->go_home && s && s->type == STEP_LINKS && play_at_last(&pl) &&
			    !module_is_selfcheck(m))
				done = 1;
			break;
		}
		if (act == ACT_BACK) {
			if (play_at_first(&pl))
				break; /* back from the first step: the module is left */
			play_back(&pl);
			continue;
		}
		if (act == ACT_AGAIN)
			continue;
		enum play_need need;
		int r = play_next(&pl, &need);
		if (r == 1) {
			done = 1;
			break;
		}
		if (r < 0)
			plain_text(p, play_need_text(need), 0);
	}
	p->depth--;
	if (done)
		play_finish(&pl);
	return done;
}

void plain_play_run(struct plain *p, size_t i, size_t step)
{
	struct session *s = p->s;
	if (!s->lib || i >= s->lib->n)
		return;
	struct progress *prog = &s->prog[i];
	int fresh = prog->state == PROGRESS_DONE;
	plain_keep_open(p, i);
	if (plain_leaving(p))
		return;
	if (fresh && prog->state == PROGRESS_NONE)
		step = 0; /* a journal filled in again starts at its beginning */
	if (p->n_playing < sizeof p->playing / sizeof p->playing[0])
		p->playing[p->n_playing] = i;
	p->n_playing++;
	int done = plain_play_module(p, s->lib->mods[i], prog, step);
	p->n_playing--;
	/* Left part way (even a module done before): "Continue" comes back here. */
	if (!done)
		s->last_module = (int)i;
	else if (s->last_module == (int)i)
		s->last_module = -1;
	plain_keep_leave(p, i, done);
}

void plain_play_open(struct plain *p, size_t i)
{
	if (!p->s->lib || i >= p->s->lib->n)
		return;
	const struct progress *prog = &p->s->prog[i];
	plain_play_run(p, i, prog->state == PROGRESS_STARTED ? prog->step : 0);
}
