/* SPDX-FileCopyrightText: 2026 The steady authors */
/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * harden.h: process hardening done first thing in every mode, so that
 * nothing personal can reach the disk through a core dump or a file made
 * readable by others.
 */
#ifndef STEADY_UTIL_HARDEN_H
#define STEADY_UTIL_HARDEN_H

/* No core dumps (RLIMIT_CORE 0, not dumpable) and umask 077. */
void harden_process(void);

#endif
