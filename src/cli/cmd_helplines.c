/* SPDX-FileCopyrightText: 2026 The steady authors */
/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * cmd_helplines.c: `steady helplines`, the helplines for a region as plain
 * text on stdout. It needs no terminal, no home folder and no input, so it
 * works in a pipe, from a script and with a screen reader, and a broken
 * module of one's own never keeps the numbers from showing.
 */
#include "config.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/ioctl.h>
#include <unistd.h>

#include "cli/cli.h"
#include "content/helplines_text.h"
#include "content/library.h"
#include "session/session.h"
#include "util/buf.h"
#include "util/gettext.h"
#include "util/xalloc.h"

/* "prevention, crisis, family, emergency", for a usage error. */
static char *kind_list(void)
{
	struct buf b;
	buf_init(&b);
	for (size_t k = 0; k < HELPLINE_KINDS; k++)
		buf_printf(&b, "%s%s", k ? ", " : "", helpline_kind_name(helpline_order[k]));
	return buf_take(&b);
}

/* The kinds of every --kind (each a name or a comma-separated list) in *mask;
 * all of them without one. 0, or a usage error's status. */
static int parse_kinds(const struct steady_opts *o, unsigned *mask)
{
	*mask = o->n_kinds ? 0 : HELPLINE_ALL;
	for (size_t i = 0; i < o->n_kinds; i++) {
		const char *p = o->kinds[i];
		for (;;) {
			size_t n = strcspn(p, ",");
			unsigned bit = 0;
			for (size_t k = 0; k < HELPLINE_KINDS; k++) {
				const char *name = helpline_kind_name(helpline_order[k]);
				if (strlen(name) == n && strncmp(name, p, n) == 0)
					bit = helpline_order[k];
			}
			if (!bit) {
				char *word = xstrndup(p, n), *kinds = kind_list();
				char *msg = xasprintf(
				        /* TRANSLATORS: the first %s is the word typed, the second
				           the list of kinds steady knows, which stay as they are
				           (they are typed after --kind), such as "crisis,
				           emergency, prevention, family". */
				        _("unknown kind of helpline '%s'; the kinds are: %s"), word,
				        kinds);
				int rc = cli_usage_error(msg);
				free(msg);
				free(kinds);
				free(word);
				return rc;
			}
			*mask |= bit;
			if (!p[n])
				break;
			p += n + 1;
		}
	}
	return 0;
}

/* "GB, IE, US, NL, DE, FR, BE, CA, AU, INT", for a usage error. */
static char *region_list(const struct helplines *h)
{
	struct buf b;
	buf_init(&b);
	for (size_t i = 0; i < h->n_regions; i++)
		buf_printf(&b, "%s%s", i ? ", " : "", h->regions[i].id ? h->regions[i].id : "?");
	return buf_take(&b);
}

/* The width to wrap to: the terminal's, else $COLUMNS, else 0 (no wrapping). */
static int out_width(void)
{
	struct winsize ws;
	if (isatty(STDOUT_FILENO) && ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) == 0 && ws.ws_col > 0)
		return ws.ws_col;
	const char *c = getenv("COLUMNS");
	if (c && *c) {
		char *end;
		long n = strtol(c, &end, 10);
		if (*end == '\0' && n > 0 && n <= 10000)
			return (int)n;
	}
	return 0;
}

static int run(const struct steady_opts *o, const struct session *s, unsigned kinds)
{
	const struct helplines *h = s->lib->helplines;
	struct buf b;
	buf_init(&b);
	int rc = EXIT_OK;
	const struct region *r = NULL;
	if (!h || h->n_regions == 0) {
		helplines_text(&b, NULL, NULL, kinds, out_width());
		rc = EXIT_INVALID;
	} else if (o->region && strcasecmp(o->region, "list") == 0) {
		helplines_text_regions(&b, h);
	} else if ((r = o->region ? helplines_find(h, o->region) : session_region(s))) {
		helplines_text(&b, h, r, kinds, out_width());
	} else {
		char *codes = region_list(h);
		char *msg = xasprintf(
		        /* TRANSLATORS: the first %s is the region code typed, the second the list
		           of known region codes, such as "DE, FR, GB". '--region list' is an option
		           and stays as it is. */
		        _("unknown region '%s'; the regions are: %s ('--region list' names them)"),
		        o->region, codes);
		rc = cli_usage_error(msg);
		free(msg);
		free(codes);
	}
	if (b.data)
		fputs(b.data, stdout);
	buf_free(&b);
	return rc;
}

int cmd_helplines(const struct steady_opts *o, int argc, char **argv)
{
	(void)argv;
	if (argc > 0)
		return cli_usage_error(_("'helplines' takes no arguments"));
	unsigned kinds;
	int rc = parse_kinds(o, &kinds);
	if (rc)
		return rc;
	/* The screens' session, as a preview opens it: the settings are read,
	 * never written, and no diary is offered. A broken module of one's own
	 * (or helplines.yaml, which leaves the bundled list) is only a notice. */
	struct session s;
	session_open(&s, o, 1);
	if (s.notice)
		fprintf(stderr, "steady: %s\n", s.notice);
	rc = run(o, &s, kinds);
	session_close(&s);
	if (fflush(stdout) != 0 || ferror(stdout)) {
		/* TRANSLATORS: %s is the system's reason, such as "No space left on device". */
		fprintf(stderr, _("steady: could not write the helplines: %s\n"), strerror(errno));
		return EXIT_INVALID;
	}
	return rc;
}
