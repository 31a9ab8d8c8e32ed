/* SPDX-FileCopyrightText: 2026 The steady authors */
/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * library_links.c: links between modules and the modules a self-check band
 * suggests must name modules that exist, or the screens would offer a
 * dead end. A module with a broken link is left out like any module with
 * an error, and so, in turn, are modules linking to it.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "content/library.h"
#include "content/suggest.h"
#include "util/gettext.h"
#include "util/xalloc.h"

struct ids {
	const char **v;
	size_t n;
};

static int has(const struct ids *s, const char *id)
{
	for (size_t i = 0; i < s->n; i++)
		if (strcmp(s->v[i], id) == 0)
			return 1;
	return 0;
}

static int check_one(const struct library *lib, const struct module *m, const char *id,
                     struct source_pos at, const struct ids *gone, struct diag *d)
{
	if (library_find(lib, id) && !has(gone, id))
		return 0;
	if (has(gone, id)) {
		diag_add(d, DIAG_ERROR, m->path, at.line, at.col,
		         /* TRANSLATORS: %s is the id of the module a link names. */
		         _("module '%s' has errors and was left out, so this link leads nowhere"),
		         id);
		return 1;
	}
	const char **all = xcalloc(lib->n + 1, sizeof *all);
	for (size_t i = 0; i < lib->n; i++)
		all[i] = lib->mods[i]->id;
	const char *near = suggest_word(id, all, lib->n);
	if (near)
		diag_add(d, DIAG_ERROR, m->path, at.line, at.col,
		         /* TRANSLATORS: the id a link names, then the id of a module with a
		            similar one. */
		         _("no module has the id '%s'; did you mean '%s'?"), id, near);
	else
		/* TRANSLATORS: %s is the id a link names. */
		diag_add(d, DIAG_ERROR, m->path, at.line, at.col, _("no module has the id '%s'"),
		         id);
	free(all);
	return 1;
}

static size_t check_links(const struct library *lib, const struct module *m, const struct ids *gone,
                          struct diag *d)
{
	size_t bad = 0;
	for (size_t i = 0; i < m->n_steps; i++) {
		const struct step *s = &m->steps[i];
		for (size_t k = 0; k < s->n_links; k++)
			bad += check_one(lib, m, s->links[k], s->links_pos[k], gone, d);
	}
	for (size_t i = 0; i < m->n_bands; i++) {
		const struct band *b = &m->bands[i];
		for (size_t k = 0; k < b->n_suggest; k++)
			bad += check_one(lib, m, b->suggest[k], b->suggest_pos[k], gone, d);
	}
	return bad;
}

size_t library_check_links(const struct library *lib, const struct module *m, struct diag *d)
{
	struct ids none = {NULL, 0};
	return check_links(lib, m, &none, d);
}

/* One pass: drops the modules with broken links; returns how many. */
static size_t drop_broken(struct library *lib, struct ids *gone, struct diag *d)
{
	char *broken = xcalloc(lib->n + 1, 1);
	for (size_t i = 0; i < lib->n; i++)
		/* A region code no reader has is an error like a broken link. */
		broken[i] = check_links(lib, lib->mods[i], gone, d) +
		                    library_check_regions(lib, lib->mods[i], d) >
		            0;
	size_t kept = 0, dropped = 0;
	for (size_t i = 0; i < lib->n; i++) {
		struct module *m = lib->mods[i];
		if (!broken[i]) {
			lib->mods[kept++] = m;
			continue;
		}
		gone->v = xreallocarray(gone->v, gone->n + 1, sizeof *gone->v);
		gone->v[gone->n++] = xstrdup(m->id);
		dropped++;
		module_free(m);
	}
	lib->n = kept;
	library_reindex(lib);
	free(broken);
	return dropped;
}

int library_resolve(struct library *lib, struct diag *d)
{
	struct ids gone = {NULL, 0};
	while (drop_broken(lib, &gone, d) > 0)
		;
	int rc = gone.n ? -1 : 0;
	for (size_t i = 0; i < gone.n; i++)
		free((char *)gone.v[i]);
	free(gone.v);
	library_sort(lib);
	return rc;
}
