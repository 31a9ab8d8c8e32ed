/* SPDX-FileCopyrightText: 2026 The steady authors */
/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * keep.c: what goes into the diary and when (see keep.h).
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "session/diary_link.h"
#include "session/homework.h"
#include "session/keep.h"
#include "session/record.h"
#include "util/gettext.h"
#include "util/xalloc.h"

/* A module filled in afresh each time: its finished records are history, not a place to resume. */
int keep_fresh_each_time(const struct module *m)
{
	return m->repeatable || module_is_selfcheck(m);
}

int keep_module_asks(const struct module *m)
{
	return record_module_asks(m);
}

/* 1 when the module has something for the diary: answers, or a done mark for homework. */
static int keeps_anything(const struct module *m)
{
	return record_module_asks(m) || m->homework;
}

int keep_begin(struct session *s, size_t i)
{
	if (!s->lib || i >= s->lib->n)
		return 0;
	const struct module *m = s->lib->mods[i];
	struct progress *p = &s->prog[i];
	/* A journal, or a self-check, filled in again is a new record. */
	if (keep_fresh_each_time(m) && p->state == PROGRESS_DONE)
		progress_restart(p);
	return dlink_diary(s) && p->keep == KEEP_UNASKED && keeps_anything(m);
}

void keep_set(struct session *s, size_t i, int yes)
{
	if (s->lib && i < s->lib->n)
		s->prog[i].keep = yes ? KEEP_YES : KEEP_NO;
}

char *keep_question(const struct module *m, const char **title, const char *opts[2])
{
	if (!record_module_asks(m)) {
		/* Homework with nothing to answer, such as a reading: only its done mark. */
		*title = _("Mark this homework done in your diary?");
		opts[0] = _("Yes, mark it done when I finish");
		opts[1] = _("No, not this time");
		return xasprintf(
		        /* TRANSLATORS: %s is the module's title; *...* shows it
		           emphasised; keep the stars. "Homework" is the name of the
		           screen that lists homework. */
		        _("Your diary is open. When you finish *%s*, steady can note in it "
		          "that this homework is done, so that the Homework screen shows "
		          "it."),
		        m->title);
	}
	*title = _("Save your answers to this module in your diary?");
	opts[0] = _("Yes, save them in my diary");
	opts[1] = _("No, not this time");
	/* TRANSLATORS: %s is the module's title; *...* shows it emphasised; keep the
	   stars. */
	return xasprintf(_("Your diary is open. steady can keep your answers to *%s* in it, "
	                   "encrypted, so you can come back to them and see patterns over "
	                   "time.\n\n"
	                   "If you say no, your answers are kept only until steady closes."),
	                 m->title);
}

char *keep_setup_why(const struct module *m)
{
	/* TRANSLATORS: %s is the module's title; *...* shows it emphasised; keep the
	   stars. Shown before the person sets up a diary. */
	return xasprintf(_("steady can keep your answers to *%s* in a private diary, so you can "
	                   "come back to them later and see what changes."),
	                 m->title);
}

enum keep_leave keep_leave(struct session *s, size_t i)
{
	if (!s->lib || i >= s->lib->n || !s->dl)
		return KEEP_LEAVE_NOTHING;
	const struct module *m = s->lib->mods[i];
	struct progress *p = &s->prog[i];
	/* Homework finished is done, even with nothing answered (a reading). */
	int done_hw = m->homework && p->state == PROGRESS_DONE;
	if (p->keep == KEEP_NO || !keeps_anything(m) || !(progress_any(p, m) || done_hw))
		return KEEP_LEAVE_NOTHING;
	if (!dlink_diary(s)) {
		if (p->keep != KEEP_UNASKED || dlink_offered(s) || !dlink_dir(s))
			return KEEP_LEAVE_NOTHING;
		dlink_set_offered(s);
		return dlink_handle(s) || dlink_exists(s) ? KEEP_LEAVE_UNLOCK : KEEP_LEAVE_SETUP;
	}
	if (p->keep == KEEP_UNASKED)
		return KEEP_LEAVE_ASK; /* the diary was opened while the module was: never silently
		                        */
	return p->keep == KEEP_YES ? KEEP_LEAVE_SAVE : KEEP_LEAVE_NOTHING;
}

/* The module's record: this run's answers, a new entry or the one they update. */
static int keep_record(struct diary *d, const struct module *m, struct progress *p,
                       struct diary_error *err)
{
	struct entry *e = entry_new(ENTRY_RECORD);
	entry_set(e, &e->module, m->id);
	record_fill(e, m, p);
	if (p->record && diary_get(d, p->record))
		return diary_replace(d, p->record, e, err);
	uint64_t id = diary_add(d, e, err);
	if (!id)
		return -1;
	p->record = id;
	return 0;
}

int keep_module(struct session *s, size_t i, int finished, struct diary_error *err)
{
	struct diary *d = dlink_diary(s);
	if (!d || i >= s->lib->n) {
		diary_error_set(err, DIARY_ERR_INVALID, 0, _("The diary is locked."));
		return -1;
	}
	const struct module *m = s->lib->mods[i];
	struct progress *p = &s->prog[i];
	/*
	 * A module done once keeps one record, updated; a journal gets one per
	 * filling in. Answered this run before the diary was open, the module
	 * takes its record over with the answers kept there for the steps not
	 * answered now, so updating it loses none of them.
	 */
	if (!p->record && !keep_fresh_each_time(m)) {
		const struct entry *old = diary_latest(d, ENTRY_RECORD, m->id);
		if (old) {
			record_merge(p, m, old);
			p->record = old->id;
		}
	}
	if (record_module_asks(m) && keep_record(d, m, p, err) < 0)
		return -1;
	if (m->purpose == PURPOSE_SAFETY_PLAN) {
		const struct entry *old = diary_latest(d, ENTRY_SAFETY_PLAN, NULL);
		struct entry *plan = old ? entry_copy(old) : entry_new(ENTRY_SAFETY_PLAN);
		if (record_fill_plan(plan, m, p) == 0) {
			entry_free(plan);
		} else if (old) {
			if (diary_replace(d, old->id, plan, err) < 0)
				return -1;
		} else if (!diary_add(d, plan, err)) {
			return -1;
		}
	}
	if (finished && module_is_selfcheck(m)) {
		struct entry *sc = entry_new(ENTRY_SELFCHECK);
		entry_set(sc, &sc->module, m->id);
		sc->score = progress_score(p, m);
		const struct band *b = module_band(m, sc->score);
		if (b)
			entry_set(sc, &sc->band, b->title);
		if (!diary_add(d, sc, err))
			return -1;
	}
	if (finished && m->homework && !homework_mark(d, m, homework_today())) {
		struct entry *hw = entry_new(ENTRY_HOMEWORK);
		entry_set(hw, &hw->module, m->id);
		char date[16];
		homework_date(homework_today(), date);
		entry_set(hw, &hw->date, date);
		if (!diary_add(d, hw, err))
			return -1;
	}
	return 0;
}

const char *keep_text_note(const struct session *s, size_t i)
{
	if (!s->dl || !s->lib || i >= s->lib->n)
		return NULL; /* a preview: it says so itself */
	if (!dlink_diary(s))
		return _("Your diary is not open: what you write here stays only until steady "
		         "closes, unless you keep it in a diary.");
	if (s->prog[i].keep == KEEP_NO)
		return _("You chose not to save this module's answers: what you write here is "
		         "kept only until steady closes.");
	return NULL;
}
