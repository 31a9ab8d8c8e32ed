# SPDX-FileCopyrightText: 2026 The steady authors
# SPDX-License-Identifier: GPL-3.0-or-later
## tests/local.mk: the test suite run by `make check`.
## Unit tests (Check) are tests/unit/test_<unit>.c, each linked with libsteady.a.
## Script tests (command line and terminal sessions) are tests/*/*.sh.
TEST_EXTENSIONS = .sh .skip
SH_LOG_COMPILER = $(SHELL)
AM_TESTS_ENVIRONMENT = \
	top_srcdir='$(abs_top_srcdir)'; top_builddir='$(abs_top_builddir)'; \
	STEADY='$(abs_top_builddir)/steady'; TEST_BUILD='$(STEADY_TEST_BUILD)'; \
	export top_srcdir top_builddir STEADY TEST_BUILD;
UNIT_CFLAGS = $(AM_CFLAGS) $(CHECK_CFLAGS) -DTEST_DATA=\"$(abs_top_srcdir)/tests/data\"
UNIT_LIBS = $(STEADY_LIBS) $(CHECK_LIBS)
EXTRA_DIST += tests/unit/unit.h
EXTRA_DIST += tests/summary.sh tests/lib.sh

## The screens' pure parts and the settings file (util/wrap, util/markup, util/settings).
if HAVE_CHECK
check_PROGRAMS += tests/unit/test_wrap tests/unit/test_markup tests/unit/test_settings
TESTS += tests/unit/test_wrap tests/unit/test_markup tests/unit/test_settings
check_PROGRAMS += tests/unit/test_date_words
TESTS += tests/unit/test_date_words
tests_unit_test_date_words_SOURCES = tests/unit/test_date_words.c
tests_unit_test_date_words_CFLAGS = $(UNIT_CFLAGS)
tests_unit_test_date_words_LDADD = $(UNIT_LIBS)
tests_unit_test_wrap_SOURCES = tests/unit/test_wrap.c
tests_unit_test_wrap_CFLAGS = $(UNIT_CFLAGS)
tests_unit_test_wrap_LDADD = $(UNIT_LIBS)
tests_unit_test_markup_SOURCES = tests/unit/test_markup.c
tests_unit_test_markup_CFLAGS = $(UNIT_CFLAGS)
tests_unit_test_markup_LDADD = $(UNIT_LIBS)
tests_unit_test_settings_SOURCES = tests/unit/test_settings.c
tests_unit_test_settings_CFLAGS = $(UNIT_CFLAGS)
tests_unit_test_settings_LDADD = $(UNIT_LIBS)
endif

## The encrypted diary (src/diary) and `steady diary`.
if HAVE_CHECK
check_PROGRAMS += tests/unit/test_diary tests/unit/test_diary_faults tests/unit/test_diary_stats \
	tests/unit/test_import tests/unit/test_latest tests/unit/test_secbuf
TESTS += tests/unit/test_diary tests/unit/test_diary_faults tests/unit/test_diary_stats \
	tests/unit/test_import tests/unit/test_latest tests/unit/test_secbuf
