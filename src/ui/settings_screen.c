/* SPDX-FileCopyrightText: 2026 The steady authors */
/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * settings_screen.c: the settings. Each change is saved at once, so there
 * is no "save" to forget; only non-personal preferences are kept.
 */
#include "config.h"

#include <curses.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "diary/diary.h"
#include "ui/draw.h"
#include "ui/helpnow.h"
#include "ui/list.h"
#include "ui/screen.h"
#include "ui/screens.h"
#include "ui/theme.h"
#include "util/gettext.h"
#include "util/xalloc.h"

enum { ID_REGION, ID_COLOR, ID_LOCK, ID_PLAIN, ID_MOUSE, ID_BACK };

static const int lock_steps[] = {1, 2, 5, 10, 15, 20, 30, 60, 120};

/* Left and Right step through the choices; Enter cycles round them. */
static void step_lock(struct app *a, int dir)
{
	size_t n = sizeof lock_steps / sizeof lock_steps[0];
	int cur = a->s->set.lock_minutes, v = cur;
	if (dir < 0) {
		for (size_t i = n; i-- > 0;)
			if (lock_steps[i] < cur) {
				v = lock_steps[i];
				break;
			}
	} else {
		v = dir == 0 ? lock_steps[0] : cur;
		for (size_t i = 0; i < n; i++)
			if (lock_steps[i] > cur) {
				v = lock_steps[i];
				break;
			}
	}
	a->s->set.lock_minutes = v;
	session_save_settings(a->s);
}

/* The language in use, as the environment gives it. */
static const char *language(void)
{
	static const char *const vars[] = {"LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"};
	for (size_t i = 0; i < sizeof vars / sizeof vars[0]; i++) {
		const char *v = getenv(vars[i]);
		if (v && *v)
			return v;
	}
	return "C";
}

static char *diary_dir(const struct app *a)
{
	if (a->s->opts->diary)
		return xstrdup(a->s->opts->diary);
	return diary_default_dir();
}

enum { TAG_REGION = 1 };

struct settings_screen {
	struct list l;
	int sel;
	int page;
	char *diary;
	struct app_keyhelp keys[3];
};

static void set_draw(struct app *a, struct screen *sc)
{
	struct settings_screen *st = sc->data;
	struct list *l = &st->l;
	list_free(l);
	const struct region *r = session_region(a->s);
	/* TRANSLATORS: the name of a setting in Settings; its value beside it is a
	   region's name, such as "Ireland", or "not available" when the helpline
	   list could not be loaded. */
	list_add(l, _("Helpline region"), r ? r->name : _("not available"), ID_REGION);
	/* TRANSLATORS: a setting's value in Settings, beside its name, as in
	   "Colour  on". Keep it short. */
	const char *on = _("on");
	/* TRANSLATORS: a setting's value in Settings, beside its name, as in
	   "Colour  off". Keep it short. */
	const char *off = _("off");
	/* TRANSLATORS: the value of "Colour" in Settings when this terminal
	   cannot show colours. */
	const char *no_colour = _("not available here");
	/* TRANSLATORS: the name of a setting in Settings: whether the screens use
	   colours. Its value beside it is "on", "off" or "not available here". */
	list_add(l, _("Colour"), !a->color_ok ? no_colour : a->s->set.color ? on : off, ID_COLOR);
	char *lock = xasprintf(
	        ngettext("%d minute", "%d minutes", (unsigned long)a->s->set.lock_minutes),
	        a->s->set.lock_minutes);
	/* TRANSLATORS: the name of a setting in Settings; its value beside it is a
	   number of minutes, as in "Diary locks itself after  15 minutes". */
	list_add(l, _("Diary locks itself after"), lock, ID_LOCK);
	free(lock);
	/* For a screen reader: the next start is in plain mode (doc/ACCESSIBILITY.md). */
	/* TRANSLATORS: the name of a setting in Settings, with "on" or "off" beside
	   it: steady starts in plain mode (one line at a time, for screen readers)
	   instead of its screens. */
	list_add(l, _("Plain mode at every start"), a->s->set.plain ? on : off, ID_PLAIN);
	/* TRANSLATORS: the name of a setting in Settings, with "on" or "off" beside
	   it: whether the screens take mouse clicks and the wheel. */
	list_add(l, _("Mouse: clicks and the wheel"), a->s->set.mouse ? on : off, ID_MOUSE);
	list_heading(l, NULL);
	/* TRANSLATORS: the last entry of Settings' list: goes back to Home. */
	list_add(l, _("Back"), NULL, ID_BACK);
	list_select_id(l, st->sel);

	draw_frame(_("Settings"), NULL);
	struct area ar = draw_body();
	struct markup_doc d;
	markup_init(&d);
	char *where = xasprintf(_("Your diary is kept in: %s"),
	                        /* TRANSLATORS: fills "Your diary is kept in: %s"
	                           when there is no home folder to keep a diary in. */
	                        st->diary ? st->diary : _("(no home folder)"));
	markup_text(&d, where, ar.w, 0, MARKUP_DIM);
	free(where);
	/* TRANSLATORS: the name of the language of this translation, in that language. */
	const char *in_use = _("English");
	char *lang =
	        /* TRANSLATORS: at the foot of Settings: the first %s is the name of
	           this translation's language in that language (your translation of
	           "English"); the second is the system's language setting as it is,
	           such as "de_DE.UTF-8". */
	        xasprintf(_("Language: %s (from your system's settings: %s)"), in_use, language());
	markup_text(&d, lang, ar.w, 0, MARKUP_DIM);
	free(lang);
	markup_text(&d,
	            _("steady keeps only these settings between visits, nothing about what "
	              "you read or wrote."),
	            ar.w, 0, MARKUP_DIM);
	/* The list, then what is only shown, under it when there is room. */
	int info = (int)d.n + 1;
	struct area la = ar;
	if (la.h > (int)l->n && (int)l->n + info <= ar.h)
		la.h = (int)l->n;
	else if (la.h - info >= 3)
		la.h -= info;
	if (la.h + info <= ar.h)
		draw_doc(&(struct area){ar.y + la.h + 1, ar.x, info - 1, ar.w}, &d, 0);
	markup_free(&d);
	st->page = la.h;
	list_draw(l, &la);
	draw_footer(a, st->keys, 3);
}

