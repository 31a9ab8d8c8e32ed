/* SPDX-FileCopyrightText: 2026 The steady authors */
/* SPDX-License-Identifier: GPL-3.0-or-later */
/* timer.c: the countdown, its bar and its cues. */
#include "config.h"

#include <stdlib.h>

#include <stdio.h>
#include <string.h>

#include "ui/timer.h"
#include "util/buf.h"
#include "util/gettext.h"
#include "util/xalloc.h"

static double now(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

void timer_reset(struct timer *t, int seconds)
{
	memset(t, 0, sizeof *t);
	t->seconds = seconds > 0 ? seconds : 1;
	t->state = TIMER_READY;
}

static double run_so_far(const struct timer *t)
{
	double s = t->before;
	if (t->state == TIMER_RUNNING) {
		double start = (double)t->at.tv_sec + (double)t->at.tv_nsec / 1e9;
		s += now() - start;
	}
	return s;
}

void timer_toggle(struct timer *t)
{
	switch (t->state) {
	case TIMER_READY:
	case TIMER_PAUSED:
		clock_gettime(CLOCK_MONOTONIC, &t->at);
		t->state = TIMER_RUNNING;
		break;
	case TIMER_RUNNING:
		t->before = run_so_far(t);
		t->state = TIMER_PAUSED;
		break;
	case TIMER_STOPPED:
	case TIMER_DONE:
		/* Once more, from the start. */
		timer_reset(t, t->seconds);
		clock_gettime(CLOCK_MONOTONIC, &t->at);
		t->state = TIMER_RUNNING;
		break;
	}
}

void timer_stop(struct timer *t)
{
	if (t->state == TIMER_RUNNING || t->state == TIMER_PAUSED) {
		t->before = run_so_far(t);
		t->state = TIMER_STOPPED;
	}
}

int timer_elapsed(struct timer *t)
{
	double s = run_so_far(t);
	if (s >= t->seconds && t->state == TIMER_RUNNING) {
		t->before = t->seconds;
		t->state = TIMER_DONE;
	}
	if (t->state == TIMER_DONE)
		return t->seconds;
	int e = (int)s;
	return e > t->seconds ? t->seconds : e;
}

int timer_running(const struct timer *t)
{
	return t->state == TIMER_RUNNING;
}

void timer_doc(struct markup_doc *d, struct timer *t, const struct step *s, int width, int utf8)
{
	int el = timer_elapsed(t);
	int left = t->seconds - el;
	char clock[32];
	snprintf(clock, sizeof clock, "%d:%02d", left / 60, left % 60);
	/* TRANSLATORS: %s is minutes and seconds, as in "4:30". */
	char *line = xasprintf(_("Time left: %s"), clock);
	markup_text(d, line, width, 2, MARKUP_STRONG);
	free(line);

	/* A quiet bar that fills as the time passes. */
	int bw = width - 4 > 40 ? 40 : width - 4;
	if (bw >= 4) {
		int filled = (int)((long)bw * el / t->seconds);
		struct buf b;
		buf_init(&b);
		for (int i = 0; i < bw; i++)
			buf_puts(&b, i < filled ? (utf8 ? "\xe2\x96\xac" : "#")
			                        : (utf8 ? "\xc2\xb7" : "."));
		markup_text(d, b.data, width, 2, MARKUP_ACCENT);
		buf_free(&b);
	}
	markup_blank(d);

	const char *what = "";
	switch (t->state) {
	case TIMER_READY:
		/* TRANSLATORS: under a timer (such as a breathing exercise) before it starts.
		   "Space" is the space bar. */
		what = _("Press Space to start when you are ready.");
		break;
	case TIMER_RUNNING:
		/* TRANSLATORS: under a running timer. "Space" is the space bar and "s" the key
		   that stops the timer: keep the key s as it is. */
		what = _("Space pauses, s stops.");
		break;
	case TIMER_PAUSED:
		/* TRANSLATORS: under a paused timer. "Space" is the space bar and "s" the key
		   that stops the timer: keep the key s as it is. */
		what = _("Paused. Space carries on, s stops.");
		break;
	case TIMER_STOPPED:
		/* TRANSLATORS: under a stopped timer: "Enter" is the Enter key, and goes on to
		   the next step. "Space" is the space bar. */
		what = _("Stopped. Enter goes on; Space starts again.");
		break;
	case TIMER_DONE:
		/* TRANSLATORS: under a timer whose time is up: "Enter" is the Enter key, and
		   goes on to the next step. */
		what = _("Time is up. Enter goes on when you are ready.");
		break;
	}
	markup_text(d, what, width, 2, MARKUP_DIM);

	/* The cues reached so far, the latest last. */
	int any = 0;
	for (size_t i = 0; i < s->n_cues; i++) {
		if (s->cues[i].at > el || t->state == TIMER_READY)
			continue;
		if (!any)
			markup_blank(d);
		any = 1;
		markup_text(d, s->cues[i].text, width, 2, 0);
	}
}
