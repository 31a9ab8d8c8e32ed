/* SPDX-FileCopyrightText: 2026 The steady authors */
/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * form.h: the question widgets of the player: a scale, single and multiple
 * choice, and checklists. Each appends its lines to the step's document and
 * handles its own keys; the answers live in this run's progress.
 */
#ifndef STEADY_UI_FORM_H
#define STEADY_UI_FORM_H

#include <stddef.h>
#include <wchar.h>

#include "content/module.h"
#include "ui/app.h"
#include "util/markup.h"
#include "session/progress.h"

/* The tags (markup_line.tag) of the lines a click chooses on: the scale's
 * numbers, and each option (FORM_TAG_OPTION + its index). */
#define FORM_TAG_SCALE  1
#define FORM_TAG_OPTION 2

/* Appends the scale and its end labels; returns the line of the numbers. */
size_t form_scale_doc(struct markup_doc *d, const struct step *s, const struct answer *an,
                      int width);

/*
 * The point of the scale at column col of its numbers' line (as
 * form_scale_doc() laid it out at width) into *v; 0 when there is none
 * there (or the line is the compact "< 5 >").
 */
int form_scale_at(const struct step *s, int width, int col, int *v);

/*
 * Left/Right, Home/End, +/- and digits change the value ("1" then "0"
 * gives 10 when 10 is on the scale). *acc holds the digits typed so far
 * (-1 for none). Returns 1 when the key was used.
 */
int form_scale_key(const struct step *s, struct answer *an, int *acc, enum app_event ev, wint_t ch);

/*
 * The focus of a single choice that nothing was chosen in yet: no option is
 * highlighted, so Enter cannot choose one the person never went to.
 */
#define FORM_NO_FOCUS ((size_t)-1)

/* Appends the options or items, focus highlighted; returns the focused option's line. */
size_t form_options_doc(struct markup_doc *d, const struct step *s, const struct answer *an,
                        size_t focus, int width);

/*
 * Up/Down move the focus (from FORM_NO_FOCUS to the first or last option);
 * Space (or x) ticks it, or chooses it in a single choice; digits 1-9 jump
 * to and tick an option. Returns 1 when used, 2 when a tick was refused
 * because a multiple choice has its 'at_most' ticked already.
 */
int form_options_key(const struct step *s, struct answer *an, size_t *focus, enum app_event ev,
                     wint_t ch);

/*
 * Chooses the focused option of a single choice (Enter does this before
 * moving on), or ticks it in a multiple one: 0, or -1 when no more may be
 * ticked (play_room_for()).
 */
int form_choose(const struct step *s, struct answer *an, size_t focus);

/* 1 for a step whose options are ticked one by one (multiple choice, checklist). */
int form_is_multi(const struct step *s);

#endif
