/* SPDX-FileCopyrightText: 2026 The steady authors */
/* SPDX-License-Identifier: GPL-3.0-or-later */
/* cli_library.c: the library as the command line sees it, shared by its commands. */
#include "config.h"

#include "cli/cli.h"
#include "content/library_std.h"

int cli_library_load(const struct steady_opts *o, struct library *lib, struct diag *d)
{
	return library_load_std(lib, o->content_dirs, o->n_content_dirs, d);
}
