/* SPDX-FileCopyrightText: 2026 The steady authors */
/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * diary_link.c: the diary of this run (see diary_link.h). The idle clock
 * is monotonic, so changing the system time neither locks the diary early
 * nor keeps it open longer.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "session/diary_link.h"
#include "session/keep.h"
#include "session/record.h"
#include "util/gettext.h"
#include "util/xalloc.h"

struct dlink {
	char *dir;
	struct diary *d; /* NULL until made or opened this run */
	int offered;
	char *note;
	struct timespec last_key;
	int saved_first; /* a draft was put in just before this lock */
};

static struct timespec now(void)
{
	struct timespec t;
	clock_gettime(CLOCK_MONOTONIC, &t);
	return t;
}

void dlink_init(struct session *s)
{
	struct dlink *l = xcalloc(1, sizeof *l);
	l->dir = s->opts && s->opts->diary ? xstrdup(s->opts->diary) : diary_default_dir();
	l->last_key = now();
	s->dl = l;
}

const char *dlink_dir(const struct session *s)
{
	return s->dl ? s->dl->dir : NULL;
}

int dlink_exists(const struct session *s)
{
	return s->dl && s->dl->dir && diary_exists(s->dl->dir);
}

struct diary *dlink_diary(const struct session *s)
{
	if (!s->dl || !s->dl->d || diary_is_locked(s->dl->d))
		return NULL;
	return s->dl->d;
}

struct diary *dlink_handle(const struct session *s)
{
	return s->dl ? s->dl->d : NULL;
}

const char *dlink_note(const struct session *s)
{
	return s->dl ? s->dl->note : NULL;
}

void dlink_set_note(struct session *s, const char *note)
{
	if (!s->dl)
		return;
	free(s->dl->note);
	s->dl->note = note ? xstrdup(note) : NULL;
}

int dlink_offered(const struct session *s)
{
	return !s->dl || s->dl->offered;
}

void dlink_set_offered(struct session *s)
{
	if (s->dl)
		s->dl->offered = 1;
}

static size_t module_index(const struct session *s, const char *id)
{
	for (size_t i = 0; id && i < s->lib->n; i++)
		if (strcmp(s->lib->mods[i]->id, id) == 0)
			return i;
	return (size_t)-1;
}

void dlink_attach(struct session *s, struct diary *d)
{
	if (!s->dl)
		return;
	s->dl->d = d;
	s->dl->last_key = now();
	/* Answers given this run stay as they are; the rest resume from the diary. */
	for (size_t i = 0; i < s->lib->n; i++) {
		const struct module *m = s->lib->mods[i];
		struct progress *p = &s->prog[i];
		if (p->state != PROGRESS_NONE)
			continue;
		const struct entry *e = diary_latest(d, ENTRY_RECORD, m->id);
		if (e && (!e->complete || !keep_fresh_each_time(m))) {
			record_load(p, m, e);
			/* Its answers are in the diary because the person said so: not asked again.
			 */
			p->keep = KEEP_YES;
		} else if (e)
			p->state = PROGRESS_DONE; /* filled in before: marked done, opened afresh */
	}
	/* "Continue" comes back to the newest record left part way. */
	if (s->last_module < 0) {
		for (size_t k = 0; k < diary_count(d); k++) {
			const struct entry *e = diary_at(d, k);
			if (e->kind != ENTRY_RECORD || e->complete)
				continue;
			size_t i = module_index(s, e->module);
			if (i != (size_t)-1 && s->prog[i].state == PROGRESS_STARTED &&
			    s->prog[i].record == e->id) {
				s->last_module = (int)i;
				break;
			}
		}
	}
}

int dlink_save(struct session *s, struct diary_error *err)
{
	struct diary *d = dlink_diary(s);
	if (!d) {
		diary_error_set(err, DIARY_ERR_INVALID, 0, _("The diary is locked."));
		return -1;
	}
	return diary_save(d, err);
}

