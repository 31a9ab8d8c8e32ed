/* cmd_list.c: `steady list` (placeholder until the loader lands). */
#include "config.h"

#include <stdio.h>

#include "cli/cli.h"

int cmd_list(const struct cli_opts *o, int argc, char **argv)
{
	(void)o;
	(void)argc;
	(void)argv;
	fputs("steady: 'list' is not built yet\n", stderr);
	return EXIT_INVALID;
}
