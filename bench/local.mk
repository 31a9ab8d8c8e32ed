# SPDX-FileCopyrightText: 2026 The steady authors
# SPDX-License-Identifier: GPL-3.0-or-later
## bench/local.mk: steady's benchmarks. `make bench` builds them and runs
## bench/run.sh, which prints one table (recorded in bench/RESULTS.md);
## `make bench-callgrind` counts instructions only. They are EXTRA_PROGRAMS,
## built on demand: `make`, `make check` and CI never build or run them.
EXTRA_PROGRAMS = bench/bench_age bench/bench_content bench/bench_diary bench/bench_patterns \
	bench/bench_startup bench/floor_curses bench/floor_yaml
bench_bench_age_SOURCES = bench/bench_age.c bench/bench.c bench/bench.h
bench_bench_patterns_SOURCES = bench/bench_patterns.c bench/bench.c bench/bench.h
bench_bench_patterns_LDADD = -lutil
bench_bench_content_SOURCES = bench/bench_content.c bench/bench.c bench/bench.h \
	bench/floor_parse.c bench/floor_parse.h
bench_bench_content_LDADD = $(STEADY_LIBS)
bench_bench_content_CPPFLAGS = $(AM_CPPFLAGS) $(TREE_CPPFLAGS)
bench_bench_diary_SOURCES = bench/bench_diary.c bench/bench.c bench/bench.h
bench_bench_diary_LDADD = $(STEADY_LIBS)
## forkpty() is in libutil, which is part of glibc.
bench_bench_startup_SOURCES = bench/bench_startup.c bench/bench.c bench/bench.h
bench_bench_startup_LDADD = -lutil
bench_floor_curses_SOURCES = bench/floor_curses.c
bench_floor_curses_LDADD = $(NCURSESW_LIBS)
bench_floor_yaml_SOURCES = bench/floor_yaml.c bench/floor_parse.c bench/floor_parse.h \
	bench/bench.c bench/bench.h
bench_floor_yaml_LDADD = $(YAML_LIBS)
CLEANFILES += $(EXTRA_PROGRAMS) bench/last-rows.tsv
EXTRA_DIST += bench/run.sh bench/RESULTS.md

BENCH_ENV = top_srcdir='$(abs_top_srcdir)' top_builddir='$(abs_top_builddir)'
bench: $(EXTRA_PROGRAMS) steady$(EXEEXT)
	@$(BENCH_ENV) $(SHELL) '$(srcdir)/bench/run.sh'
bench-callgrind: $(EXTRA_PROGRAMS) steady$(EXEEXT)
	@$(BENCH_ENV) BENCH_ONLY=callgrind $(SHELL) '$(srcdir)/bench/run.sh'
.PHONY: bench bench-callgrind
