/* SPDX-FileCopyrightText: 2026 The steady authors */
/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * mkcache.c: steady-mkcache, run by the build (not installed):
 *   steady-mkcache OUT FILE...
 * parses each content file once and writes the trees to OUT, which steady
 * reads at start instead of parsing the bundled content (content/ycache.h).
 * Files with problems are reported and left out; they are parsed, and
 * reported again, at every start, as without a cache.
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>

#include "content/diag.h"
#include "content/ycache.h"

int main(int argc, char **argv)
{
	if (argc < 2) {
		fputs("usage: steady-mkcache OUT FILE...\n", stderr);
		return 2;
	}
	struct diag d;
	diag_init(&d);
	int rc = ycache_write(argv[1], (const char *const *)argv + 2, (size_t)argc - 2, &d);
	diag_print(&d, stderr);
	diag_free(&d);
	return rc < 0 ? 1 : 0;
}
