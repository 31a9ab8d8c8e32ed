/* SPDX-FileCopyrightText: 2026 The steady authors */
/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * preview.h: `steady preview FILE`, the session's part: the module put into
 * the library of a session opened for a preview (session_open(..., 1)), so
 * that its links and helplines work as they will for the client. Nothing
 * is written: the file is not added to the modules on disk.
 */
#ifndef STEADY_SESSION_PREVIEW_H
#define STEADY_SESSION_PREVIEW_H

#include "content/module.h"
#include "session/session.h"

/*
 * Loads the module at path (already checked) into the library, where it
 * wins over one of the same id, and makes room for every module's answers.
 * The module, or NULL when it cannot be loaded.
 */
const struct module *preview_add(struct session *s, const char *path);

#endif
