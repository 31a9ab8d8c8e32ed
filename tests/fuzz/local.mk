# SPDX-FileCopyrightText: 2026 The steady authors
# SPDX-License-Identifier: GPL-3.0-or-later
## tests/fuzz/local.mk: the libFuzzer harnesses (clang, ASan, UBSan), one
## tests/fuzz/fuzz_<name>.c each. They are built once into tests/fuzz/bin/ of
## the build tree (tests/fuzz/build.sh), and again only for what changed.
## `make check` replays the seeds and every input kept in tests/fuzz/regress/
## (tests/fuzz/run.sh, no fuzzing: the same each run); `make fuzz` fuzzes
## each harness for FUZZ_SECONDS (default 60). Configure with CC=clang to pick
## the clang; otherwise `clang` is used (FUZZ_CC=... too).
FUZZ_CC = $(if $(findstring clang,$(CC)),$(CC),clang)
FUZZ_ENV = top_srcdir='$(abs_top_srcdir)' top_builddir='$(abs_top_builddir)' \
	FUZZ_CC='$(FUZZ_CC)' FUZZ_BIN='$(abs_top_builddir)/tests/fuzz/bin'
TESTS += tests/fuzz/run.sh
EXTRA_DIST += tests/fuzz/run.sh tests/fuzz/build.sh tests/fuzz/README.md \
	$(wildcard $(srcdir)/tests/fuzz/fuzz_*.c $(srcdir)/tests/fuzz/*.h $(srcdir)/tests/fuzz/*.dict \
	$(srcdir)/tests/fuzz/*.options) tests/fuzz/corpus tests/fuzz/regress

## What the harnesses are built from. build.sh's exit status goes to
## tests/fuzz/bin/status for run.sh (77: no clang to build with, a skip); the
## stamp is made only when they built, so a failure or a missing clang is
## tried again by the next `make check`.
FUZZ_DEPS = $(wildcard $(srcdir)/src/*/*.[ch] $(srcdir)/src/main.c \
	$(srcdir)/tests/fuzz/fuzz_*.c $(srcdir)/tests/fuzz/*.h) $(srcdir)/tests/fuzz/build.sh config.h
tests/fuzz/bin/built: $(FUZZ_DEPS)
	@mkdir -p tests/fuzz/bin; st=0; \
	$(FUZZ_ENV) $(SHELL) $(srcdir)/tests/fuzz/build.sh $(abs_top_builddir)/tests/fuzz/bin \
		>tests/fuzz/bin/build.log 2>&1 || st=$$?; \
	echo $$st >tests/fuzz/bin/status; \
	if [ $$st -eq 0 ]; then touch $@; else rm -f $@; fi
check_DATA = tests/fuzz/bin/built
clean-local: clean-fuzz
clean-fuzz:
	-rm -rf tests/fuzz/bin
.PHONY: clean-fuzz

fuzz: tests/fuzz/bin/built
	@$(AM_TESTS_ENVIRONMENT) $(FUZZ_ENV) FUZZ_SECONDS=$${FUZZ_SECONDS:-60} \
	$(SHELL) $(srcdir)/tests/fuzz/run.sh
.PHONY: fuzz
