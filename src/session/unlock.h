/*
 * unlock.h: opening the diary of a session with a passphrase, or setting
 * one up, so that every front end does it the same way: the diary is
 * attached to the session (modules resume from it) and the calm note says
 * what happened. The passphrase is only read; the caller wipes it.
 */
#ifndef STEADY_SESSION_UNLOCK_H
#define STEADY_SESSION_UNLOCK_H

#include <stddef.h>

#include "diary/diary.h"
#include "session/session.h"

/* Makes a new diary in the session's folder and attaches it. 0, or -1 with err filled. */
int unlock_setup(struct session *s, const char *pass, size_t len, struct diary_error *err);

/*
 * Opens the session's diary, or unlocks it again after a lock, and attaches
 * it. 0, or -1 with err filled: DIARY_ERR_PASSPHRASE may be tried again,
 * DIARY_ERR_CORRUPT needs the backup (the message says how).
 */
int unlock_open(struct session *s, const char *pass, size_t len, struct diary_error *err);

#endif
