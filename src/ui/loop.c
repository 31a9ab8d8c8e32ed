/* SPDX-FileCopyrightText: 2026 The steady authors */
/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * loop.c: the one event loop. It draws the top screen, waits for a key or
 * a tick, and handles what belongs to every screen before the top screen
 * sees a key: leaving (Ctrl-Q, Ctrl-C, a signal), get help now (Ctrl-G,
 * or h where nothing is typed), the keys (? or F1), Ctrl-Z (where nothing
 * is typed; in the editor it undoes), Ctrl-L and a resize. A suspend locks
 * the diary first: the shell it leaves at is no place for an open diary. Between two keys it
 * decides the idle lock, and tells every screen of it before any of them runs again
 * (screen_lock_all).
 *
 * Keys that are already waiting (a paste, fast typing) reach a typing
 * screen without a redraw between them, so a long paste is quick; the
 * screen is drawn again once no key is waiting, or after BURST_MAX keys.
 */
#include "config.h"

#include <curses.h>
#include <string.h>

#include "session/diary_link.h"
#include "ui/draw.h"
#include "ui/screen.h"
#include "ui/screens.h"

#define TICK_MS   250
#define BURST_MAX 8192

static int any_busy(const struct app *a)
{
	for (size_t i = 0; i < a->n_stack; i++) {
		const struct screen *sc = a->stack[i];
		if (sc->ops->busy && sc->ops->busy(sc))
			return 1;
	}
	return 0;
}

static struct screen *help_on_stack(const struct app *a)
{
	for (size_t i = a->n_stack; i-- > 0;)
		if (a->stack[i]->is_help)
			return a->stack[i];
	return NULL;
}

static void draw_top(struct app *a, struct screen *top)
{
	a->keys = top->keys;
	a->n_keys = top->n_keys;
	a->typing = top->typing;
	draw_cursor_reset();
	draw_tags_reset();
	if (draw_too_small())
		draw_small_notice(a, top->is_help);
	else
		top->ops->draw(a, top);
	draw_cursor_place();
	refresh();
}

/* Ctrl-G: get help now, on top; when it is open already, back to it. */
static void get_help(struct app *a)
{
	struct screen *h = help_on_stack(a);
	if (!h) {
		screen_push_free(a, helpnow_screen_new(a));
		return;
	}
	while (screen_top(a) != h)
		screen_pop(a, -1);
}

static void resized(struct app *a)
{
	for (size_t i = 0; i < a->n_stack; i++) {
		struct screen *sc = a->stack[i];
		if (sc->ops->resize)
			sc->ops->resize(a, sc);
	}
}

/* No key came for a tick: the idle lock, then the top screen's clock. */
static void idle(struct app *a)
{
	if (dlink_idle(a->s, any_busy(a)) == DLINK_IDLE_LOCK)
		screen_lock_all(a, 1);
	struct screen *top = screen_top(a);
	if (top && top->ticks && top->ops->tick && !draw_too_small())
		top->ops->tick(a, top);
}

/*
 * After an Esc, what came with it at once. A terminal that names itself
 * differently from what it sends (xterm inside tmux) gives sequences that
 * ncurses does not know, such as "\033[4~" for End: read as Esc and stray
 * keys, End would leave a module. A sequence is read whole here: the common
 * forms of the cursor and Home/End keys become those keys, any other is
 * dropped, and an Esc with nothing after it stays Esc (returns 0). Esc
 * and Enter together are Alt-Enter, a new line in the editor (returns -2).
 */
static int escape_sequence(void)
{
	wint_t c;
	timeout(0);
	int r = get_wch(&c);
	if (r == ERR)
		return 0;
	if (r == OK && (c == '\r' || c == '\n'))
		return -2; /* Alt-Enter: a new line, never Esc and then Enter */
	if (r != OK || (c != '[' && c != 'O')) {
		if (r == KEY_CODE_YES)
			ungetch((int)c);
		else
			unget_wch(c); /* Esc then a key (Alt and a letter): both stay */
		return 0;
	}
	char seq[16];
	size_t n = 0;
	seq[n++] = (char)c;
	/* Parameters and intermediates, up to the final byte (@ to ~). */
	while (n < sizeof seq - 1 && get_wch(&c) == OK) {
		seq[n++] = c < 0x80 ? (char)c : '?';
		if (c >= 0x40 && c <= 0x7E)
			break;
	}
	seq[n] = '\0';
	static const struct {
		const char *seq;
		int key;
	} known[] = {
	        {"[A", KEY_UP},     {"OA", KEY_UP},     {"[B", KEY_DOWN},  {"OB", KEY_DOWN},
	        {"[C", KEY_RIGHT},  {"OC", KEY_RIGHT},  {"[D", KEY_LEFT},  {"OD", KEY_LEFT},
	        {"[H", KEY_HOME},   {"OH", KEY_HOME},   {"[1~", KEY_HOME}, {"[7~", KEY_HOME},
	        {"[F", KEY_END},    {"OF", KEY_END},    {"[4~", KEY_END},  {"[8~", KEY_END},
	        {"[5~", KEY_PPAGE}, {"[6~", KEY_NPAGE}, {"[3~", KEY_DC},   {"[Z", KEY_BTAB},
	};
	for (size_t i = 0; i < sizeof known / sizeof known[0]; i++)
		if (strcmp(seq, known[i].seq) == 0)
			return known[i].key;
	return -1;
}

