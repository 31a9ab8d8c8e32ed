/* SPDX-FileCopyrightText: 2026 The steady authors */
/* SPDX-License-Identifier: GPL-3.0-or-later */
/* harden.c: core dumps off and a private umask, before anything else runs. */
#include "config.h"

#include <sys/resource.h>
#include <sys/stat.h>
#ifdef HAVE_SYS_PRCTL_H
#include <sys/prctl.h>
#endif

#include "util/harden.h"

void harden_process(void)
{
	struct rlimit rl = {0, 0};
	setrlimit(RLIMIT_CORE, &rl);
#if defined(HAVE_PRCTL) && defined(PR_SET_DUMPABLE)
	/* Also stops other processes of the same user from ptrace-reading memory. */
	prctl(PR_SET_DUMPABLE, 0, 0, 0, 0);
#endif
	umask(077);
}
