/* SPDX-FileCopyrightText: 2026 The steady authors */
/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * home_menu.c: what Home offers (see home_menu.h).
 */
#include "config.h"

#include <stdlib.h>

#include "session/diary_link.h"
#include "session/home_menu.h"
#include "util/gettext.h"
#include "util/xalloc.h"

size_t home_menu_selfchecks(const struct session *s)
{
	size_t n = 0;
	for (size_t i = 0; i < s->lib->n; i++)
		n += module_is_selfcheck(s->lib->mods[i]) != 0;
	return n;
}

/* How far module i got this run: "done", "started", or NULL (translated). */
static const char *module_state(const struct session *s, size_t i)
{
	switch (s->prog[i].state) {
	case PROGRESS_DONE:
		/* TRANSLATORS: beside a module's title on Home and in the module
		   list: the person has finished it. */
		return _("done");
	case PROGRESS_STARTED:
		/* TRANSLATORS: beside a module's title on Home and in the module
		   list: the person began it and left part way. */
		return _("started");
	default:
		return NULL;
	}
}

char *home_menu_module_detail(const struct session *s, size_t i, const char *sep)
{
	/* TRANSLATORS: a module's length in minutes, short, beside its title on Home. */
	char *min = xasprintf(_("%d min"), s->lib->mods[i]->minutes);
	const char *state = module_state(s, i);
	if (!state)
		return min;
	char *d = xasprintf("%s%s%s", state, sep, min);
	free(min);
	return d;
}

/* Whether the diary is open or locked, or NULL while there is none yet (translated). */
static const char *diary_state(const struct session *s)
{
	if (dlink_diary(s))
		/* TRANSLATORS: beside "Diary" on Home: the diary is unlocked now. */
		return C_("diary state", "open");
	if (dlink_exists(s) || dlink_handle(s))
		/* TRANSLATORS: beside "Diary" on Home: the diary exists but is
		   locked (needs the passphrase). */
		return _("locked");
	return NULL;
}

size_t home_menu_build(const struct session *s, struct home_entry out[HOME__COUNT])
{
	size_t nself = home_menu_selfchecks(s), nhome = 0, n = 0;
	for (size_t i = 0; i < s->lib->n; i++)
		nhome += s->lib->mods[i]->homework != NULL;
#define ENTRY(it, label, detail) (out[n++] = (struct home_entry){(it), (label), (detail)})
	if (s->last_module >= 0 && (size_t)s->last_module < s->lib->n) {
		const struct module *m = s->lib->mods[s->last_module];
		/* TRANSLATORS: a Home entry: %s is the title of the module the person
		   left part way. */
		ENTRY(HOME_CONTINUE, xasprintf(_("Continue: %s"), m->title),
		      /* TRANSLATORS: where the person left the module: the step they are on
		         and how many there are. */
		      xasprintf(_("step %zu of %zu"),
		                module_step_number(m, s->prog[s->last_module].step,
		                                   session_reader_region(s)),
		                module_steps_shown(m, session_reader_region(s))));
	}
	if (s->lib->n > nself)
		ENTRY(HOME_MODULES, xstrdup(_("Modules")),
		      /* TRANSLATORS: beside "Modules" on Home: how many modules there are. */
		      xasprintf(_("%zu to choose from"), s->lib->n - nself));
	if (nself > 0)
		/* TRANSLATORS: an entry on Home, and the name of a kind of module
		   and of diary entry: a short questionnaire that gives a score, such
		   as a check of stress. */
		ENTRY(HOME_SELFCHECK, xstrdup(_("Self-check")), NULL);
	if (s->dl) {
		const char *state = diary_state(s);
		/* TRANSLATORS: an entry on Home and the Diary screen's title: the
		   person's private, encrypted diary; "open" or "locked" may follow. */
		ENTRY(HOME_DIARY, xstrdup(_("Diary")), state ? xstrdup(state) : NULL);
	}
	if (nhome > 0)
		/* TRANSLATORS: an entry on Home and a screen's title: tasks a
		   counsellor set for the person, between sessions. */
		ENTRY(HOME_HOMEWORK, xstrdup(_("Homework")), NULL);
	/* TRANSLATORS: an entry on Home and the title of the screen of helplines
	   (Ctrl-G opens it from anywhere). Use the same words wherever "Get help
	   now" is named. */
	ENTRY(HOME_HELP, xstrdup(_("Get help now")), NULL);
	/* TRANSLATORS: an entry on Home and a screen's title. Use the same word
	   wherever "Settings" is named, as in "go to Settings, under Helpline
	   region". */
	ENTRY(HOME_SETTINGS, xstrdup(_("Settings")), NULL);
	/* TRANSLATORS: the last entry on Home: closes steady. */
	ENTRY(HOME_QUIT, xstrdup(_("Quit")), NULL);
#undef ENTRY
	return n;
}

void home_menu_free(struct home_entry *e, size_t n)
{
	for (size_t k = 0; k < n; k++) {
		free(e[k].label);
		free(e[k].detail);
	}
}
