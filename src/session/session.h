/* SPDX-FileCopyrightText: 2026 The steady authors */
/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * session.h: one person's time in steady, with no terminal: the loaded
 * content, the settings, this run's answers and place per module, the
 * diary of this run (session/diary_link.h) and a calm notice. Both front
 * ends (the screens and the plain mode) drive a session; neither opens a
 * file itself.
 *
 * What a session knows is wiped, not just freed, when it closes: answers
 * stay in memory only, unless the person keeps them in the diary.
 */
#ifndef STEADY_SESSION_SESSION_H
#define STEADY_SESSION_SESSION_H

#include <stddef.h>

#include "content/library.h"
#include "session/options.h"
#include "session/progress.h"
#include "util/settings.h"

struct dlink;

struct session {
	const struct steady_opts *opts;
	struct library *lib;
	struct settings set;
	char *settings_path; /* NULL without a home folder, or in a preview */
	int first_run;       /* no settings file yet: the first start */
	int preview;         /* `steady preview`: nothing is saved, no diary is offered */

	struct progress *prog; /* one per library module, this run only */
	int last_module;       /* index of the module to continue, or -1 */

	char *notice;     /* a calm message for the home screen (load problems) */
	struct dlink *dl; /* the diary of this run; NULL in a preview */
};

/*
 * Starts a session: reads the settings and loads the library (problems
 * become the notice, never fatal). preview: nothing will be written.
 */
void session_open(struct session *s, const struct steady_opts *o, int preview);

/* Ends a session: the diary is closed (keeping what was agreed unless quick), answers wiped. */
void session_close(struct session *s);

/* Saves the settings; a failure becomes the notice, never fatal. */
void session_save_settings(struct session *s);

/* The region to show helplines for: the setting, else the locale's, else "INT". */
const struct region *session_region(const struct session *s);

/*
 * The reader's region id for the steps of a module that follow it
 * ("regions:", content/module.h): session_region()'s, or NULL when there is
 * no helpline directory. Pass it to play_start().
 */
const char *session_reader_region(const struct session *s);

/*
 * 1 on a first run with no region set whose locale names no country steady
 * has helplines for (C.UTF-8, say): the front ends ask for the region before
 * anything else, rather than show international helplines alone.
 */
int session_asks_region(const struct session *s);

/* Why the first run asks for the region, and where it is changed later. */
const char *session_region_why(void);

/* Under helplines: whose they are, and how to change that (new string). */
char *session_region_hint(const struct session *s);

/* The index of a library module, or -1. */
int session_module_index(const struct session *s, const struct module *m);

#endif
