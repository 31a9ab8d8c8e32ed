/*
 * app.h: what every screen shares: the loaded content, the settings, this
 * run's answers, and the key loop that handles the keys that work on every
 * screen (quick exit, get help now, the keys overlay, resizing, signals).
 *
 * Each screen is a function with its own loop: draw, then app_key(). When
 * app_key() returns EV_QUIT the screen cleans up and returns at once, so a
 * quick exit unwinds every screen, each wiping what it held.
 */
#ifndef STEADY_UI_APP_H
#define STEADY_UI_APP_H

#include <stddef.h>
#include <wchar.h>

#include "session/session.h"

/* What app_key() reports. */
enum app_event {
	EV_CHAR,   /* a character (*ch) */
	EV_KEY,    /* a curses KEY_* code (*ch) */
	EV_REDRAW, /* the size changed or an overlay closed: draw again */
	EV_TICK,   /* time passed (only when the screen asked for ticks) */
	EV_QUIT,   /* leave now: return up to ui_run() */
};

/* One line of the keys overlay: "Enter" "open". */
struct app_keyhelp {
	const char *key;  /* untranslated key name, e.g. "Enter" */
	const char *what; /* translated (or N_) description */
};

/* The smallest size the screens use; below it a notice asks for more room. */
#define APP_MIN_COLS 30
#define APP_MIN_ROWS 8

struct dlink;

struct app {
	struct session *s; /* what the person does: content, answers, the diary */

	int color_ok; /* the terminal has colour and NO_COLOR/--no-color are not set */
	int utf8;     /* the locale's characters are UTF-8 */
	int e3_ok;    /* the terminal can clear its scrollback */

	/* Set by the current screen before app_key(). */
	const struct app_keyhelp *keys;
	size_t n_keys;
	int typing;     /* the editor has the keyboard: letters are text */
	int ticks;      /* report EV_TICK every tick (a running timer) */
	int in_help;    /* the help-now screen is open (Ctrl-G does not stack) */
	int in_overlay; /* the keys overlay is open */

	int quit;       /* leaving: every screen returns */
	int quick;      /* ... by the quick exit: clear the scrollback too */
	int signal_got; /* the signal that ended the session, or 0 */

	void *scr;        /* the curses SCREEN of this run */
	int to_home; /* the diary locked: every screen returns to Home (app_key gives EV_QUIT) */
};

/*
 * Waits for the next event and handles the keys of every screen. *ch gets
 * the character or KEY_* code. While the terminal is too small it shows the
 * notice and waits.
 */
enum app_event app_key(struct app *a, wint_t *ch);

/* Like app_key() but returns EV_TICK at once when no key is waiting (for bursts of paste). */
enum app_event app_key_nowait(struct app *a, wint_t *ch);

/*
 * Takes the keys already waiting (a paste, or fast typing) before the screen
 * is drawn again: take(ctx, ev, ch) for each, up to a limit, while it
 * returns 1. A key it does not take (0) is put back for the next
 * app_key(), so Ctrl-S or Esc typed right after text is never lost.
 */
void app_take_burst(struct app *a, int (*take)(void *ctx, enum app_event ev, wint_t ch), void *ctx);

/* 1 when the key means "back": Esc, q, b, Backspace or Left. */
int app_is_back(enum app_event ev, wint_t ch);

/* 1 when the key is Enter (or Return). */
int app_is_enter(enum app_event ev, wint_t ch);

/* 1 when the key chooses the selected item of a list: Enter, Space or Right. */
int app_is_choose(enum app_event ev, wint_t ch);

/* Sets the keys the overlay lists for the current screen. */
void app_set_keys(struct app *a, const struct app_keyhelp *keys, size_t n);

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

/* Opens the keys overlay for the current screen. */
enum app_event app_keys_overlay(struct app *a);

#endif
