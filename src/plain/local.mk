# SPDX-FileCopyrightText: 2026 The steady authors
# SPDX-License-Identifier: GPL-3.0-or-later
## src/plain/local.mk: the plain mode, a line-oriented front end.
libsteady_a_SOURCES += \
	src/plain/plain.c src/plain/plain.h src/plain/plain_ctx.h src/plain/parts.h \
	src/plain/plain_out.c src/plain/plain_out.h \
	src/plain/plain_in.c src/plain/plain_in.h \
	src/plain/plain_ask.c src/plain/plain_ask.h \
	src/plain/plain_write.c src/plain/plain_write.h \
	src/plain/plain_help.c src/plain/plain_help.h \
	src/plain/plain_play.c src/plain/plain_timer.c src/plain/plain_keep.c \
	src/plain/plain_unlock.c src/plain/plain_diary.c src/plain/plain_entry.c \
	src/plain/plain_settings.c src/plain/plain_homework.c src/plain/plain_patterns.c \
	src/plain/plain_share.c
