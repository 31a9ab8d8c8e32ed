/* SPDX-FileCopyrightText: 2026 The steady authors */
/* SPDX-License-Identifier: GPL-3.0-or-later */
/* cli_files.c: FILE|DIR arguments as a list of YAML files, shared by commands. */
#include "config.h"

#include <stdlib.h>
#include <sys/stat.h>

#include "cli/cli.h"
#include "content/library.h"
#include "util/gettext.h"
#include "util/xalloc.h"

char **cli_yaml_files(int argc, char **argv, size_t *count, struct diag *d)
{
	char **paths = NULL;
	size_t n = 0;
	for (int i = 0; i < argc; i++) {
		struct stat st;
		size_t k;
		char **files;
		if (stat(argv[i], &st) < 0 || !S_ISDIR(st.st_mode) ||
		    !(files = library_yaml_files(argv[i], &k))) {
			paths = xreallocarray(paths, n + 1, sizeof *paths);
			paths[n++] = xstrdup(argv[i]);
			continue;
		}
		if (k == 0)
			diag_add(d, DIAG_ERROR, argv[i], 0, 0, "%s",
			         _("this folder has no .yaml files to check"));
		paths = xreallocarray(paths, n + k + 1, sizeof *paths);
		for (size_t j = 0; j < k; j++)
			paths[n++] = files[j];
		free(files);
	}
	*count = n;
	return paths;
}

void cli_files_free(char **paths, size_t n)
{
	for (size_t i = 0; i < n; i++)
		free(paths[i]);
	free(paths);
}
