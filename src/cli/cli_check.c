/* SPDX-FileCopyrightText: 2026 The steady authors */
/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * cli_check.c: checking module files as `steady check` does, shared by
 * check, add and preview so that a file is judged by one set of rules and
 * the person sees the same messages whichever command they ran. Links are
 * resolved against what every machine has, the bundled modules (and any
 * --content-dir), and the files checked together, never against the
 * modules the author added for themselves: a file passes or fails alike
 * on the counsellor's machine and the client's. An id of a bundled module
 * is an error unless --yes says replacing it is meant.
 */
#include "config.h"

#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli/cli.h"
#include "cli/usermods.h"
#include "content/library.h"
#include "content/library_std.h"
#include "util/gettext.h"
#include "util/paths.h"
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

/* 1 when the paths name the same file. */
static int same_file(const char *a, const char *b)
{
	char *ra = realpath(a, NULL), *rb = realpath(b, NULL);
	int same = ra && rb && strcmp(ra, rb) == 0;
	free(ra);
	free(rb);
	return same;
}

/* The id of a bundled module, in another file, is refused without --yes (as 'add' would). */
static void check_own_id(const struct steady_opts *o, struct cli_check *c, size_t i, struct diag *d)
{
	const struct module *m = c->mods[i];
	const struct module *own = m ? library_find(c->lib, m->id) : NULL;
	if (!own || own->origin != ORIGIN_BUNDLED || o->yes || same_file(own->path, m->path))
		return;
	diag_add(d, DIAG_ERROR, m->path, m->id_pos.line, m->id_pos.col,
	         /* TRANSLATORS: the first %s is a module id written in the file (such as
	            'breathing'), the second the title of steady's own module with that id. 'steady
	            list' and --yes stay as they are. */
	         _("the id '%s' belongs to steady's own module \"%s\"; added, this file would "
	           "replace it. Choose another id ('steady list' shows the ids in use), or, if "
	           "replacing it is meant, check and add it with --yes"),
	         m->id, own->title);
	c->errors[i]++;
}

static void load_all(const struct steady_opts *o, struct cli_check *c, struct diag *d)
{
	for (size_t i = 0; i < c->n; i++) {
		size_t before = d->errors;
		load_one(c, i, d);
		c->errors[i] += d->errors - before;
		check_own_id(o, c, i, d);
	}
}

/* After a link to id that leads nowhere: says so when id is one the author added. */
static void note_added(const struct library *lib, const struct usermod *u, size_t nu,
                       const struct module *m, const char *id, struct source_pos at, struct diag *d)
{
	if (library_find(lib, id))
		return;
	for (size_t i = 0; i < nu; i++)
		if (u[i].id && strcmp(u[i].id, id) == 0) {
			diag_add(d, DIAG_NOTE, m->path, at.line, at.col,
			         /* TRANSLATORS: the first %s is a module id (such as 'breathing'),
			            the second the path of the file it was added from. "steady" is
			            the program's name. */
			         _("'%s' is a module you added yourself (%s), not one of steady's: "
			           "the link would work only where it is added too. Hand that file "
			           "over "
			           "with this one and check them together"),
			         id, u[i].path);
			return;
		}
}

/* The notes for every link of m that leads to a module only the author added. */
static void note_added_links(const struct library *lib, const struct module *m, struct diag *d)
{
	char *dir = paths_user_modules();
	size_t nu = 0;
	struct usermod *u = dir ? usermods_scan(dir, NULL, &nu) : NULL;
	for (size_t i = 0; u && i < m->n_steps; i++)
		for (size_t k = 0; k < m->steps[i].n_links; k++)
			note_added(lib, u, nu, m, m->steps[i].links[k], m->steps[i].links_pos[k],
			           d);
	for (size_t i = 0; u && i < m->n_bands; i++)
		for (size_t k = 0; k < m->bands[i].n_suggest; k++)
			note_added(lib, u, nu, m, m->bands[i].suggest[k],
			           m->bands[i].suggest_pos[k], d);
	if (u)
		usermods_free(u, nu);
	free(dir);
}

/* Checks links against the library with the checked modules in it (they win). */
static void check_links(struct cli_check *c, struct diag *d)
{
	for (size_t i = 0; i < c->n; i++)
		if (c->mods[i])
			module_free(library_put(c->lib, c->mods[i]));
	for (size_t i = 0; i < c->n; i++)
		if (c->mods[i]) {
			size_t bad = library_check_links(c->lib, c->mods[i], d);
			c->errors[i] += bad + library_check_regions(c->lib, c->mods[i], d);
			if (bad)
				note_added_links(c->lib, c->mods[i], d);
		}
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
	/* Its own problems are 'steady check' without files' to report. */
	library_load_shipped(c->lib, o->content_dirs, o->n_content_dirs, &quiet);
	c->paths = paths;
	c->n = n;
	c->mods = xcalloc(n + 1, sizeof *c->mods);
	c->errors = xcalloc(n + 1, sizeof *c->errors);
	load_all(o, c, d);
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
		/* TRANSLATORS: %s is the name of a checked file, %zu the number of errors found in
		 * it. Example: "mymodule.yaml: 2 errors". */
		printf(ngettext("%s: %zu error\n", "%s: %zu errors\n", e), c->paths[i], e);
	}
	if (bad == 0 && c->total == 0)
		/* TRANSLATORS: %zu is the number of module files checked. */
		printf(ngettext("%zu file checked, no problems\n",
		                "%zu files checked, no problems\n", c->n),
		       c->n);
	else
		/* TRANSLATORS: the first %zu is the number of files checked, the second how many of
		 * them have errors. Example: "3 files checked, 1 with errors". */
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
