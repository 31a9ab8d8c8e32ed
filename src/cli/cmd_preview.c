/* SPDX-FileCopyrightText: 2026 The steady authors */
/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * cmd_preview.c: `steady preview FILE`, so a counsellor can play a module
 * as the client will see it before handing it over. The file is checked
 * exactly as `steady check` checks it and refused while it has errors (the
 * screens rely on a valid model); nothing is added and nothing is saved.
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <sys/stat.h>

#include "cli/cli.h"
#include "content/library.h"
#include "util/gettext.h"
#include "util/xalloc.h"

int cli_preview_check(const struct steady_opts *o, int argc, char **argv)
{
	if (argc != 1)
		return cli_usage_error(_("'preview' needs exactly one module FILE"));
	struct stat st;
	if ((stat(argv[0], &st) == 0 && S_ISDIR(st.st_mode)) || library_is_helplines(argv[0])) {
		/* TRANSLATORS: %s is the file or folder given; 'preview' is the
		   command's name. */
		char *msg = xasprintf(_("%s is not a module file; 'preview' plays one module"),
		                      argv[0]);
		int rc = cli_usage_error(msg);
		free(msg);
		return rc;
	}
	char **paths = xcalloc(1, sizeof *paths);
	paths[0] = xstrdup(argv[0]);
	struct diag d;
	struct cli_check c;
	diag_init(&d);
	size_t errors = cli_check_files(o, paths, 1, &d, &c);
	if (errors > 0) {
		cli_check_summary(&c);
		fputs(_("steady previews only a module without errors: fix the problems above "
		        "and run 'steady preview' again.\n"),
		      stderr);
	}
	cli_check_free(&c);
	diag_free(&d);
	return errors > 0 ? EXIT_INVALID : EXIT_OK;
}