tests_unit_test_secbuf_SOURCES = tests/unit/test_secbuf.c
tests_unit_test_secbuf_CFLAGS = $(UNIT_CFLAGS)
tests_unit_test_secbuf_LDADD = $(UNIT_LIBS)
tests_unit_test_diary_SOURCES = tests/unit/test_diary.c tests/unit/diary_test_util.h
tests_unit_test_diary_CFLAGS = $(UNIT_CFLAGS)
tests_unit_test_diary_LDADD = $(UNIT_LIBS)
tests_unit_test_diary_faults_SOURCES = tests/unit/test_diary_faults.c tests/unit/diary_test_util.h
tests_unit_test_diary_faults_CFLAGS = $(UNIT_CFLAGS)
tests_unit_test_diary_faults_LDADD = $(UNIT_LIBS)
tests_unit_test_import_SOURCES = tests/unit/test_import.c tests/unit/diary_test_util.h
tests_unit_test_import_CFLAGS = $(UNIT_CFLAGS)
tests_unit_test_import_LDADD = $(UNIT_LIBS)
tests_unit_test_import_LDFLAGS = -Wl,--wrap=free # markdown_copies_wiped
tests_unit_test_latest_SOURCES = tests/unit/test_latest.c tests/unit/diary_test_util.h
tests_unit_test_latest_CFLAGS = $(UNIT_CFLAGS)
tests_unit_test_latest_LDADD = $(UNIT_LIBS)
tests_unit_test_diary_stats_SOURCES = tests/unit/test_diary_stats.c tests/unit/diary_test_util.h
tests_unit_test_diary_stats_CFLAGS = $(UNIT_CFLAGS)
tests_unit_test_diary_stats_LDADD = $(UNIT_LIBS) -lm
check_PROGRAMS += tests/unit/test_sealed
TESTS += tests/unit/test_sealed
tests_unit_test_sealed_CFLAGS = $(UNIT_CFLAGS)
tests_unit_test_sealed_LDADD = $(UNIT_LIBS)
endif
TESTS += tests/cli/diary.sh
EXTRA_DIST += tests/cli/diary.sh
## Hostile entries, files and terminals: `steady diary` stays safe.
TESTS += tests/cli/diary-terminal.sh tests/cli/diary-files.sh tests/cli/diary-readonly.sh \
	tests/cli/diary-add.sh tests/cli/passphrase-tty.sh tests/cli/leaks.sh \
	tests/cli/diary-import.sh
## The diary keeps its promises: flips, cuts, kill -9 sweeps, full and read-only disks.
TESTS += tests/cli/diary-audit.sh tests/cli/diary-wipe.sh tests/cli/diary-weak.sh \
	tests/cli/test-build.sh
EXTRA_DIST += tests/cli/diary-audit.sh tests/cli/diary-wipe.sh tests/cli/diary-weak.sh \
	tests/cli/test-build.sh
EXTRA_DIST += tests/cli/diary-terminal.sh tests/cli/tty.py tests/cli/diary-files.sh \
	tests/cli/diary-readonly.sh tests/cli/diary-add.sh tests/cli/passphrase-tty.sh \
	tests/cli/leaks.sh tests/cli/diary-import.sh

## The content loader: hostile input, the module format, helplines, the library.
if HAVE_CHECK
check_PROGRAMS += tests/unit/test_yaml_reader tests/unit/test_module_load \
	tests/unit/test_helplines tests/unit/test_library
TESTS += tests/unit/test_yaml_reader tests/unit/test_module_load \
	tests/unit/test_helplines tests/unit/test_library
tests_unit_test_yaml_reader_SOURCES = tests/unit/test_yaml_reader.c tests/unit/content_test.h
tests_unit_test_yaml_reader_CFLAGS = $(UNIT_CFLAGS)
tests_unit_test_yaml_reader_LDADD = $(UNIT_LIBS)
tests_unit_test_module_load_SOURCES = tests/unit/test_module_load.c tests/unit/content_test.h
tests_unit_test_module_load_CFLAGS = $(UNIT_CFLAGS)
tests_unit_test_module_load_LDADD = $(UNIT_LIBS)
tests_unit_test_helplines_SOURCES = tests/unit/test_helplines.c tests/unit/content_test.h
tests_unit_test_helplines_CFLAGS = $(UNIT_CFLAGS)
tests_unit_test_helplines_LDADD = $(UNIT_LIBS)
tests_unit_test_library_SOURCES = tests/unit/test_library.c tests/unit/content_test.h
tests_unit_test_library_CFLAGS = $(UNIT_CFLAGS)
tests_unit_test_library_LDADD = $(UNIT_LIBS)
endif

