/*
 * cli_check.c: checking module files as `steady check` does, shared by
 * check, add and preview so that a file is judged by one set of rules and
 * the person sees the same messages whichever command they ran. Links are
 * resolved against the whole library, so a counsellor's module may link to
 * the bundled ones.
 */
#include "config.h"

#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli/cli.h"
#include "content/library.h"
#include "util/gettext.h"
#include "util/xalloc.h"

/* 1 when the files a and b are in the same folder, as the paths are written. */
static int same_folder(const char *a, const char *b)
{
	const char *sa = strrchr(a, '/'), *sb = strrchr(b, '/');
	size_t na = sa ? (size_t)(sa - a) : 0, nb = sb ? (size_t)(sb - b) : 0;
	return na == nb && strncmp(a, b, na) == 0;
}

/* The library's rule: one module of a folder for each purpose. */
static struct module *check_purpose(struct cli_check *c, size_t i, struct module *m, struct diag *d)
{
	for (size_t k = 0; m && m->purpose != PURPOSE_NONE && k < i; k++) {
		const struct module *o = c->mods[k];
		if (!o || o->purpose != m->purpose || !same_folder(o->path, m->path))
			continue;
		diag_add(d, DIAG_ERROR, m->path, m->purpose_pos.line, m->purpose_pos.col,
		         _("module '%s' in %s has the purpose '%s' too; only one module in a "
		           "folder may have it"),
		         o->id, o->path, module_purpose_name(m->purpose));
		module_free(m);
		return NULL;
	}
	return m;
}

static void load_one(struct cli_check *c, size_t i, struct diag *d)
{
	if (library_is_helplines(c->paths[i])) {
		helplines_free(helplines_load(c->paths[i], NULL, d));
		return;
	}
	struct module *m = module_load(c->paths[i], ORIGIN_EXTRA, NULL, d);
	for (size_t k = 0; m && k < i; k++) {
		if (c->mods[k] && strcmp(c->mods[k]->id, m->id) == 0) {
			diag_add(d, DIAG_ERROR, m->path, m->id_pos.line, m->id_pos.col,
			         _("module id '%s' is also used by %s; ids must be unique"), m->id,
			         c->mods[k]->path);
			module_free(m);
			m = NULL;
		}
	}
	c->mods[i] = check_purpose(c, i, m, d);
}

static void load_all(struct cli_check *c, struct diag *d)
{
	for (size_t i = 0; i < c->n; i++) {
		size_t before = d->errors;
		load_one(c, i, d);
		c->errors[i] += d->errors - before;
	}
}

/* Checks links against the library with the checked modules in it (they win). */
static void check_links(struct cli_check *c, struct diag *d)
{
	for (size_t i = 0; i < c->n; i++)
		if (c->mods[i])
			module_free(library_put(c->lib, c->mods[i]));
	for (size_t i = 0; i < c->n; i++)
		if (c->mods[i])
			c->errors[i] += library_check_links(c->lib, c->mods[i], d);
}

static size_t rank(const struct cli_check *c, const char *file)
{
	for (size_t i = 0; file && i < c->n; i++)
		if (strcmp(c->paths[i], file) == 0)
			return i;
	return c->n;
}

/* The line a message sorts by: the "too many problems" note comes last. */
static int sort_line(const struct diag_msg *m)
{
	return m->line == 0 && m->level == DIAG_NOTE ? INT_MAX : m->line;
}

/* 1 when message m sorts after the position (line, col). */
static int after(const struct diag_msg *m, int line, int col)
{
	return sort_line(m) > line || (sort_line(m) == line && m->col > col);
}

/* Prints the messages grouped by file, in the order given, then by position. */
static void print_sorted(const struct cli_check *c, const struct diag *d)
{
	for (size_t r = 0; r <= c->n; r++) {
		int line = -1, col = -1;
		for (;;) {
			const struct diag_msg *next = NULL;
			for (size_t i = 0; i < d->n; i++) {
				const struct diag_msg *m = &d->msgs[i];
				if (rank(c, m->file) == r && after(m, line, col) &&
				    (!next || !after(m, sort_line(next), next->col - 1)))
					next = m;
			}
			if (!next)
				break;
			line = sort_line(next);
			col = next->col;
			for (size_t i = 0; i < d->n; i++) /* every message at that position */
				if (rank(c, d->msgs[i].file) == r &&
				    sort_line(&d->msgs[i]) == line && d->msgs[i].col == col)
					diag_print_msg(&d->msgs[i], stderr);
		}
	}
}

size_t cli_check_files(const struct steady_opts *o, char **paths, size_t n, struct diag *d,
                       struct cli_check *c)
{
	struct diag quiet;
	memset(c, 0, sizeof *c);
	diag_init(&quiet);
	c->lib = xcalloc(1, sizeof *c->lib);
	cli_library_load(o, c->lib, &quiet); /* its own problems are 'steady list's to report */
	c->paths = paths;
	c->n = n;
	c->mods = xcalloc(n + 1, sizeof *c->mods);
	c->errors = xcalloc(n + 1, sizeof *c->errors);
	load_all(c, d);
	check_links(c, d);
	print_sorted(c, d);
	c->total = d->errors;
	diag_free(&quiet);
	return c->total;
}

void cli_check_summary(const struct cli_check *c)
{
	size_t bad = 0;
	for (size_t i = 0; i < c->n; i++) {
		size_t e = c->errors[i];
		if (e == 0)
			continue;
		bad++;
		printf(ngettext("%s: %zu error\n", "%s: %zu errors\n", e), c->paths[i], e);
	}
	if (bad == 0 && c->total == 0)
		printf(ngettext("%zu file checked, no problems\n",
		                "%zu files checked, no problems\n", c->n),
		       c->n);
	else
		printf(ngettext("%zu file checked, %zu with errors\n",
		                "%zu files checked, %zu with errors\n", c->n),
		       c->n, bad);
}

void cli_check_free(struct cli_check *c)
{
	cli_files_free(c->paths, c->n);
	free(c->mods); /* the modules belong to the library */
	free(c->errors);
	if (c->lib)
		library_free(c->lib);
	free(c->lib);
	memset(c, 0, sizeof *c);
}
