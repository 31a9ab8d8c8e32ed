/* SPDX-FileCopyrightText: 2026 The steady authors */
/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * app.c: the terminal's life: raw mode, colours, signals, and leaving it
 * as it was found (cleared after a quick exit).
 *
 * The terminal is put in raw mode, not cbreak: in cbreak mode the terminal
 * driver keeps Ctrl-Q and Ctrl-S for flow control (Ctrl-S would freeze the
 * screen with no visible reason, and the quick exit, Ctrl-Q, would never
 * arrive) and turns Ctrl-C and Ctrl-Z into signals. In raw mode they all
 * arrive as keys, and steady handles each one itself.
 *
 * Signal handlers only set a flag; the event loop (loop.c) waits at most
 * a quarter of a second for a key, so it notices within that time, and
 * every screen is closed before the terminal is restored.
 */
#include "config.h"

#include <curses.h>
#include <langinfo.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "ui/app.h"
#include "diary/secbuf.h"
#include "session/diary_link.h"
#include "ui/draw.h"
#include "ui/screen.h"
#include "ui/screens.h"
#include "ui/theme.h"
#include "ui/ui.h"
#include "util/exit_status.h"
#include "util/gettext.h"
#include "util/xalloc.h"

/* Last: term.h defines macros (lines, columns) that clash with field names. */
#include <term.h>

#define TICK_MS 250

static volatile sig_atomic_t got_signal;

static void on_signal(int sig)
{
	got_signal = sig;
}

int app_signal(void)
{
	return got_signal;
}

static void set_handlers(void)
{
	struct sigaction sa;
	memset(&sa, 0, sizeof sa);
	sa.sa_handler = on_signal;
	sigemptyset(&sa.sa_mask);
	/* No SA_RESTART: a signal ends the wait for a key at once. */
	sigaction(SIGINT, &sa, NULL);
	sigaction(SIGTERM, &sa, NULL);
	sigaction(SIGHUP, &sa, NULL);
}

void app_suspend(void)
{
	struct sigaction old;
	sigaction(SIGTSTP, NULL, &old);
	if (old.sa_handler == SIG_IGN)
		return; /* no job control here: stopping would leave the person stuck */
	/* Blank first: a terminal without an alternate screen keeps what was shown. */
	erase();
	refresh();
	if (old.sa_handler == SIG_DFL) {
		endwin();
		raise(SIGTSTP);
		refresh();
	} else {
		/* ncurses' own handler leaves and restores the screen. */
		raise(SIGTSTP);
	}
	clearok(curscr, TRUE);
}

int app_is_back(enum app_event ev, wint_t ch)
{
	return (ev == EV_CHAR && (ch == 27 || ch == 'q' || ch == 'b' || ch == 0x7F)) ||
	       (ev == EV_KEY && (ch == KEY_LEFT || ch == KEY_BACKSPACE));
}

int app_is_enter(enum app_event ev, wint_t ch)
{
	return (ev == EV_CHAR && (ch == '\r' || ch == '\n')) || (ev == EV_KEY && ch == KEY_ENTER);
}

int app_is_choose(enum app_event ev, wint_t ch)
{
	return app_is_enter(ev, ch) || (ev == EV_CHAR && ch == ' ') ||
	       (ev == EV_KEY && ch == KEY_RIGHT);
}

const char *app_bullet(const struct app *a)
{
	return a->utf8 ? "\xe2\x80\xa2" : "-";
}

/* 1 when TERM names a terminal known to clear its scrollback with ESC [ 3 J. */
static int xterm_like(const char *term)
{
	static const char *const known[] = {"xterm", "tmux",      "screen", "rxvt",
	                                    "vte",   "alacritty", "kitty",  "foot",
	                                    "gnome", "konsole",   "st-",    "wezterm"};
	for (size_t i = 0; i < sizeof known / sizeof known[0]; i++)
		if (strncmp(term, known[i], strlen(known[i])) == 0)
			return 1;
	return 0;
}

static int unknown_term(const char *term)
{
	fprintf(stderr,
	        /* TRANSLATORS: %s is the value of the TERM environment variable,
	           such as "xterm-kitty". TERM=xterm-256color and ncurses-term are a
	           setting and a package name; keep them as they are. */
	        _("steady: the terminal type \"%s\" is not known here.\n"
	          "Try TERM=xterm-256color, or install the ncurses-term package.\n"),
	        term);
	return -1;
}

/* secbuf's notice while the screens own the terminal (diary/secbuf.h). */
static void (*plain_notice)(const char *message);
static const char *held_notice;

