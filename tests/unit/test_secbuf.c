/* SPDX-FileCopyrightText: 2026 The steady authors */
/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * test_secbuf.c: guarded memory (diary/secbuf) at its edges: a size so
 * large that the mapping's length would wrap is refused (out of memory,
 * an abort) rather than given a block smaller than asked for; a block
 * that cannot be locked in RAM is said once.
 */
#include "config.h"

#include <linux/capability.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "diary/secbuf.h"
#include "unit.h"

/* Just below the size at which the region's own length wraps: the mapping
 * (region, two guard pages and room for a huge page) wrapped to 2 MiB. */
START_TEST(wrapping_size_refused)
{
	size_t page = (size_t)sysconf(_SC_PAGESIZE);
	unsigned char *p = secbuf_alloc(SIZE_MAX - 16 - 2 * page);
	p[0] = 1; /* not reached: the allocation aborts */
}
END_TEST

START_TEST(largest_sizes_refused)
{
	secbuf_alloc(SIZE_MAX);
}
END_TEST

static int notices;
static char notice[512];

static void count_notice(const char *message)
{
	notices++;
	snprintf(notice, sizeof notice, "%s", message);
}

/* With no locked memory allowed (and, as root, no CAP_IPC_LOCK), two large
 * blocks: one notice, which names ulimit -l. */
START_TEST(unlocked_said_once)
{
	struct __user_cap_header_struct h = {_LINUX_CAPABILITY_VERSION_3, 0};
	struct __user_cap_data_struct c[2];
	if (syscall(SYS_capget, &h, c) == 0) {
		c[CAP_IPC_LOCK / 32].effective &= ~(1u << (CAP_IPC_LOCK % 32));
		(void)syscall(SYS_capset, &h, c);
	}
	struct rlimit none = {0, 0};
	ck_assert_int_eq(setrlimit(RLIMIT_MEMLOCK, &none), 0);
	static char probe[1];
	if (mlock(probe, 1) == 0) {
		fputs("unlocked_said_once: memory can still be locked here; not tested\n", stderr);
		return;
	}
	secbuf_notice = count_notice;
	void *a = secbuf_alloc(2u << 20), *b = secbuf_alloc(2u << 20);
	ck_assert_int_eq(notices, 1);
	ck_assert_ptr_nonnull(strstr(notice, "ulimit -l"));
	secbuf_free(a);
	secbuf_free(b);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("secbuf");
	TCase *tc = tcase_create("secbuf");
	tcase_add_test_raise_signal(tc, wrapping_size_refused, SIGABRT);
	tcase_add_test_raise_signal(tc, largest_sizes_refused, SIGABRT);
	tcase_add_test(tc, unlocked_said_once);
	suite_add_tcase(s, tc);
	return unit_run(s);
}
