/*
 * diary_link.c: the diary of this run (see diary_link.h). The idle clock
 * is monotonic, so changing the system time neither locks the diary early
 * nor keeps it open longer.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "ui/diary_link.h"
#include "ui/record.h"
#include "util/gettext.h"
#include "util/xalloc.h"

struct dlink {
	char *dir;
	struct diary *d; /* NULL until made or opened this run */
	int offered;
	char *note;
	struct timespec last_key;
	void (*flush)(struct app *, void *);
	void *flush_ctx;
	int wipe_due;       /* a lock happened: Home wipes the answers from the diary */
	size_t playing[16]; /* the modules on screen, innermost last */
	size_t n_playing;
	int in_screens; /* the diary's own screens are open (they may show its text) */
};

static struct timespec now(void)
{
	struct timespec t;
	clock_gettime(CLOCK_MONOTONIC, &t);
	return t;
}

void dlink_init(struct app *a)
{
	struct dlink *l = xcalloc(1, sizeof *l);
	l->dir = a->opts && a->opts->diary ? xstrdup(a->opts->diary) : diary_default_dir();
	l->last_key = now();
	a->dl = l;
}

const char *dlink_dir(const struct app *a)
{
	return a->dl ? a->dl->dir : NULL;
}

int dlink_exists(const struct app *a)
{
	return a->dl && a->dl->dir && diary_exists(a->dl->dir);
}

struct diary *dlink_diary(const struct app *a)
{
	if (!a->dl || !a->dl->d || diary_is_locked(a->dl->d))
		return NULL;
	return a->dl->d;
}

struct diary *dlink_handle(const struct app *a)
{
	return a->dl ? a->dl->d : NULL;
}

const char *dlink_note(const struct app *a)
{
	return a->dl ? a->dl->note : NULL;
}

void dlink_set_note(struct app *a, const char *note)
{
	if (!a->dl)
		return;
	free(a->dl->note);
	a->dl->note = note ? xstrdup(note) : NULL;
}

int dlink_offered(const struct app *a)
{
	return !a->dl || a->dl->offered;
}

void dlink_set_offered(struct app *a)
{
	if (a->dl)
		a->dl->offered = 1;
}

void dlink_set_flush(struct app *a, void (*fn)(struct app *, void *), void *ctx)
{
	if (!a->dl)
		return;
	a->dl->flush = fn;
	a->dl->flush_ctx = ctx;
}

static size_t module_index(const struct app *a, const char *id)
{
	for (size_t i = 0; id && i < a->lib->n; i++)
		if (strcmp(a->lib->mods[i]->id, id) == 0)
			return i;
	return (size_t)-1;
}

/* A module filled in afresh each time: its finished records are history, not a place to resume. */
static int fresh_each_time(const struct module *m)
{
	return m->repeatable || module_is_selfcheck(m);
}

void dlink_attach(struct app *a, struct diary *d)
{
	if (!a->dl)
		return;
	a->dl->d = d;
	a->dl->last_key = now();
	a->dl->wipe_due = 0;
	/* Answers given this run stay as they are; the rest resume from the diary. */
	for (size_t i = 0; i < a->lib->n; i++) {
		const struct module *m = a->lib->mods[i];
		struct progress *p = &a->prog[i];
		if (p->state != PROGRESS_NONE)
			continue;
		const struct entry *e = diary_latest(d, ENTRY_RECORD, m->id);
		if (e && (!e->complete || !fresh_each_time(m)))
			record_load(p, m, e);
		else if (e)
			p->state = PROGRESS_DONE; /* filled in before: marked done, opened afresh */
	}
	/* "Continue" comes back to the newest record left part way. */
	if (a->last_module < 0) {
		for (size_t k = 0; k < diary_count(d); k++) {
			const struct entry *e = diary_at(d, k);
			if (e->kind != ENTRY_RECORD || e->complete)
				continue;
			size_t i = module_index(a, e->module);
			if (i != (size_t)-1 && a->prog[i].state == PROGRESS_STARTED &&
			    a->prog[i].record == e->id) {
				a->last_module = (int)i;
				break;
			}
		}
	}
}

int dlink_save(struct app *a, struct diary_error *err)
{
	struct diary *d = dlink_diary(a);
	if (!d) {
		diary_error_set(err, DIARY_ERR_INVALID, 0, _("The diary is locked."));
		return -1;
	}
	return diary_save(d, err);
}

