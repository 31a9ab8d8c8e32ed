/* SPDX-FileCopyrightText: 2026 The steady authors */
/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * plain_timer.c: a timed exercise in plain mode. On a terminal it runs in
 * real time on the monotonic clock, each cue printed when its second
 * comes, and Enter stops it early; while it runs the diary does not lock
 * itself. From a pipe nobody is there to wait with, so the cues are printed
 * at once, each with its time, and nothing waits.
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#include "plain/parts.h"
#include "plain/plain_ask.h"
#include "plain/plain_help.h"
#include "plain/plain_in.h"
#include "plain/plain_out.h"
#include "session/diary_link.h"
#include "util/gettext.h"
#include "util/xalloc.h"

static double now(void)
{
	struct timespec t;
	clock_gettime(CLOCK_MONOTONIC, &t);
	return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

/* "0:30  Notice the urge...": the cue and the time it comes at. */
static void cue(struct plain *p, const struct timer_cue *c)
{
	char at[32];
	snprintf(at, sizeof at, "%d:%02d  ", c->at / 60, c->at % 60);
	plain_item(p, at, c->text);
	plain_flush(p);
}

static void length(struct plain *p, int secs)
{
	/* TRANSLATORS: minutes, a colon and two digits of seconds, as in "5:00". */
	char *t = xasprintf(_("This exercise takes %d:%02d (minutes and seconds)."), secs / 60,
	                    secs % 60);
	plain_blank(p);
	plain_text(p, t, 0);
	free(t);
}

/* Waits for Enter to start; ACT_NEXT to start, else what the person chose instead. */
static enum plain_act ready(struct plain *p)
{
	for (;;) {
		enum plain_got g =
		        plain_ask(p, _("Press Enter to start the timer"), ASK_BACK | ASK_SKIP);
		if (g == GOT_BACK)
			return ACT_BACK;
		if (g == GOT_SKIP)
			return ACT_AGAIN; /* on without the exercise */
		if (g != GOT_LINE)
			return ACT_LEAVE;
		size_t len;
		plain_trimmed(p, &len);
		if (len == 0)
			return ACT_NEXT;
		plain_text(p, _("Press Enter on an empty line to start."), 0);
	}
}

/* The exercise in real time; ACT_NEXT when it ended or was stopped. */
static enum plain_act run(struct plain *p, const struct step *s, int secs)
{
	plain_blank(p);
	plain_text(p, _("The timer is running. Press Enter to stop it early."), 0);
	plain_blank(p);
	plain_flush(p);
	double start = now();
	size_t next = 0;
	enum plain_act act = ACT_NEXT;
	p->no_idle = 1;
	for (;;) {
		double el = now() - start;
		while (next < s->n_cues && s->cues[next].at <= el)
			cue(p, &s->cues[next++]);
		if (el >= secs) {
			plain_blank(p);
			plain_text(p, _("Time is up."), 0);
			break;
		}
		double until =
		        next < s->n_cues && s->cues[next].at < secs ? s->cues[next].at : secs;
		int ms = (int)((until - el) * 1000) + 1;
		int w = plain_in_wait(p, ms > 0 ? ms : 1);
		if (w < 0) {
			act = ACT_LEAVE;
			break;
		}
		if (w == 0)
			continue;
		if (plain_read(p, 0) != READ_LINE) {
			act = ACT_LEAVE;
			break;
		}
		enum plain_word word = plain_word_of(p->line, p->len);
		if (word == WORD_HELP) {
			plain_help(p); /* the exercise goes on meanwhile */
			continue;
		}
		if (word == WORD_KEYS) {
			plain_keys(p);
			continue;
		}
		if (word == WORD_QUIT || word == WORD_HOME) {
			p->quit |= word == WORD_QUIT;
			p->go_home |= word == WORD_HOME;
			act = ACT_LEAVE;
			break;
		}
		if (word == WORD_BACK) {
			act = ACT_BACK;
			break;
		}
		plain_blank(p);
		plain_text(p, _("Stopped."), 0);
		break;
	}
	p->no_idle = 0;
	dlink_key(p->s); /* the exercise counts as being here */
	return act;
}

enum plain_act plain_timer_run(struct plain *p, const struct step *s)
{
	int secs = s->seconds > 0 ? s->seconds : 1;
	length(p, secs);
	if (!p->tty_in) {
		if (s->n_cues > 0) {
			plain_blank(p);
			plain_text(p, _("Its cues, each with the time it comes at:"), 0);
			plain_blank(p);
			for (size_t i = 0; i < s->n_cues; i++)
				cue(p, &s->cues[i]);
		}
	} else {
		enum plain_act act = ready(p);
		if (act == ACT_AGAIN)
			return ACT_NEXT;
		if (act != ACT_NEXT)
			return act;
		act = run(p, s, secs);
		if (act != ACT_NEXT)
			return act;
	}
	return plain_go_on(p, _("Press Enter to go on"));
}
