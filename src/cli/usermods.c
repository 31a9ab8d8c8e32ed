/* SPDX-FileCopyrightText: 2026 The steady authors */
/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * usermods.c: reading and changing the user's modules folder. Writes go
 * through a hidden temporary file in the same folder (the library ignores
 * names starting with '.'), so steady never loads a module that is half
 * written, and rename() makes the new version appear whole.
 */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cli/usermods.h"
#include "content/library.h"
#include "content/translate.h"
#include "content/ycache.h"
#include "util/fdio.h"
#include "util/paths.h"
#include "util/xalloc.h"

void usermods_own(struct library *own)
{
	struct diag quiet;
	memset(own, 0, sizeof *own);
	diag_init(&quiet);
	translate_init(paths_localedir());
	struct content_tr tr = translate_gettext();
	library_add_dir(own, paths_bundled_content(), ORIGIN_BUNDLED, &tr, &quiet);
	diag_free(&quiet);
}

struct usermod *usermods_scan(const char *dir, const struct content_tr *tr, size_t *n)
{
	size_t k = 0;
	char **files = library_yaml_files(dir, &k);
	struct usermod *v = xcalloc(k + 1, sizeof *v);
	*n = 0;
	for (size_t i = 0; i < k; i++) {
		if (library_is_helplines(files[i])) {
			free(files[i]);
			continue;
		}
		struct diag quiet;
		diag_init(&quiet);
		struct module *m = module_load(files[i], ORIGIN_USER, tr, &quiet);
		diag_free(&quiet);
		struct usermod *u = &v[(*n)++];
		u->path = files[i];
		if (m) {
			u->id = xstrdup(m->id);
			u->title = xstrdup(m->title);
			u->domain = m->domain ? xstrdup(m->domain) : NULL;
		}
		module_free(m);
	}
	free(files);
	return v;
}

void usermods_cache(const char *dir)
{
	char *path = paths_user_modules_cache();
	size_t n = 0;
	char **files = library_yaml_files(dir, &n);
	struct diag quiet; /* the files' own problems were reported by the check */
	diag_init(&quiet);
	if (path && ycache_write(path, (const char *const *)files, n, &quiet) < 0)
		unlink(path); /* an old cache would cost time for nothing */
	diag_free(&quiet);
	for (size_t i = 0; i < n; i++)
		free(files[i]);
	free(files);
	free(path);
}

void usermods_free(struct usermod *v, size_t n)
{
	for (size_t i = 0; v && i < n; i++) {
		free(v[i].path);
		free(v[i].id);
		free(v[i].title);
		free(v[i].domain);
	}
	free(v);
}

int usermods_holds(const struct usermod *u, const char *id)
{
	if (u->id)
		return strcmp(u->id, id) == 0;
	const char *slash = strrchr(u->path, '/');
	const char *name = slash ? slash + 1 : u->path;
	size_t len = strlen(id);
	return strncmp(name, id, len) == 0 && strcmp(name + len, ".yaml") == 0;
}

int usermods_sync_dir(const char *dir)
{
	int fd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	if (fd < 0)
		return -1;
	int rc = fsync(fd);
	int saved = errno;
	close(fd);
	errno = saved;
	return rc;
}

int usermods_write(const char *dir, const char *name, const void *data, size_t len,
                   int (*verify)(const char *tmp, void *ctx), void *ctx)
{
	char *tmp = xasprintf("%s/.%s.XXXXXX", dir, name);
	char *dest = xasprintf("%s/%s", dir, name);
	int fd = mkstemp(tmp); /* O_CREAT | O_EXCL, mode 0600 */
	int rc = -1, saved = 0;
	if (fd < 0) {
		saved = errno;
		goto out;
	}
	if (fd_write_all(fd, data, len) < 0 || fsync(fd) < 0) {
		saved = errno;
		close(fd);
		goto fail;
	}
	if (close(fd) < 0) {
		saved = errno;
		goto fail;
	}
	if (verify && verify(tmp, ctx) != 0) {
		saved = EINVAL;
		goto fail;
	}
	if (rename(tmp, dest) < 0) {
		saved = errno;
		goto fail;
	}
	if (usermods_sync_dir(dir) < 0) {
		saved = errno; /* it is in place; only its durability is in doubt */
		goto out;
	}
	rc = 0;
	goto out;
fail:
	unlink(tmp);
out:
	free(tmp);
	free(dest);
	errno = saved;
	return rc;
}

int usermods_unlink(const char *path)
{
	if (unlink(path) < 0)
		return -1;
	const char *slash = strrchr(path, '/');
	if (!slash)
		return usermods_sync_dir(".");
	char *dir = xstrndup(path, (size_t)(slash - path));
	int rc = usermods_sync_dir(dir[0] ? dir : "/");
	int saved = errno;
	free(dir);
	errno = saved;
	return rc;
}
