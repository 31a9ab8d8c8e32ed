/* SPDX-FileCopyrightText: 2026 The steady authors */
/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fault.c: the test-only failure hook of the store (see fault.h). */
#include "config.h"

#include <signal.h>
#include <stddef.h>
#include <stdlib.h>

#include "diary/fault.h"

static fault_fn hook;
static void *hook_ctx;

void fault_set(fault_fn fn, void *ctx)
{
	hook = fn;
	hook_ctx = ctx;
}

#ifdef STEADY_TEST_BUILD
/* STEADY_FAULT_KILL=N: SIGKILL just before the Nth writing operation. */
static void kill_point(enum fault_op op)
{
	static long left = -1;
	if (op == FAULT_READ)
		return;
	if (left < 0) {
		const char *env = getenv("STEADY_FAULT_KILL");
		left = env ? strtol(env, NULL, 10) : 0;
		if (left < 0)
			left = 0;
	}
	if (left > 0 && --left == 0)
		raise(SIGKILL);
}
#endif

int fault_check(enum fault_op op)
{
#ifdef STEADY_TEST_BUILD
	kill_point(op);
#endif
	return hook ? hook(op, hook_ctx) : 0;
}
