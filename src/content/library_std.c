/* SPDX-FileCopyrightText: 2026 The steady authors */
/* SPDX-License-Identifier: GPL-3.0-or-later */
/* library_std.c: where the standard library comes from, in which language,
 * and the caches of its parsed files: the build's, and the user's modules'. */
#include "config.h"

#include <stdlib.h>

#include "content/library_std.h"
#include "content/translate.h"
#include "content/ycache.h"
#include "util/paths.h"

static struct ycache *bundled_cache, *user_cache;

void library_std_use_cache(struct ycache *c)
{
	bundled_cache = c;
}

/* The standard library, with the user's folder or without it. */
static int load(struct library *lib, const char **extra_dirs, size_t n_extra, int with_user,
                struct diag *d)
{
	/* Opened once and kept for the life of the process; missing is fine.
	 * Each is read for its own folder only: the user's cache, which anyone
	 * who can write that folder can write, never for steady's own content,
	 * helplines or a --content-dir. */
	static int tried;
	if (!tried && !getenv("STEADY_NO_CONTENT_CACHE")) {
		if (!bundled_cache)
			bundled_cache = ycache_open(paths_content_cache());
		/* The user's modules, cached by `steady add` (usermods_cache()). */
		char *uc = paths_user_modules_cache();
		user_cache = uc ? ycache_open(uc) : NULL;
		free(uc);
	}
	tried = 1;
	translate_init(paths_localedir());
	struct content_tr tr = translate_gettext();
	char *user = with_user ? paths_user_modules() : NULL;
	struct library_opts lo = {
	        .bundled_dir = paths_bundled_content(),
	        .user_dir = user,
	        .extra_dirs = extra_dirs,
	        .n_extra = n_extra,
	        .tr = &tr,
	        .bundled_cache = bundled_cache,
	        .user_cache = with_user ? user_cache : NULL,
	};
	int rc = library_load(lib, &lo, d);
	free(user);
	return rc;
}

int library_load_std(struct library *lib, const char **extra_dirs, size_t n_extra, struct diag *d)
{
	return load(lib, extra_dirs, n_extra, 1, d);
}

int library_load_shipped(struct library *lib, const char **extra_dirs, size_t n_extra,
                         struct diag *d)
{
	return load(lib, extra_dirs, n_extra, 0, d);
}