## The helplines as plain text (content/helplines_text) and `steady helplines`.
if HAVE_CHECK
check_PROGRAMS += tests/unit/test_helplines_text
TESTS += tests/unit/test_helplines_text
tests_unit_test_helplines_text_SOURCES = tests/unit/test_helplines_text.c tests/unit/content_test.h
tests_unit_test_helplines_text_CFLAGS = $(UNIT_CFLAGS)
tests_unit_test_helplines_text_LDADD = $(UNIT_LIBS)
endif
TESTS += tests/cli/helplines.sh
EXTRA_DIST += tests/cli/helplines.sh
TESTS += tests/cli/check.sh tests/cli/list.sh
EXTRA_DIST += tests/cli/check.sh tests/cli/list.sh \
	tests/data/modules tests/data/helplines tests/data/hostile
## Each command's help and options, pipes and JSON, the bash completion.
TESTS += tests/cli/help.sh tests/cli/pipes.sh tests/cli/completion.sh
EXTRA_DIST += tests/cli/help.sh tests/cli/pipes.sh tests/cli/completion.sh
## The manual pages (mandoc), the metainfo (appstreamcli), the licences (reuse).
TESTS += tests/doc/man.sh tests/doc/metainfo.sh tests/doc/reuse.sh
EXTRA_DIST += tests/doc/man.sh tests/doc/metainfo.sh tests/doc/reuse.sh
## The build: reproducible, no build path in the binary, --disable-nls, the
## warning flags probed (each builds steady once more, in a folder of its own).
TESTS += tests/build/reproducible.sh tests/build/configure.sh
EXTRA_DIST += tests/build/reproducible.sh tests/build/configure.sh
## The unit tests may name the trees (never compiled into steady itself).
UNIT_CFLAGS += $(TREE_CPPFLAGS)
## quickstart.sh: the packages for running and for testing; no terminal.
TESTS += tests/setup/quickstart.sh
EXTRA_DIST += tests/setup/quickstart.sh
## Output in the locale's character set: Latin-1, ASCII under LANG=C.
TESTS += tests/i18n/charset.sh
EXTRA_DIST += tests/i18n/charset.sh

## Terminal sessions driven in tmux (ui/).
EXTRA_DIST += tests/tui/first-run.sh tests/tui/all-steps.sh tests/tui/help-now.sh \
	tests/tui/quick-exit.sh tests/tui/resize.sh tests/tui/term.sh tests/tui/signals.sh \
	tests/data/tui/all-steps.yaml tests/data/tui/tiny-check.yaml
if HAVE_TMUX
TESTS += tests/tui/first-run.sh tests/tui/all-steps.sh tests/tui/help-now.sh \
	tests/tui/quick-exit.sh tests/tui/resize.sh tests/tui/term.sh tests/tui/signals.sh
endif

## Translations: templates current, every .po compiles.
TESTS += tests/i18n/pot-current.sh tests/i18n/po-check.sh
EXTRA_DIST += tests/i18n/pot-current.sh tests/i18n/po-check.sh

## Fuzzing (tests/fuzz/local.mk): `make fuzz`, and a short pass in `make check`.
include $(top_srcdir)/tests/fuzz/local.mk

## Counsellors' modules: steady add, remove and preview.
TESTS += tests/cli/add.sh tests/cli/add-cache.sh
EXTRA_DIST += tests/cli/add.sh tests/cli/add-cache.sh tests/tui/preview.sh tests/tui/share.sh
if HAVE_TMUX
TESTS += tests/tui/preview.sh tests/tui/share.sh
endif
TESTS += tests/cli/syntax.sh
EXTRA_DIST += tests/cli/syntax.sh

