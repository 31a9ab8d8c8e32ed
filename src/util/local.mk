# SPDX-FileCopyrightText: 2026 The steady authors
# SPDX-License-Identifier: GPL-3.0-or-later
## src/util/local.mk: the few small helpers every layer uses.
libsteady_a_SOURCES += \
	src/util/buf.c src/util/buf.h \
	src/util/date_words.c src/util/date_words.h \
	src/util/gettext.h \
	src/util/harden.c src/util/harden.h \
	src/util/keytext.c src/util/keytext.h \
	src/util/exit_status.h src/util/le.h \
	src/util/markup.c src/util/markup.h \
	src/util/outfile.c src/util/outfile.h \
	src/util/utf8.c src/util/utf8.h \
	src/util/wrap.c src/util/wrap.h \
	src/util/paths.c src/util/paths.h \
	src/util/xalloc.c src/util/xalloc.h
libsteady_a_SOURCES += src/util/settings.c src/util/settings.h
## Output in the locale's character set, whole writes, JSON strings.
libsteady_a_SOURCES += src/util/charset.c src/util/charset.h src/util/fdio.c src/util/fdio.h \
	src/util/json.c src/util/json.h
