/* SPDX-FileCopyrightText: 2026 The steady authors */
/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * plain.h: steady's plain mode, a line-oriented front end for screen
 * readers, terminals that cannot show the screens (TERM=dumb) and pipes.
 * Each step is printed once as plain text; each answer is one line read
 * from standard input. main() calls it instead of the screens.
 */
#ifndef STEADY_PLAIN_PLAIN_H
#define STEADY_PLAIN_PLAIN_H

#include "session/options.h"

/*
 * Runs steady in plain mode until the person leaves (quit, end of input or
 * a signal). Returns the exit status: 0, or 128 + the signal that ended it.
 */
int plain_run(const struct steady_opts *o);

/*
 * Plays the module in the file at path (already checked) in plain mode,
 * with the library around it, saving nothing. Returns as plain_run().
 */
int plain_preview(const struct steady_opts *o, const char *path);

#endif
