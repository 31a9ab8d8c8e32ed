/*
 * cli.h: the non-interactive subcommands. Each lives in its own cmd_*.c and
 * shares every code path below the screens with the TUI, so tests of the
 * command line exercise the real logic.
 */
#ifndef STEADY_CLI_CLI_H
#define STEADY_CLI_CLI_H

#include <stddef.h>

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

/* Prints "steady: MESSAGE" to stderr and a hint to run --help; returns EXIT_USAGE. */
int cli_usage_error(const char *msg);

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
