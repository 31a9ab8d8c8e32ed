## tests/fuzz/local.mk: the libFuzzer harnesses (clang, ASan, UBSan).
## `make check` runs tests/fuzz/run.sh: it builds the harnesses, replays the
## seeds and every input kept in tests/fuzz/regress/, and fuzzes each harness
## for 15 s. `make fuzz` does the same for FUZZ_SECONDS (default 60) per harness,
## keeping the harnesses in tests/fuzz/bin/ of the build tree. Configure with
## CC=clang to pick the clang; otherwise `clang` is used (FUZZ_CC=... too).
FUZZ_CC = $(if $(findstring clang,$(CC)),$(CC),clang)
TESTS += tests/fuzz/run.sh
EXTRA_DIST += tests/fuzz/run.sh tests/fuzz/build.sh tests/fuzz/README.md \
	tests/fuzz/fuzz_module_load.c tests/fuzz/fuzz_diary_read.c tests/fuzz/fuzz_wrap.c \
	tests/fuzz/fuzz_module_load.dict tests/fuzz/corpus tests/fuzz/regress
CLEANFILES += tests/fuzz/bin/obj/*.o tests/fuzz/bin/libunits.a tests/fuzz/bin/probe* \
	tests/fuzz/bin/fuzz_module_load tests/fuzz/bin/fuzz_diary_read tests/fuzz/bin/fuzz_wrap

fuzz:
	@$(AM_TESTS_ENVIRONMENT) FUZZ_SECONDS=$${FUZZ_SECONDS:-60} FUZZ_CC='$(FUZZ_CC)' \
	FUZZ_BIN='$(abs_top_builddir)/tests/fuzz/bin' $(SHELL) $(srcdir)/tests/fuzz/run.sh
.PHONY: fuzz
