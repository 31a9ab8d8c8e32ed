/* SPDX-FileCopyrightText: 2026 The steady authors */
/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * main.c: steady's entry point. Hardens the process, sets up the locale and
 * the translations, reads the options and hands over to a subcommand, to
 * the screens or to the plain mode. Only main() decides to exit.
 */
#include "config.h"

#include <getopt.h>
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli/cli.h"
#include "plain/plain.h"
#include "ui/ui.h"
#include "util/charset.h"
#include "util/gettext.h"
#include "util/harden.h"
#include "util/paths.h"
#include "util/settings.h"
#include "util/xalloc.h"

/* 1 when TERM names no terminal that can show the screens. */
static int dumb_terminal(void)
{
	const char *term = getenv("TERM");
	return !term || !*term || strcmp(term, "dumb") == 0;
}

/* 1 when the settings ask for plain mode at every start. */
static int plain_setting(void)
{
	char *path = settings_path();
	struct settings set;
	settings_defaults(&set);
	char err[512];
	if (path)
		settings_load(&set, path, err, sizeof err); /* a problem is told by the session */
	free(path);
	return set.plain;
}

/*
 * The plain mode is chosen by --plain, by a terminal that cannot show the
 * screens, and by the setting; with no command, also when standard input
 * or output is no terminal at all, as a screen reader's or a pipe's.
 */
static int wants_plain(const struct steady_opts *o, int interactive)
{
	if (o->plain || dumb_terminal() || plain_setting())
		return 1;
	return interactive && (!isatty(STDIN_FILENO) || !isatty(STDOUT_FILENO));
}

/* `steady preview FILE`: checked by the command line, played by a front end
 * (the one command of the table whose run is NULL). */
static int cmd_preview(const struct steady_opts *o, int argc, char **argv)
{
	int rc = cli_preview_check(o, argc, argv);
	if (rc != EXIT_OK)
		return rc;
	return wants_plain(o, 0) ? plain_preview(o, argv[0]) : ui_preview(o, argv[0]);
}

static void setup_locale(void)
{
	setlocale(LC_ALL, "");
	bindtextdomain(PACKAGE, paths_localedir());
	bind_textdomain_codeset(PACKAGE, "UTF-8");
	textdomain(PACKAGE);
	charset_stdio(CHARSET_STDERR); /* messages, in the locale's character set */
}

/*
 * What steady prints for a person follows the locale's character set too;
 * data does not (a template, JSON), nor the screens, whose curses writes
 * that set itself.
 */
static void charset_stdout(const struct steady_opts *o, const struct cli_command *cmd)
{
	int screens = (!cmd || !cmd->run) && !wants_plain(o, !cmd);
	int data =
	        (cmd && cmd->run == cmd_strings) || (o->format && strcmp(o->format, "json") == 0);
	if (!screens && !data)
		charset_stdio(CHARSET_STDOUT);
}

