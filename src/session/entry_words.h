/* SPDX-FileCopyrightText: 2026 The steady authors */
/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * entry_words.h: diary entries in words, the same for every front end: a
 * line for a list, the time an entry was written and changed, and a
 * record's answers as the person gave them (option labels, not ids). The
 * strings hold what the person wrote: wipe them when done
 * (secbuf_zfree_str()).
 */
#ifndef STEADY_SESSION_ENTRY_WORDS_H
#define STEADY_SESSION_ENTRY_WORDS_H

#include "content/library.h"
#include "diary/diary.h"
#include "diary/entry.h"

/* Summaries are cut here, on a character boundary. */
#define ENTRY_WORDS_SUMMARY_MAX 160

/* The library's module that the entry is about, or NULL (lib may be NULL). */
const struct module *entry_words_module(const struct library *lib, const struct entry *e);

/* One line about an entry: a journal's title or first line, a record's module (new string). */
char *entry_words_summary(const struct library *lib, const struct entry *e);

/* "2026-11-29 14:05": when the entry was made, in its own local time. */
void entry_words_when(const struct entry *e, char out[32]);

/* "14:05": the time of day the entry was made, for a list grouped by day. */
void entry_words_clock(const struct entry *e, char out[8]);

/* The kinds of entry the diary holds, in the order of enum entry_kind, with
 * how many of each (count may be NULL). out has room for ENTRY__COUNT.
 * Returns how many kinds. For browsing the diary one kind at a time. */
size_t entry_words_kinds(const struct diary *d, enum entry_kind *out, size_t *count);

/* Keeps only the entries of kind in l (0: all), in order (for a search shown by kind). */
void entry_words_only(struct entry_list *l, enum entry_kind kind);

/* "Changed 2026-11-30 09:12" for an entry edited since it was made, else NULL (new string). */
char *entry_words_changed(const struct entry *e);

/* The question of a record's answer as it was asked: its prompt, title or
 * text; never its id (a question no longer in the module is said so). */
const char *entry_words_question(const struct module *m, const char *question);

/* The label of the step's option id, or, for an option no longer in the
 * module (s may be NULL), words that say so: never the id. */
const char *entry_words_option(const struct step *s, const char *id);

/* An answer in words: option labels, a scale with its range; an option or a
 * question no longer in the module is said so, never shown as an id (s may
 * be NULL; new string). */
char *entry_words_answer(const struct step *s, const char *value);

#endif
