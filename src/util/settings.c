/* SPDX-FileCopyrightText: 2026 The steady authors */
/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * settings.c: reading and writing the settings file. Saving goes through a
 * temporary file and rename() so a crash or a full disk never leaves a
 * half-written file behind.
 */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "util/buf.h"
#include "util/fdio.h"
#include "util/gettext.h"
#include "util/paths.h"
#include "util/settings.h"
#include "util/xalloc.h"

/* The file is a few lines; anything bigger is not ours. */
#define SETTINGS_MAX_BYTES 4096

void settings_defaults(struct settings *s)
{
	memset(s, 0, sizeof *s);
	s->color = 1;
	s->mouse = 1;
	s->lock_minutes = SETTINGS_LOCK_DEFAULT;
}

char *settings_path(void)
{
	char *dir = paths_config_home();
	if (!dir)
		return NULL;
	char *p = xasprintf("%s/settings", dir);
	free(dir);
	return p;
}

static int valid_region(const char *v)
{
	size_t n = strlen(v);
	if (n < 2 || n >= sizeof((struct settings *)0)->region)
		return 0;
	for (size_t i = 0; i < n; i++)
		if (!((v[i] >= 'A' && v[i] <= 'Z') || (v[i] >= 'a' && v[i] <= 'z')))
			return 0;
	return 1;
}

static void set_key(struct settings *s, const char *key, const char *val)
{
	if (strcmp(key, "region") == 0) {
		if (val[0] == '\0')
			s->region[0] = '\0';
		else if (valid_region(val))
			snprintf(s->region, sizeof s->region, "%s", val);
	} else if (strcmp(key, "color") == 0) {
		if (strcmp(val, "on") == 0)
			s->color = 1;
		else if (strcmp(val, "off") == 0)
			s->color = 0;
	} else if (strcmp(key, "mouse") == 0) {
		if (strcmp(val, "on") == 0)
			s->mouse = 1;
		else if (strcmp(val, "off") == 0)
			s->mouse = 0;
	} else if (strcmp(key, "plain") == 0) {
		if (strcmp(val, "1") == 0)
			s->plain = 1;
		else if (strcmp(val, "0") == 0)
			s->plain = 0;
	} else if (strcmp(key, "lock-minutes") == 0) {
		char *end;
		errno = 0;
		long m = strtol(val, &end, 10);
		if (errno == 0 && end != val && *end == '\0' && m >= SETTINGS_LOCK_MIN &&
		    m <= SETTINGS_LOCK_MAX)
			s->lock_minutes = (int)m;
	}
}

static char *trim(char *s)
{
	while (*s == ' ' || *s == '\t')
		s++;
	size_t n = strlen(s);
	while (n > 0 && (s[n - 1] == ' ' || s[n - 1] == '\t' || s[n - 1] == '\r'))
		s[--n] = '\0';
	return s;
}

int settings_load(struct settings *s, const char *path, char *err, size_t errlen)
{
	settings_defaults(s);
	struct buf b;
	buf_init(&b);
	if (buf_read_file(&b, path, SETTINGS_MAX_BYTES) < 0) {
		int e = errno;
		buf_free(&b);
		if (e == ENOENT)
			return 1;
		snprintf(err, errlen,
		         /* TRANSLATORS: the first %s is the settings file, such as
		            /home/sam/.config/steady/settings; the second is the
		            system's reason, such as "Permission denied". */
		         _("could not read the settings in %s (%s); using the defaults"), path,
		         strerror(e));
		return -1;
	}
	char *save = NULL;
	for (char *line = strtok_r(b.data, "\n", &save); line; line = strtok_r(NULL, "\n", &save)) {
		char *t = trim(line);
		if (*t == '#' || *t == '\0')
			continue;
		char *eq = strchr(t, '=');
		if (!eq)
			continue;
		*eq = '\0';
		set_key(s, trim(t), trim(eq + 1));
	}
	buf_free(&b);
	return 0;
}

int settings_save(const struct settings *s, const char *path, char *err, size_t errlen)
{
	char *dir = xstrdup(path);
	char *slash = strrchr(dir, '/');
	if (slash && slash != dir) {
		*slash = '\0';
		if (paths_mkdir_p(dir) < 0) {
			/* TRANSLATORS: the first %s is a folder for steady's
			   settings, such as /home/sam/.config/steady; the second is
			   the system's reason, such as "Permission denied". */
			snprintf(err, errlen, _("could not make the folder %s (%s)"), dir,
			         strerror(errno));
			free(dir);
			return -1;
		}
	}
	free(dir);

	struct buf b;
	buf_init(&b);
	buf_puts(&b, "# steady settings: nothing personal is kept here.\n");
	buf_printf(&b, "region=%s\n", s->region);
	buf_printf(&b, "color=%s\n", s->color ? "on" : "off");
	buf_printf(&b, "mouse=%s\n", s->mouse ? "on" : "off");
	buf_printf(&b, "lock-minutes=%d\n", s->lock_minutes);
	buf_printf(&b, "plain=%d\n", s->plain ? 1 : 0);

	char *tmp = xasprintf("%s.XXXXXX", path);
	int fd = mkstemp(tmp);
	int rc = -1;
	if (fd < 0) {
		/* TRANSLATORS: the first %s is the settings file, such as
		   /home/sam/.config/steady/settings; the second is the system's
		   reason, such as "No space left on device". */
		snprintf(err, errlen, _("could not save the settings in %s (%s)"), path,
		         strerror(errno));
		goto out;
	}
	if (fchmod(fd, 0600) < 0 || fd_write_all(fd, b.data, b.len) < 0 || fsync(fd) < 0) {
		int e = errno;
		close(fd);
		unlink(tmp);
		snprintf(err, errlen, _("could not save the settings in %s (%s)"), path,
		         strerror(e));
		goto out;
	}
	if (close(fd) < 0 || rename(tmp, path) < 0) {
		int e = errno;
		unlink(tmp);
		snprintf(err, errlen, _("could not save the settings in %s (%s)"), path,
		         strerror(e));
		goto out;
	}
	rc = 0;
out:
	free(tmp);
	buf_free(&b);
	return rc;
}
