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
#include <wchar.h>

#include "cli/cli.h"
#include "content/library.h"
#include "util/gettext.h"
#include "util/json.h"
#include "util/xalloc.h"

#define TITLE_COLS 40 /* longer titles are cut so the table stays readable */

/* Display columns of the UTF-8 text s, and the bytes that fit in max columns. */
static size_t width(const char *s, size_t max, size_t *fit)
{
	mbstate_t st;
	memset(&st, 0, sizeof st);
	size_t cols = 0, i = 0, len = strlen(s);
	*fit = 0;
	while (i < len) {
		wchar_t wc;
		size_t n = mbrtowc(&wc, s + i, len - i, &st);
		if (n == (size_t)-1 || n == (size_t)-2 || n == 0) {
			n = 1; /* not in this locale's charset: count a byte as a column */
			wc = L'?';
			memset(&st, 0, sizeof st);
		}
		int w = wcwidth(wc);
		cols += w > 0 ? (size_t)w : 0;
		i += n;
		if (cols <= max)
			*fit = i;
	}
	return cols;
}

/* Prints s in exactly cols columns (cut with an ellipsis, or padded), then two spaces. */
static void cell(const char *s, size_t cols)
{
	size_t fit, w = width(s, cols, &fit);
	if (w > cols) {
		width(s, cols - 1, &fit);
		char *head = xstrndup(s, fit);
		size_t shown = width(head, cols, &fit);
		fwrite(s, 1, fit, stdout);
		fputs("\xe2\x80\xa6", stdout); /* an ellipsis */
		w = shown + 1;
		free(head);
	} else {
		fwrite(s, 1, fit, stdout);
	}
	for (; w < cols; w++)
		putchar(' ');
	fputs("  ", stdout);
}

static size_t column(const struct library *lib, const char *head, int title)
{
	size_t fit, w = width(head, (size_t)-1, &fit);
	for (size_t i = 0; i < lib->n; i++) {
		size_t c = width(title ? lib->mods[i]->title : lib->mods[i]->id, (size_t)-1, &fit);
		w = c > w ? c : w;
	}
	return title && w > TITLE_COLS ? TITLE_COLS : w;
}

static void table(const struct library *lib)
{
	const char *h_id = _("ID"), *h_title = _("TITLE"), *h_min = _("MINUTES"),
	           *h_file = _("FILE");
	size_t w_id = column(lib, h_id, 0), w_title = column(lib, h_title, 1), fit;
	size_t w_min = width(h_min, (size_t)-1, &fit);
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
