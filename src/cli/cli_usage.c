/*
 * cli_usage.c: the one way a subcommand says its arguments were wrong.
 */
#include "config.h"

#include <stdio.h>

#include "cli/cli.h"
#include "util/gettext.h"

int cli_usage_error(const char *msg)
{
	fprintf(stderr, "steady: %s\n", msg);
	fprintf(stderr, _("Try 'steady --help' for more information.\n"));
	return EXIT_USAGE;
}
