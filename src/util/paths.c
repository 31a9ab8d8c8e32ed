/* SPDX-FileCopyrightText: 2026 The steady authors */
/* SPDX-License-Identifier: GPL-3.0-or-later */
/* paths.c: the XDG folders and how the uninstalled binary finds its content. */
#include "config.h"

#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "util/paths.h"
#include "util/xalloc.h"

/* The build tree and the source tree of the uninstalled binary. */
static char build_dir[PATH_MAX], src_dir[PATH_MAX];

/*
 * The build writes the source folder into steady-srcdir beside the binary
 * it makes (Makefile.am), so neither folder is compiled in: the binary has
 * no build path in it, and two builds in different folders are the same.
 * An installed steady has no such file beside it.
 */
int paths_uninstalled(void)
{
	static int known = -1;
	if (known >= 0)
		return known;
	known = 0;
	char self[PATH_MAX];
	ssize_t n = readlink("/proc/self/exe", self, sizeof self - 1);
	if (n <= 0)
		return known;
	self[n] = '\0';
	char *slash = strrchr(self, '/');
	if (!slash || strcmp(slash + 1, "steady") != 0)
		return known;
	*slash = '\0';
	char *file = xasprintf("%s/steady-srcdir", self);
	FILE *fp = fopen(file, "re");
	free(file);
	if (!fp)
		return known;
	char line[PATH_MAX];
	if (fgets(line, sizeof line, fp) && line[0] == '/') {
		line[strcspn(line, "\n")] = '\0';
		/* The source path may read "build/.."; show people a plain one. */
		if (!realpath(line, src_dir))
			snprintf(src_dir, sizeof src_dir, "%s", line);
		snprintf(build_dir, sizeof build_dir, "%s", self);
		known = 1;
	}
	fclose(fp);
	return known;
}

/* DIR/name for the uninstalled binary (static, one per call site). */
static const char *in_tree(char *buf, size_t size, const char *dir, const char *name)
{
	if (!buf[0])
		snprintf(buf, size, "%s/%s", dir, name);
	return buf;
}

const char *paths_bundled_content(void)
{
	static char p[PATH_MAX + 16];
	return paths_uninstalled() ? in_tree(p, sizeof p, src_dir, "content")
	                           : PKGDATADIR "/content";
}

const char *paths_content_cache(void)
{
	static char p[PATH_MAX + 16];
	return paths_uninstalled() ? in_tree(p, sizeof p, build_dir, "content.cache")
	                           : PKGDATADIR "/content.cache";
}

const char *paths_localedir(void)
{
	static char p[PATH_MAX + 16];
	return paths_uninstalled() ? in_tree(p, sizeof p, build_dir, "locale") : LOCALEDIR;
}

/* $VAR/steady when VAR is an absolute path, else ~/fallback/steady. */
static char *xdg_dir(const char *var, const char *fallback)
{
	const char *v = getenv(var);
	if (v && v[0] == '/')
		return xasprintf("%s/steady", v);
	const char *home = getenv("HOME");
	if (!home || home[0] != '/')
		return NULL;
	return xasprintf("%s/%s/steady", home, fallback);
}

char *paths_data_home(void)
{
	return xdg_dir("XDG_DATA_HOME", ".local/share");
}

char *paths_config_home(void)
{
	return xdg_dir("XDG_CONFIG_HOME", ".config");
}

char *paths_user_modules(void)
{
	char *d = paths_data_home();
	if (!d)
		return NULL;
	char *m = xasprintf("%s/modules", d);
	free(d);
	return m;
}

char *paths_user_modules_cache(void)
{
	char *d = paths_user_modules();
	if (!d)
		return NULL;
	/* Hidden, and not *.yaml: no loader takes it for a module. */
	char *c = xasprintf("%s/.modules.cache", d);
	free(d);
	return c;
}

int paths_mkdir_p(const char *path)
{
	char *p = xstrdup(path);
	int rc = 0;
	for (char *s = p + 1;; s++) {
		if (*s != '/' && *s != '\0')
			continue;
		char c = *s;
		*s = '\0';
		if (mkdir(p, 0700) < 0 && errno != EEXIST) {
			rc = -1;
			break;
		}
		*s = c;
		if (c == '\0')
			break;
	}
	int saved = errno;
	free(p);
	errno = saved;
	return rc;
}
