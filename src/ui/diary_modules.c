/*
 * diary_modules.c: module answers and the diary. Nothing is kept without
 * the person saying so: with the diary open they are asked once per module
 * per run; without it, the diary is offered once per run when a module
 * they answered is left. The answers go in when the module is left or
 * finished, and before the diary locks.
 */
#include "config.h"

#include <stdlib.h>

#include "ui/choice.h"
#include "session/diary_link.h"
#include "ui/diary_screens.h"
#include "session/keep.h"
#include "ui/screens.h"
#include "util/gettext.h"
#include "util/xalloc.h"

static void ask_keep(struct app *a, size_t i)
{
	const struct module *m = a->s->lib->mods[i];
	char *text = xasprintf(_("Your diary is open. steady can keep your answers to *%s* in it, "
	                         "encrypted, so you can come back to them and see patterns over "
	                         "time.\n\n"
	                         "If you say no, your answers are kept only until steady closes."),
	                       m->title);
	const char *opts[] = {_("Yes, save them in my diary"), _("No, not this time")};
	int c = choice_run(a, _("Save your answers to this module in your diary?"), text, NULL,
	                   opts, 2);
	free(text);
	if (a->quit || a->to_home)
		return;
	keep_set(a->s, i, c == 0);
}

void diary_module_open(struct app *a, size_t i)
{
	if (keep_begin(a->s, i))
		ask_keep(a, i);
}

/* Offers the diary, once per run, to keep this module's answers; 1 when it is open now. */
static int offer(struct app *a, size_t i, enum keep_leave how)
{
	const struct module *m = a->s->lib->mods[i];
	char *why;
	int open;
	if (how == KEEP_LEAVE_UNLOCK) {
		why = xasprintf(_("Your diary is locked. Unlock it to keep your answers to *%s* "
		                  "there. Press Esc if you would rather not now."),
		                m->title);
		open = diary_unlock_run(a, why);
	} else {
		why = xasprintf(_("steady can keep your answers to *%s* in a private diary, so you "
		                  "can come back to them later and see what changes."),
		                m->title);
		open = diary_setup_run(a, why);
	}
	free(why);
	return open && !a->quit && !a->to_home;
}

void diary_module_leave(struct app *a, size_t i, int done)
{
	if (a->quick || a->to_home)
		return;
	enum keep_leave how = keep_leave(a->s, i);
	if (a->quit && how != KEEP_LEAVE_SAVE)
		return;
	if (how == KEEP_LEAVE_UNLOCK || how == KEEP_LEAVE_SETUP) {
		if (!offer(a, i, how))
			return;
		keep_set(a->s, i, 1); /* the offer was to keep these answers */
	} else if (how == KEEP_LEAVE_ASK) {
		ask_keep(a, i);
		if (a->quit || a->to_home)
			return;
	} else if (how == KEEP_LEAVE_NOTHING) {
		return;
	}
	if (a->s->prog[i].keep != KEEP_YES)
		return;
	struct diary_error err;
	if (keep_module(a->s, i, done, &err) < 0) {
		if (a->quit)
			return;
		const char *back[] = {_("Back")};
		choice_run(a, _("Not saved"), NULL, err.msg, back, 1);
		return;
	}
	if (a->quit) {
		dlink_save(a->s, &err); /* leaving: saved if it can be, without asking */
		return;
	}
	diary_save_run(a);
}
