/*
 * unit.h: what every Check test program shares (header-only so each test
 * stays one program): running a suite and turning its result into the exit
 * status the test harness reads.
 */
#ifndef STEADY_TESTS_UNIT_H
#define STEADY_TESTS_UNIT_H

#include <check.h>
#include <stdlib.h>

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

/* Runs every test of s (and frees it); EXIT_SUCCESS when none failed. */
static inline int unit_run(Suite *s)
{
	SRunner *sr = srunner_create(s);
	srunner_run_all(sr, CK_NORMAL);
	int failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}

#endif
