/* SPDX-FileCopyrightText: 2026 The steady authors */
/* SPDX-License-Identifier: GPL-3.0-or-later */
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

/*
 * Drafts: what a person was writing when the diary locked or steady closed,
 * by any way out (the quick exit, Ctrl-C, a signal, the idle lock). A draft
 * is a journal entry tagged "draft" (and "draft-of:ID" when it is an edit
 * of entry ID), so it is encrypted with the rest and offered back when the
 * diary is next opened. Saving the text for real drops the draft.
 */

/*
 * Puts text in as the draft *draft (a new one when 0 or gone; *draft gets
 * its id), an edit of entry of (0: a new entry). 0, or -1 with err filled.
 */
int journal_put_draft(struct diary *d, uint64_t *draft, uint64_t of, const char *text,
                      struct diary_error *err);

/* 1 when e is a draft. */
int journal_is_draft(const struct entry *e);

/* The newest draft, or NULL; *of gets the entry it edits (0: a new one, or it is gone). */
const struct entry *journal_draft(const struct diary *d, uint64_t *of);

/*
 * The offer of a draft when the diary is opened, the same on every front
 * end: *title and opts (go on writing, then not now) get translated
 * literals; returns why (a translated literal).
 */
const char *journal_draft_offer(const char **title, const char *opts[2]);

/* The draft was saved for real, or put aside: it goes (nothing for 0). 0, or -1. */
int journal_draft_done(struct diary *d, uint64_t draft, struct diary_error *err);

#endif