static void hold_notice(const char *message)
{
	held_notice = message;
}

static int start_terminal(struct app *a, SCREEN **scr)
{
	const char *term = getenv("TERM");
	if (!isatty(STDIN_FILENO) || !isatty(STDOUT_FILENO)) {
		fputs(_("steady: the screens need a terminal; try 'steady --help' for the "
		        "commands.\n"),
		      stderr);
		return -1;
	}
	if (!term || !*term || strcmp(term, "dumb") == 0) {
		fputs(_("steady: this terminal cannot show steady's screens (TERM is unset or "
		        "\"dumb\").\nTry a terminal such as xterm, or set TERM=xterm-256color.\n"),
		      stderr);
		return -1;
	}
	/*
	 * Ask terminfo first: newterm() on an unknown TERM keeps memory it never
	 * frees, and a terminal that cannot move the cursor is refused here too.
	 */
	int err = 0;
	if (setupterm(term, STDOUT_FILENO, &err) != OK) {
		return unknown_term(term);
	}
	char *cup = tigetstr("cup");
	int can_move = cup && cup != (char *)-1;
	del_curterm(cur_term);
	if (!can_move) {
		fprintf(stderr,
		        /* TRANSLATORS: %s is the value of the TERM environment
		           variable, such as "vt52". TERM=xterm-256color is a
		           setting; keep it as it is. */
		        _("steady: the terminal type \"%s\" cannot move the cursor, which the "
		          "screens need.\nTry TERM=xterm-256color.\n"),
		        term);
		return -1;
	}
	*scr = newterm(NULL, stdout, stdin);
	if (!*scr) {
		return unknown_term(term);
	}
	/* Not written over the screens: said once they are gone. */
	plain_notice = secbuf_notice;
	secbuf_notice = hold_notice;
	char *e3 = tigetstr("E3");
	a->e3_ok = (e3 && e3 != (char *)-1) || xterm_like(term);
	raw();
	noecho();
	nonl();
	keypad(stdscr, TRUE);
	meta(stdscr, TRUE);
	set_escdelay(25);
	curs_set(0);
	return 0;
}

static void stop_terminal(struct app *a, SCREEN *scr)
{
	/* Blank the screen first: terminals without an alternate screen keep what was shown. */
	erase();
	refresh();
	curs_set(1);
	endwin();
	if (a->quick) {
		char *clear = tigetstr("clear");
		if (clear && clear != (char *)-1)
			putp(clear);
		if (a->e3_ok) {
			char *e3 = tigetstr("E3");
			if (e3 && e3 != (char *)-1)
				putp(e3);
			else
				fputs("\033[3J", stdout);
		}
	}
	fflush(stdout);
	delscreen(scr);
	secbuf_notice = plain_notice;
	if (held_notice && secbuf_notice)
		secbuf_notice(held_notice);
	held_notice = NULL;
}

int app_begin(struct app *a, struct session *s)
{
	memset(a, 0, sizeof *a);
	a->s = s;
	a->utf8 = strcmp(nl_langinfo(CODESET), "UTF-8") == 0;
	draw_set_utf8(a->utf8);
	set_handlers();
	SCREEN *scr = NULL;
	int started = start_terminal(a, &scr);
	a->scr = scr;
	if (started < 0)
		return -1;
	a->color_ok = !s->opts->no_color && has_colors();
	theme_init(a->color_ok && s->set.color);
	app_mouse(a);
	return 0;
}

void app_mouse(const struct app *a)
{
	mmask_t want = BUTTON1_PRESSED | BUTTON4_PRESSED;
#ifdef BUTTON5_PRESSED
	want |= BUTTON5_PRESSED;
#endif
	mousemask(a->s->set.mouse ? want : 0, NULL);
	mouseinterval(0); /* a press is a click at once: no waiting for a double click */
}

int app_end(struct app *a)
{
	stop_terminal(a, a->scr);
	return a->signal_got ? 128 + a->signal_got : EXIT_OK;
}

int ui_run(const struct steady_opts *o)
{
	struct session s;
	struct app a;
	session_open(&s, o, 0);
	if (app_begin(&a, &s) < 0) {
		session_close(&s);
		return EXIT_INVALID;
	}
	if (s.first_run)
		session_save_settings(&s); /* the next start opens the home screen */
	home_push(&a);
	loop_run(&a);
	if (a.quick) { /* blank at once; the diary is closed after */
		erase();
		refresh();
	}
	session_close(&s);
	return app_end(&a);
}