/* Lines the wheel scrolls a notch. */
#define WHEEL_LINES 3

/* A mouse event: the wheel scrolls as Up and Down do; a click goes to the top screen. */
static void mouse(struct app *a, struct screen *top)
{
	MEVENT ev;
	if (getmouse(&ev) != OK)
		return;
	int key = 0;
	if (ev.bstate & BUTTON4_PRESSED)
		key = KEY_UP;
#ifdef BUTTON5_PRESSED
	else if (ev.bstate & BUTTON5_PRESSED)
		key = KEY_DOWN;
#endif
	if (key) {
		for (int i = 0; i < WHEEL_LINES && screen_top(a) == top; i++)
			top->ops->key(a, top, EV_KEY, (wint_t)key);
		return;
	}
	if ((ev.bstate & BUTTON1_PRESSED) && top->ops->click)
		top->ops->click(a, top, ev.y, ev.x);
}

/* One key: the keys of every screen first, then the top screen's. */
static void dispatch(struct app *a, int r, wint_t c)
{
	struct screen *top = screen_top(a);
	if (r == OK && c == 27) {
		int key = escape_sequence();
		if (key == -2) {
			c = '\n';
		} else if (key < 0) {
			return; /* a sequence nobody knows: nothing at all */
		} else if (key > 0) {
			r = KEY_CODE_YES;
			c = (wint_t)key;
		}
	}
	int small = draw_too_small();
	if (r == KEY_CODE_YES) {
		if (c == KEY_RESIZE) {
			resized(a);
			return;
		}
		if (small)
			return;
		if (c == KEY_MOUSE) {
			mouse(a, top);
			return;
		}
		if (c == KEY_F(1) && !top->is_overlay) {
			screen_push_free(a, keys_screen_new(a, top));
			return;
		}
		top->ops->key(a, top, EV_KEY, c);
		return;
	}
	switch (c) {
	case 0x11: /* Ctrl-Q */
		a->quit = 1;
		a->quick = 1;
		return;
	case 0x03: /* Ctrl-C: leave, as from the menu */
		a->quit = 1;
		return;
	case 0x1A: /* Ctrl-Z: in the editor, undo; elsewhere a suspend, the diary locked first */
		if (top->typing && !small)
			break;
		if (dlink_diary(a->s))
			screen_lock_all(a, 0);
		app_suspend();
		return;
	case 0x0C: /* Ctrl-L */
		clearok(curscr, TRUE);
		return;
	case 0x07: /* Ctrl-G */
		get_help(a);
		return;
	default:
		break;
	}
	if (small)
		return;
	if (!top->typing && !top->is_overlay) {
		if (c == '?') {
			screen_push_free(a, keys_screen_new(a, top));
			return;
		}
		if (c == 'h' && !top->is_help) {
			get_help(a);
			return;
		}
	}
	top->ops->key(a, top, EV_CHAR, c);
}

void loop_run(struct app *a)
{
	int burst = 0;
	while (!a->quit && a->n_stack > 0) {
		struct screen *top = screen_top(a);
		if (burst == 0)
			draw_top(a, top);
		timeout(burst ? 0 : TICK_MS);
		wint_t c = 0;
		int r = get_wch(&c);
		if (app_signal()) {
			a->signal_got = app_signal();
			a->quit = 1;
			break;
		}
		if (r == ERR) {
			if (burst)
				burst = 0; /* nothing more waiting: draw */
			else
				idle(a);
			continue;
		}
		dlink_key(a->s);
		a->in_burst = burst > 0;
		dispatch(a, r, c);
		/* More text for a typing screen comes without a redraw between
		 * keys. Only a typed character starts or goes on with a burst: a
		 * resize or an arrow key is not a paste, so a Tab pressed at once
		 * after one is still "next". */
		struct screen *now = screen_top(a);
		burst = r == OK && now == top && top->typing && burst < BURST_MAX ? burst + 1 : 0;
	}
	a->in_burst = 0;
	screen_leave_all(a);
}
