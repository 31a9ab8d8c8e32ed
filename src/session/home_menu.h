/* SPDX-FileCopyrightText: 2026 The steady authors */
/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * home_menu.h: what Home offers, the same on every front end: continue
 * where a module was left, the modules, the self-check, the diary,
 * homework, help, settings and quit, each with its quiet detail. Which
 * entries show, and in which order, is decided here; the front end shows
 * them and acts on the one chosen.
 */
#ifndef STEADY_SESSION_HOME_MENU_H
#define STEADY_SESSION_HOME_MENU_H

#include <stddef.h>

#include "session/session.h"

enum home_item {
	HOME_CONTINUE, /* the module left part way (s->last_module) */
	HOME_MODULES,
	HOME_SELFCHECK,
	HOME_DIARY,
	HOME_HOMEWORK,
	HOME_HELP,
	HOME_SETTINGS,
	HOME_QUIT,
	HOME__COUNT
};

struct home_entry {
	enum home_item item;
	char *label;  /* translated (new string) */
	char *detail; /* translated, or NULL (new string) */
};

/* Fills out with the entries Home shows now, in order; how many. home_menu_free() them. */
size_t home_menu_build(const struct session *s, struct home_entry out[HOME__COUNT]);

/* Frees the n entries' strings. */
void home_menu_free(struct home_entry *e, size_t n);

/* The number of the library's modules that are self-checks. */
size_t home_menu_selfchecks(const struct session *s);

/*
 * A module's quiet detail in a list: how far module i got this run, if at
 * all, and about how long it takes, joined by sep: "started, 10 min" (new
 * string).
 */
char *home_menu_module_detail(const struct session *s, size_t i, const char *sep);

#endif
