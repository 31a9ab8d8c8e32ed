/*
 * library.h: all the modules steady offers, from the bundled content, then
 * $XDG_DATA_HOME/steady/modules, then each --content-dir; a later module
 * with the same id overrides an earlier one, with a warning. Links between
 * modules and suggested modules are resolved here.
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
};

struct library_opts {
	const char *bundled_dir;  /* the shipped content/ folder */
	const char *user_dir;     /* $XDG_DATA_HOME/steady/modules, may be NULL */
	const char **extra_dirs;  /* --content-dir, in order */
	size_t n_extra;
	const struct content_tr *tr; /* may be NULL */
};

/*
 * Loads every module and the helpline directory. Files with errors are left
 * out and their errors added to d; returns 0 when nothing had an error,
 * -1 otherwise (the library still holds what loaded).
 */
int library_load(struct library *lib, const struct library_opts *o, struct diag *d);

/* Frees everything the library holds. */
void library_free(struct library *lib);

/* The module of the given id, or NULL. */
const struct module *library_find(const struct library *lib, const char *id);

#endif
