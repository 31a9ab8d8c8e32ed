/* SPDX-FileCopyrightText: 2026 The steady authors */
/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * unlock.h: opening the diary of a session with a passphrase, or setting
 * one up, so that every front end does it the same way: the diary is
 * attached to the session (modules resume from it) and the calm note says
 * what happened. The passphrase is only read; the caller wipes it. The
 * texts around it are the same on every front end too.
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

/* Why there is no diary without a home folder (translated). */
const char *unlock_no_home(void);

/*
 * What is said before a diary is set up: intro (or NULL), what the
 * encryption protects and what it does not, and where the diary will be
 * kept (markup; new string).
 */
char *unlock_setup_text(const struct session *s, const char *intro);

/* What is said over the passphrase that opens the diary, intro first (markup; new string). */
char *unlock_open_text(const char *intro);

/* What to do about a damaged diary (DIARY_ERR_CORRUPT): the steps to its backup (new string). */
char *unlock_damaged_advice(const struct session *s);

#endif
