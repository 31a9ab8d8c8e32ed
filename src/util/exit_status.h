/* SPDX-FileCopyrightText: 2026 The steady authors */
/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * exit_status.h: the exit statuses of steady, shared by the subcommands
 * and the front ends (steady(1) lists them).
 */
#ifndef STEADY_UTIL_EXIT_STATUS_H
#define STEADY_UTIL_EXIT_STATUS_H

#define EXIT_OK         0
#define EXIT_INVALID    1 /* a file had errors, an operation failed */
#define EXIT_USAGE      2 /* bad options or arguments */
#define EXIT_PASSPHRASE 3 /* wrong passphrase */
#define EXIT_LOCKED     4 /* the diary is open in another steady */

#endif
