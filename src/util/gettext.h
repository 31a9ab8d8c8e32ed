/* SPDX-FileCopyrightText: 2026 The steady authors */
/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * gettext.h: the interface's translation macros. Text shown to a person goes
 * through _(); N_() marks a string translated later. Translated text is
 * never used as a printf format unless it is the program's own format.
 */
#ifndef STEADY_UTIL_GETTEXT_H
#define STEADY_UTIL_GETTEXT_H

#if ENABLE_NLS
#include <libintl.h>
#else
/* configure --disable-nls: every text is shown as written, in English, and
 * no catalogue is looked for (as gnulib's gettext.h does it). Binding a
 * domain is then a statement that does nothing. */
#define gettext(s)                    ((char *)(s))
#define dgettext(d, s)                ((void)(d), (char *)(s))
#define ngettext(s, p, n)             ((n) == 1 ? (char *)(s) : (char *)(p))
#define textdomain(d)                 ((void)(d))
#define bindtextdomain(d, dir)        ((void)(d), (void)(dir))
#define bind_textdomain_codeset(d, c) ((void)(d), (void)(c))
#endif

#define _(s)  gettext(s)
#define N_(s) (s)

/*
 * C_("context", "text"): a short word whose translation depends on its use,
 * such as "open" as an action and "open" as a state. gettext keys it as
 * "context\004text", as pgettext does.
 */
#define C_(ctx, s) gettext_ctx(ctx "\004" s, s)

static inline const char *gettext_ctx(const char *key, const char *s)
{
	const char *t = gettext(key);
	return t == key ? s : t;
}

#endif
