/* SPDX-FileCopyrightText: 2026 The steady authors */
/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * library.h: all the modules steady offers, from the bundled content, then
 * $XDG_DATA_HOME/steady/modules, then each --content-dir; a later module
 * with the same id overrides an earlier one, with a warning. Links between
 * modules and suggested modules are resolved here.
 *
 * Each purpose (module.h) belongs to one module at most: a module of a
 * later folder with the purpose of an earlier one takes it over, with a
 * warning, and the earlier one becomes an ordinary module; two modules of
 * one folder with the same purpose are an error, as two of one id are.
 */
#ifndef STEADY_CONTENT_LIBRARY_H
#define STEADY_CONTENT_LIBRARY_H

#include <stddef.h>

#include "content/diag.h"
#include "content/helplines.h"
#include "content/module.h"
#include "content/module_load.h"

struct library {
	struct module **mods; /* sorted by order, then id */
	size_t n;
	struct helplines *helplines; /* NULL when none could be loaded */
	/* The id index (library.c): open addressing, a slot holds a position in
	 * mods plus one, 0 when empty; never more than half full. */
	size_t *slots;
	size_t nslots;
};

struct ycache;

struct library_opts {
	const char *bundled_dir; /* the shipped content/ folder */
	const char *user_dir;    /* $XDG_DATA_HOME/steady/modules, may be NULL */
	const char **extra_dirs; /* --content-dir, in order */
	size_t n_extra;
	const struct content_tr *tr; /* may be NULL */
	/* Parsed trees (ycache.h), each for its own folder only; may be NULL:
	 * the build's for bundled_dir, the user's (.modules.cache, written by
	 * `steady add`) for user_dir. The extra folders are always parsed. */
	const struct ycache *bundled_cache, *user_cache;
};

/*
 * Loads every module and the helpline directory. Files with errors are left
 * out and their errors added to d; returns 0 when nothing had an error,
 * -1 otherwise (the library still holds what loaded).
 */
int library_load(struct library *lib, const struct library_opts *o, struct diag *d);

/*
 * Adds every module of dir (each *.yaml file but helplines.yaml, which
 * replaces the helpline directory) with the given origin; a module with the
 * id of an earlier one replaces it with a warning, unless both are in dir
 * (an error), and so does one with the purpose of an earlier one (which
 * loses it). A missing user folder is fine. 0, or -1 when anything failed.
 * Links are not resolved: call library_resolve() after the last folder.
 */
int library_add_dir(struct library *lib, const char *dir, enum module_origin origin,
                    const struct content_tr *tr, struct diag *d);

/*
 * Checks every link and band suggestion; modules with a broken one are left
 * out (and, in turn, modules linking to them). Sorts the library. 0, or -1.
 */
int library_resolve(struct library *lib, struct diag *d);

/* Reports each link or suggestion of m naming no module of lib; the count. */
size_t library_check_links(const struct library *lib, const struct module *m, struct diag *d);

/*
 * Reports each code of m's "regions:" lists that names no region of the
 * helpline directory ("other" is always fine); the count. Nothing is
 * checked while the library has no directory.
 */
size_t library_check_regions(const struct library *lib, const struct module *m, struct diag *d);

/* Adds m (the library owns it); returns the module of the same id it replaced, or NULL.
 * Purposes are left as they are. */
struct module *library_put(struct library *lib, struct module *m);

/* Sorts the modules by order, then id. */
void library_sort(struct library *lib);

/* Builds the id index again, after the modules were moved or dropped. */
void library_reindex(struct library *lib);

/*
 * The *.yaml files directly in dir (not hidden ones), as sorted new paths
 * "dir/name", with their count in *n; NULL (errno set) when dir cannot be read.
 */
char **library_yaml_files(const char *dir, size_t *n);

/* 1 when path names a helpline directory file (helplines.yaml). */
int library_is_helplines(const char *path);

/* Frees everything the library holds. */
void library_free(struct library *lib);

/* The module of the given id, or NULL. */
const struct module *library_find(const struct library *lib, const char *id);

/* The first module in library order with the purpose p (not PURPOSE_NONE), or NULL. */
const struct module *library_by_purpose(const struct library *lib, enum module_purpose p);

#endif
