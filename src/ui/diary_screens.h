/*
 * diary_screens.h: the diary's screens, shared among the ui/diary_*.c
 * files. Each returns when the person goes back, when steady is leaving
 * (a->quit) or when the diary locked (a->to_home): callers check both.
 */
#ifndef STEADY_UI_DIARY_SCREENS_H
#define STEADY_UI_DIARY_SCREENS_H

#include <stdint.h>

#include "diary/entry.h"
#include "ui/app.h"

/* Explains the diary (intro first, may be NULL) and sets one up; 1 when made and open. */
int diary_setup_run(struct app *a, const char *intro);

/* Asks for the passphrase until the diary opens or the person goes back; 1 when open. */
int diary_unlock_run(struct app *a, const char *intro);

/* The setup or the unlock screen, whichever is needed; 1 when the diary is open. */
int diary_open_run(struct app *a, const char *intro);

/*
 * Saves the diary; on failure shows why and offers to try again, keeping
 * everything in memory meanwhile. 1 when saved.
 */
int diary_save_run(struct app *a);

/* Writes a new journal entry (id 0) or edits one; 1 when something was saved. */
int diary_write_run(struct app *a, uint64_t id);

/* Patterns: charts of the module records and self-checks (diary_charts.c). */
void diary_charts_run(struct app *a);

/* One line about an entry for lists: its title, first line, or module (new string). */
char *diary_entry_summary(const struct app *a, const struct entry *e);

#endif
