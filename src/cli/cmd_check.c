/*
 * cmd_check.c: `steady check FILE|DIR...`, the module author's tool. Every
 * problem in every file is reported GNU style (so editors can jump to it),
 * then a summary; the checking itself is cli_check.c's, shared with
 * `steady add` and `steady preview`.
 */
#include "config.h"

#include "cli/cli.h"
#include "content/library.h"
#include "util/gettext.h"

int cmd_check(const struct steady_opts *o, int argc, char **argv)
{
	if (argc < 1)
		return cli_usage_error(_("'check' needs at least one FILE or DIR to check"));
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
