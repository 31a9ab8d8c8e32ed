/* SPDX-FileCopyrightText: 2026 The steady authors */
/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * paths.h: where steady's files are. The uninstalled binary (the one in the
 * build tree) uses the source tree's content/ and the build tree's
 * catalogues, so `./quickstart.sh` runs without installing anything.
 */
#ifndef STEADY_UTIL_PATHS_H
#define STEADY_UTIL_PATHS_H

/* 1 when this process is the binary in the build tree, not an installed one. */
int paths_uninstalled(void);

/* The bundled content folder (static string). */
const char *paths_bundled_content(void);

/* The build's cache of parsed bundled content (static string; see ycache.h). */
const char *paths_content_cache(void);

/* The folder of compiled message catalogues for bindtextdomain (static). */
const char *paths_localedir(void);

/* $XDG_DATA_HOME/steady, or ~/.local/share/steady (new string, NULL if no home). */
char *paths_data_home(void);

/* $XDG_DATA_HOME/steady/modules (new string, or NULL). */
char *paths_user_modules(void);

/* The cache of the parsed modules in paths_user_modules(), which `steady
 * add` and `steady remove` write (new string, or NULL; see ycache.h). */
char *paths_user_modules_cache(void);

/* $XDG_CONFIG_HOME/steady (new string, or NULL). */
char *paths_config_home(void);

/* Makes a folder and its parents, each new one with mode 0700. 0 or -1 (errno). */
int paths_mkdir_p(const char *path);

#endif