## The diary screens' pure parts (ui/chart, ui/record) and their terminal sessions.
if HAVE_CHECK
check_PROGRAMS += tests/unit/test_chart tests/unit/test_record
TESTS += tests/unit/test_chart tests/unit/test_record
tests_unit_test_chart_SOURCES = tests/unit/test_chart.c
tests_unit_test_chart_CFLAGS = $(UNIT_CFLAGS)
tests_unit_test_chart_LDADD = $(UNIT_LIBS)
tests_unit_test_record_SOURCES = tests/unit/test_record.c
tests_unit_test_record_CFLAGS = $(UNIT_CFLAGS)
tests_unit_test_record_LDADD = $(UNIT_LIBS)
endif
EXTRA_DIST += tests/tui/diary.sh tests/tui/diary-modules.sh tests/tui/diary-lock.sh \
	tests/tui/diary-browse.sh tests/tui/patterns-when.sh tests/data/diary tests/data/diary-v1
if HAVE_TMUX
TESTS += tests/tui/diary.sh tests/tui/diary-modules.sh tests/tui/diary-lock.sh \
	tests/tui/diary-browse.sh tests/tui/patterns-when.sh
endif
EXTRA_DIST += tests/i18n/german.sh tests/data/i18n
if HAVE_TMUX
TESTS += tests/i18n/german.sh
endif

## Terminal abuse: random keys, resizes and terminals steady cannot drive.
EXTRA_DIST += tests/tui/abuse.sh
if HAVE_TMUX
TESTS += tests/tui/abuse.sh
endif

## Privacy audit: no network imports, nothing readable left on disk, no core dumps.
TESTS += tests/privacy/no-network.sh
EXTRA_DIST += tests/privacy/no-network.sh tests/privacy/session.sh tests/privacy/core.sh
if HAVE_TMUX
TESTS += tests/privacy/session.sh tests/privacy/core.sh
endif
TESTS += tests/cli/examples.sh tests/cli/schema.sh tests/cli/new.sh
EXTRA_DIST += tests/cli/new.sh
EXTRA_DIST += tests/cli/examples.sh tests/cli/schema.sh tests/cli/schema.py

## `make check-valgrind`: the unit tests under valgrind memcheck (tests/valgrind.sh).
EXTRA_DIST += tests/valgrind.sh tests/lsan.supp
check-valgrind: $(check_PROGRAMS)
	@$(SHELL) $(srcdir)/tests/valgrind.sh $(filter tests/unit/%,$(check_PROGRAMS))
.PHONY: check-valgrind
TESTS += tests/i18n/fuzzy.sh
EXTRA_DIST += tests/i18n/fuzzy.sh tests/data/i18n-domain

## The bundled content as shipped, and every module played to its end.
if HAVE_CHECK
check_PROGRAMS += tests/unit/test_content
TESTS += tests/unit/test_content
tests_unit_test_content_SOURCES = tests/unit/test_content.c
tests_unit_test_content_CFLAGS = $(UNIT_CFLAGS)
tests_unit_test_content_LDADD = $(UNIT_LIBS)
endif
EXTRA_DIST += tests/tui/all-modules.sh
if HAVE_TMUX
TESTS += tests/tui/all-modules.sh
endif

