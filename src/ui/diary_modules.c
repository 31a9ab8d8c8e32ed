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
#include "session/record.h"
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
	a->s->prog[i].keep = c == 0 ? KEEP_YES : KEEP_NO;
}

void diary_module_open(struct app *a, size_t i)
{
	if (!a->s->lib || i >= a->s->lib->n)
		return;
	const struct module *m = a->s->lib->mods[i];
	struct progress *p = &a->s->prog[i];
	/* A journal, or a self-check, filled in again is a new record. */
	if ((m->repeatable || module_is_selfcheck(m)) && p->state == PROGRESS_DONE)
		progress_restart(p);
	if (dlink_diary(a->s) && p->keep == KEEP_UNASKED && record_module_asks(m))
		ask_keep(a, i);
}

/* Offers the diary, once per run, to keep this module's answers; 1 when it is open now. */
static int offer(struct app *a, size_t i)
{
	dlink_set_offered(a->s);
	const struct module *m = a->s->lib->mods[i];
	char *why;
	int open;
	if (dlink_handle(a->s) || dlink_exists(a->s)) {
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
	if (!a->s->lib || i >= a->s->lib->n || a->quick || a->to_home)
		return;
	const struct module *m = a->s->lib->mods[i];
	struct progress *p = &a->s->prog[i];
	if (p->keep == KEEP_NO || !record_module_asks(m) || !progress_any(p, m))
		return;
	if (!dlink_diary(a->s)) {
		if (a->quit || p->keep != KEEP_UNASKED || dlink_offered(a->s) || !dlink_dir(a->s))
			return;
		if (!offer(a, i))
			return;
		p->keep = KEEP_YES; /* the offer was to keep these answers */
	}
	if (p->keep == KEEP_UNASKED && !a->quit) {
		/* The diary was opened while the module was: ask now, never silently. */
		ask_keep(a, i);
		if (a->quit || a->to_home)
			return;
	}
	if (p->keep != KEEP_YES)
		return;
	struct diary_error err;
	if (dlink_keep_module(a->s, i, done, &err) < 0) {
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
