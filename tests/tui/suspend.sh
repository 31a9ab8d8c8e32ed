#!/bin/sh
# SPDX-FileCopyrightText: 2026 The steady authors
# SPDX-License-Identifier: GPL-3.0-or-later
# Ctrl-Z suspends steady like any program started from a shell (the shell
# says "Stopped" and the screens are gone), and `fg` brings them back,
# redrawn and answering keys.
. "$top_srcdir/tests/lib.sh"
tui_no_alternate_screen

mkdir -p "$XDG_CONFIG_HOME/steady"
printf 'region=GB\n' >"$XDG_CONFIG_HOME/steady/settings"
# An interactive shell, so that there is job control as a person has it.
tui_start 80 24 "PS1='shell> ' bash --norc --noprofile -i"
tui_wait "shell>"
tui_keys "$STEADY" Enter
tui_wait "Get help now"
tui_keys C-z
tui_wait "Stopped"
tui_screen >"$T/screen"
expect_not_in "$T/screen" "Get help now"
tui_keys "fg" Enter
tui_wait "Get help now"
tui_keys "?"
tui_wait "Keys"
tui_keys Escape
tui_keys C-q
tui_wait_gone "Get help now"
tui_keys 'echo "status=$?"' Enter
tui_wait "status=0"
echo "suspended with Ctrl-Z and resumed with fg"