int dlink_keep_module(struct app *a, size_t i, int finished, struct diary_error *err)
{
	struct diary *d = dlink_diary(a);
	if (!d || i >= a->lib->n) {
		diary_error_set(err, DIARY_ERR_INVALID, 0, _("The diary is locked."));
		return -1;
	}
	const struct module *m = a->lib->mods[i];
	struct progress *p = &a->prog[i];
	/* A module done once keeps one record, updated; a journal gets one per filling in. */
	if (!p->record && !fresh_each_time(m)) {
		const struct entry *old = diary_latest(d, ENTRY_RECORD, m->id);
		if (old)
			p->record = old->id;
	}
	struct entry *e = entry_new(ENTRY_RECORD);
	entry_set(e, &e->module, m->id);
	record_fill(e, m, p);
	if (p->record && diary_get(d, p->record)) {
		if (diary_replace(d, p->record, e, err) < 0)
			return -1;
	} else {
		uint64_t id = diary_add(d, e, err);
		if (!id)
			return -1;
		p->record = id;
	}
	if (strcmp(m->id, RECORD_PLAN_MODULE) == 0) {
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
	return 0;
}

void dlink_lock(struct app *a, int automatic)
{
	struct diary *d = dlink_diary(a);
	if (!d)
		return;
	struct dlink *l = a->dl;
	if (l->flush)
		l->flush(a, l->flush_ctx);
	/* The answers of modules being kept go in first, so nothing typed is lost. */
	struct diary_error err;
	for (size_t i = 0; i < a->lib->n; i++)
		if (a->prog[i].keep == KEEP_YES && progress_any(&a->prog[i], a->lib->mods[i]))
			dlink_keep_module(a, i, 0, &err);
	const char *note = automatic ? _("Your diary locked itself because no key was pressed for "
	                                 "a while. What you were writing was saved first.")
	                             : _("Your diary is locked. Everything you saved is kept.");
	if (diary_lock(d, &err) < 0) {
		char *msg = xasprintf(_("Your diary is locked, but the latest changes could not be "
		                        "saved: %s"),
		                      err.msg);
		dlink_set_note(a, msg);
		free(msg);
	} else {
		dlink_set_note(a, note);
	}
	/* Answers linked to the diary go with it; those on screen once the screens have returned.
	 */
	for (size_t i = 0; i < a->lib->n; i++) {
		struct progress *p = &a->prog[i];
		if (p->keep != KEEP_YES && !p->record)
			continue;
		int on_screen = 0;
		for (size_t k = 0; k < l->n_playing && k < 16; k++)
			on_screen |= l->playing[k] == i;
		if (on_screen) {
			l->wipe_due = 1;
			a->to_home = 1;
			continue;
		}
		progress_restart(p);
		if (a->last_module == (int)i)
			a->last_module = -1;
	}
	/* Whatever the diary's screens show (a question quoting an entry) goes: Home next. */
	if (!automatic || l->in_screens > 0)
		a->to_home = 1;
}

void dlink_in_screens(struct app *a, int delta)
{
	if (a->dl)
		a->dl->in_screens += delta;
}

void dlink_play_begin(struct app *a, size_t i)
{
	struct dlink *l = a->dl;
	if (!l)
		return;
	if (l->n_playing < sizeof l->playing / sizeof l->playing[0])
		l->playing[l->n_playing] = i;
	l->n_playing++;
}

void dlink_play_end(struct app *a)
{
	if (a->dl && a->dl->n_playing > 0)
		a->dl->n_playing--;
}

void dlink_home(struct app *a)
{
	if (!a->dl || !a->dl->wipe_due)
		return;
	a->dl->wipe_due = 0;
	for (size_t i = 0; i < a->lib->n; i++) {
		struct progress *p = &a->prog[i];
		if (p->keep != KEEP_YES && !p->record)
			continue;
		progress_restart(p);
		if (a->last_module == (int)i)
			a->last_module = -1;
	}
}

void dlink_key(struct app *a)
{
	if (a->dl)
		a->dl->last_key = now();
}

int dlink_lock_seconds(const struct app *a)
{
	/* For tests: a lock after seconds rather than minutes. */
	const char *env = getenv("STEADY_LOCK_SECONDS");
	if (env && *env) {
		char *end;
		long s = strtol(env, &end, 10);
		if (*end == '\0' && s >= 1 && s <= 24 * 3600)
			return (int)s;
	}
	return a->set.lock_minutes * 60;
}

int dlink_idle(struct app *a)
{
	if (!dlink_diary(a))
		return 0;
	struct timespec t = now();
	double idle = (double)(t.tv_sec - a->dl->last_key.tv_sec) +
	              (double)(t.tv_nsec - a->dl->last_key.tv_nsec) / 1e9;
	if (idle < (double)dlink_lock_seconds(a))
		return 0;
	dlink_lock(a, 1);
	return 1;
}

void dlink_close(struct app *a)
{
	struct dlink *l = a->dl;
	if (!l)
		return;
	if (l->d) {
		/*
		 * A quick exit leaves the module on screen without the usual
		 * "leave", which keeps its answers: keep them here (the screen is
		 * already blank), as agreed when the person chose to keep them.
		 * A journal draft not yet saved with Ctrl-S is not kept.
		 */
		if (!diary_is_locked(l->d)) {
			struct diary_error err;
			for (size_t i = 0; a->quick && i < a->lib->n; i++)
				if (a->prog[i].keep == KEEP_YES &&
				    progress_any(&a->prog[i], a->lib->mods[i]))
					dlink_keep_module(a, i, 0, &err);
			if (diary_dirty(l->d))
				diary_save(l->d, &err);
		}
		diary_close(l->d);
	}
	free(l->dir);
	free(l->note);
	free(l);
	a->dl = NULL;
}
