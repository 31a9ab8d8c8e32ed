/*
 * screens.h: the screens, one file each. Every screen returns when the
 * person goes back, or at once when a->quit is set (check it after every
 * call). The player's entry is kept reusable for `steady preview` later.
 */
#ifndef STEADY_UI_SCREENS_H
#define STEADY_UI_SCREENS_H

#include <stddef.h>

#include "ui/app.h"

/* The home menu (home.c). */
void home_run(struct app *a);

/* Plays a module of the library from a step, keeping its answers for this run (player.c). */
void player_run(struct app *a, size_t module_index, size_t step);

/* Plays a module of the library from where it was left this run, or from
 * its start (player.c). */
void player_open(struct app *a, size_t module_index);

/*
 * Plays a module outside the library, e.g. one file given on the command
 * line (player.c). Returns 1 when it was played to the end.
 */
int player_run_module(struct app *a, const struct module *m, struct progress *p, size_t step);

/* Get help now: the helplines for the region, then the region picker (helpnow.c). */
void helpnow_run(struct app *a);

/* Settings (settings_screen.c). */
void settings_run(struct app *a);

/* The diary: set up or unlock, then the entries, writing and patterns (diary_entries.c). */
void diary_run(struct app *a);

/*
 * Before a library module is played: a journal filled in before starts
 * afresh, and with the diary open the person is asked, once per module per
 * run, whether to keep the answers in it (diary_modules.c).
 */
void diary_module_open(struct app *a, size_t module_index);

/*
 * After it was left (done: played to the end): the answers go into the
 * diary when the person said so, or the diary is offered (once per run)
 * when it is not open (diary_modules.c).
 */
void diary_module_leave(struct app *a, size_t module_index, int done);

/* The homework set by a counsellor, with done marks kept in the diary (homework.c). */
void homework_run(struct app *a);

/*
 * A list to pick one of n labels from, starting at current; returns the
 * index, or -1 when the person went back or is leaving (list.c).
 */
int list_pick(struct app *a, const char *title, const char *intro, const char *const *labels,
              size_t n, size_t current);

#endif
