# SPDX-FileCopyrightText: 2026 The steady authors
# SPDX-License-Identifier: GPL-3.0-or-later
## src/content/local.mk: files of this part of steady, included by Makefile.am.
libsteady_a_SOURCES += \
	src/content/library_std.c src/content/library_std.h \
	src/content/pot.c src/content/pot.h \
	src/content/translate.c src/content/translate.h
libsteady_a_SOURCES += \
	src/content/diag.c src/content/diag.h \
	src/content/module.c src/content/module.h \
	src/content/ybytes.c src/content/ybytes.h \
	src/content/ytree.c src/content/ytree.h \
	src/content/ycache.c src/content/ycache.h
libsteady_a_SOURCES += \
	src/content/suggest.c src/content/suggest.h \
	src/content/yget.c src/content/yget.h src/content/yget_tr.c
libsteady_a_SOURCES += \
	src/content/module_load.c src/content/module_load.h src/content/module_parts.h \
	src/content/step_load.c src/content/option_load.c \
	src/content/scoring_load.c src/content/homework_load.c
libsteady_a_SOURCES += \
	src/content/helplines.c src/content/helplines.h src/content/helplines_load.c \
	src/content/helplines_text.c src/content/helplines_text.h
libsteady_a_SOURCES += \
	src/content/library.c src/content/library.h src/content/library_links.c \
	src/content/library_regions.c
libsteady_a_SOURCES += src/content/yhint.c src/content/yhint.h
