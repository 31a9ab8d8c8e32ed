/* SPDX-FileCopyrightText: 2026 The steady authors */
/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * record.h: this run's answers to a module (progress.h) as a diary entry
 * and back: a module record to resume from, and the safety plan filled in
 * by the module whose purpose that is (purpose: safety-plan). Pure (no
 * curses, no files): the front ends decide when.
 *
 * Values are encoded as doc/diary-format.md says: a scale as its number, a
 * single choice as the option id, a multiple choice or checklist as option
 * ids joined by commas, free text as written. Unanswered steps are left out.
 */
#ifndef STEADY_SESSION_RECORD_H
#define STEADY_SESSION_RECORD_H

#include <stddef.h>

#include "content/module.h"
#include "diary/entry.h"
#include "session/progress.h"

/* 1 when the module asks anything (has a question or checklist step). */
int record_module_asks(const struct module *m);

/* Sets the answers, step and complete flag of an ENTRY_RECORD from the progress. */
void record_fill(struct entry *e, const struct module *m, const struct progress *p);

/*
 * Puts a record's answers into the progress (opening it for the module).
 * Values that no longer fit the module (an option removed, a scale
 * narrowed) are skipped. The state becomes done or started, and the step
 * the record's, within the module.
 */
void record_load(struct progress *p, const struct module *m, const struct entry *e);

/*
 * Puts a record's answers into the steps that have none yet this run,
 * leaving every answer given this run as it is (and the state and step).
 */
void record_merge(struct progress *p, const struct module *m, const struct entry *e);

/* The safety plan section a text step fills in (its 'plan:'), or -1. */
int record_plan_section(const struct step *s);

/*
 * Copies the answered plan steps of a safety-plan module into a safety plan
 * entry, leaving sections without an answer as they were. Returns how many
 * sections were set.
 */
size_t record_fill_plan(struct entry *plan, const struct module *m, const struct progress *p);

/*
 * The other way: the sections of a safety plan entry (NULL: none) become
 * the answers of the module's plan steps, over what they held; a section
 * the plan leaves empty leaves its step as it was. p must be open.
 */
void record_take_plan(struct progress *p, const struct module *m, const struct entry *plan);

#endif
