/* SPDX-FileCopyrightText: 2026 The steady authors */
/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * delete.h: deleting a diary entry, the same way on every front end. A
 * record that fed a module's answers this run goes with them: the
 * module's progress starts afresh and Continue no longer offers it, so
 * nothing resumes from an entry that is gone.
 */
#ifndef STEADY_SESSION_DELETE_H
#define STEADY_SESSION_DELETE_H

#include <stdint.h>

#include "diary/diary.h"
#include "session/session.h"

/*
 * Deletes entry id from the open diary (in memory; the caller saves) and
 * forgets the progress it fed. 0, or -1 with err filled (a locked diary,
 * no such entry).
 */
int delete_entry(struct session *s, uint64_t id, struct diary_error *err);

#endif
