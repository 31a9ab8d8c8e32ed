/*
 * helpnow.h: helpline cards, shared by the "get help now" screen and the
 * helplines step of a module.
 */
#ifndef STEADY_UI_HELPNOW_H
#define STEADY_UI_HELPNOW_H

#include "ui/app.h"
#include "ui/markup.h"

/* Lets the person choose the region whose helplines are shown; saves the choice. */
void helpnow_pick_region(struct app *a, const char *why);

/* Appends a card for each service of the region whose kind is in kinds (HELPLINE_* mask). */
void helpnow_cards(struct markup_doc *d, const struct app *a, unsigned kinds, int width);

#endif
