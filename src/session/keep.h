/* SPDX-FileCopyrightText: 2026 The steady authors */
/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * keep.h: what goes into the diary, and when. Nothing is kept without the
 * person saying so: with the diary open they are asked once per module per
 * run; without it, the diary is offered once per run when a module they
 * answered is left. These calls say what to ask; the front end asks it and
 * reports the answer back. The answers go in when the module is left or
 * finished, and before the diary locks (diary_link.c).
 */
#ifndef STEADY_SESSION_KEEP_H
#define STEADY_SESSION_KEEP_H

#include <stddef.h>

#include "diary/diary.h"
#include "session/session.h"

/*
 * Before module i is played: a journal or self-check filled in before
 * starts afresh. Returns 1 when the person must first be asked whether to
 * keep the answers in the open diary (then keep_set() with the answer).
 */
int keep_begin(struct session *s, size_t i);

/* The person's answer to "keep your answers to this module in your diary?" */
void keep_set(struct session *s, size_t i, int yes);

/*
 * That question in words, the same on every front end: *title and opts
 * (yes, then no) get translated literals; the text returned says why,
 * naming module m (markup; new string).
 */
char *keep_question(const struct module *m, const char **title, const char *opts[2]);

/* What the front end does once module i is left. */
enum keep_leave {
	KEEP_LEAVE_NOTHING, /* nothing to keep, or the person said no */
	KEEP_LEAVE_UNLOCK,  /* offer to unlock the diary to keep them (once per run) */
	KEEP_LEAVE_SETUP,   /* offer to set up a diary to keep them (once per run) */
	KEEP_LEAVE_ASK,     /* ask whether to keep them (the diary was opened meanwhile) */
	KEEP_LEAVE_SAVE,    /* keep_module(), then save */
};

/* Decides what follows leaving module i; an offer made is remembered (once per run). */
enum keep_leave keep_leave(struct session *s, size_t i);

/* Why a diary is offered for KEEP_LEAVE_SETUP, naming module m (markup; new string). */
char *keep_setup_why(const struct module *m);

/*
 * Puts the answers to module i into the diary in memory: its record, the
 * safety plan for the module whose purpose it is, with finished a
 * self-check result and a homework done mark. 0, or -1 with err filled.
 */
int keep_module(struct session *s, size_t i, int finished, struct diary_error *err);

/*
 * Said before a written answer to module i is typed, when it will not be
 * kept: no diary is open, or the person chose not to keep this module's
 * answers (a translated literal); NULL when it goes into the diary.
 */
const char *keep_text_note(const struct session *s, size_t i);

/* 1 for a module filled in afresh each time (a journal, a self-check): its records are history. */
int keep_fresh_each_time(const struct module *m);

/* 1 when the module asks anything, so that its answers could be kept. */
int keep_module_asks(const struct module *m);

#endif
