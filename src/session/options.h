/* SPDX-FileCopyrightText: 2026 The steady authors */
/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * options.h: what the command line said, as every layer above the model
 * reads it (the screens, the plain mode and the subcommands alike). It is
 * filled in by main() and never changed after.
 */
#ifndef STEADY_SESSION_OPTIONS_H
#define STEADY_SESSION_OPTIONS_H

#include <stddef.h>

struct steady_opts {
	const char **content_dirs; /* --content-dir, in order */
	size_t n_content_dirs;
	const char *diary;  /* --diary PATH */
	int passphrase_fd;  /* --passphrase-fd N, or -1 */
	const char *format; /* --format markdown|json */
	const char *output; /* --output FILE */
	int yes;            /* --yes: skip typed confirmations (tests) */
	int no_color;       /* --no-color */
	int plain;          /* --plain: the line-oriented front end */
	const char *region; /* --region CODE, or "list" (`steady helplines`) */
	const char **kinds; /* each --kind, in order (`steady helplines`) */
	size_t n_kinds;
	const char *from, *to; /* --from DATE, --to DATE (`steady report`) */
	int seal;              /* --seal: seal the report for the counsellor */
};

#endif
