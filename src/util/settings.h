/* SPDX-FileCopyrightText: 2026 The steady authors */
/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * settings.h: the few preferences steady keeps between runs, in
 * $XDG_CONFIG_HOME/steady/settings as "key=value" lines. Only what is not
 * personal is stored: the helpline region, colour, how soon the diary
 * locks itself, whether steady starts in plain mode (lines of text for a
 * screen reader, not screens) and whether the screens take the mouse.
 * Nothing about which modules were used, ever.
 */
#ifndef STEADY_UTIL_SETTINGS_H
#define STEADY_UTIL_SETTINGS_H

#include <stddef.h>

#define SETTINGS_LOCK_MIN     1
#define SETTINGS_LOCK_MAX     120
#define SETTINGS_LOCK_DEFAULT 10

struct settings {
	char region[16];  /* a region id ("GB"), or "" to follow the locale */
	int color;        /* 1: colour where the terminal has it; 0: never */
	int lock_minutes; /* the diary locks itself after this many idle minutes */
	int plain;        /* 1: start in plain mode, as with --plain */
	int mouse;        /* 1: clicks and the wheel work on the screens; 0: the terminal's own */
};

/* Fills in the defaults. */
void settings_defaults(struct settings *s);

/* The settings file's path (new string), or NULL without a home folder. */
char *settings_path(void);

/*
 * Reads the file at path over the defaults; unknown keys and bad values are
 * skipped. Returns 0 when read, 1 when there is no file yet (the first
 * run), -1 when it could not be read (err says why; s holds the defaults).
 */
int settings_load(struct settings *s, const char *path, char *err, size_t errlen);

/*
 * Writes the file atomically (a temporary file in the same folder, then
 * rename) with mode 0600, making the folder (0700) when missing. 0, or -1
 * with err filled.
 */
int settings_save(const struct settings *s, const char *path, char *err, size_t errlen);

#endif
