/* SPDX-FileCopyrightText: 2026 The steady authors */
/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * library.c: every module steady offers, gathered from the bundled folder,
 * the user's folder and each --content-dir, in that order. A later module
 * with the same id overrides an earlier one, so a counsellor can replace a
 * bundled module; the warning names both files so that this is never a
 * surprise. A purpose (the first-run module, the safety plan) is taken
 * over the same way, so that the screens always find one module for it.
 */
#include "config.h"

#include <dirent.h>
#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "content/library.h"
#include "util/gettext.h"
#include "util/xalloc.h"

static int by_name(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static int is_yaml_name(const char *name)
{
	size_t n = strlen(name);
	return name[0] != '.' && n > 5 && strcmp(name + n - 5, ".yaml") == 0;
}

char **library_yaml_files(const char *dir, size_t *n)
{
	DIR *dp = opendir(dir);
	*n = 0;
	if (!dp)
		return NULL;
	char **v = NULL;
	size_t cap = 0;
	struct dirent *e;
	while ((e = readdir(dp)) != NULL) {
		if (!is_yaml_name(e->d_name))
			continue;
		if (*n == cap) {
			cap = cap ? cap * 2 : 16;
			v = xreallocarray(v, cap, sizeof *v);
		}
		v[(*n)++] = xasprintf("%s/%s", dir, e->d_name);
	}
	closedir(dp);
	if (!v)
		v = xcalloc(1, sizeof *v);
	qsort(v, *n, sizeof *v, by_name);
	return v;
}

int library_is_helplines(const char *path)
{
	const char *slash = strrchr(path, '/');
	return strcmp(slash ? slash + 1 : path, "helplines.yaml") == 0;
}

/* FNV-1a: ids are short, and a counsellor's thousand modules should not
 * make every link check a scan of all of them. */
static size_t hash_id(const char *s)
{
	uint64_t h = 14695981039346656037u;
	for (; *s; s++)
		h = (h ^ (unsigned char)*s) * 1099511628211u;
	return (size_t)h;
}

static void index_add(struct library *lib, size_t i)
{
	size_t mask = lib->nslots - 1, h = hash_id(lib->mods[i]->id) & mask;
	while (lib->slots[h])
		h = (h + 1) & mask;
	lib->slots[h] = i + 1;
}

void library_reindex(struct library *lib)
{
	size_t want = 16;
	while (want < 2 * (lib->n + 1))
		want *= 2;
	free(lib->slots);
	lib->slots = xcalloc(want, sizeof *lib->slots);
	lib->nslots = want;
	for (size_t i = 0; i < lib->n; i++)
		index_add(lib, i);
}

static size_t index_of(const struct library *lib, const char *id)
{
	if (!lib->nslots)
		return (size_t)-1;
	size_t mask = lib->nslots - 1;
	for (size_t h = hash_id(id) & mask; lib->slots[h]; h = (h + 1) & mask)
		if (strcmp(lib->mods[lib->slots[h] - 1]->id, id) == 0)
			return lib->slots[h] - 1;
	return (size_t)-1;
}

const struct module *library_find(const struct library *lib, const char *id)
{
	size_t i = index_of(lib, id);
	return i == (size_t)-1 ? NULL : lib->mods[i];
}

const struct module *library_by_purpose(const struct library *lib, enum module_purpose p)
{
	for (size_t i = 0; p != PURPOSE_NONE && i < lib->n; i++)
		if (lib->mods[i]->purpose == p)
			return lib->mods[i];
	return NULL;
}

struct module *library_put(struct library *lib, struct module *m)
{
	size_t i = index_of(lib, m->id);
	if (i != (size_t)-1) {
		struct module *old = lib->mods[i];
		lib->mods[i] = m;
		return old;
	}
	/* Doubling: the array's room is the power of two at or above n, so it
	 * is full when n is a power of two (dropping modules only leaves room). */
	if ((lib->n & (lib->n - 1)) == 0)
		lib->mods = xreallocarray(lib->mods, lib->n ? lib->n * 2 : 1, sizeof *lib->mods);
	lib->mods[lib->n++] = m;
	if (2 * lib->n >= lib->nslots)
		library_reindex(lib);
	else
		index_add(lib, lib->n - 1);
	return NULL;
}

/* 1 when path names a file directly inside dir. */
static int in_dir(const char *path, const char *dir)
{
	size_t n = strlen(dir);
	return strncmp(path, dir, n) == 0 && path[n] == '/' && !strchr(path + n + 1, '/');
}

/* The module of another id that has m's purpose, or NULL. */
static struct module *purpose_holder(const struct library *lib, const struct module *m)
{
	for (size_t i = 0; m->purpose != PURPOSE_NONE && i < lib->n; i++)
		if (lib->mods[i]->purpose == m->purpose && strcmp(lib->mods[i]->id, m->id) != 0)
			return lib->mods[i];
	return NULL;
}

/* Adds m; two modules of one id (or purpose) in one folder are an error, across
 * folders an override. */
static int add_module(struct library *lib, struct module *m, const char *dir, struct diag *d)
{
	const struct module *old = library_find(lib, m->id);
	if (old && in_dir(old->path, dir)) {
		diag_add(d, DIAG_ERROR, m->path, m->id_pos.line, m->id_pos.col,
		         /* TRANSLATORS: the first %s is a module's id, the second the file of the
		            other module that has it. */
		         _("module id '%s' is also used by %s; ids must be unique"), m->id,
		         old->path);
		module_free(m);
		return -1;
	}
	struct module *rival = purpose_holder(lib, m);
	if (rival && in_dir(rival->path, dir)) {
		diag_add(d, DIAG_ERROR, m->path, m->purpose_pos.line, m->purpose_pos.col,
		         /* TRANSLATORS: the module's id, the folder or file it is in, then the
		            purpose (a word of the module format, such as 'first-run' or 'safety-
		            plan'; keep it). */
		         _("module '%s' in %s has the purpose '%s' too; only one module in a "
		           "folder may have it"),
		         rival->id, rival->path, module_purpose_name(m->purpose));
		module_free(m);
		return -1;
	}
	if (old)
		diag_add(d, DIAG_WARNING, m->path, m->id_pos.line, m->id_pos.col,
		         /* TRANSLATORS: a module's id and the file of steady's own module that it
		            replaces. */
		         _("module '%s' overrides the one in %s"), m->id, old->path);
	if (rival) {
		diag_add(d, DIAG_WARNING, m->path, m->purpose_pos.line, m->purpose_pos.col,
		         /* TRANSLATORS: a module's id, a purpose of the module format (keep it as
		            it is), the id of the module that had it, and that module's file. */
		         _("module '%s' takes the purpose '%s' over from '%s' in %s"), m->id,
		         module_purpose_name(m->purpose), rival->id, rival->path);
		rival->purpose = PURPOSE_NONE;
	}
	module_free(library_put(lib, m));
	return 0;
}

static int add_helplines(struct library *lib, const char *path, const struct content_tr *tr,
                         const struct ycache *cache, struct diag *d)
{
	struct helplines *h = helplines_load_from(path, tr, cache, d);
	if (!h)
		return -1;
	helplines_free(lib->helplines);
	lib->helplines = h;
	return 0;
}

/* library_add_dir(), the trees taken from cache when it has them. */
static int add_dir(struct library *lib, const char *dir, enum module_origin origin,
                   const struct content_tr *tr, const struct ycache *cache, struct diag *d)
{
	size_t n;
	char **files = library_yaml_files(dir, &n);
	if (!files) {
		if (errno == ENOENT && origin == ORIGIN_USER)
			return 0; /* no modules of one's own yet */
		/* TRANSLATORS: %s is the system's reason, such as "Permission denied". */
		diag_add(d, DIAG_ERROR, dir, 0, 0, _("cannot read the folder: %s"),
		         strerror(errno));
		return -1;
	}
	int rc = 0;
	for (size_t i = 0; i < n; i++) {
		if (library_is_helplines(files[i])) {
			rc |= add_helplines(lib, files[i], tr, cache, d);
		} else {
			struct module *m = module_load_from(files[i], origin, tr, cache, d);
			rc |= m ? add_module(lib, m, dir, d) : -1;
		}
		free(files[i]);
	}
	free(files);
	return rc ? -1 : 0;
}

int library_add_dir(struct library *lib, const char *dir, enum module_origin origin,
                    const struct content_tr *tr, struct diag *d)
{
	return add_dir(lib, dir, origin, tr, NULL, d);
}

static int by_order(const void *a, const void *b)
{
	const struct module *x = *(const struct module *const *)a;
	const struct module *y = *(const struct module *const *)b;
	if (x->order != y->order)
		return x->order < y->order ? -1 : 1;
	return strcmp(x->id, y->id);
}

int library_load(struct library *lib, const struct library_opts *o, struct diag *d)
{
	memset(lib, 0, sizeof *lib);
	int rc = 0;
	if (o->bundled_dir)
		rc |= add_dir(lib, o->bundled_dir, ORIGIN_BUNDLED, o->tr, o->bundled_cache, d);
	if (o->user_dir)
		rc |= add_dir(lib, o->user_dir, ORIGIN_USER, o->tr, o->user_cache, d);
	for (size_t i = 0; i < o->n_extra; i++)
		rc |= library_add_dir(lib, o->extra_dirs[i], ORIGIN_EXTRA, o->tr, d);
	rc |= library_resolve(lib, d);
	return rc ? -1 : 0;
}

void library_sort(struct library *lib)
{
	if (lib->n > 1)
		qsort(lib->mods, lib->n, sizeof *lib->mods, by_order);
	library_reindex(lib);
}

void library_free(struct library *lib)
{
	for (size_t i = 0; i < lib->n; i++)
		module_free(lib->mods[i]);
	free(lib->mods);
	free(lib->slots);
	helplines_free(lib->helplines);
	memset(lib, 0, sizeof *lib);
}