void dlink_saved_first(struct session *s)
{
	if (s->dl)
		s->dl->saved_first = 1;
}

void dlink_lock(struct session *s, int automatic)
{
	struct diary *d = dlink_diary(s);
	if (!d)
		return;
	struct dlink *l = s->dl;
	int saved = l->saved_first;
	l->saved_first = 0;
	/* The answers of modules being kept go in first, so nothing typed is lost. */
	struct diary_error err;
	for (size_t i = 0; i < s->lib->n; i++)
		if (s->prog[i].keep == KEEP_YES && progress_any(&s->prog[i], s->lib->mods[i]))
			keep_module(s, i, 0, &err);
	/* Answers kept already, and not changed since, are no news (diary_replace()). */
	if (diary_dirty(d))
		saved = 1;
	/* Say that something was saved only when something was. */
	const char *note = !automatic ? _("Your diary is locked. Everything you saved is kept.")
	                   : saved    ? _("Your diary locked itself because no key was pressed "
	                                     "for a while. What you were writing was saved first.")
	                              : _("Your diary locked itself because no key was pressed "
	                                     "for a while. Everything you saved is kept.");
	if (diary_lock(d, &err) < 0) {
		/* TRANSLATORS: %s is the system's reason, such as "No space left on
		   device". */
		char *msg = xasprintf(_("Your diary is locked, but the latest changes could not be "
		                        "saved: %s"),
		                      err.msg);
		dlink_set_note(s, msg);
		free(msg);
	} else {
		dlink_set_note(s, note);
	}
	/* Answers that came from the diary or went into it go with it. */
	for (size_t i = 0; i < s->lib->n; i++) {
		struct progress *p = &s->prog[i];
		if (p->keep != KEEP_YES && !p->record)
			continue;
		progress_restart(p);
		if (s->last_module == (int)i)
			s->last_module = -1;
	}
}

void dlink_key(struct session *s)
{
	if (s->dl)
		s->dl->last_key = now();
}

int dlink_lock_seconds(const struct session *s)
{
#ifdef STEADY_TEST_BUILD
	/* For tests, in a test build only: a lock after seconds rather than minutes. */
	const char *env = getenv("STEADY_LOCK_SECONDS");
	if (env && *env) {
		char *end;
		long secs = strtol(env, &end, 10);
		if (*end == '\0' && secs >= 1 && secs <= 24 * 3600)
			return (int)secs;
	}
#endif
	return s->set.lock_minutes * 60;
}

enum dlink_idle dlink_idle(struct session *s, int busy)
{
	if (!dlink_diary(s))
		return DLINK_IDLE_NONE;
	struct timespec t = now();
	if (busy) {
		s->dl->last_key = t;
		return DLINK_IDLE_WAIT;
	}
	double idle = (double)(t.tv_sec - s->dl->last_key.tv_sec) +
	              (double)(t.tv_nsec - s->dl->last_key.tv_nsec) / 1e9;
	return idle >= (double)dlink_lock_seconds(s) ? DLINK_IDLE_LOCK : DLINK_IDLE_WAIT;
}

void dlink_close(struct session *s)
{
	struct dlink *l = s->dl;
	if (!l)
		return;
	if (l->d) {
		/*
		 * Leaving (by the menu, Ctrl-C, a signal or the quick exit) closes
		 * the module on screen without the usual "leave": keep its answers
		 * here, as agreed when the person chose to keep them. A journal
		 * draft not yet saved with Ctrl-S is not kept.
		 */
		if (!diary_is_locked(l->d)) {
			struct diary_error err;
			for (size_t i = 0; i < s->lib->n; i++)
				if (s->prog[i].keep == KEEP_YES &&
				    progress_any(&s->prog[i], s->lib->mods[i]))
					keep_module(s, i, 0, &err);
			if (diary_dirty(l->d))
				diary_save(l->d, &err);
		}
		diary_close(l->d);
	}
	free(l->dir);
	free(l->note);
	free(l);
	s->dl = NULL;
}
