/* SPDX-FileCopyrightText: 2026 The steady authors */
/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * cli.h: the non-interactive subcommands. Each lives in its own cmd_*.c and
 * shares every code path below the screens with the TUI, so tests of the
 * command line exercise the real logic.
 */
#ifndef STEADY_CLI_CLI_H
#define STEADY_CLI_CLI_H

#include <stddef.h>
#include <stdio.h>

#include "session/options.h"
#include "util/exit_status.h"

/* Options given before or after the subcommand: session/options.h. */

/* `steady check FILE|DIR...` */
int cmd_check(const struct steady_opts *o, int argc, char **argv);

/* `steady list` */
int cmd_list(const struct steady_opts *o, int argc, char **argv);

/* `steady helplines [--region CODE|list] [--kind KIND]...` */
int cmd_helplines(const struct steady_opts *o, int argc, char **argv);

/* `steady diary init|add|list|show ID|search|export|passwd|wipe` */
int cmd_diary(const struct steady_opts *o, int argc, char **argv);

struct library;
struct diag;

/*
 * Loads the library steady would show: bundled content, the user's modules
 * folder and each --content-dir. As library_load(): 0, or -1 after errors in d.
 */
int cli_library_load(const struct steady_opts *o, struct library *lib, struct diag *d);

/* `steady strings FILE|DIR...`: the content's text as a .pot on stdout. */
int cmd_strings(const struct steady_opts *o, int argc, char **argv);

/*
 * The YAML files named by FILE|DIR arguments (a folder stands for the *.yaml
 * files in it), as new strings; *count is set. Problems go to d.
 */
char **cli_yaml_files(int argc, char **argv, size_t *count, struct diag *d);

/* Frees what cli_yaml_files() returned. */
void cli_files_free(char **paths, size_t n);

/* Prints "steady: MESSAGE" (unless NULL) to stderr and a hint to run the
 * command's --help (the one cli_usage_command() named); returns EXIT_USAGE. */
int cli_usage_error(const char *msg);

/* The options a command may take, as bits of cli_command.options. */
enum {
	CLI_OPT_CONTENT_DIR = 1 << 0,
	CLI_OPT_DIARY = 1 << 1,
	CLI_OPT_PASSPHRASE_FD = 1 << 2,
	CLI_OPT_FORMAT = 1 << 3,
	CLI_OPT_OUTPUT = 1 << 4,
	CLI_OPT_NO_COLOR = 1 << 5,
	CLI_OPT_YES = 1 << 6,
	CLI_OPT_REGION = 1 << 7,
	CLI_OPT_KIND = 1 << 8,
	CLI_OPT_PLAIN = 1 << 9,
	CLI_OPT_FROM = 1 << 10,
	CLI_OPT_TO = 1 << 11,
	CLI_OPT_SEAL = 1 << 12,
};

/* One command of the table (cli_commands.c), as tmux's cmd_entry. */
struct cli_command {
	const char *name;         /* "list", or "diary list" for a diary command */
	const char *args;         /* what follows the name in its usage line (N_) */
	const char *summary;      /* one line for the list of commands (N_) */
	const char *about;        /* what it does, a paragraph (N_) */
	const char *options_help; /* lines for its own options, or NULL (N_) */
	unsigned options;         /* the CLI_OPT_* bits it takes */
	/* Runs it with the arguments after its first word; NULL for the one
	 * command a front end plays ('preview'), which main() hands over. */
	int (*run)(const struct steady_opts *o, int argc, char **argv);
};

/* The options without a command: the screens and the plain mode. */
#define CLI_SCREENS_OPTIONS                                                                        \
	(CLI_OPT_CONTENT_DIR | CLI_OPT_DIARY | CLI_OPT_PASSPHRASE_FD | CLI_OPT_NO_COLOR |          \
	 CLI_OPT_PLAIN)

/*
 * The command that argv (the words after the options) names: a diary
 * command by its two words, else by its first. NULL when the first word is
 * no command.
 */
const struct cli_command *cli_command_find(int argc, char **argv);

/* Names the command whose --help cli_usage_error() points to (NULL: none). */
void cli_usage_command(const struct cli_command *cmd);

/*
 * EXIT_OK when cmd (NULL: the screens) takes every option in given, the
 * CLI_OPT_* bits seen; else says which it does not take, and what does.
 */
int cli_options_check(const struct cli_command *cmd, unsigned given);

/* Prints the help of cmd, or with NULL steady's own, to out. */
void cli_help(FILE *out, const struct cli_command *cmd);

/* Prints the version, the copyright and the licences to out (--version). */
void cli_version(FILE *out);

/* `steady add FILE...`: checks modules and adds them to the user's folder. */
int cmd_add(const struct steady_opts *o, int argc, char **argv);

/* `steady remove ID...`: takes modules added with `steady add` away again. */
int cmd_remove(const struct steady_opts *o, int argc, char **argv);

/*
 * `steady preview FILE`, its first half: the arguments and the file are
 * checked as `steady check` checks them. EXIT_OK when argv[0] may be played
 * (main() then hands it to a front end), else the exit status.
 */
int cli_preview_check(const struct steady_opts *o, int argc, char **argv);

/* `steady report [ID]...`: homework answers for a counsellor (cmd_report.c). */
int cmd_report(const struct steady_opts *o, int argc, char **argv);

/* `steady counsellor keygen [DIR]|open FILE [KEY]` (cmd_counsellor.c). */
int cmd_counsellor(const struct steady_opts *o, int argc, char **argv);

/* `steady new TYPE FILE`: a commented starting module (cmd_new.c). */
int cmd_new(const struct steady_opts *o, int argc, char **argv);

struct diary;

/*
 * Opens the diary for reading as `steady diary export` does (it must
 * exist; the passphrase is asked for). EXIT_OK with *d open, or the exit
 * status after saying why.
 */
int cli_diary_open_read(const struct steady_opts *o, struct diary **d);

/* Asks on the terminal for the word typed (such as "yes"); 1 when typed, 0 otherwise
 * (also when there is no terminal, said with the hint to add --yes). */
int cli_confirm(const char *question, const char *word);

struct module;

/* Files checked as `steady check` checks them (cli_check.c). */
struct cli_check {
	char **paths; /* the files, taken over from the caller */
	size_t n;
	struct module **mods; /* per file: its module (owned by lib), or NULL */
	size_t *errors;       /* per file: the errors found in it */
	size_t total;         /* every error, in a file or not */
	struct library *lib;  /* the library with the checked modules in it */
};

/*
 * Checks the files (paths and n are taken over) as `steady check` does:
 * each is loaded, then its links are resolved against the library with the
 * checked files in it. Every problem, with those already in d, goes to
 * stderr, sorted by file and position. Returns the number of errors.
 */
size_t cli_check_files(const struct steady_opts *o, char **paths, size_t n, struct diag *d,
                       struct cli_check *c);

/* Prints `steady check`'s summary on stdout: each file with errors, then a count. */
void cli_check_summary(const struct cli_check *c);

/* Frees what cli_check_files() made, the paths included. */
void cli_check_free(struct cli_check *c);

#endif
