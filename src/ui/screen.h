/* SPDX-FileCopyrightText: 2026 The steady authors */
/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * screen.h: a screen is a small object on a stack, as tmux's window modes
 * and htop's panels are. Only the event loop (loop.c) reads keys: it draws
 * the top screen, hands it one key at a time, and between two keys runs
 * what concerns every screen (a resize, the idle lock, quitting). A screen
 * never calls another screen and never waits: it pushes one (a dialog, a
 * module opened from a link) and hears its answer in result(), or pops
 * itself.
 *
 * Ctrl-G (get help now) and ? (the keys) are pushed by the loop with no
 * parent; Esc pops.
 */
#ifndef STEADY_UI_SCREEN_H
#define STEADY_UI_SCREEN_H

#include <stddef.h>
#include <wchar.h>

#include "ui/app.h"

/* What a screen says when the diary is about to lock. */
enum screen_lock {
	SCREEN_STAYS, /* it shows nothing from the diary (or hides it on its own) */
	SCREEN_GOES,  /* it holds diary text or entries: it and what it pushed are closed */
};

struct screen;

struct screen_ops {
	const char *name;
	/* Draws the whole screen (the loop places the cursor after). */
	void (*draw)(struct app *a, struct screen *sc);
	/* One key (EV_CHAR or EV_KEY). */
	void (*key)(struct app *a, struct screen *sc, enum app_event ev, wint_t ch);
	/* Optional: the terminal's size changed (every screen on the stack hears it). */
	void (*resize)(struct app *a, struct screen *sc);
	/* Optional: a mouse click at row y, column x (the loop turns the wheel into Up and Down).
	 */
	void (*click)(struct app *a, struct screen *sc, int y, int x);
	/* Optional: time passed (about four times a second) while sc->ticks is set. */
	void (*tick)(struct app *a, struct screen *sc);
	/* Optional: the diary is about to lock or close; put a draft in here. NULL: SCREEN_STAYS.
	 */
	enum screen_lock (*lock)(struct app *a, struct screen *sc);
	/* Optional: 1 while the idle lock must wait (a running timer). */
	int (*busy)(const struct screen *sc);
	/* Optional: a screen this one pushed has returned value (-1: the person went back). */
	void (*result)(struct app *a, struct screen *sc, int tag, int value);
	/* Frees, wiping where it held anything personal; data is the screen's own. */
	void (*free)(struct screen *sc);
};

struct screen {
	const struct screen_ops *ops;
	void *data;
	struct screen *parent; /* hears the result; NULL for the loop's own (help, keys) */
	int tag;               /* the parent's name for this screen */
	int typing;            /* letters are text here: h and ? are typed (F1 shows the keys) */
	int ticks;             /* call tick() */
	int is_help;           /* get help now: Ctrl-G does not stack another */
	int is_overlay;        /* the keys overlay: ? closes it */
	const struct app_keyhelp *keys; /* this screen's keys, for the footer and ? */
	size_t n_keys;
};

/* A new screen (checked allocation); data is freed by ops->free. */
struct screen *screen_new(const struct screen_ops *ops, void *data);

/* Pushes sc on top; the screen on top now is its parent and hears its result under tag. */
void screen_push(struct app *a, struct screen *sc, int tag);

/* Pushes sc with no parent (the loop's own screens). */
void screen_push_free(struct app *a, struct screen *sc);

/* Closes sc and every screen above it that it pushed; its parent hears value. */
void screen_close(struct app *a, struct screen *sc, int value);

/* Closes the top screen with value (shorthand for screen_close(a, screen_top(a), value)). */
void screen_pop(struct app *a, int value);

/*
 * Gives the top screen (the caller) its answer at once, as a pushed screen
 * would on closing: for a flow whose answer is known without asking.
 */
void screen_answer(struct app *a, int tag, int value);

/* The top screen, or NULL. */
struct screen *screen_top(const struct app *a);

/* 1 when sc is still on the stack (a result handler may close more than itself). */
int screen_alive(const struct app *a, const struct screen *sc);

/* Sets the keys the footer and the keys overlay show for sc. */
void screen_set_keys(struct screen *sc, const struct app_keyhelp *keys, size_t n);

/*
 * The diary locks now (automatic: the idle clock). Every screen hears it
 * first, top to bottom; those that go, and what they pushed, are closed;
 * then the session locks the diary.
 */
void screen_lock_all(struct app *a, int automatic);

/* Closes every screen, top first. */
void screen_close_all(struct app *a);

/*
 * Leaving steady, by any way out (the menu, the quick exit, Ctrl-C, a
 * signal): with the diary open every screen hears lock() first, so a draft
 * goes into the diary, which the session then saves and closes; then every
 * screen is closed.
 */
void screen_leave_all(struct app *a);

/* A lock() for screens that hold the diary's text: they always go. */
enum screen_lock screen_goes(struct app *a, struct screen *sc);

/* A free() for screens whose data is one plain allocation. */
void screen_free_data(struct screen *sc);

/* Runs the screens until the stack is empty or the person leaves (loop.c). */
void loop_run(struct app *a);

#endif
