#!/bin/sh
# SPDX-FileCopyrightText: 2026 The steady authors
# SPDX-License-Identifier: GPL-3.0-or-later
# Ctrl-Q leaves at once from inside the editor, with status 0, and leaves
# nothing of what was written on the screen or in the scrollback. On a
# terminal without an alternate screen, which keeps whatever is not cleared.
. "$top_srcdir/tests/lib.sh"
tui_no_alternate_screen

mkdir -p "$XDG_CONFIG_HOME/steady"
printf 'region=GB\n' >"$XDG_CONFIG_HOME/steady/settings"
tui_start 80 24 "$STEADY --content-dir '$top_srcdir/tests/data/tui'"
tui_wait "Modules"
tui_keys Enter
tui_wait "Every step"
tui_keys Enter Enter 5 Enter 1 Enter Space Enter
tui_wait "Write something"
tui_keys -l "a private sentence"
tui_wait "a private sentence"
tui_keys C-q
tui_wait "__EXITED__ 0" 5
tui_left_nothing "private sentence" "Write something" "quick exit"
# Only the wrapper's line is left.
[ "$(grep -c . "$T/screen")" -eq 1 ] || { cat "$T/screen" >&2; fail "the screen was not cleared"; }

# The same from the home screen, and Ctrl-C leaves too.
tui_restart
tui_start 80 24 "$STEADY"
tui_wait "Get help now"
tui_keys C-q
tui_wait "__EXITED__ 0" 5
tui_restart
tui_start 80 24 "$STEADY"
tui_wait "Get help now"
tui_keys C-c
tui_wait "__EXITED__ 0" 5
