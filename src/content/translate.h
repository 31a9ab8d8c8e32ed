/* SPDX-FileCopyrightText: 2026 The steady authors */
/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * translate.h: content translation at load time through gettext. Each
 * module's strings are looked up in its text domain ("steady-content" for
 * bundled content) with the field's role as msgctxt. An untranslated or
 * fuzzy entry (msgfmt leaves fuzzy ones out) shows the English.
 */
#ifndef STEADY_CONTENT_TRANSLATE_H
#define STEADY_CONTENT_TRANSLATE_H

#include "content/module_load.h"

/* The text domain of the bundled content. */
#define CONTENT_DOMAIN "steady-content"

/* Binds the content domain to the catalogues in localedir. */
void translate_init(const char *localedir);

/*
 * The content_tr that translates through gettext. A module's own domain is
 * bound to the locale/ folder beside its file when first met.
 */
struct content_tr translate_gettext(void);

#endif
