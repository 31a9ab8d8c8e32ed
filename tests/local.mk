## tests/local.mk: the test suite run by `make check`.
## Unit tests (Check) are tests/unit/test_<unit>.c, each linked with libsteady.a.
## Script tests (command line and terminal sessions) are tests/*/*.sh.
TEST_EXTENSIONS = .sh
SH_LOG_COMPILER = $(SHELL)
AM_TESTS_ENVIRONMENT = \
	top_srcdir='$(abs_top_srcdir)'; top_builddir='$(abs_top_builddir)'; \
	STEADY='$(abs_top_builddir)/steady'; \
	export top_srcdir top_builddir STEADY;
UNIT_CFLAGS = $(AM_CFLAGS) $(CHECK_CFLAGS) -DTEST_DATA=\"$(abs_top_srcdir)/tests/data\"
UNIT_LIBS = $(STEADY_LIBS) $(CHECK_LIBS)
EXTRA_DIST += tests/summary.sh tests/lib.sh
