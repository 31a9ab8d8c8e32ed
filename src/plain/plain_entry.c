/* SPDX-FileCopyrightText: 2026 The steady authors */
/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * plain_entry.c: one diary entry as text, in the words of the diary
 * screens (session/entry_words.h). What the person wrote is shown as
 * written, never as markup, and wiped from memory once printed.
 */
#include "config.h"

#include <stdlib.h>

#include "diary/export.h"
#include "diary/secbuf.h"
#include "plain/parts.h"
#include "plain/plain_ask.h"
#include "plain/plain_out.h"
#include "session/entry_words.h"
#include "util/gettext.h"
#include "util/date_words.h"
#include "util/xalloc.h"

static void record(struct plain *p, const struct entry *e, const struct module *m)
{
	plain_text(p,
	           e->complete ? _("Finished.")
	                       /* TRANSLATORS: under a module's record in the diary:
	                          the person left the module before its end. */
	                       : _("Left part way."),
	           0);
	for (size_t i = 0; i < e->n_answers; i++) {
		const char *q = entry_words_question(m, e->answers[i].question);
		const struct step *s = m ? module_step(m, e->answers[i].question) : NULL;
		plain_title(p, q);
		char *words = entry_words_answer(s, e->answers[i].value);
		plain_text(p, words, 2);
		secbuf_zfree_str(words);
	}
}

void plain_entry_show(struct plain *p, const struct entry *e)
{
	char at[32];
	entry_words_when(e, at);
	char *head = xasprintf("%s  %s", at, export_kind_label(e->kind));
	plain_title(p, head);
	free(head);
	char *changed = entry_words_changed(e);
	plain_text(p, changed, 0); /* nothing when it was never changed */
	free(changed);
	const struct module *m = entry_words_module(p->s->lib, e);
	const char *name = m ? m->title : e->module;
	switch (e->kind) {
	case ENTRY_JOURNAL:
		if (e->title)
			plain_title(p, e->title);
		plain_blank(p);
		plain_text(p, e->text, 0);
		break;
	case ENTRY_RECORD:
		plain_title(p, name);
		record(p, e, m);
		break;
	case ENTRY_SELFCHECK: {
		plain_title(p, name);
		/* TRANSLATORS: the total score of a self-check kept in the diary. */
		char *t = xasprintf(_("Your total was %d."), (int)e->score);
		plain_text(p, t, 0);
		free(t);
		plain_text(p, e->band, 0);
		break;
	}
	case ENTRY_SAFETY_PLAN:
		plain_title(p, _("My safety plan"));
		for (int s = 0; s < PLAN__COUNT; s++) {
			if (!e->plan[s])
				continue;
			plain_title(p, entry_plan_title((enum plan_section)s));
			plain_text(p, e->plan[s], 2);
		}
		break;
	case ENTRY_HOMEWORK: {
		plain_title(p, name);
		char *on = date_words_day(e->date);
		/* TRANSLATORS: %s is the date, in words. */
		char *t = xasprintf(_("Homework done on %s."), on);
		plain_text(p, t, 0);
		free(t);
		free(on);
		break;
	}
	default:
		break;
	}
	plain_flush(p);
}
