/* SPDX-FileCopyrightText: 2026 The steady authors */
/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * home.c: the first screen. One short welcome line, then everything in one
 * list: continue, the modules, the self-check, the diary, homework, help,
 * settings and quit. The first run opens the welcome module before it.
 */
#include "config.h"

#include <curses.h>
#include <stdlib.h>
#include <string.h>

#include "session/diary_link.h"
#include "session/home_menu.h"
#include "ui/draw.h"
#include "ui/helpnow.h"
#include "ui/list.h"
#include "ui/pager.h"
#include "ui/screen.h"
#include "ui/screens.h"
#include "ui/theme.h"
#include "util/buf.h"
#include "util/gettext.h"
#include "util/xalloc.h"

/* Ids of the menu entries that are not modules (modules use their index): ID_HOME + item. */
enum { ID_HOME = 1000000 };

/* "started  10 min": a module's detail, as on Home and in the list of modules. */
static char *module_detail(const struct app *a, size_t i)
{
	return home_menu_module_detail(a->s, i, "  ");
}

/* The detail of Home's self-check entry: how far the only one got, else NULL (new string). */
static char *selfcheck_detail(const struct app *a)
{
	if (home_menu_selfchecks(a->s) != 1)
		return NULL;
	for (size_t i = 0; i < a->s->lib->n; i++)
		if (module_is_selfcheck(a->s->lib->mods[i]))
			return module_detail(a, i);
	return NULL;
}

/* Home's entries, as in plain mode (session/home_menu.h). */
static void build(struct app *a, struct list *l)
{
	struct home_entry e[HOME__COUNT];
	size_t n = home_menu_build(a->s, e);
	for (size_t k = 0; k < n; k++) {
		char *own = e[k].item == HOME_SELFCHECK ? selfcheck_detail(a) : NULL;
		list_add(l, e[k].label, own ? own : e[k].detail, ID_HOME + (int)e[k].item);
		free(own);
	}
	home_menu_free(e, n);
}

enum { TAG_MODULE = 1, TAG_PICK_SELFCHECK, TAG_FIRST_REGION };

/* The first start opens the module whose purpose that is, over Home. */
static void welcome_push(struct app *a)
{
	int i = session_module_index(a->s, library_by_purpose(a->s->lib, PURPOSE_FIRST_RUN));
	if (i >= 0)
		module_flow_push(a, (size_t)i, 0, TAG_MODULE);
}

/* A menu screen: a list rebuilt at each draw, with the keys it shows. */
struct menu {
	struct list l;
	int sel;  /* the selected id, kept across rebuilds */
	int page; /* rows of the list, for PgUp/PgDn */
	struct app_keyhelp keys[3];
	int *pick_idx; /* the self-checks offered by the picker, by its index */
};

/* A menu whose third key is the way back: "Esc back", or "q quit" on Home. */
static struct menu *menu_new(const char *key, const char *what)
{
	struct menu *m = xcalloc(1, sizeof *m);
	m->sel = -1;
	m->keys[0] = (struct app_keyhelp){"Up/Down", _("move")};
	m->keys[1] = (struct app_keyhelp){"Enter", _("open")};
	m->keys[2] = (struct app_keyhelp){key, what};
	return m;
}

static void menu_free(struct screen *sc)
{
	struct menu *m = sc->data;
	list_free(&m->l);
	free(m->pick_idx);
	free(m);
}

/* Draws the list in la and the footer, keeping the selection; the list stays for key(). */
static void menu_draw_list(struct app *a, struct menu *m, const struct area *la)
{
	if (m->sel >= 0)
		list_select_id(&m->l, m->sel);
	m->page = la->h;
	list_draw(&m->l, la);
	draw_footer(a, m->keys, 3);
}

/* Moves the selection for a key; 1 when that was all it did. */
static int menu_move(struct menu *m, enum app_event ev, wint_t ch)
{
	int moved = list_key(&m->l, ev, ch, m->page);
	m->sel = list_selected(&m->l);
	return moved;
}

