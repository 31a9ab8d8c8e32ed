/*
 * unit.h: what every Check test program shares (header-only so each test
 * stays one program): running a suite and turning its result into the exit
 * status the test harness reads.
 */
#ifndef STEADY_TESTS_UNIT_H
#define STEADY_TESTS_UNIT_H

#include <check.h>
#include <stdlib.h>

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
