/* SPDX-FileCopyrightText: 2026 The steady authors */
/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * cmd_new.c: `steady new TYPE FILE`, a counsellor's starting point: a copy
 * of a commented template (content/templates/TYPE.yaml) that `steady
 * check` passes as written. The file is made new; steady never writes
 * over one.
 */
#include "config.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli/cli.h"
#include "content/module_load.h"
#include "util/buf.h"
#include "util/gettext.h"
#include "util/outfile.h"
#include "util/paths.h"
#include "util/xalloc.h"

static const char *const types[] = {"journal", "worksheet", "questionnaire", "reading", NULL};

int cmd_new(const struct steady_opts *o, int argc, char **argv)
{
	(void)o;
	if (argc != 2)
		return cli_usage_error(_("'new' needs a TYPE (journal, worksheet, questionnaire or "
		                         "reading) and the FILE to write"));
	size_t t = 0;
	while (types[t] && strcmp(types[t], argv[0]) != 0)
		t++;
	if (!types[t]) {
		/* TRANSLATORS: %s is the template name typed. journal, worksheet, questionnaire and
		 * reading are the names to type and stay as they are. */
		char *msg = xasprintf(_("there is no template '%s'; choose journal, worksheet, "
		                        "questionnaire or reading"),
		                      argv[0]);
		int rc = cli_usage_error(msg);
		free(msg);
		return rc;
	}
	char *src = xasprintf("%s/templates/%s.yaml", paths_bundled_content(), types[t]);
	struct buf b;
	buf_init(&b);
	int rc = EXIT_INVALID;
	struct outfile f;
	if (buf_read_file(&b, src, CONTENT_MAX_FILE_BYTES) < 0) {
		/* TRANSLATORS: the first %s is the template's file name, the second the system's
		 * reason, such as "No such file or directory". */
		fprintf(stderr, _("steady: cannot read the template %s: %s\n"), src,
		        strerror(errno));
	} else if (outfile_open(&f, argv[1], 0) == 0) {
		int ok = fwrite(b.data, 1, b.len, f.fp) == b.len;
		if (outfile_close(&f, ok) == 0 && ok) {
			/* TRANSLATORS: every %s is the name of the new module file, such as
			 * "mymodule.yaml". "steady check" and "steady preview" are commands and
			 * stay as they are, with their indentation. */
			printf(_("Wrote %s to start from. Change it, then run:\n"
			         "  steady check %s\n  steady preview %s\n"),
			       argv[1], argv[1], argv[1]);
			rc = EXIT_OK;
		}
	}
	buf_free(&b);
	free(src);
	return rc;
}