/* The modules, with how far each got this time and about how long each takes. */
static void modules_draw(struct app *a, struct screen *sc)
{
	struct menu *mn = sc->data;
	list_free(&mn->l);
	for (size_t i = 0; i < a->s->lib->n; i++) {
		if (module_is_selfcheck(a->s->lib->mods[i]))
			continue;
		char *d = module_detail(a, i);
		list_add(&mn->l, a->s->lib->mods[i]->title, d, (int)i);
		free(d);
	}
	if (mn->sel >= 0)
		list_select_id(&mn->l, mn->sel);
	draw_frame(_("Modules"), NULL);
	struct area ar = draw_body();
	/* The chosen module's summary under the list, when there is room. */
	struct markup_doc d;
	markup_init(&d);
	int id = list_selected(&mn->l);
	if (id >= 0 && a->s->lib->mods[id]->summary)
		markup_text(&d, a->s->lib->mods[id]->summary, ar.w, 1, MARKUP_DIM);
	struct area la = ar;
	int room = (int)d.n + 1;
	if (ar.h - room >= 4 && d.n > 0) {
		la.h = ar.h - room;
		if (la.h > (int)mn->l.n)
			la.h = (int)mn->l.n;
		draw_doc(&(struct area){la.y + la.h + 1, ar.x, (int)d.n, ar.w}, &d, 0);
	}
	markup_free(&d);
	menu_draw_list(a, mn, &la);
}

static void modules_key(struct app *a, struct screen *sc, enum app_event ev, wint_t ch)
{
	struct menu *mn = sc->data;
	if (menu_move(mn, ev, ch))
		return;
	if (app_is_back(ev, ch))
		screen_close(a, sc, -1);
	else if (app_is_choose(ev, ch) && mn->sel >= 0)
		module_flow_push(a, (size_t)mn->sel, (size_t)-1, TAG_MODULE);
}

static void menu_click(struct app *a, struct screen *sc, int y, int x)
{
	(void)x;
	list_click(a, sc, &((struct menu *)sc->data)->l, y);
}

static const struct screen_ops modules_ops = {
        .name = "modules",
        .draw = modules_draw,
        .key = modules_key,
        .click = menu_click,
        .free = menu_free,
};

static void home_draw(struct app *a, struct screen *sc)
{
	struct menu *mn = sc->data;
	list_free(&mn->l);
	build(a, &mn->l);
	draw_frame("steady", NULL);
	struct area ar = draw_body();
	struct markup_doc d;
	markup_init(&d);
	markup_text(&d, _("Welcome. Take your time: nothing here leaves this computer."), ar.w, 0,
	            0);
	if (a->s->notice) {
		markup_blank(&d);
		markup_text(&d, a->s->notice, ar.w, 0, MARKUP_DIM);
	}
	const char *note = dlink_note(a->s);
	if (note) {
		markup_blank(&d);
		markup_text(&d, note, ar.w, 0, MARKUP_ACCENT);
	}
	markup_blank(&d);
	size_t used = d.n <= (size_t)ar.h / 2 ? d.n : 0;
	draw_doc(&(struct area){ar.y, ar.x, (int)used, ar.w}, &d, 0);
	markup_free(&d);
	struct area la = {ar.y + (int)used, ar.x, ar.h - (int)used, ar.w};
	menu_draw_list(a, mn, &la);
	/* A new message is read first: the cursor rests on it until a key is pressed. */
	if (note && used > 0)
		draw_cursor(ar.y + (int)used - 2, ar.x);
}

