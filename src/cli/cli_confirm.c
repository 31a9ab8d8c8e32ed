/* SPDX-FileCopyrightText: 2026 The steady authors */
/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * cli_confirm.c: a typed confirmation on the terminal itself, never on
 * standard input, so that a pipe cannot say yes for the person.
 */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include "cli/cli.h"
#include "util/gettext.h"

int cli_confirm(const char *question, const char *word)
{
	FILE *tty = fopen("/dev/tty", "r+e");
	if (!tty) {
		fputs(_("steady: there is no terminal to confirm on; add --yes to go ahead without "
		        "asking.\n"),
		      stderr);
		return 0;
	}
	fprintf(tty, "%s ", question);
	fflush(tty);
	char line[64] = "";
	int ok = fgets(line, sizeof line, tty) && strncmp(line, word, strlen(word)) == 0 &&
	         strcmp(line + strlen(word), "\n") == 0;
	fclose(tty);
	return ok;
}
