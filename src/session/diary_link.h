/* SPDX-FileCopyrightText: 2026 The steady authors */
/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * diary_link.h: the diary of this run, as the front ends share it. It holds
 * the open diary (or none: steady works fully without one), whether the
 * diary was offered yet, the idle clock that locks it, and the calm note
 * a screen shows after a lock. Screens reach the diary only through
 * diary/diary.h, and only while dlink_diary() gives it to them.
 *
 * Locking (by the person, or after the settings' idle minutes) first
 * saves the answers of modules being kept. Then the answers that came from
 * the diary or went into it are wiped from memory. A front end tells its
 * screens before it calls dlink_lock(), so the one writing an entry puts
 * its draft in first, and every screen that holds the diary's text or
 * entries lets go of them (ui/screen.h).
 */
#ifndef STEADY_SESSION_DIARY_LINK_H
#define STEADY_SESSION_DIARY_LINK_H

#include <stddef.h>

#include "diary/diary.h"
#include "session/session.h"

/* Sets up s->dl for this run (no diary is opened). */
void dlink_init(struct session *s);

/* At exit: keeps the answers agreed, saves what is pending, wipes and closes the diary. */
void dlink_close(struct session *s);

/* The diary's folder: --diary, else the default; NULL without a home folder. */
const char *dlink_dir(const struct session *s);

/* 1 when the folder holds a diary. */
int dlink_exists(const struct session *s);

/* The diary when it is open and unlocked, else NULL. */
struct diary *dlink_diary(const struct session *s);

/* The diary handle kept while locked (to unlock again), or NULL. */
struct diary *dlink_handle(const struct session *s);

/* Takes a diary just made, opened or unlocked: resumes modules from its records. */
void dlink_attach(struct session *s, struct diary *d);

/* Saves the diary; 0, or -1 with err filled (the changes stay in memory to retry). */
int dlink_save(struct session *s, struct diary_error *err);

/* Locks the diary now (see above); automatic says it was the idle clock. */
void dlink_lock(struct session *s, int automatic);

/* A screen put a draft into the diary just before a lock: the note says it was saved. */
void dlink_saved_first(struct session *s);

/* Called by the key loop on every key: the idle clock starts again. */
void dlink_key(struct session *s);

/* The idle lock's decision, between two keys. */
enum dlink_idle {
	DLINK_IDLE_NONE, /* no open diary: nothing to lock */
	DLINK_IDLE_WAIT, /* not yet, or not now: a timer is running (the clock starts again) */
	DLINK_IDLE_LOCK, /* lock now: no key came for the settings' idle time */
};

/*
 * Decides the idle lock now. busy: something is going on that no key
 * shows (a running breathing or urge-surfing timer): the lock waits, and
 * the idle time counts from when it ends.
 */
enum dlink_idle dlink_idle(struct session *s, int busy);

/* Seconds without a key before the diary locks itself (settings, or STEADY_LOCK_SECONDS). */
int dlink_lock_seconds(const struct session *s);

/* The calm note for the next screen, or NULL; dlink_set_note(s, NULL) clears it. */
const char *dlink_note(const struct session *s);
void dlink_set_note(struct session *s, const char *note);

/* Whether the diary was offered this run (it is offered once at most). */
int dlink_offered(const struct session *s);
void dlink_set_offered(struct session *s);

#endif
