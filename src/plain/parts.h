/* SPDX-FileCopyrightText: 2026 The steady authors */
/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * parts.h: the parts of the plain mode, one file each, as the screens are
 * on the terminal. Every part returns when the person goes back, or at once
 * when plain_leaving(p) says so (check it after every call).
 */
#ifndef STEADY_PLAIN_PARTS_H
#define STEADY_PLAIN_PARTS_H

#include <stddef.h>

#include "diary/entry.h"
#include "plain/plain_ctx.h"
#include "session/play.h"

/* What a step's part decided (plain_play.c, plain_timer.c). */
enum plain_act {
	ACT_NEXT,  /* go on (the step has what it needs) */
	ACT_BACK,  /* the step before; from the first, leave the module */
	ACT_AGAIN, /* print the step again (a linked module was played) */
	ACT_LEAVE, /* plain_leaving() */
};

/* A step without an answer (a page, cards): Enter goes on, back goes back (plain_play.c). */
enum plain_act plain_go_on(struct plain *p, const char *hint);

/* Plays library module i from where it was left this run, or from its start (plain_play.c). */
void plain_play_open(struct plain *p, size_t i);

/* Plays library module i from a step, with the diary's questions around it (plain_play.c). */
void plain_play_run(struct plain *p, size_t i, size_t step);

/* Plays a module with its progress from a step; 1 when played to its end (plain_play.c). */
int plain_play_module(struct plain *p, const struct module *m, struct progress *prog, size_t step);

/* A timed exercise: in real time on a terminal, its cues at once from a pipe (plain_timer.c). */
enum plain_act plain_timer_run(struct plain *p, const struct step *s);

/* Before module i: a journal starts afresh; the keep question, when the diary is open
 * (plain_keep.c). */
void plain_keep_open(struct plain *p, size_t i);

/* After module i was left (done: to its end): keep its answers, or offer the diary (plain_keep.c).
 */
void plain_keep_leave(struct plain *p, size_t i, int done);

/* Explains the diary (intro first, may be NULL) and sets one up; 1 when open (plain_unlock.c). */
int plain_setup_run(struct plain *p, const char *intro);

/* Asks for the passphrase until the diary opens or the person goes back; 1 when open. */
int plain_unlock_run(struct plain *p, const char *intro);

/* Offers the draft kept in the open diary, when there is one, to go on writing (plain_diary.c). */
void plain_draft_offer(struct plain *p);

/* Set-up or unlock, whichever is needed; 1 when the diary is open. */
int plain_open_run(struct plain *p, const char *intro);

/* Saves the diary; on failure says why and offers to try again. 1 when saved. */
int plain_save(struct plain *p);

/* The diary: entries, reading, editing and deleting one, writing, searching, patterns,
 * locking (plain_diary.c). */
void plain_diary_run(struct plain *p);

/* Patterns: the figures of the diary's records in words (plain_patterns.c). */
void plain_patterns_run(struct plain *p);

/* One entry of the open diary as text (plain_entry.c). */
void plain_entry_show(struct plain *p, const struct entry *e);

/* The settings: region, lock minutes, plain mode (plain_settings.c). */
void plain_settings_run(struct plain *p);

/* Chooses the helpline region (why above the list) and saves it (plain_settings.c). */
void plain_pick_region(struct plain *p, const char *why);

/* The homework set by a counsellor (plain_homework.c). */
void plain_homework_run(struct plain *p);

/* "Share with my counsellor": a report of the homework, shown, then written (plain_share.c). */
void plain_share_run(struct plain *p);

/* One homework: who set it, what to do, how often, until when, done or not;
 * 1 when the person asks to start it, 0 when they go back. */
int plain_homework_card(struct plain *p, const struct module *m);

#endif
