/* SPDX-FileCopyrightText: 2026 The steady authors */
/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * cmd_check.c: `steady check FILE|DIR...`, the module author's tool. Every
 * problem in every file is reported GNU style (so editors can jump to it),
 * then a summary; the checking itself is cli_check.c's, shared with
 * `steady add` and `steady preview`. Without a file it checks everything
 * steady would load, as the home screen's "(N problems)" counts them.
 */
#include "config.h"

#include "cli/cli.h"
#include "content/library.h"
#include "util/gettext.h"

/* `steady check` alone: the library as steady loads it, with every problem. */
static int check_installed(const struct steady_opts *o)
{
	struct diag d;
	struct library lib = {0};
	diag_init(&d);
	cli_library_load(o, &lib, &d);
	diag_print(&d, stderr);
	size_t errors = d.errors;
	if (errors == 0)
		/* TRANSLATORS: %zu is the number of modules checked. */
		printf(ngettext("%zu module checked (all steady would load), no problems\n",
		                "%zu modules checked (all steady would load), no problems\n",
		                lib.n),
		       lib.n);
	else
		printf(ngettext(
		               /* TRANSLATORS: %zu is the number of problems found. 'steady remove
		                  ID' is a command and stays as it is (ID may be translated: it
		                  stands for the module's id). */
		               "%zu problem in the modules steady loads: a module with an error is "
		               "left out. Fix the file named, or take a module you added away with "
		               "'steady remove ID'.\n",
		               "%zu problems in the modules steady loads: a module with an error "
		               "is "
		               "left out. Fix the files named, or take a module you added away "
		               "with "
		               "'steady remove ID'.\n",
		               errors),
		       errors);
	library_free(&lib);
	diag_free(&d);
	return errors ? EXIT_INVALID : EXIT_OK;
}

int cmd_check(const struct steady_opts *o, int argc, char **argv)
{
	if (argc < 1)
		return check_installed(o);
	struct diag d;
	diag_init(&d);
	size_t n;
	char **paths = cli_yaml_files(argc, argv, &n, &d);
	struct cli_check c;
	size_t errors = cli_check_files(o, paths, n, &d, &c);
	cli_check_summary(&c);
	cli_check_free(&c);
	diag_free(&d);
	return errors ? EXIT_INVALID : EXIT_OK;
}
