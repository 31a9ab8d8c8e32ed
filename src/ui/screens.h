/* SPDX-FileCopyrightText: 2026 The steady authors */
/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * screens.h: the screens, one file each, as constructors for the screen
 * stack (screen.h). A screen that answers (a dialog, a flow) closes itself
 * with a value that its parent hears in result() under the tag it was
 * pushed with; -1 always means the person went back. Where an answer is
 * known at once (the diary is open already), the parent hears it before the
 * call returns, and nothing is pushed.
 */
#ifndef STEADY_UI_SCREENS_H
#define STEADY_UI_SCREENS_H

#include <stddef.h>

#include "session/progress.h"
#include "ui/app.h"

struct screen;

/* The home menu: the bottom of the stack (home.c). The first run opens the first-run module. */
void home_push(struct app *a);

/*
 * Opens module i of the library at step, or where it was left when step
 * is (size_t)-1, with the diary's questions around it: keep the answers?
 * before, keep or offer the diary after (module_flow.c). The parent hears
 * 1 when it was played to the end, 0 when it was left.
 */
void module_flow_push(struct app *a, size_t i, size_t step, int tag);

/*
 * The player of one module (player.c): m and its answers p, from step.
 * Closes with 1 when played to the end, 0 when left. index is the module's
 * place in the library, or -1 for a previewed module outside it.
 */
struct screen *player_screen_new(struct app *a, const struct module *m, struct progress *p,
                                 size_t step, int index);

/* Get help now: the helplines for the region, the safety plan, the region picker (helpnow.c). */
struct screen *helpnow_screen_new(struct app *a);

/* The keys of the screen below, over it; any key closes it (keyhelp.c). */
struct screen *keys_screen_new(struct app *a, struct screen *below);

/* Settings (settings_screen.c). */
void settings_push(struct app *a);

/* The diary: set up or unlock, then the entries, writing and patterns (diary_entries.c). */
void diary_push(struct app *a);

/* The homework set by a counsellor, with done marks kept in the diary (homework.c). */
void homework_push(struct app *a);

/* Share with my counsellor: the homework report, shown, then written (share.c). */
void share_push(struct app *a);

/* One homework of the library (module i): its card, Enter to start it (homework.c). */
void homework_one_push(struct app *a, size_t i);

/*
 * A list to pick one of n labels from (copied), starting at current
 * (list.c). Closes with the index picked, or -1.
 */
struct screen *list_pick_new(const char *title, const char *intro, const char *const *labels,
                             size_t n, size_t current);

/*
 * Text and a few choices (choice.c), all copied. Closes with the index
 * chosen, or -1. note: a highlighted line under the text (may be NULL).
 */
struct screen *choice_new(const char *title, const char *markup, const char *note,
                          const char *const *choices, size_t n);

#endif
