/* SPDX-FileCopyrightText: 2026 The steady authors */
/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * cmd_list.c: `steady list`, the modules steady would offer, with the file
 * each comes from, so an author can see which copy of a module wins: a
 * table on a terminal, whole tab-separated fields in a pipe, or JSON.
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli/cli.h"
#include "content/library.h"
#include "util/charset.h"
#include "util/gettext.h"
#include "util/json.h"
#include "util/wrap.h"

#define TITLE_COLS 40 /* longer titles are cut so the table stays readable */

/* Display columns of the UTF-8 text s, by the screens' rules (util/wrap.h). */
static size_t width(const char *s)
{
	return (size_t)wrap_width(s, strlen(s));
}

/* Prints s in exactly cols columns (cut with an ellipsis, or padded), then two
 * spaces. Where the locale's set has no ellipsis it is "...", three columns. */
static void cell(const char *s, size_t cols)
{
	size_t len = strlen(s), w = width(s);
	if (w > cols) {
		const char *more = charset_utf8() ? "\xe2\x80\xa6" : "...";
		size_t mw = charset_utf8() ? 1 : 3;
		size_t cut = wrap_offset_at(s, len, cols > mw ? (int)(cols - mw) : 0);
		fwrite(s, 1, cut, stdout);
		fputs(more, stdout);
		w = (size_t)wrap_width(s, cut) + mw;
	} else {
		fwrite(s, 1, len, stdout);
	}
	for (; w < cols; w++)
		putchar(' ');
	fputs("  ", stdout);
}

static size_t column(const struct library *lib, const char *head, int title)
{
	size_t w = width(head);
	for (size_t i = 0; i < lib->n; i++) {
		size_t c = width(title ? lib->mods[i]->title : lib->mods[i]->id);
		w = c > w ? c : w;
	}
	return title && w > TITLE_COLS ? TITLE_COLS : w;
}

static void table(const struct library *lib)
{
	const char *h_id = _("ID"), *h_title = _("TITLE"), *h_min = _("MINUTES"),
	           *h_file = _("FILE");
	size_t w_id = column(lib, h_id, 0), w_title = column(lib, h_title, 1);
	size_t w_min = width(h_min);
	cell(h_id, w_id);
	cell(h_title, w_title);
	cell(h_min, w_min);
	printf("%s\n", h_file);
	for (size_t i = 0; i < lib->n; i++) {
		const struct module *m = lib->mods[i];
		char min[16];
		snprintf(min, sizeof min, "%d", m->minutes);
		cell(m->id, w_id);
		cell(m->title, w_title);
		cell(min, w_min);
		printf("%s\n", m->path);
	}
}

/* A field for tab-separated output: a tab or line break in it becomes a space. */
static void field(const char *s, int last)
{
	for (; *s; s++)
		putchar(*s == '\t' || *s == '\n' || *s == '\r' ? ' ' : *s);
	putchar(last ? '\n' : '\t');
}

/* Not a terminal: every field whole, tab-separated, one module a line. */
static void fields(const struct library *lib)
{
	for (size_t i = 0; i < lib->n; i++) {
		const struct module *m = lib->mods[i];
		char min[16];
		snprintf(min, sizeof min, "%d", m->minutes);
		field(m->id, 0);
		field(m->title, 0);
		field(min, 0);
		field(m->path, 1);
	}
}

static void json(const struct library *lib)
{
	putchar('[');
	for (size_t i = 0; i < lib->n; i++) {
		const struct module *m = lib->mods[i];
		fputs(i ? ",\n{\"id\":" : "\n{\"id\":", stdout);
		json_string(stdout, m->id);
		fputs(",\"title\":", stdout);
		json_string(stdout, m->title);
		printf(",\"minutes\":%d,\"file\":", m->minutes);
		json_string(stdout, m->path);
		putchar('}');
	}
	fputs("\n]\n", stdout);
}

int cmd_list(const struct steady_opts *o, int argc, char **argv)
{
	if (argc > 0)
		return cli_usage_error(_("'list' takes no arguments"));
	int as_json = o->format && strcmp(o->format, "json") == 0;
	if (o->format && !as_json && strcmp(o->format, "text") != 0)
		return cli_usage_error(_("--format must be text or json"));
	struct library lib;
	struct diag d;
	diag_init(&d);
	int rc = cli_library_load(o, &lib, &d) < 0 ? EXIT_INVALID : EXIT_OK;
	diag_print(&d, stderr);
	int tty = isatty(STDOUT_FILENO);
	if (as_json)
		json(&lib);
	else if (lib.n == 0)
		fprintf(tty ? stdout : stderr, "%s\n", _("No modules found."));
	else if (tty)
		table(&lib);
	else
		fields(&lib);
	library_free(&lib);
	diag_free(&d);
	(void)argv;
	return rc;
}
