/* SPDX-FileCopyrightText: 2026 The steady authors */
/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * timer.h: the countdown of a timed exercise. It runs on the monotonic
 * clock, so redraws (every tick while it runs), pauses and resizes never
 * change how long it lasts.
 */
#ifndef STEADY_UI_TIMER_H
#define STEADY_UI_TIMER_H

#include <time.h>

#include "content/module.h"
#include "util/markup.h"

enum timer_state { TIMER_READY, TIMER_RUNNING, TIMER_PAUSED, TIMER_STOPPED, TIMER_DONE };

struct timer {
	enum timer_state state;
	int seconds;        /* the exercise's length */
	double before;      /* seconds run before the current start */
	struct timespec at; /* when the current run started */
};

/* Sets a timer of the given length, not yet started. */
void timer_reset(struct timer *t, int seconds);

/* Space: starts, pauses or carries on. */
void timer_toggle(struct timer *t);

/* Ends the exercise early. */
void timer_stop(struct timer *t);

/* Seconds run so far (whole); updates the state when time is up. */
int timer_elapsed(struct timer *t);

/* 1 while counting down (the screen asks for ticks). */
int timer_running(const struct timer *t);

/* Appends the countdown, a bar, what to press, and the cues reached so far. */
void timer_doc(struct markup_doc *d, struct timer *t, const struct step *s, int width, int utf8);

#endif
