#!/bin/sh
# SPDX-FileCopyrightText: 2026 The steady authors
# SPDX-License-Identifier: GPL-3.0-or-later
# A terminal that names itself xterm inside tmux sends Home and End as
# sequences its terminfo entry does not list. Such a sequence is one key,
# never Esc and stray keys: End on a scale goes to its top and stays in the
# module; Home in the region picker moves, it does not close the picker.
. "$top_srcdir/tests/lib.sh"
mkdir -p "$XDG_CONFIG_HOME/steady"
printf 'region=GB\n' >"$XDG_CONFIG_HOME/steady/settings"
tui_start 80 24 "env TERM=xterm-256color $STEADY --content-dir '$top_srcdir/tests/data/tui'"
tui_wait "Get help now"
tui_keys Enter
tui_wait "Every step"
tui_keys Enter
tui_wait "Step 1 of 9"
tui_keys Enter
tui_wait "How strong was it?"
tui_keys End
tui_wait "[10]"
tui_keys Home
tui_wait "[0]"
tui_screen >"$T/screen"
expect_in "$T/screen" "Step 2 of 9"
# An unknown sequence (Ctrl and an arrow, in a form this terminfo lacks) does nothing.
tui_keys Escape '[1;5C'
sleep 0.3
tui_screen >"$T/screen"
expect_in "$T/screen" "Step 2 of 9"
expect_in "$T/screen" "[0]"
# A lone Esc still leaves.
tui_keys Escape
tui_wait "Set up a diary"
tui_keys Escape
tui_wait "Modules"
tui_keys Escape
tui_wait "Get help now"
tui_keys C-g
tui_wait "Showing services for"
tui_keys r
tui_wait "Your region"
tui_keys End
sleep 0.3
tui_keys Home
sleep 0.3
tui_screen >"$T/screen"
expect_in "$T/screen" "Your region"
tui_keys C-q
tui_wait "__EXITED__ 0"
exit 0
