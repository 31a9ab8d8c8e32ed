/* SPDX-FileCopyrightText: 2026 The steady authors */
/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * cli_commands.c: the table of steady's commands, each with its own usage,
 * what it does and the options it takes (as tmux's cmd_entry), and what is
 * made from it: `steady COMMAND --help`, `steady help COMMAND`, the error
 * for an option a command does not take, and --version.
 */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include "cli/cli.h"
#include "util/gettext.h"
#include "util/utf8.h"

#define DIARY_OPTIONS (CLI_OPT_DIARY | CLI_OPT_PASSPHRASE_FD)

static const char format_text_json[] =
        N_("      --format FORMAT    text (the default: a table on a terminal, else\n"
           "                         tab-separated fields, one line each) or json\n");

static const struct cli_command commands[] = {
        {"helplines", NULL, N_("print the helplines for your region as plain text"),
         N_("Prints the helplines for your region as plain text, with no terminal needed.\n"
            "The region follows your settings, then your locale's country."),
         N_("      --region CODE      the region, such as GB, US or DE; 'list' names them\n"
            "                         all\n"
            "      --kind KIND        only prevention, crisis, family or emergency services\n"
            "                         (repeat, or separate with commas)\n"),
         CLI_OPT_REGION | CLI_OPT_KIND | CLI_OPT_CONTENT_DIR, cmd_helplines},
        {"check", N_("[FILE|DIR]..."), N_("check modules and report every problem"),
         N_("Checks modules (a folder stands for the .yaml files in it) and reports every\n"
            "problem with its line and column; without a FILE, every module steady\n"
            "loads. Links are resolved against steady's own modules and the files\n"
            "checked together, never against modules you added."),
         N_("      --yes              allow an id of one of steady's own modules\n"),
         CLI_OPT_CONTENT_DIR | CLI_OPT_YES, cmd_check},
        {"list", NULL, N_("list the modules steady would load"),
         N_("Lists the modules steady would load, with the file each comes from, so you\n"
            "can see which copy of a module wins."),
         format_text_json, CLI_OPT_CONTENT_DIR | CLI_OPT_FORMAT, cmd_list},
        {"strings", N_("FILE|DIR..."), N_("print the content's text as a gettext template"),
         N_("Prints the translatable text of modules and helplines as a gettext template\n"
            "(.pot) on standard output, for translators."),
         NULL, 0, cmd_strings},
        {"add", N_("FILE..."), N_("check modules (such as homework) and add them"),
         N_("Checks modules, such as homework from a counsellor, and adds those without\n"
            "errors to your own modules folder, with their translations."),
         N_("      --yes              replace a module of steady's own with the same id\n"),
         CLI_OPT_CONTENT_DIR | CLI_OPT_YES, cmd_add},
        {"remove", N_("ID..."), N_("take away modules added with 'add'"),
         N_("Takes away modules added with 'steady add'. Your diary keeps anything you\n"
            "wrote for them. A module that links to one removed is named, and you are\n"
            "asked first."),
         N_("      --yes              do not ask\n"), CLI_OPT_YES, cmd_remove},
        {"new", N_("TYPE FILE"), N_("start a module: journal, worksheet, questionnaire or reading"),
         N_("Writes a new module FILE to start from, with comments that explain each\n"
            "part: a journal, a worksheet, a scored questionnaire or a reading with\n"
            "links. It passes 'steady check' as it is."),
         NULL, 0, cmd_new},
        {"report", N_("[ID]..."), N_("homework answers to share with your counsellor"),
         N_("Shows the answers to homework (the modules ID, or all) with their questions\n"
            "and the labels you chose, then writes them to a file after you type yes:\n"
            "sealed so that only your counsellor can read it, or as plain text, which\n"
            "is not encrypted."),
         N_("      --from DATE, --to DATE  only these days (YYYY-MM-DD)\n"
            "      --seal             seal it for the counsellor who set the homework\n"
            "      --format FORMAT    markdown (the default) or json\n"
            "  -o, --output FILE      write to FILE, new, readable by you only\n"
            "      --yes              do not ask; with -o, replace FILE\n"),
         DIARY_OPTIONS | CLI_OPT_CONTENT_DIR | CLI_OPT_FROM | CLI_OPT_TO | CLI_OPT_SEAL |
                 CLI_OPT_FORMAT | CLI_OPT_OUTPUT | CLI_OPT_YES,
         cmd_report},
        {"counsellor", N_("COMMAND"),
         N_("a counsellor's key pair, and opening a sealed report: 'steady help counsellor'"),
         N_("For counsellors: make the key pair that homework reports are sealed for, and\n"
            "open a report sealed with it."),
         NULL, CLI_OPT_OUTPUT | CLI_OPT_YES | CLI_OPT_PASSPHRASE_FD, cmd_counsellor},
        {"counsellor keygen", N_("[DIR]"), N_("make a key pair: counsellor.key and counsellor.pub"),
         N_("Makes a key pair in DIR (or steady's own folder): counsellor.key, the secret\n"
            "key under a passphrase you choose, and counsellor.pub, the text to put in\n"
            "your homework modules as counsellor_key. It never writes over a key."),
         NULL, CLI_OPT_PASSPHRASE_FD, cmd_counsellor},
        {"counsellor open", N_("FILE [KEY]"), N_("open a report sealed for you"),
         N_("Opens a report sealed for your key (counsellor.key, or KEY) and shows it, or\n"
            "writes it to a file."),
         N_("  -o, --output FILE      write to FILE, new, readable by you only\n"
            "      --yes              with -o, replace FILE\n"),
         CLI_OPT_OUTPUT | CLI_OPT_YES | CLI_OPT_PASSPHRASE_FD, cmd_counsellor},
        {"preview", N_("FILE"), N_("play a module on the screens without adding it"),
         N_("Plays one module as your client will see it, after checking it as 'check'\n"
            "does. Nothing is added and nothing is saved."),
         NULL, CLI_OPT_CONTENT_DIR | CLI_OPT_NO_COLOR | CLI_OPT_PLAIN, NULL},
        {"diary", N_("COMMAND"), N_("the encrypted diary: 'steady help diary' lists its commands"),
         N_("The encrypted diary. Each command asks for the passphrase (or reads it from\n"
            "--passphrase-fd)."),
         NULL, DIARY_OPTIONS | CLI_OPT_FORMAT | CLI_OPT_OUTPUT | CLI_OPT_YES, cmd_diary},
        {"diary init", NULL, N_("make a new diary, protected by a passphrase"),
         N_("Makes a new diary, after saying what its encryption can and cannot do. The\n"
            "passphrase is asked for twice; a forgotten one cannot be recovered."),
         NULL, DIARY_OPTIONS, cmd_diary},
        {"diary add", NULL, N_("add a journal entry from standard input"),
         N_("Adds the text on standard input as a journal entry. A first line '# Title'\n"
            "is its title."),
         NULL, DIARY_OPTIONS, cmd_diary},
        {"diary list", NULL, N_("list the entries: number, time, kind and title"),
         N_("Lists the diary's entries, one a line: number, time, kind and what it is\n"
            "about."),
         format_text_json, DIARY_OPTIONS | CLI_OPT_FORMAT, cmd_diary},
        {"diary show", N_("ID"), N_("show one entry"),
         N_("Shows the entry with the number ID, as 'diary list' numbers them."), NULL,
         DIARY_OPTIONS, cmd_diary},
        {"diary search", NULL, N_("list the entries that hold some words"),
         N_("Lists the entries that hold the words you type when asked (or give on\n"
            "standard input), as 'diary list' does."),
         format_text_json, DIARY_OPTIONS | CLI_OPT_FORMAT, cmd_diary},
        {"diary export", NULL, N_("write out every entry, as Markdown or JSON"),
         N_("Writes out every entry, decrypted: to standard output, or to a file."),
         N_("      --format FORMAT    markdown (the default) or json\n"
            "  -o, --output FILE      write to FILE, readable by you only\n"
            "      --yes              replace FILE if it is there\n"),
         DIARY_OPTIONS | CLI_OPT_FORMAT | CLI_OPT_OUTPUT | CLI_OPT_YES, cmd_diary},
        {"diary import", N_("FILE"), N_("bring in entries from what 'diary export' wrote"),
         N_("Brings in the entries of FILE, as 'diary export' writes it (JSON or\n"
            "Markdown), with new numbers; a file with any fault is refused whole."),
         N_("      --format FORMAT    json or markdown (without it: JSON when the file\n"
            "                         starts with '{')\n"),
         DIARY_OPTIONS | CLI_OPT_FORMAT, cmd_diary},
        {"diary passwd", NULL, N_("change the passphrase"),
         N_("Changes the diary's passphrase: the old one first, then the new one twice."), NULL,
         DIARY_OPTIONS, cmd_diary},
        {"diary wipe", NULL, N_("delete the diary and its backup for good"),
         N_("Deletes the diary and its backup for good, after you type WIPE."),
         N_("      --yes              do not ask: delete at once\n"), CLI_OPT_DIARY | CLI_OPT_YES,
         cmd_diary},
};

#define N_COMMANDS (sizeof commands / sizeof commands[0])

/* The options whose meaning is the same wherever they are taken. */
static const struct {
	unsigned bit;
	const char *name;
	const char *help; /* N_(), or NULL where each command says it */
} options[] = {
        {CLI_OPT_CONTENT_DIR, "--content-dir",
         N_("      --content-dir DIR  also load the modules in DIR\n")},
        {CLI_OPT_DIARY, "--diary", N_("      --diary PATH       use the diary at PATH\n")},
        {CLI_OPT_PASSPHRASE_FD, "--passphrase-fd",
         N_("      --passphrase-fd N  read the diary passphrase from file descriptor N\n")},
        {CLI_OPT_NO_COLOR, "--no-color", N_("      --no-color         do not use colour\n")},
        {CLI_OPT_PLAIN, "--plain",
         N_("      --plain            plain mode: lines of text, one answer a line, for\n"
            "                         screen readers and pipes\n")},
        {CLI_OPT_FORMAT, "--format", NULL},
        {CLI_OPT_OUTPUT, "--output", NULL},
        {CLI_OPT_YES, "--yes", NULL},
        {CLI_OPT_REGION, "--region", NULL},
        {CLI_OPT_KIND, "--kind", NULL},
        {CLI_OPT_FROM, "--from", NULL},
        {CLI_OPT_TO, "--to", NULL},
        {CLI_OPT_SEAL, "--seal", NULL},
};

static const struct cli_command *current;

/* 1 when cmd is a group of commands ("diary", "counsellor"): a word that
 * the names of others start with. */
static int is_group(const struct cli_command *cmd)
{
	size_t n = strlen(cmd->name);
	for (size_t i = 0; i < N_COMMANDS; i++)
		if (strncmp(commands[i].name, cmd->name, n) == 0 && commands[i].name[n] == ' ')
			return 1;
	return 0;
}

const struct cli_command *cli_command_find(int argc, char **argv)
{
	const struct cli_command *one = NULL;
	for (size_t i = 0; argc > 0 && i < N_COMMANDS; i++) {
		const char *name = commands[i].name, *sp = strchr(name, ' ');
		if (!sp && strcmp(name, argv[0]) == 0) {
			one = &commands[i];
		} else if (sp && argc > 1 && strncmp(name, argv[0], (size_t)(sp - name)) == 0 &&
		           argv[0][sp - name] == '\0' && strcmp(sp + 1, argv[1]) == 0) {
			return &commands[i];
		}
	}
	return one;
}

void cli_usage_command(const struct cli_command *cmd)
{
	current = cmd;
}

int cli_usage_error(const char *msg)
{
	if (msg)
		fprintf(stderr, "steady: %s\n", msg);
	if (current)
		/* TRANSLATORS: %s is a command name such as 'diary' or 'add', which stays as it is;
		 * so do 'steady' and --help. */
		fprintf(stderr, _("Try 'steady %s --help' for more information.\n"), current->name);
	else
		fputs(_("Try 'steady --help' for more information.\n"), stderr);
	return EXIT_USAGE;
}

int cli_options_check(const struct cli_command *cmd, unsigned given)
{
	unsigned takes = cmd ? cmd->options : CLI_SCREENS_OPTIONS;
	for (size_t i = 0; i < sizeof options / sizeof options[0]; i++) {
		if (!(given & options[i].bit) || (takes & options[i].bit))
			continue;
		/* Which commands take it, for a person who put it in the wrong place. */
		char with[512] = "";
		size_t len = 0;
		for (size_t c = 0; c < N_COMMANDS && len < sizeof with; c++)
			if ((commands[c].options & options[i].bit) && !is_group(&commands[c]))
				len += (size_t)snprintf(with + len, sizeof with - len, "%s'%s'",
				                        len ? ", " : "", commands[c].name);
		if (cmd)
			/* TRANSLATORS: the first %s is a command name (such as 'list'), the second
			 * an option name (such as --yes), the third a list of the commands that
			 * take that option, such as "'add', 'remove'". Command and option names
			 * stay as they are. */
			fprintf(stderr, _("steady: '%s' does not take %s; it goes with: %s\n"),
			        cmd->name, options[i].name, with);
		else
			/* TRANSLATORS: the first %s is an option name (such as --yes), the second a
			 * list of the commands that take it, such as "'add', 'remove'". They stay
			 * as they are. */
			fprintf(stderr, _("steady: %s goes with a command: %s\n"), options[i].name,
			        with);
		return cli_usage_error(NULL);
	}
	return EXIT_OK;
}

/* Prints "  LEFT" padded to column 22, then right: left may be translated. */
static void item(FILE *out, const char *name, const char *args, const char *right)
{
	fprintf(out, "  %s%s%s", name, args ? " " : "", args ? args : "");
	size_t cols = 2 + utf8_chars(name, strlen(name)) +
	              (args ? 1 + utf8_chars(args, strlen(args)) : 0);
	if (cols >= 22) {
		fputc('\n', out);
		cols = 0;
	}
	fprintf(out, "%*s%s\n", (int)(22 - cols), "", right);
}

/* A command's arguments, translated, or NULL. */
static const char *arg(const struct cli_command *cmd)
{
	return cmd->args ? _(cmd->args) : NULL;
}

static void footer(FILE *out)
{
	fputc('\n', out);
	/* TRANSLATORS: %s is the address (a web page or e-mail address) where bugs are reported. */
	fprintf(out, _("Report bugs to: %s\n"), PACKAGE_BUGREPORT);
}

static void options_help(FILE *out, unsigned takes, const char *own)
{
	fputs(_("\nOptions:\n"), out);
	for (size_t i = 0; i < sizeof options / sizeof options[0]; i++)
		if ((takes & options[i].bit) && options[i].help)
			fputs(_(options[i].help), out);
	if (own)
		fputs(_(own), out);
	fputs(_("  -h, --help             show this help and exit\n"), out);
}

void cli_help(FILE *out, const struct cli_command *cmd)
{
	if (!cmd) {
		fputs(_("Usage: steady [OPTION]... [COMMAND [ARG]...]\n"
		        "A private, offline self-help program for the terminal.\n"
		        "\n"
		        "Without a command, steady starts its screens, or plain mode where they\n"
		        "cannot show (a terminal of type dumb, or no terminal at all).\n"
		        "\n"
		        "Commands:\n"),
		      out);
		for (size_t i = 0; i < N_COMMANDS; i++)
			if (!strchr(commands[i].name, ' '))
				item(out, commands[i].name, arg(&commands[i]),
				     _(commands[i].summary));
		item(out, "help", _("[COMMAND]"), _("show the help of a command"));
		options_help(out, CLI_SCREENS_OPTIONS, NULL);
		fputs(_("  -V, --version          show the version and exit\n"
		        "\n"
		        "'steady COMMAND --help' (or 'steady help COMMAND') shows what a command\n"
		        "does and the options it takes.\n"
		        "\n"
		        "steady sends nothing anywhere and stores nothing outside its encrypted "
		        "diary.\n"),
		      out);
		footer(out);
		return;
	}
	if (cmd->args)
		/* TRANSLATORS: the first %s is a command name (such as 'add'), which stays as it
		 * is; the second what it takes after the options, such as FILE (translated
		 * elsewhere). Keep "steady"; OPTION may be translated, as in other command-line
		 * programs' usage lines. */
		fprintf(out, _("Usage: steady %s [OPTION]... %s\n"), cmd->name, _(cmd->args));
	else
		/* TRANSLATORS: %s is a command name (such as 'list'), which stays as it is. Keep
		 * "steady"; OPTION may be translated, as in other command-line programs' usage
		 * lines. */
		fprintf(out, _("Usage: steady %s [OPTION]...\n"), cmd->name);
	fprintf(out, "%s\n", _(cmd->about));
	if (is_group(cmd)) {
		size_t n = strlen(cmd->name);
		fputs(_("\nCommands:\n"), out);
		for (size_t i = 0; i < N_COMMANDS; i++)
			if (strncmp(commands[i].name, cmd->name, n) == 0 &&
			    commands[i].name[n] == ' ')
				item(out, commands[i].name + n + 1, arg(&commands[i]),
				     _(commands[i].summary));
		/* TRANSLATORS: %s is a command that has commands of its own, such as
		   "diary" or "counsellor"; keep COMMAND and --help. */
		fprintf(out, _("\n'steady %s COMMAND --help' shows the options of each.\n"),
		        cmd->name);
	} else {
		options_help(out, cmd->options, cmd->options_help);
	}
	footer(out);
}

void cli_version(FILE *out)
{
#ifdef STEADY_TEST_BUILD
	/* Not translated: scripts read this line. */
	fprintf(out, "steady %s (test build)\n", PACKAGE_VERSION);
#else
	fprintf(out, "steady %s\n", PACKAGE_VERSION);
#endif
	/* The copyright and licence lines that GNU's coding standards ask for. */
	fputs("Copyright (C) 2026 The steady authors\n", out);
	fputs(_("License GPLv3+: GNU GPL version 3 or later <https://gnu.org/licenses/gpl.html>.\n"
	        "The bundled modules, helplines and documents: CC BY-SA 4.0\n"
	        "<https://creativecommons.org/licenses/by-sa/4.0/>.\n"
	        "This is free software: you are free to change and redistribute it.\n"
	        "There is NO WARRANTY, to the extent permitted by law.\n"),
	      out);
}
