/*
 * choice.h: a question with a few answers: text to read (scrolling when
 * long) above a short list of choices, such as "Set up a diary" and "Not
 * now". Used for offers, confirmations and errors that need a decision.
 */
#ifndef STEADY_UI_CHOICE_H
#define STEADY_UI_CHOICE_H

#include <stddef.h>

#include "ui/app.h"

/*
 * Shows markup (may be NULL), then note (plain text, e.g. an error, may be
 * NULL) in the accent colour, then the choices. Returns the index chosen,
 * or -1 when the person went back (Esc) or is leaving.
 */
int choice_run(struct app *a, const char *title, const char *markup, const char *note,
               const char *const *choices, size_t n);

#endif
