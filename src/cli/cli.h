/*
 * cli.h: the non-interactive subcommands. Each lives in its own cmd_*.c and
 * shares every code path below the screens with the TUI, so tests of the
 * command line exercise the real logic.
 */
#ifndef STEADY_CLI_CLI_H
#define STEADY_CLI_CLI_H

#include <stddef.h>

/* Exit statuses shared by every subcommand. */
#define EXIT_OK 0
#define EXIT_INVALID 1   /* a file had errors, an operation failed */
#define EXIT_USAGE 2     /* bad options or arguments */
#define EXIT_PASSPHRASE 3 /* wrong passphrase */
#define EXIT_LOCKED 4    /* the diary is open in another steady */

/* Options given before or after the subcommand. */
struct cli_opts {
	const char **content_dirs; /* --content-dir, in order */
	size_t n_content_dirs;
	const char *diary;         /* --diary PATH */
	int passphrase_fd;         /* --passphrase-fd N, or -1 */
	const char *format;        /* --format markdown|json */
	const char *output;        /* --output FILE */
	int yes;                   /* --yes: skip typed confirmations (tests) */
	int no_color;              /* --no-color */
};

/* `steady check FILE|DIR...` */
int cmd_check(const struct cli_opts *o, int argc, char **argv);

/* `steady list` */
int cmd_list(const struct cli_opts *o, int argc, char **argv);

/* `steady diary init|add|list|show ID|search TEXT|export|passwd|wipe` */
int cmd_diary(const struct cli_opts *o, int argc, char **argv);

struct library;
struct diag;

/*
 * Loads the library steady would show: bundled content, the user's modules
 * folder and each --content-dir. As library_load(): 0, or -1 after errors in d.
 */
int cli_library_load(const struct cli_opts *o, struct library *lib, struct diag *d);

/* `steady strings FILE|DIR...`: the content's text as a .pot on stdout. */
int cmd_strings(const struct cli_opts *o, int argc, char **argv);

/*
 * The YAML files named by FILE|DIR arguments (a folder stands for the *.yaml
 * files in it), as new strings; *count is set. Problems go to d.
 */
char **cli_yaml_files(int argc, char **argv, size_t *count, struct diag *d);

/* Frees what cli_yaml_files() returned. */
void cli_files_free(char **paths, size_t n);

/* Prints "steady: MESSAGE" to stderr and a hint to run --help; returns EXIT_USAGE. */
int cli_usage_error(const char *msg);

#endif
