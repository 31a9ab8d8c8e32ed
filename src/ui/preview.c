/* SPDX-FileCopyrightText: 2026 The steady authors */
/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * preview.c: `steady preview FILE`, a module played on the screens as the
 * client will see it, without adding it to the library on disk and without
 * saving: a session opened in preview mode reads the settings but never writes
 * them, and there is no diary link (a->s->dl is NULL), so no diary is offered,
 * opened or written; the answers live in memory only and are wiped.
 */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include "session/homework.h"
#include "session/preview.h"
#include "ui/app.h"
#include "ui/screen.h"
#include "ui/screens.h"
#include "ui/ui.h"
#include "util/exit_status.h"
#include "util/gettext.h"

int ui_preview(const struct steady_opts *o, const char *path)
{
	struct session s;
	struct app a;
	session_open(&s, o, 1);
	if (app_begin(&a, &s) < 0) {
		session_close(&s);
		return EXIT_INVALID;
	}
	const struct module *m = preview_add(&s, path);
	struct progress p;
	memset(&p, 0, sizeof p);
	int i = m ? session_module_index(&s, m) : -1;
	if (m && m->homework && i >= 0) {
		/* As the client meets it: homework starts at its card. */
		homework_one_push(&a, (size_t)i);
		loop_run(&a);
	} else if (m) {
		screen_push(&a, player_screen_new(&a, m, &p, 0, -1), 0);
		loop_run(&a);
	}
	progress_wipe(&p);
	int rc = app_end(&a);
	session_close(&s);
	if (m)
		printf("%s\n", homework_preview_end());
	if (!m) {
		/* TRANSLATORS: both %s are the name of the module file given, such
		   as my-module.yaml. 'steady check' is a command; keep it as it is. */
		fprintf(stderr, _("steady: %s could not be loaded; run 'steady check %s'.\n"), path,
		        path);
		return EXIT_INVALID;
	}
	return rc;
}