/* The self-checks: one opens at once; several are listed first. */
static void open_selfcheck(struct app *a, struct menu *mn)
{
	size_t nself = 0;
	int only = -1;
	free(mn->pick_idx);
	mn->pick_idx = xcalloc(a->s->lib->n ? a->s->lib->n : 1, sizeof *mn->pick_idx);
	const char **labels = xcalloc(a->s->lib->n ? a->s->lib->n : 1, sizeof *labels);
	for (size_t k = 0; k < a->s->lib->n; k++)
		if (module_is_selfcheck(a->s->lib->mods[k])) {
			mn->pick_idx[nself] = (int)k;
			labels[nself++] = a->s->lib->mods[k]->title;
			only = (int)k;
		}
	if (nself == 1)
		module_flow_push(a, (size_t)only, (size_t)-1, TAG_MODULE);
	else if (nself > 1)
		screen_push(a, list_pick_new(_("Self-check"), NULL, labels, nself, 0),
		            TAG_PICK_SELFCHECK);
	free(labels);
}

static void home_key(struct app *a, struct screen *sc, enum app_event ev, wint_t ch)
{
	struct menu *mn = sc->data;
	if (dlink_note(a->s))
		dlink_set_note(a->s, NULL); /* read once */
	if (menu_move(mn, ev, ch))
		return;
	if (ev == EV_CHAR && ch == 'q') {
		a->quit = 1;
		return;
	}
	if (!app_is_choose(ev, ch))
		return;
	switch (mn->sel) {
	case ID_HOME + HOME_CONTINUE:
		module_flow_push(a, (size_t)a->s->last_module, a->s->prog[a->s->last_module].step,
		                 TAG_MODULE);
		break;
	case ID_HOME + HOME_SELFCHECK:
		open_selfcheck(a, mn);
		break;
	case ID_HOME + HOME_MODULES: {
		struct menu *m = menu_new("Esc", _("back"));
		struct screen *s = screen_new(&modules_ops, m);
		screen_set_keys(s, m->keys, 3);
		screen_push(a, s, 0);
		break;
	}
	case ID_HOME + HOME_DIARY:
		diary_push(a);
		break;
	case ID_HOME + HOME_HOMEWORK:
		homework_push(a);
		break;
	case ID_HOME + HOME_HELP:
		screen_push_free(a, helpnow_screen_new(a));
		break;
	case ID_HOME + HOME_SETTINGS:
		settings_push(a);
		break;
	case ID_HOME + HOME_QUIT:
		a->quit = 1;
		break;
	default:
		if (mn->sel >= 0 && (size_t)mn->sel < a->s->lib->n)
			module_flow_push(a, (size_t)mn->sel, (size_t)-1, TAG_MODULE);
		break;
	}
}

static void home_result(struct app *a, struct screen *sc, int tag, int value)
{
	struct menu *mn = sc->data;
	if (tag == TAG_FIRST_REGION) {
		helpnow_region_set(a, value); /* Esc keeps the international helplines */
		welcome_push(a);
		return;
	}
	if (tag == TAG_PICK_SELFCHECK && value >= 0)
		module_flow_push(a, (size_t)mn->pick_idx[value], (size_t)-1, TAG_MODULE);
}

static const struct screen_ops home_ops = {
        .name = "home",
        .draw = home_draw,
        .key = home_key,
        .click = menu_click,
        .result = home_result,
        .free = menu_free,
};

void home_push(struct app *a)
{
	/* TRANSLATORS: a key hint in Home's footer, after "q", as in "q quit":
	   closes steady. Keep it short. */
	struct menu *mn = menu_new("q", _("quit"));
	struct screen *sc = screen_new(&home_ops, mn);
	screen_set_keys(sc, mn->keys, 3);
	screen_push(a, sc, 0);
	if (!a->s->first_run)
		return;
	/* With no country to go by, the region is asked first: then the welcome. */
	struct screen *pick =
	        session_asks_region(a->s) ? helpnow_region_new(a, session_region_why()) : NULL;
	if (pick)
		screen_push(a, pick, TAG_FIRST_REGION);
	else
		welcome_push(a);
}
