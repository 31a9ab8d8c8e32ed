/* SPDX-FileCopyrightText: 2026 The steady authors */
/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * unit.h: what every Check test program shares (header-only so each test
 * stays one program): running a suite and turning its result into the exit
 * status the test harness reads, and running a test of permissions as a
 * user other than root.
 */
#ifndef STEADY_TESTS_UNIT_H
#define STEADY_TESTS_UNIT_H

#include <check.h>
#include <grp.h>
#include <pwd.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

/* For a test program that needs the test-only switches or weak key costs
 * (a build configured with --enable-test-build): allows the weak costs
 * there (STEADY_DIARY_COSTS=min), and is a SKIP elsewhere. */
#ifdef STEADY_TEST_BUILD
#define UNIT_NEED_TEST_BUILD() setenv("STEADY_DIARY_COSTS", "min", 1)
#else
#include <stdio.h>
#define UNIT_NEED_TEST_BUILD()                                                                     \
	do {                                                                                       \
		fputs("SKIP: needs a build configured with --enable-test-build\n", stderr);        \
		return 77;                                                                         \
	} while (0)
#endif

/* The exit status of a test that could not run. */
#define UNIT_SKIP 77

/* Tests left out of the suite because they cannot run here. */
static int unit_skipped;

/* Runs every test of s (and frees it); EXIT_SUCCESS when none failed,
 * UNIT_SKIP when none failed but some were left out. */
static inline int unit_run(Suite *s)
{
	SRunner *sr = srunner_create(s);
	srunner_run_all(sr, CK_NORMAL);
	int failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	if (!failed && unit_skipped)
		printf("SKIP: %d test(s) could not run here (the reasons are above)\n",
		       unit_skipped);
	return failed ? EXIT_FAILURE : unit_skipped ? UNIT_SKIP : EXIT_SUCCESS;
}

/* The user a test run by root becomes to test permissions: nobody. */
static inline uid_t unit_nobody(gid_t *gid)
{
	const struct passwd *pw = getpwnam("nobody");
	*gid = pw ? pw->pw_gid : 65534;
	return pw ? pw->pw_uid : 65534;
}

/* Gives up root's powers in this process for good (becoming nobody); 0, or
 * -1 when root cannot (a user namespace without nobody, say). */
static inline int unit_drop_root(void)
{
	if (geteuid() != 0)
		return 0;
	gid_t g;
	uid_t u = unit_nobody(&g);
	if (setgroups(0, NULL) < 0 || setgid(g) < 0 || setuid(u) < 0)
		return -1;
	return setuid(0) == 0 || geteuid() == 0 ? -1 : 0;
}

/*
 * Runs fn(arg) in a child process without root's powers: as nobody when this
 * is root (CI runs as root), after handing it the folder own (NULL: none), so
 * that a permission being refused means the same as for anyone. fn returns
 * 0 on success; it must not use ck_assert (it is not the test's process) but
 * say what failed on stderr. Returns what fn returned, UNIT_SKIP when root
 * cannot become nobody here, 128 + N when a signal N ended it.
 */
static inline int unit_unprivileged(const char *own, int (*fn)(void *), void *arg)
{
	if (own && geteuid() == 0) {
		gid_t g;
		uid_t u = unit_nobody(&g);
		if (chown(own, u, g) < 0) {
			perror(own);
			return 1;
		}
	}
	fflush(NULL);
	pid_t pid = fork();
	if (pid < 0)
		return 1;
	if (pid == 0)
		_exit(unit_drop_root() < 0 ? UNIT_SKIP : fn(arg));
	int st;
	if (waitpid(pid, &st, 0) != pid)
		return 1;
	return WIFEXITED(st) ? WEXITSTATUS(st) : 128 + WTERMSIG(st);
}

static inline int unit_true(void *arg)
{
	(void)arg;
	return 0;
}

/* Adds the test t, which uses unit_unprivileged(), to tc; or, when this is
 * root and cannot become nobody, leaves it out and counts it as skipped. */
#define unit_add_unprivileged_test(tc, t)                                                          \
	do {                                                                                       \
		if (unit_unprivileged(NULL, unit_true, NULL) == 0) {                               \
			tcase_add_test(tc, t);                                                     \
		} else {                                                                           \
			unit_skipped++;                                                            \
			printf("SKIP (environment): %s: root, and root cannot become nobody "      \
			       "here\n",                                                           \
			       #t);                                                                \
		}                                                                                  \
	} while (0)

/* In a function run by unit_unprivileged(): fails it (returns 1) with the
 * condition's text on stderr when cond is false. */
#define UNIT_CHECK(cond)                                                                           \
	do {                                                                                       \
		if (!(cond)) {                                                                     \
			fprintf(stderr, "%s:%d: not true: %s\n", __FILE__, __LINE__, #cond);       \
			return 1;                                                                  \
		}                                                                                  \
	} while (0)

#endif