## The build's cache of parsed content (content.cache): the same trees as
## the parser, misses for edited files, and no crash on a damaged cache.
if HAVE_CHECK
check_PROGRAMS += tests/unit/test_ycache
TESTS += tests/unit/test_ycache
tests_unit_test_ycache_SOURCES = tests/unit/test_ycache.c
tests_unit_test_ycache_CFLAGS = $(UNIT_CFLAGS)
tests_unit_test_ycache_LDADD = $(UNIT_LIBS)
endif
EXTRA_DIST += tests/cli/content-cache.sh
TESTS += tests/cli/content-cache.sh
EXTRA_DIST += tests/tui/result-links.sh
if HAVE_TMUX
TESTS += tests/tui/result-links.sh
endif
EXTRA_DIST += tests/tui/suspend.sh
if HAVE_TMUX
TESTS += tests/tui/suspend.sh
endif
TESTS += tests/i18n/words.sh
EXTRA_DIST += tests/i18n/words.sh po/banned-words.txt
TESTS += tests/i18n/confidentiality.sh tests/i18n/update-po.sh tests/i18n/translating.sh tests/i18n/plurals.sh tests/i18n/comments.sh
EXTRA_DIST += tests/i18n/confidentiality.sh tests/i18n/update-po.sh tests/i18n/translating.sh tests/i18n/plurals.sh tests/i18n/comments.sh
EXTRA_DIST += tests/tui/scale.sh tests/data/tui/scale.yaml tests/data/scale/short.yaml
if HAVE_TMUX
TESTS += tests/tui/scale.sh
endif
EXTRA_DIST += tests/tui/diary-quick-exit.sh
if HAVE_TMUX
TESTS += tests/tui/diary-quick-exit.sh
endif
EXTRA_DIST += tests/tui/mouse.sh tests/tui/safety-plan.sh
if HAVE_TMUX
TESTS += tests/tui/mouse.sh tests/tui/safety-plan.sh
endif
EXTRA_DIST += tests/tui/leave-at-end.sh tests/data/tui-end
if HAVE_TMUX
TESTS += tests/tui/leave-at-end.sh
endif

## The idle lock between two keys, heard by every screen.
EXTRA_DIST += tests/tui/lock.sh tests/data/lock/breathe.yaml tests/data/lock/plan.yaml
if HAVE_TMUX
TESTS += tests/tui/lock.sh
endif

## A single choice records nothing the person did not pick.
EXTRA_DIST += tests/tui/choice.sh tests/data/choice/sleep.yaml
if HAVE_TMUX
TESTS += tests/tui/choice.sh
endif

## Escape sequences a terminfo entry lacks are one key, never Esc.
EXTRA_DIST += tests/tui/escape-keys.sh
if HAVE_TMUX
TESTS += tests/tui/escape-keys.sh
endif

## The hardware cursor on the focused item, for screen readers.
EXTRA_DIST += tests/tui/cursor.sh
if HAVE_TMUX
TESTS += tests/tui/cursor.sh
endif

## The session layer (src/session/) without a terminal: playing a module,
## keeping answers, homework, the diary of a run and a session's life.
if HAVE_CHECK
check_PROGRAMS += tests/unit/test_progress tests/unit/test_play tests/unit/test_keep \
	tests/unit/test_homework tests/unit/test_diary_link tests/unit/test_session
TESTS += tests/unit/test_progress tests/unit/test_play tests/unit/test_keep \
	tests/unit/test_homework tests/unit/test_diary_link tests/unit/test_session
tests_unit_test_progress_SOURCES = tests/unit/test_progress.c
tests_unit_test_progress_CFLAGS = $(UNIT_CFLAGS)
tests_unit_test_progress_LDADD = $(UNIT_LIBS)
tests_unit_test_play_SOURCES = tests/unit/test_play.c tests/unit/session_test.h
tests_unit_test_play_CFLAGS = $(UNIT_CFLAGS)
tests_unit_test_play_LDADD = $(UNIT_LIBS)
check_PROGRAMS += tests/unit/test_plan
TESTS += tests/unit/test_plan
tests_unit_test_plan_SOURCES = tests/unit/test_plan.c tests/unit/session_test.h
tests_unit_test_plan_CFLAGS = $(UNIT_CFLAGS)
tests_unit_test_plan_LDADD = $(UNIT_LIBS)
tests_unit_test_keep_SOURCES = tests/unit/test_keep.c tests/unit/session_test.h
tests_unit_test_keep_CFLAGS = $(UNIT_CFLAGS)
tests_unit_test_keep_LDADD = $(UNIT_LIBS)
tests_unit_test_homework_SOURCES = tests/unit/test_homework.c tests/unit/session_test.h
tests_unit_test_homework_CFLAGS = $(UNIT_CFLAGS)
tests_unit_test_homework_LDADD = $(UNIT_LIBS)
tests_unit_test_diary_link_SOURCES = tests/unit/test_diary_link.c tests/unit/session_test.h
tests_unit_test_diary_link_CFLAGS = $(UNIT_CFLAGS)
tests_unit_test_diary_link_LDADD = $(UNIT_LIBS)
tests_unit_test_session_SOURCES = tests/unit/test_session.c tests/unit/session_test.h
tests_unit_test_session_CFLAGS = $(UNIT_CFLAGS)
tests_unit_test_session_LDADD = $(UNIT_LIBS)
endif
EXTRA_DIST += tests/data/session

