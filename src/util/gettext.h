/*
 * gettext.h: the interface's translation macros. Text shown to a person goes
 * through _(); N_() marks a string translated later. Translated text is
 * never used as a printf format unless it is the program's own format.
 */
#ifndef STEADY_UTIL_GETTEXT_H
#define STEADY_UTIL_GETTEXT_H

#include <libintl.h>

#define _(s)  gettext(s)
#define N_(s) (s)

#endif
