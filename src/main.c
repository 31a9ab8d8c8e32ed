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
#include "util/gettext.h"
#include "util/harden.h"
#include "util/paths.h"
#include "util/settings.h"
#include "util/xalloc.h"

static void usage(FILE *out)
{
	fputs(_("Usage: steady [OPTION]... [COMMAND [ARG]...]\n"
	        "A private, offline self-help program for the terminal.\n"
	        "\n"
	        "Without a command, steady starts its screens, or plain mode where they\n"
	        "cannot show (a terminal of type dumb, or no terminal at all).\n"
	        "\n"
	        "Commands:\n"
	        "  helplines           print the helplines for your region as plain text\n"
	        "  check FILE|DIR...   check modules and report every problem\n"
	        "  list                list the modules steady would load\n"
	        "  strings FILE|DIR... print the content's text as a gettext template\n"
	        "  add FILE...         check modules (such as homework) and add them\n"
	        "  remove ID...        take away modules added with 'add'\n"
	        "  preview FILE        play a module on the screens without adding it\n"
	        "  diary SUBCOMMAND    the encrypted diary: init, add, list, show ID,\n"
	        "                      search, export, import FILE, passwd, wipe\n"
	        "\n"
	        "Options:\n"
	        "      --content-dir DIR  also load the modules in DIR\n"
	        "      --diary PATH       use the diary at PATH\n"
	        "      --passphrase-fd N  read the diary passphrase from file descriptor N\n"
	        "      --no-color         do not use colour\n"
	        "      --plain            plain mode: lines of text, one answer a line, for\n"
	        "                         screen readers and pipes\n"
	        "      --yes              with 'add': replace a module of steady's own; with\n"
	        "                         'diary export -o FILE': replace FILE\n"
	        "      --region CODE      with 'helplines': the region, such as GB, US or DE;\n"
	        "                         'list' names them all\n"
	        "      --kind KIND        with 'helplines': only prevention, crisis, family\n"
	        "                         or emergency services (repeat, or separate with\n"
	        "                         commas)\n"
	        "  -h, --help             show this help and exit\n"
	        "  -V, --version          show the version and exit\n"
	        "\n"
	        "steady sends nothing anywhere and stores nothing outside its encrypted diary.\n"),
	      out);
}

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

/* `steady preview FILE`: checked by the command line, played by a front end. */
static int cmd_preview(const struct steady_opts *o, int argc, char **argv)
{
	int rc = cli_preview_check(o, argc, argv);
	if (rc != EXIT_OK)
		return rc;
	return wants_plain(o, 0) ? plain_preview(o, argv[0]) : ui_preview(o, argv[0]);
}

struct command {
	const char *name;
	int (*run)(const struct steady_opts *o, int argc, char **argv);
};

static const struct command commands[] = {
        {"check", cmd_check},         {"list", cmd_list},       {"diary", cmd_diary},
        {"helplines", cmd_helplines}, {"strings", cmd_strings}, {"add", cmd_add},
        {"remove", cmd_remove},       {"preview", cmd_preview},
};

static void setup_locale(void)
{
	setlocale(LC_ALL, "");
	bindtextdomain(PACKAGE, paths_localedir());
	bind_textdomain_codeset(PACKAGE, "UTF-8");
	textdomain(PACKAGE);
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
		OPT_PLAIN
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
	        {NULL, 0, NULL, 0},
	};
	struct steady_opts o = {0};
	o.passphrase_fd = -1;
	o.content_dirs = xcalloc((size_t)argc, sizeof *o.content_dirs);
	o.kinds = xcalloc((size_t)argc, sizeof *o.kinds);
	if (getenv("NO_COLOR") && getenv("NO_COLOR")[0])
		o.no_color = 1;

	opterr = 0;
	int c, rc;
	while ((c = getopt_long(argc, argv, "hVo:", longopts, NULL)) != -1) {
		switch (c) {
		case 'h':
			usage(stdout);
			rc = EXIT_OK;
			goto done;
		case 'V':
#ifdef STEADY_TEST_BUILD
			/* Not translated: scripts read this line. */
			printf("steady %s (test build)\n", PACKAGE_VERSION);
#else
			printf("steady %s\n", PACKAGE_VERSION);
#endif
			rc = EXIT_OK;
			goto done;
		case OPT_CONTENT_DIR:
			o.content_dirs[o.n_content_dirs++] = optarg;
			break;
		case OPT_DIARY:
			o.diary = optarg;
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
			break;
		}
		case OPT_FORMAT:
			o.format = optarg;
			break;
		case 'o':
			o.output = optarg;
			break;
		case OPT_NO_COLOR:
			o.no_color = 1;
			break;
		case OPT_YES:
			o.yes = 1;
			break;
		case OPT_REGION:
			o.region = optarg;
			break;
		case OPT_KIND:
			o.kinds[o.n_kinds++] = optarg;
			break;
		case OPT_PLAIN:
			o.plain = 1;
			break;
		case ':':
		case '?':
		default: {
			const char *bad = argv[optind - 1];
			char *msg =
			        (optopt && optopt < 256)
			                ? xasprintf(_("unknown or incomplete option '-%c'"), optopt)
			                : xasprintf(_("unknown or incomplete option '%s'"), bad);
			rc = cli_usage_error(msg);
			free(msg);
			goto done;
		}
		}
	}

	const struct command *cmd = NULL;
	if (optind < argc)
		for (size_t i = 0; i < sizeof commands / sizeof commands[0]; i++)
			if (strcmp(commands[i].name, argv[optind]) == 0)
				cmd = &commands[i];
	if (optind < argc && !cmd) {
		char *msg = xasprintf(_("unknown command '%s'"), argv[optind]);
		rc = cli_usage_error(msg);
		free(msg);
	} else if ((o.region || o.n_kinds) && (!cmd || cmd->run != cmd_helplines)) {
		rc = cli_usage_error(_("--region and --kind go with 'helplines'"));
	} else if (!cmd) {
		rc = wants_plain(&o, 1) ? plain_run(&o) : ui_run(&o);
	} else {
		rc = cmd->run(&o, argc - optind - 1, argv + optind + 1);
	}
done:
	/* Every way out, a wrong option too, frees what main() made. */
	free(o.content_dirs);
	free(o.kinds);
	return rc;
}
