/* SPDX-FileCopyrightText: 2026 The steady authors */
/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * ui.h: steady's screens. main() calls ui_run() when no subcommand is
 * given; everything below it owns the terminal until it returns.
 */
#ifndef STEADY_UI_UI_H
#define STEADY_UI_UI_H

#include "session/options.h"

/*
 * Runs the screens until the person leaves. Returns the exit status: 0 on
 * leaving or a quick exit, 1 when the terminal cannot show the screens
 * (a message is on stderr), 128 + the signal when one ended the session.
 */
int ui_run(const struct steady_opts *o);

/*
 * Plays the module in the file at path (already checked: it has no errors)
 * on the screens, with the library around it for links and helplines,
 * without adding it and without saving anything. Returns as ui_run().
 */
int ui_preview(const struct steady_opts *o, const char *path);

#endif