## `make check-fresh`: the README's two commands on a bare Debian made with
## debootstrap, from a clean clone of HEAD (tests/fresh/run.sh; needs root).
EXTRA_DIST += tests/fresh/run.sh
check-fresh:
	@top_srcdir='$(abs_top_srcdir)' $(SHELL) $(srcdir)/tests/fresh/run.sh
.PHONY: check-fresh

## The session's helpers that both front ends share: entries in words, a
## journal entry from text, the passphrase rules, unlocking, a preview,
## what Home offers.
if HAVE_CHECK
check_PROGRAMS += tests/unit/test_entry_words tests/unit/test_journal \
	tests/unit/test_pass_rules tests/unit/test_unlock tests/unit/test_preview \
	tests/unit/test_home_menu
TESTS += tests/unit/test_entry_words tests/unit/test_journal \
	tests/unit/test_pass_rules tests/unit/test_unlock tests/unit/test_preview \
	tests/unit/test_home_menu
tests_unit_test_entry_words_SOURCES = tests/unit/test_entry_words.c
tests_unit_test_entry_words_CFLAGS = $(UNIT_CFLAGS)
tests_unit_test_entry_words_LDADD = $(UNIT_LIBS)
tests_unit_test_journal_SOURCES = tests/unit/test_journal.c tests/unit/diary_test_util.h
tests_unit_test_journal_CFLAGS = $(UNIT_CFLAGS)
tests_unit_test_journal_LDADD = $(UNIT_LIBS)
tests_unit_test_pass_rules_SOURCES = tests/unit/test_pass_rules.c
tests_unit_test_pass_rules_CFLAGS = $(UNIT_CFLAGS)
tests_unit_test_pass_rules_LDADD = $(UNIT_LIBS)
tests_unit_test_unlock_SOURCES = tests/unit/test_unlock.c tests/unit/diary_test_util.h
tests_unit_test_unlock_CFLAGS = $(UNIT_CFLAGS)
tests_unit_test_unlock_LDADD = $(UNIT_LIBS)
tests_unit_test_preview_SOURCES = tests/unit/test_preview.c tests/unit/diary_test_util.h
tests_unit_test_preview_CFLAGS = $(UNIT_CFLAGS)
tests_unit_test_preview_LDADD = $(UNIT_LIBS)
tests_unit_test_home_menu_SOURCES = tests/unit/test_home_menu.c tests/unit/session_test.h
tests_unit_test_home_menu_CFLAGS = $(UNIT_CFLAGS)
tests_unit_test_home_menu_LDADD = $(UNIT_LIBS)
endif

## The session's helpers behind the diary's Patterns and deleting an entry.
if HAVE_CHECK
check_PROGRAMS += tests/unit/test_patterns tests/unit/test_delete
TESTS += tests/unit/test_patterns tests/unit/test_delete
tests_unit_test_patterns_SOURCES = tests/unit/test_patterns.c tests/unit/session_test.h
tests_unit_test_patterns_CFLAGS = $(UNIT_CFLAGS)
tests_unit_test_patterns_LDADD = $(UNIT_LIBS) -lm
tests_unit_test_delete_SOURCES = tests/unit/test_delete.c tests/unit/session_test.h
tests_unit_test_delete_CFLAGS = $(UNIT_CFLAGS)
tests_unit_test_delete_LDADD = $(UNIT_LIBS)
endif

