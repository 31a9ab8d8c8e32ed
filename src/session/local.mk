# SPDX-FileCopyrightText: 2026 The steady authors
# SPDX-License-Identifier: GPL-3.0-or-later
## src/session/local.mk: what a person does in steady, with no terminal.
libsteady_a_SOURCES += \
	src/session/options.h \
	src/session/session.c src/session/session.h \
	src/session/progress.c src/session/progress.h \
	src/session/record.c src/session/record.h \
	src/session/report.c src/session/report.h \
	src/session/diary_link.c src/session/diary_link.h
libsteady_a_SOURCES += \
	src/session/play.c src/session/play.h \
	src/session/keep.c src/session/keep.h \
	src/session/homework.c src/session/homework.h
libsteady_a_SOURCES += \
	src/session/entry_words.c src/session/entry_words.h \
	src/session/journal.c src/session/journal.h \
	src/session/pass_rules.c src/session/pass_rules.h \
	src/session/unlock.c src/session/unlock.h \
	src/session/preview.c src/session/preview.h \
	src/session/home_menu.c src/session/home_menu.h \
	src/session/delete.c src/session/delete.h \
	src/session/patterns.c src/session/patterns.h \
	src/session/plan.c src/session/plan.h