int main(int argc, char **argv)
{
	harden_process();
	setup_locale();

	enum {
		OPT_CONTENT_DIR = 256,
		OPT_DIARY,
		OPT_PASSFD,
		OPT_FORMAT,
		OPT_NO_COLOR,
		OPT_YES,
		OPT_REGION,
		OPT_KIND,
		OPT_PLAIN,
		OPT_FROM,
		OPT_TO,
		OPT_SEAL
	};
	static const struct option longopts[] = {
	        {"help", no_argument, NULL, 'h'},
	        {"version", no_argument, NULL, 'V'},
	        {"content-dir", required_argument, NULL, OPT_CONTENT_DIR},
	        {"diary", required_argument, NULL, OPT_DIARY},
	        {"passphrase-fd", required_argument, NULL, OPT_PASSFD},
	        {"format", required_argument, NULL, OPT_FORMAT},
	        {"output", required_argument, NULL, 'o'},
	        {"no-color", no_argument, NULL, OPT_NO_COLOR},
	        {"yes", no_argument, NULL, OPT_YES},
	        {"region", required_argument, NULL, OPT_REGION},
	        {"kind", required_argument, NULL, OPT_KIND},
	        {"plain", no_argument, NULL, OPT_PLAIN},
	        {"from", required_argument, NULL, OPT_FROM},
	        {"to", required_argument, NULL, OPT_TO},
	        {"seal", no_argument, NULL, OPT_SEAL},
	        {NULL, 0, NULL, 0},
	};
	struct steady_opts o = {0};
	o.passphrase_fd = -1;
	o.content_dirs = xcalloc((size_t)argc, sizeof *o.content_dirs);
	o.kinds = xcalloc((size_t)argc, sizeof *o.kinds);
	if (getenv("NO_COLOR") && getenv("NO_COLOR")[0])
		o.no_color = 1;

	opterr = 0;
	int c, rc, help = 0;
	unsigned given = 0; /* the CLI_OPT_* bits seen, checked against the command */
	while ((c = getopt_long(argc, argv, "hVo:", longopts, NULL)) != -1) {
		switch (c) {
		case 'h':
			help = 1; /* whose help is known once the command is */
			break;
		case 'V':
			cli_version(stdout);
			rc = EXIT_OK;
			goto done;
		case OPT_CONTENT_DIR:
			o.content_dirs[o.n_content_dirs++] = optarg;
			given |= CLI_OPT_CONTENT_DIR;
			break;
		case OPT_DIARY:
			o.diary = optarg;
			given |= CLI_OPT_DIARY;
			break;
		case OPT_PASSFD: {
			char *end;
			long fd = strtol(optarg, &end, 10);
			if (*optarg == '\0' || *end != '\0' || fd < 0 || fd > 1024) {
				rc = cli_usage_error(
				        _("--passphrase-fd needs a file descriptor number"));
				goto done;
			}
			o.passphrase_fd = (int)fd;
			given |= CLI_OPT_PASSPHRASE_FD;
			break;
		}
		case OPT_FORMAT:
			o.format = optarg;
			given |= CLI_OPT_FORMAT;
			break;
		case 'o':
			o.output = optarg;
			given |= CLI_OPT_OUTPUT;
			break;
		case OPT_NO_COLOR:
			o.no_color = 1;
			given |= CLI_OPT_NO_COLOR;
			break;
		case OPT_YES:
			o.yes = 1;
			given |= CLI_OPT_YES;
			break;
		case OPT_REGION:
			o.region = optarg;
			given |= CLI_OPT_REGION;
			break;
		case OPT_KIND:
			o.kinds[o.n_kinds++] = optarg;
			given |= CLI_OPT_KIND;
			break;
		case OPT_PLAIN:
			o.plain = 1;
			given |= CLI_OPT_PLAIN;
			break;
		case OPT_FROM:
			o.from = optarg;
			given |= CLI_OPT_FROM;
			break;
		case OPT_TO:
			o.to = optarg;
			given |= CLI_OPT_TO;
			break;
		case OPT_SEAL:
			o.seal = 1;
			given |= CLI_OPT_SEAL;
			break;
		case ':':
		case '?':
		default: {
			const char *bad = argv[optind - 1];
			char *msg =
			        (optopt && optopt < 256)
			                /* TRANSLATORS: %c is the letter of the option typed, such
			                   as 'x' in "-x". */
			                ? xasprintf(_("unknown or incomplete option '-%c'"), optopt)
			                /* TRANSLATORS: %s is the option as typed, such as
			                   '--colour'. */
			                : xasprintf(_("unknown or incomplete option '%s'"), bad);
			rc = cli_usage_error(msg);
			free(msg);
			goto done;
		}
		}
	}

	/* `steady help COMMAND` is `steady COMMAND --help`. */
	int first = optind;
	if (first < argc && strcmp(argv[first], "help") == 0) {
		help = 1;
		first++;
	}
	const struct cli_command *cmd = cli_command_find(argc - first, argv + first);
	cli_usage_command(cmd);
	if (first < argc && !cmd) {
		/* TRANSLATORS: %s is the word typed as a command, such as 'lsit'. */
		char *msg = xasprintf(_("unknown command '%s'"), argv[first]);
		rc = cli_usage_error(msg);
		free(msg);
	} else if ((rc = cli_options_check(cmd, given)) == EXIT_OK) {
		charset_stdout(&o, cmd);
		if (help)
			cli_help(stdout, cmd);
		else if (!cmd)
			rc = wants_plain(&o, 1) ? plain_run(&o) : ui_run(&o);
		else
			rc = (cmd->run ? cmd->run : cmd_preview)(&o, argc - first - 1,
			                                         argv + first + 1);
	}
done:
	/* Every way out, a wrong option too, frees what main() made. */
	free(o.content_dirs);
	free(o.kinds);
	return rc;
}
