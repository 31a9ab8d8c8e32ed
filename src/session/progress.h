/* SPDX-FileCopyrightText: 2026 The steady authors */
/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * progress.h: this run's answers and how far each module got. Kept in
 * memory only (nothing about module use is written to disk) and wiped, not
 * just freed, when steady leaves. Pure: no curses.
 */
#ifndef STEADY_SESSION_PROGRESS_H
#define STEADY_SESSION_PROGRESS_H

#include <stddef.h>
#include <stdint.h>

#include "content/module.h"

/* Free text longer than this is not taken (a paste of a whole file). */
#define ANSWER_MAX_TEXT (64 * 1024)

enum progress_state { PROGRESS_NONE, PROGRESS_STARTED, PROGRESS_DONE };

/* Whether this run's answers to a module go into the diary: asked once per module per run. */
enum progress_keep { KEEP_UNASKED, KEEP_YES, KEEP_NO };

struct answer {
	int set;               /* a scale value was chosen */
	int value;             /* the scale value */
	unsigned char *chosen; /* choice and checklist: one flag per option */
	size_t n_chosen;
	char *text; /* free text, UTF-8, NUL-terminated; NULL while empty */
	size_t len, cap;
};

struct progress {
	enum progress_state state;
	size_t step;            /* the step to continue at */
	struct answer *answers; /* one per step once opened, else NULL */
	size_t n;
	enum progress_keep keep; /* the person's answer to "save them in your diary?" */
	uint64_t record;         /* the diary record these answers update, 0 for a new one */
};

/* Makes room for the module's answers (once); marks it started. */
void progress_open(struct progress *p, const struct module *m);

/* Wipes and frees every answer; the progress is as new. */
void progress_wipe(struct progress *p);

/* Wipes the answers for a fresh start (a journal filled in again); keeps p->keep. */
void progress_restart(struct progress *p);

/* 1 when any step of the module has an answer. */
int progress_any(const struct progress *p, const struct module *m);

/* The self-check total: the scores of the chosen options. */
int progress_score(const struct progress *p, const struct module *m);

/* 1 when the step's question has an answer. */
int progress_answered(const struct progress *p, const struct module *m, size_t step);

/*
 * Inserts n bytes at byte offset at of the answer's text. Returns 0, or -1
 * when the text would pass ANSWER_MAX_TEXT (nothing is inserted). Old
 * buffers are wiped before they are freed.
 */
int answer_insert(struct answer *a, size_t at, const char *s, size_t n);

/*
 * The part of t[0, len) worth keeping: without the blank lines (nothing but
 * spaces and tabs) it starts with, and without the spaces, tabs and line
 * breaks it ends with. Sets *from; returns the length (0: nothing written).
 * The one rule for every written text kept: answers and journal entries.
 */
size_t text_kept(const char *t, size_t len, size_t *from);

/* Deletes the bytes [from, to) of the answer's text. */
void answer_delete(struct answer *a, size_t from, size_t to);

#endif
