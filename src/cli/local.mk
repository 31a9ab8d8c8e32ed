# SPDX-FileCopyrightText: 2026 The steady authors
# SPDX-License-Identifier: GPL-3.0-or-later
## src/cli/local.mk: the non-interactive subcommands.
libsteady_a_SOURCES += \
	src/cli/cli.h \
	src/cli/cmd_check.c \
	src/cli/cmd_list.c
libsteady_a_SOURCES += src/cli/cli_library.c
libsteady_a_SOURCES += src/cli/cmd_diary.c src/cli/passphrase.c src/cli/passphrase.h
libsteady_a_SOURCES += src/cli/cli_files.c src/cli/cmd_strings.c
libsteady_a_SOURCES += src/cli/cli_check.c
libsteady_a_SOURCES += src/cli/usermods.c src/cli/usermods.h src/cli/cmd_add.c
libsteady_a_SOURCES += src/cli/cmd_remove.c
libsteady_a_SOURCES += src/cli/cmd_preview.c src/cli/cli_commands.c
libsteady_a_SOURCES += src/cli/cmd_helplines.c
libsteady_a_SOURCES += src/cli/cmd_report.c src/cli/cmd_counsellor.c src/cli/cli_confirm.c
libsteady_a_SOURCES += src/cli/cmd_new.c
