/* SPDX-FileCopyrightText: 2026 The steady authors */
/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * plan.h: the safety plan in the diary, for both front ends: read, changed
 * and exported. The plan is changed through the module that fills it in
 * (the one with "purpose: safety-plan"), opened with the plan's sections as
 * its answers, so the plan and the module's record never disagree; leaving
 * the module keeps both (keep.h). An export is a file the person asked for:
 * not encrypted, new, mode 0600, never through a link.
 */
#ifndef STEADY_SESSION_PLAN_H
#define STEADY_SESSION_PLAN_H

#include <stddef.h>

#include "diary/diary.h"
#include "session/session.h"

/* The module that fills in the safety plan, or NULL (no such module in the library). */
const struct module *plan_module(const struct session *s);

/*
 * Makes the plan's module ready to change the plan: its answers as kept in
 * the diary, the plan's sections over them (the plan is what was saved
 * last), kept in the diary without asking again (the person chose to change
 * what the diary holds). Returns the module's index in the library and sets
 * *step to its first plan step; -1 when the diary is locked or no module
 * fills in a plan.
 */
int plan_edit_begin(struct session *s, size_t *step);

/* What an export is, asked before one is made (markup). */
const char *plan_export_why(void);

/*
 * Writes the newest safety plan, as Markdown and not encrypted, to a new
 * file in the home folder: steady-safety-plan.md, or -2.md and on when
 * that is taken. Returns its path (new string), or NULL with err filled.
 */
char *plan_export(const struct session *s, struct diary_error *err);

#endif
