# SPDX-FileCopyrightText: 2026 The steady authors
# SPDX-License-Identifier: GPL-3.0-or-later
## src/ui/local.mk: files of this part of steady, included by Makefile.am.
libsteady_a_SOURCES += \
	src/ui/ui.h src/ui/app.c src/ui/app.h src/ui/screens.h \
	src/ui/screen.h src/ui/stack.c src/ui/loop.c src/ui/module_flow.c \
	src/ui/theme.c src/ui/theme.h src/ui/draw.c src/ui/draw.h \
	src/ui/list.c src/ui/list.h src/ui/keyhelp.c \
	src/ui/home.c src/ui/player.c src/ui/pager.c src/ui/pager.h \
	src/ui/form.c src/ui/form.h src/ui/editor.c src/ui/editor.h \
	src/ui/timer.c src/ui/timer.h src/ui/helpnow.c src/ui/helpnow.h \
	src/ui/settings_screen.c
libsteady_a_SOURCES += src/ui/preview.c
libsteady_a_SOURCES += \
	src/ui/field.c src/ui/field.h src/ui/choice.c \
	src/ui/chart.c src/ui/chart.h \
	src/ui/diary_screens.h \
	src/ui/diary_unlock.c src/ui/diary_entries.c \
	src/ui/diary_write.c src/ui/diary_charts.c src/ui/homework.c src/ui/share.c
