/* SPDX-FileCopyrightText: 2026 The steady authors */
/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * library_std.h: the library as steady normally loads it: the bundled
 * content, the user's modules folder, then any extra folders, translated
 * through gettext. Shared by the screens and the command line so both see
 * the same modules in the same language.
 */
#ifndef STEADY_CONTENT_LIBRARY_STD_H
#define STEADY_CONTENT_LIBRARY_STD_H

#include "content/library.h"

/* Loads the standard library plus extra folders; as library_load(). */
int library_load_std(struct library *lib, const char **extra_dirs, size_t n_extra, struct diag *d);

/*
 * The library without the user's modules folder: what every machine has
 * (the bundled content) and the extra folders. `steady check` resolves
 * links against it, so that a module passes or fails alike wherever it
 * is checked, whatever the author has added for themselves.
 */
int library_load_shipped(struct library *lib, const char **extra_dirs, size_t n_extra,
                         struct diag *d);

struct ycache;

/* Makes the loads above read the bundled content's trees from c (kept by
 * the caller for the life of the process) instead of the build's cache;
 * for a test or fuzzer that makes its own. */
void library_std_use_cache(struct ycache *c);

#endif