## The plain mode (src/plain): driven through a pipe, and on a terminal.
TESTS += tests/plain/modules.sh tests/plain/diary.sh tests/plain/help.sh \
	tests/plain/start.sh tests/plain/preview.sh tests/plain/share.sh tests/plain/share-lock.sh \
	tests/plain/settings.sh tests/plain/patterns.sh tests/plain/regions.sh
EXTRA_DIST += tests/plain/modules.sh tests/plain/diary.sh tests/plain/help.sh \
	tests/plain/start.sh tests/plain/preview.sh tests/plain/share.sh tests/plain/share-lock.sh \
	tests/plain/settings.sh tests/plain/patterns.sh tests/plain/regions.sh tests/tui/plain.sh
if HAVE_TMUX
TESTS += tests/tui/plain.sh
endif

## French: the screens and plain mode under a French locale (made with
## localedef when the machine has none).
TESTS += tests/plain/french.sh
EXTRA_DIST += tests/plain/french.sh tests/tui/french.sh
if HAVE_TMUX
TESTS += tests/tui/french.sh
endif

## The screens as a frightened person expects them (issue 14).
EXTRA_DIST += tests/tui/help-plan.sh tests/tui/key-hints.sh tests/tui/editor-keys.sh tests/tui/text-enter.sh tests/tui/text-resize.sh tests/tui/drafts.sh tests/tui/choose-up-to.sh tests/data/upto
if HAVE_TMUX
TESTS += tests/tui/help-plan.sh tests/tui/key-hints.sh tests/tui/editor-keys.sh tests/tui/text-enter.sh tests/tui/text-resize.sh tests/tui/drafts.sh tests/tui/choose-up-to.sh
endif
TESTS += tests/plain/drafts.sh
EXTRA_DIST += tests/plain/drafts.sh
## The edges of two rules: unique diary ids below the next one
## (diary/codec), and ids of at most 40 characters (content/yget).
if HAVE_CHECK
check_PROGRAMS += tests/unit/test_codec tests/unit/test_yget
TESTS += tests/unit/test_codec tests/unit/test_yget
tests_unit_test_codec_SOURCES = tests/unit/test_codec.c tests/unit/diary_test_util.h
tests_unit_test_codec_CFLAGS = $(UNIT_CFLAGS)
tests_unit_test_codec_LDADD = $(UNIT_LIBS)
tests_unit_test_yget_SOURCES = tests/unit/test_yget.c tests/unit/content_test.h
tests_unit_test_yget_CFLAGS = $(UNIT_CFLAGS)
tests_unit_test_yget_LDADD = $(UNIT_LIBS)
endif

## Without Check no unit test can be built, yet none vanishes from the count:
## each tests/unit/test_<unit>.c is listed as tests/unit/test_<unit>-nocheck.skip
## (UNIT_SKIPS, from configure), which tests/skip.sh runs to say why and exit 77.
SKIP_LOG_COMPILER = $(SHELL) $(srcdir)/tests/skip.sh
EXTRA_DIST += tests/skip.sh
if !HAVE_CHECK
TESTS += $(UNIT_SKIPS)
tests/unit/%.skip:
	@:
endif

## Every test in the tree is listed in TESTS: none passes by never running.
TESTS += tests/listed.sh
EXTRA_DIST += tests/listed.sh
## `steady report` and the counsellor's sealed round trip; mkdiary puts the
## answers to report into a diary.
check_PROGRAMS += tests/cli/mkdiary
tests_cli_mkdiary_SOURCES = tests/cli/mkdiary.c
tests_cli_mkdiary_LDADD = $(STEADY_LIBS)
TESTS += tests/cli/report.sh
EXTRA_DIST += tests/cli/report.sh tests/data/report
