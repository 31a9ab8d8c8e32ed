/* cmd_check.c: `steady check` (placeholder until the loader lands). */
#include "config.h"

#include <stdio.h>

#include "cli/cli.h"

int cmd_check(const struct cli_opts *o, int argc, char **argv)
{
	(void)o;
	(void)argc;
	(void)argv;
	fputs("steady: 'check' is not built yet\n", stderr);
	return EXIT_INVALID;
}
