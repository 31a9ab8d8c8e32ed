/* SPDX-FileCopyrightText: 2026 The steady authors */
/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * cmd_strings.c: `steady strings FILE|DIR...` prints the content's
 * translatable text as a gettext template. It runs the real loader with a
 * collecting translator, so what is extracted is exactly what is shown.
 */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include "cli/cli.h"
#include "content/library.h"
#include "content/pot.h"
#include "util/gettext.h"

int cmd_strings(const struct steady_opts *o, int argc, char **argv)
{
	(void)o;
	if (argc < 1)
		return cli_usage_error(_("'strings' needs at least one FILE or DIR"));
	struct diag d;
	struct pot pot;
	size_t n;
	diag_init(&d);
	pot_init(&pot, NULL); /* a module's strings are all in its one domain */
	struct content_tr tr = pot_collector(&pot);
	char **files = cli_yaml_files(argc, argv, &n, &d);
	for (size_t i = 0; i < n; i++) {
		if (library_is_helplines(files[i]))
			helplines_free(helplines_load(files[i], &tr, &d));
		else
			module_free(module_load(files[i], ORIGIN_EXTRA, &tr, &d));
	}
	diag_print(&d, stderr);
	int rc = d.errors ? EXIT_INVALID : EXIT_OK;
	if (rc == EXIT_OK)
		pot_write(&pot, stdout);
	cli_files_free(files, n);
	pot_free(&pot);
	diag_free(&d);
	return rc;
}
