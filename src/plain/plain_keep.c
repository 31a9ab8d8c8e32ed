/* SPDX-FileCopyrightText: 2026 The steady authors */
/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * plain_keep.c: module answers and the diary in plain mode. The rules are
 * the session's (session/keep.h): nothing is kept without the person
 * saying so. With the diary open they are asked once per module per run;
 * without it, the diary is offered once per run when a module they
 * answered is left.
 */
#include "config.h"

#include <stdlib.h>

#include "plain/parts.h"
#include "plain/plain_ask.h"
#include "plain/plain_out.h"
#include "session/diary_link.h"
#include "session/keep.h"
#include "util/gettext.h"
#include "util/xalloc.h"

static void ask_keep(struct plain *p, size_t i)
{
	const char *title, *opts[2];
	char *text = keep_question(p->s->lib->mods[i], &title, opts);
	int c = plain_choice(p, title, text, opts, 2);
	free(text);
	if (plain_leaving(p))
		return;
	keep_set(p->s, i, c == 0);
}

void plain_keep_open(struct plain *p, size_t i)
{
	if (keep_begin(p->s, i))
		ask_keep(p, i);
}

/* Offers the diary, once per run, to keep this module's answers; 1 when it is open now. */
static int offer(struct plain *p, size_t i, enum keep_leave how)
{
	const struct module *m = p->s->lib->mods[i];
	char *why;
	int open;
	if (how == KEEP_LEAVE_UNLOCK) {
		/* TRANSLATORS: %s is a module's title; *...* shows it emphasised. */
		why = xasprintf(_("Your diary is locked. Unlock it to keep your answers to *%s* "
		                  "there, or press Enter on an empty line if you would rather not "
		                  "now."),
		                m->title);
		open = plain_unlock_run(p, why);
	} else {
		why = keep_setup_why(m);
		open = plain_setup_run(p, why);
	}
	free(why);
	return open && !plain_leaving(p);
}

/* The answers of module i go into the diary, and the diary is saved. */
static void keep(struct plain *p, size_t i, int done)
{
	struct diary_error err;
	if (keep_module(p->s, i, done, &err) < 0) {
		if (p->quit)
			return;
		plain_title(p, _("Not saved"));
		plain_text(p, err.msg, 0);
		return;
	}
	if (p->quit) {
		dlink_save(p->s, &err); /* leaving: saved if it can be, without asking */
		return;
	}
	if (plain_save(p)) {
		plain_blank(p);
		plain_text(p, _("Your answers are saved in your diary."), 0);
	}
}

void plain_keep_leave(struct plain *p, size_t i, int done)
{
	if (p->to_home)
		return; /* the diary locked: it kept what was agreed first */
	enum keep_leave how = keep_leave(p->s, i);
	if (p->quit) {
		if (how == KEEP_LEAVE_SAVE)
			keep(p, i, done);
		return;
	}
	/* On the way Home the person is still asked, as when leaving a module. */
	int home = p->go_home;
	p->go_home = 0;
	if (how == KEEP_LEAVE_UNLOCK || how == KEEP_LEAVE_SETUP) {
		if (offer(p, i, how))
			keep_set(p->s, i, 1); /* the offer was to keep these answers */
	} else if (how == KEEP_LEAVE_ASK) {
		ask_keep(p, i);
	}
	if (!plain_leaving(p) && how != KEEP_LEAVE_NOTHING && p->s->prog[i].keep == KEEP_YES)
		keep(p, i, done);
	p->go_home |= home;
}
