/* SPDX-FileCopyrightText: 2026 The steady authors */
/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * fault.h: a test-only hook that makes the store's system calls fail, so
 * the tests can check that every failing write, fsync, link or rename
 * leaves the previous diary intact. Only tests include this header; with
 * no hook set, the calls run normally.
 */
#ifndef STEADY_DIARY_FAULT_H
#define STEADY_DIARY_FAULT_H

enum fault_op {
	FAULT_READ,      /* open of the diary to read, and each read() of it */
	FAULT_OPEN,      /* open of a file to write */
	FAULT_WRITE,     /* each write() */
	FAULT_FSYNC,     /* fsync of a file */
	FAULT_LINK,      /* link of the old diary to the backup's temporary name */
	FAULT_RENAME,    /* each rename() */
	FAULT_FSYNC_DIR, /* fsync of the folder */
	FAULT_UNLINK,    /* unlink of the old backup before a purging save */
	FAULT__COUNT
};

/* Called before each operation; returns 0 to let it run, or an errno value
 * (ENOSPC, EIO...) that the operation then fails with. */
typedef int (*fault_fn)(enum fault_op op, void *ctx);

/* Sets the hook (NULL removes it). */
void fault_set(fault_fn fn, void *ctx);

/* Asks the hook about an operation: 0, or the errno to fail with. In a test
 * build, STEADY_FAULT_KILL=N in the environment kills the process
 * (SIGKILL) just before the Nth operation other than FAULT_READ, for the
 * kill -9 sweeps of tests/cli/diary-kill.sh. */
int fault_check(enum fault_op op);

#endif
