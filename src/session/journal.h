/*
 * journal.h: a journal entry from the text a person wrote, the same way on
 * every front end and `steady diary add`. A first line starting with "# "
 * (and more than spaces after it) is the entry's title; the rest is its
 * text, as written, and may be empty: an entry can be a title alone.
 */
#ifndef STEADY_SESSION_JOURNAL_H
#define STEADY_SESSION_JOURNAL_H

#include <stdint.h>

#include "diary/diary.h"

/*
 * Puts text into the diary (in memory; the caller saves): a new journal
 * entry when *id is 0 or names no entry (*id gets its id), else the text
 * replaces entry *id. d NULL is a locked diary (dlink_diary()). 0, or -1
 * with err filled.
 */
int journal_put(struct diary *d, uint64_t *id, const char *text, struct diary_error *err);

#endif
