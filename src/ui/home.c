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
#include "ui/draw.h"
#include "ui/list.h"
#include "ui/pager.h"
#include "ui/screens.h"
#include "ui/theme.h"
#include "util/buf.h"
#include "util/gettext.h"
#include "util/xalloc.h"

/* Ids of the menu entries that are not modules (modules use their index). */
enum {
	ID_CONTINUE = 1000000,
	ID_MODULES,
	ID_SELFCHECK,
	ID_DIARY,
	ID_HOMEWORK,
	ID_HELP,
	ID_SETTINGS,
	ID_QUIT,
};

static char *module_detail(const struct app *a, size_t i)
{
	const struct module *m = a->s->lib->mods[i];
	char *min = xasprintf(_("%d min"), m->minutes);
	const char *state = NULL;
	if (a->s->prog[i].state == PROGRESS_DONE)
		state = _("done");
	else if (a->s->prog[i].state == PROGRESS_STARTED)
		state = _("started");
	char *d = state ? xasprintf("%s  %s", state, min) : xstrdup(min);
	free(min);
	return d;
}

static void build(struct app *a, struct list *l)
{
	size_t nself = 0, nhome = 0;
	for (size_t i = 0; i < a->s->lib->n; i++) {
		if (module_is_selfcheck(a->s->lib->mods[i]))
			nself++;
		if (a->s->lib->mods[i]->homework)
			nhome++;
	}
	if (a->s->last_module >= 0 && (size_t)a->s->last_module < a->s->lib->n) {
		const struct module *m = a->s->lib->mods[a->s->last_module];
		char *label = xasprintf(_("Continue: %s"), m->title);
		char *detail = xasprintf(_("step %zu of %zu"), a->s->prog[a->s->last_module].step + 1,
		                         m->n_steps);
		list_add(l, label, detail, ID_CONTINUE);
		free(label);
		free(detail);
	}
	if (a->s->lib->n > nself) {
		char *detail = xasprintf(_("%zu to choose from"), a->s->lib->n - nself);
		list_add(l, _("Modules"), detail, ID_MODULES);
		free(detail);
	}
	if (nself == 1) {
		for (size_t i = 0; i < a->s->lib->n; i++)
			if (module_is_selfcheck(a->s->lib->mods[i])) {
				char *d = module_detail(a, i);
				list_add(l, _("Self-check"), d, ID_SELFCHECK);
				free(d);
			}
	} else if (nself > 1) {
		list_add(l, _("Self-check"), NULL, ID_SELFCHECK);
	}
	list_add(l, _("Diary"),
	         dlink_diary(a->s)    ? C_("diary state", "open")
	         : dlink_exists(a->s) ? _("locked")
	         : dlink_handle(a->s) ? _("locked")
	                           : NULL,
	         ID_DIARY);
	if (nhome > 0)
		list_add(l, _("Homework"), NULL, ID_HOMEWORK);
	list_add(l, _("Get help now"), NULL, ID_HELP);
	list_add(l, _("Settings"), NULL, ID_SETTINGS);
	list_add(l, _("Quit"), NULL, ID_QUIT);
}

/* Picks one of the modules that pass the filter; -1 when none was picked. */
static int pick_module(struct app *a, const char *title, const char *intro,
                       int (*want)(const struct module *))
{
	size_t n = 0;
	int *idx = xcalloc(a->s->lib->n ? a->s->lib->n : 1, sizeof *idx);
	const char **labels = xcalloc(a->s->lib->n ? a->s->lib->n : 1, sizeof *labels);
	for (size_t i = 0; i < a->s->lib->n; i++)
		if (want(a->s->lib->mods[i])) {
			idx[n] = (int)i;
			labels[n++] = a->s->lib->mods[i]->title;
		}
	int r = n ? list_pick(a, title, intro, labels, n, 0) : -1;
	int result = r >= 0 ? idx[r] : -1;
	free(idx);
	free(labels);
	return result;
}

static int is_selfcheck(const struct module *m)
{
	return module_is_selfcheck(m);
}

