/* SPDX-FileCopyrightText: 2026 The steady authors */
/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * diary_screens.h: the diary's screens, shared among the ui/diary_*.c
 * files, as pushes on the screen stack (screen.h, screens.h). Each flow
 * answers its parent under tag; where the answer is known at once (the
 * diary is open already, the save worked) the parent hears it before the
 * call returns and nothing is pushed.
 */
#ifndef STEADY_UI_DIARY_SCREENS_H
#define STEADY_UI_DIARY_SCREENS_H

#include <stdint.h>

#include "ui/app.h"

/* Which way into the diary a flow offers. */
enum diary_way {
	DIARY_EITHER, /* unlock when there is a diary, else set one up */
	DIARY_SETUP,  /* explain the diary (intro first) and set one up */
	DIARY_UNLOCK, /* ask for the passphrase until it opens or the person goes back */
};

/* Opens the diary (diary_unlock.c); the parent hears 1 when it is open, else 0 or -1. */
void diary_open_push(struct app *a, enum diary_way way, const char *intro, int tag);

/*
 * Saves the diary (diary_unlock.c); on failure shows why and offers to try
 * again, keeping everything in memory meanwhile. The parent hears 1 when
 * saved, 0 when not.
 */
void diary_save_push(struct app *a, int tag);

/* Writes a new journal entry (id 0) or edits one (diary_write.c); the parent hears 1 when saved. */
void diary_write_push(struct app *a, uint64_t id, int tag);

/*
 * Opens the newest draft kept in the diary (session/journal.h) in the
 * writer, on top with no parent (diary_write.c); nothing without one.
 */
void diary_write_draft_push(struct app *a);

/* Patterns: charts of the module records and self-checks (diary_charts.c). */
void diary_charts_push(struct app *a, int tag);

#endif