static void set_key(struct app *a, struct screen *sc, enum app_event ev, wint_t ch)
{
	struct settings_screen *st = sc->data;
	int moved = list_key(&st->l, ev, ch, st->page);
	st->sel = list_selected(&st->l);
	if (moved)
		return;
	int sel = st->sel;
	int enter = (ev == EV_CHAR && (ch == '\r' || ch == '\n' || ch == ' ')) ||
	            (ev == EV_KEY && ch == KEY_ENTER);
	int left = ev == EV_KEY && ch == KEY_LEFT;
	int right = ev == EV_KEY && ch == KEY_RIGHT;
	if ((ev == EV_CHAR && (ch == 27 || ch == 'q' || ch == 'b')) ||
	    (sel == ID_BACK && (enter || left))) {
		screen_close(a, sc, -1);
	} else if (sel == ID_REGION && (enter || right)) {
		struct screen *pick = helpnow_region_new(
		        a, _("Get help now shows the helplines of this region."));
		if (pick)
			screen_push(a, pick, TAG_REGION);
	} else if (sel == ID_COLOR && (enter || left || right) && a->color_ok) {
		a->s->set.color = !a->s->set.color;
		theme_init(a->s->set.color);
		session_save_settings(a->s);
	} else if (sel == ID_MOUSE && (enter || left || right)) {
		/* Off, the terminal's own selection and scrolling work again. */
		a->s->set.mouse = !a->s->set.mouse;
		app_mouse(a);
		session_save_settings(a->s);
	} else if (sel == ID_LOCK && (enter || left || right)) {
		step_lock(a, left ? -1 : right ? 1 : 0);
	} else if (sel == ID_PLAIN && (enter || left || right)) {
		a->s->set.plain = !a->s->set.plain;
		session_save_settings(a->s);
	} else if (left) {
		screen_close(a, sc, -1);
	}
}

static void set_result(struct app *a, struct screen *sc, int tag, int value)
{
	(void)sc;
	if (tag == TAG_REGION)
		helpnow_region_set(a, value);
}

static void set_free(struct screen *sc)
{
	struct settings_screen *st = sc->data;
	list_free(&st->l);
	free(st->diary);
	free(st);
}

static void set_click(struct app *a, struct screen *sc, int y, int x)
{
	(void)x;
	list_click(a, sc, &((struct settings_screen *)sc->data)->l, y);
}

static const struct screen_ops settings_ops = {
        .name = "settings",
        .draw = set_draw,
        .key = set_key,
        .click = set_click,
        .result = set_result,
        .free = set_free,
};

void settings_push(struct app *a)
{
	struct settings_screen *st = xcalloc(1, sizeof *st);
	st->sel = ID_REGION;
	st->diary = diary_dir(a);
	st->keys[0] = (struct app_keyhelp){"Up/Down", _("move")};
	st->keys[1] = (struct app_keyhelp){"Enter", _("change")};
	st->keys[2] = (struct app_keyhelp){"Esc", _("back")};
	struct screen *sc = screen_new(&settings_ops, st);
	screen_set_keys(sc, st->keys, 3);
	screen_push(a, sc, 0);
}
