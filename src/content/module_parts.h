/* SPDX-FileCopyrightText: 2026 The steady authors */
/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * module_parts.h: the loaders of the parts of a module (steps, options,
 * scoring, homework), used by module_load.c. Each adds its problems to the
 * yget context and goes on, so that every problem is reported.
 */
#ifndef STEADY_CONTENT_MODULE_PARTS_H
#define STEADY_CONTENT_MODULE_PARTS_H

#include "content/module.h"
#include "content/yget.h"

/* Loads the steps list into m; selfcheck: choice options need scores. */
void step_load_list(struct yget *c, const struct ynode *list, int selfcheck, struct module *m);

/*
 * Checks the steps' keys across the module: "plan:" only with the purpose
 * safety-plan, and each section filled in by one step at most;
 * "time_of_day:" on one question at most.
 */
void step_check_plans(struct yget *c, const struct ynode *root, const struct ynode *list,
                      const struct module *m);

/*
 * Checks each run of region variants ("regions:" on consecutive steps):
 * warns when no step of it says "other", or two pages of one title are
 * shown to one region.
 */
void step_check_regions(struct yget *c, const struct module *m);

/* Loads the options (or checklist items when is_item) of a step. */
void option_load_list(struct yget *c, const struct ynode *list, int is_item, int selfcheck,
                      struct step *s);

/* Loads scoring: bands, checked against the totals the steps allow. */
void scoring_load(struct yget *c, const struct ynode *scoring, struct module *m);

/* Loads homework: who set it, what to do, how often and until when. */
void homework_load(struct yget *c, const struct ynode *hw, struct module *m);

/* 1 when s is a real calendar date written YYYY-MM-DD. */
int homework_is_date(const char *s);

#endif
