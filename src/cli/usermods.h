/* SPDX-FileCopyrightText: 2026 The steady authors */
/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * usermods.h: the user's own modules folder ($XDG_DATA_HOME/steady/modules),
 * as `steady add` and `steady remove` change it: which file holds which
 * module, and writing and deleting files there so that a crash or a full
 * disk never leaves half a module behind.
 */
#ifndef STEADY_CLI_USERMODS_H
#define STEADY_CLI_USERMODS_H

#include <stddef.h>

#include "content/module_load.h"

struct library;

/* Loads steady's own (bundled) modules, translated, into own; problems are ignored. */
void usermods_own(struct library *own);

/* One *.yaml file of the folder. */
struct usermod {
	char *path;   /* "DIR/NAME.yaml" */
	char *id;     /* the module's id, or NULL when the file does not load */
	char *title;  /* translated when tr was given; NULL when it does not load */
	char *domain; /* the module's text domain, or NULL */
};

/*
 * The module files directly in dir (helplines.yaml and hidden files left
 * out), each loaded quietly; *n gets their count. A missing folder is an
 * empty one. Never NULL.
 */
struct usermod *usermods_scan(const char *dir, const struct content_tr *tr, size_t *n);

/* Frees what usermods_scan() returned. */
void usermods_free(struct usermod *v, size_t n);

/* 1 when one of the n files holds the module id, or is named ID.yaml and does not load. */
int usermods_holds(const struct usermod *u, const char *id);

/*
 * Writes len bytes as dir/name, atomically: a new hidden file (O_EXCL, mode
 * 0600) in dir, fsync, then verify(tmp, ctx) when given (non-zero refuses
 * the file; errno is then EINVAL), rename over dir/name and fsync of dir.
 * 0, or -1 with errno set and nothing left behind.
 */
int usermods_write(const char *dir, const char *name, const void *data, size_t len,
                   int (*verify)(const char *tmp, void *ctx), void *ctx);

/*
 * Writes the cache of the folder's parsed modules (paths_user_modules_cache(),
 * the format and rules of the build's content.cache: ycache_write()), so that
 * steady starts without parsing them; the modules are cached as they are
 * now in the folder. Where it cannot be written the modules are parsed at
 * start as before, so nothing is said; a cache left over from before then
 * matches no file and costs nothing.
 */
void usermods_cache(const char *dir);

/* Deletes path and makes the deletion durable (fsync of its folder). 0 or -1 (errno). */
int usermods_unlink(const char *path);

/* Makes the folder's entries durable. 0 or -1 (errno). */
int usermods_sync_dir(const char *dir);

#endif
