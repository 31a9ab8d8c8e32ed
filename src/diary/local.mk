# SPDX-FileCopyrightText: 2026 The steady authors
# SPDX-License-Identifier: GPL-3.0-or-later
## src/diary/local.mk: the encrypted diary: entries, their file, and stats.
libsteady_a_SOURCES += \
	src/diary/codec.c src/diary/codec.h \
	src/diary/cryptfile.c src/diary/cryptfile.h \
	src/diary/diary.c src/diary/diary.h \
	src/diary/entry.c src/diary/entry.h \
	src/diary/export.c src/diary/export.h \
	src/diary/fault.c src/diary/fault.h \
	src/diary/import.c src/diary/import.h src/diary/import_markdown.c \
	src/diary/latest.c src/diary/latest.h \
	src/diary/notice.c src/diary/notice.h \
	src/diary/sealed.c src/diary/sealed.h \
	src/diary/search.c src/diary/search.h \
	src/diary/secbuf.c src/diary/secbuf.h \
	src/diary/stats.c src/diary/stats.h \
	src/diary/store.c src/diary/store.h
