/* SPDX-FileCopyrightText: 2026 The steady authors */
/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * preview.c: a module previewed in a session (see preview.h).
 */
#include "config.h"

#include <stdlib.h>

#include "content/module_load.h"
#include "content/translate.h"
#include "session/preview.h"
#include "util/xalloc.h"

const struct module *preview_add(struct session *s, const char *path)
{
	/* The file was checked before; its warnings were shown then. */
	struct diag quiet;
	diag_init(&quiet);
	struct content_tr tr = translate_gettext();
	struct module *m = module_load(path, ORIGIN_EXTRA, &tr, &quiet);
	diag_free(&quiet);
	if (!m)
		return NULL;
	/* The places move with the sort: every module starts afresh, as in any preview. */
	for (size_t i = 0; s->prog && i < s->lib->n; i++)
		progress_wipe(&s->prog[i]);
	free(s->prog);
	module_free(library_put(s->lib, m));
	library_sort(s->lib);
	s->prog = xcalloc(s->lib->n, sizeof *s->prog);
	s->last_module = -1;
	return m;
}
