/* SPDX-FileCopyrightText: 2026 The steady authors */
/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * pass_rules.h: what steady asks of a new diary passphrase, the same on
 * every front end. Nothing is refused but an empty one: a short passphrase
 * gets a warning, and the person may use it anyway after saying so. It is
 * typed twice, and both must be the same.
 */
#ifndef STEADY_SESSION_PASS_RULES_H
#define STEADY_SESSION_PASS_RULES_H

#include <stddef.h>

/* Passphrases with fewer characters than this get a warning (doc/steady.1). */
#define PASS_RULES_GENTLE_MIN 8

/* The characters (code points, not bytes) of a passphrase of len bytes. */
size_t pass_rules_chars(const char *pass, size_t len);

/* 1 when the passphrase is short enough for the warning. */
int pass_rules_short(const char *pass, size_t len);

/* The warning for a short passphrase of chars characters (translated, new string). */
char *pass_rules_short_text(size_t chars);

/* 1 when the passphrase typed again is the same as the first. */
int pass_rules_same(const char *a, size_t alen, const char *b, size_t blen);

#endif
