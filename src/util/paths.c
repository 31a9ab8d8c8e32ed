/* paths.c: the XDG folders and how the uninstalled binary finds its content. */
#include "config.h"

#include <errno.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "util/paths.h"
#include "util/xalloc.h"

int paths_uninstalled(void)
{
	static int known = -1;
	if (known >= 0)
		return known;
	char self[PATH_MAX], built[PATH_MAX];
	ssize_t n = readlink("/proc/self/exe", self, sizeof self - 1);
	known = 0;
	if (n <= 0)
		return known;
	self[n] = '\0';
	if (realpath(STEADY_BUILDDIR "/steady", built) && strcmp(self, built) == 0)
		known = 1;
	return known;
}

const char *paths_bundled_content(void)
{
	/* The source path may read "build/../content"; show people a plain one. */
	static char plain[PATH_MAX];
	if (!paths_uninstalled())
		return PKGDATADIR "/content";
	if (!plain[0] && !realpath(STEADY_SRCDIR "/content", plain))
		return STEADY_SRCDIR "/content";
	return plain;
}

const char *paths_content_cache(void)
{
	return paths_uninstalled() ? STEADY_BUILDDIR "/content.cache" : PKGDATADIR "/content.cache";
}

const char *paths_localedir(void)
{
	return paths_uninstalled() ? STEADY_BUILDDIR "/locale" : LOCALEDIR;
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
