/* SPDX-FileCopyrightText: 2026 The steady authors */
/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * app.h: what every screen shares: the session (content, settings, this
 * run's answers, the diary), the terminal's abilities and the screen stack.
 *
 * The screens sit on a stack (screen.h) driven by one event loop (loop.c),
 * the only place that reads keys. A quick exit closes every screen, each
 * wiping what it held.
 */
#ifndef STEADY_UI_APP_H
#define STEADY_UI_APP_H

#include <stddef.h>
#include <wchar.h>

#include "session/session.h"

/* What the event loop hands a screen's key(). */
enum app_event {
	EV_CHAR, /* a character (ch) */
	EV_KEY,  /* a curses KEY_* code (ch) */
};

/* One line of the keys overlay: "Enter" "open". */
struct app_keyhelp {
	const char *key;  /* untranslated key name, e.g. "Enter" */
	const char *what; /* translated (or N_) description */
};

/* The smallest size the screens use; below it a notice asks for more room. */
#define APP_MIN_COLS 30
#define APP_MIN_ROWS 8

struct screen;

struct app {
	struct session *s; /* what the person does: content, answers, the diary */

	int color_ok; /* the terminal has colour and NO_COLOR/--no-color are not set */
	int utf8;     /* the locale's characters are UTF-8 */
	int e3_ok;    /* the terminal can clear its scrollback */

	/* The screen stack (screen.h): the top screen has the keyboard. */
	struct screen **stack;
	size_t n_stack, cap_stack;

	/* What the top screen wants, as the loop last read it. */
	const struct app_keyhelp *keys;
	size_t n_keys;
	int typing;   /* letters are text */
	int in_burst; /* this key came in a burst (a paste): a Tab is text, not "next" */

	int quit;       /* leaving: the loop closes every screen */
	int quick;      /* ... by the quick exit: clear the scrollback too */
	int signal_got; /* the signal that ended the session, or 0 */

	void *scr; /* the curses SCREEN of this run */
};

/* 1 when the key means "back": Esc, q, b, Backspace or Left. */
int app_is_back(enum app_event ev, wint_t ch);

/* 1 when the key is Enter (or Return). */
int app_is_enter(enum app_event ev, wint_t ch);

/* 1 when the key chooses the selected item of a list: Enter, Space or Right. */
int app_is_choose(enum app_event ev, wint_t ch);

/* The bullet glyph for the locale ("•" or "-"). */
const char *app_bullet(const struct app *a);

/*
 * Starts the screens over an open session: sets the signal handlers and
 * starts the terminal. Returns 0, or -1 after telling the person why the
 * screens cannot start.
 */
int app_begin(struct app *a, struct session *s);

/* Ends the screens: restores (and on a quick exit clears) the terminal. Returns the exit status. */
int app_end(struct app *a);

/* Takes the mouse (clicks and the wheel) or leaves it to the terminal, as the settings say. */
void app_mouse(const struct app *a);

/* The signal that asked steady to leave (SIGINT, SIGTERM, SIGHUP), or 0. */
int app_signal(void);

/* Ctrl-Z: steps aside like any terminal program; the screen is redrawn after. */
void app_suspend(void);

#endif
