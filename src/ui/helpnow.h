/* SPDX-FileCopyrightText: 2026 The steady authors */
/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * helpnow.h: helpline cards, shared by the "get help now" screen and the
 * helplines step of a module.
 */
#ifndef STEADY_UI_HELPNOW_H
#define STEADY_UI_HELPNOW_H

#include "ui/app.h"
#include "util/markup.h"

struct screen;

/* A picker for the region whose helplines are shown (NULL without regions); push it. */
struct screen *helpnow_region_new(struct app *a, const char *why);

/* Sets and saves the region the picker's answer names (nothing for -1). */
void helpnow_region_set(struct app *a, int picked);

/* Appends a card for each service of the region whose kind is in kinds (HELPLINE_* mask). */
void helpnow_cards(struct markup_doc *d, const struct app *a, unsigned kinds, int width);

#endif