/* The modules, with how far each got this time and about how long each takes. */
static void modules(struct app *a)
{
	struct app_keyhelp keys[] = {
	        {"Up/Down", _("move")},
	        {"Enter", _("open")},
	        {"Esc", _("back")},
	};
	int sel = -1;
	for (;;) {
		struct list l;
		memset(&l, 0, sizeof l);
		for (size_t i = 0; i < a->s->lib->n; i++) {
			if (module_is_selfcheck(a->s->lib->mods[i]))
				continue;
			char *d = module_detail(a, i);
			list_add(&l, a->s->lib->mods[i]->title, d, (int)i);
			free(d);
		}
		if (sel >= 0)
			list_select_id(&l, sel);
		app_set_keys(a, keys, 3);
		curs_set(0);
		draw_frame(_("Modules"), NULL);
		struct area ar = draw_body();
		/* The chosen module's summary under the list, when there is room. */
		struct markup_doc d;
		markup_init(&d);
		int id = list_selected(&l);
		if (id >= 0 && a->s->lib->mods[id]->summary)
			markup_text(&d, a->s->lib->mods[id]->summary, ar.w, 1, MARKUP_DIM);
		struct area la = ar;
		int room = (int)d.n + 1;
		if (ar.h - room >= 4 && d.n > 0) {
			la.h = ar.h - room;
			if (la.h > (int)l.n)
				la.h = (int)l.n;
			draw_doc(&(struct area){la.y + la.h + 1, ar.x, (int)d.n, ar.w}, &d, 0);
		}
		markup_free(&d);
		wint_t ch;
		int moved;
		enum app_event ev = list_round(a, &l, &la, keys, 3, &ch, &sel, &moved);
		if (ev == EV_QUIT)
			return;
		if (moved)
			continue;
		if (app_is_back(ev, ch))
			return;
		if (app_is_choose(ev, ch) && sel >= 0) {
			player_open(a, (size_t)sel);
			if (a->quit)
				return;
		}
	}
}

void home_run(struct app *a)
{
	struct app_keyhelp keys[] = {
	        {"Up/Down", _("move")},
	        {"Enter", _("open")},
	        {"q", _("quit")},
	};
	if (a->s->first_run) {
		const struct module *w = library_find(a->s->lib, "welcome");
		for (size_t i = 0; w && i < a->s->lib->n; i++)
			if (a->s->lib->mods[i] == w)
				player_run(a, i, 0);
		if (a->quit)
			return;
	}
	int sel = -1;
	for (;;) {
		/* Every screen has returned: after a lock, what came from the diary goes. */
		a->to_home = 0;
		dlink_home(a->s);
		struct list l;
		memset(&l, 0, sizeof l);
		build(a, &l);
		if (sel >= 0)
			list_select_id(&l, sel);
		app_set_keys(a, keys, 3);
		curs_set(0);
		draw_frame("steady", NULL);
		struct area ar = draw_body();
		struct markup_doc d;
		markup_init(&d);
		markup_text(&d, _("Welcome. Take your time: nothing here leaves this computer."),
		            ar.w, 0, 0);
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
		wint_t ch;
		int moved;
		enum app_event ev = list_round(a, &l, &la, keys, 3, &ch, &sel, &moved);
		if (ev == EV_QUIT)
			return;
		if (note && (ev == EV_CHAR || ev == EV_KEY))
			dlink_set_note(a->s, NULL); /* read once */
		if (moved)
			continue;
		if (ev == EV_CHAR && ch == 'q')
			return;
		int enter = app_is_choose(ev, ch);
		if (!enter)
			continue;
		switch (sel) {
		case ID_CONTINUE:
			player_run(a, (size_t)a->s->last_module, a->s->prog[a->s->last_module].step);
			break;
		case ID_SELFCHECK: {
			/* One self-check opens at once; several are listed first. */
			int i = -1;
			size_t nself = 0;
			for (size_t k = 0; k < a->s->lib->n; k++)
				if (module_is_selfcheck(a->s->lib->mods[k])) {
					nself++;
					i = (int)k;
				}
			if (nself > 1)
				i = pick_module(a, _("Self-check"), NULL, is_selfcheck);
			if (i >= 0 && !a->quit)
				player_open(a, (size_t)i);
			break;
		}
		case ID_MODULES:
			modules(a);
			break;
		case ID_DIARY:
			diary_run(a);
			break;
		case ID_HOMEWORK:
			homework_run(a);
			break;
		case ID_HELP:
			helpnow_run(a);
			break;
		case ID_SETTINGS:
			settings_run(a);
			break;
		case ID_QUIT:
			return;
		default:
			if (sel >= 0 && (size_t)sel < a->s->lib->n)
				player_open(a, (size_t)sel);
			break;
		}
		if (a->quit)
			return;
	}
}
