#!/bin/sh
# SPDX-FileCopyrightText: 2026 The steady authors
# SPDX-License-Identifier: GPL-3.0-or-later
# TERM=vt100 works; an unknown TERM gives a clear message and status 1, never
# a crash; TERM=dumb and no terminal at all start plain mode instead.
. "$top_srcdir/tests/lib.sh"

mkdir -p "$XDG_CONFIG_HOME/steady"
printf 'region=GB\n' >"$XDG_CONFIG_HOME/steady/settings"
tui_start 80 24 "TERM=vt100 $STEADY"
tui_wait "Get help now"
tui_keys Enter
tui_wait "Esc back"
tui_keys Enter
tui_wait "Step 1 of"
tui_keys h
tui_wait "999 or 112"
tui_keys Escape
tui_wait "Step 1 of"
tui_keys Escape
tui_wait "Esc back"
tui_keys Escape q
tui_wait "__EXITED__ 0"
tui_restart

tui_start 80 24 "TERM=dumb $STEADY"
tui_wait "steady, in plain mode."
tui_keys quit Enter
tui_wait "__EXITED__ 0"
tui_restart

tui_start 80 24 "TERM=no-such-terminal-here $STEADY"
tui_wait "__EXITED__ 1"
tui_wait "is not known here"
tui_restart

tui_start 80 24 "NO_COLOR=1 $STEADY --no-color"
tui_wait "Get help now"
tmux -L "$TMUX_SOCK" capture-pane -e -p -t t >"$T/screen"
# Colour codes (30-37, 40-47, 38;5 and 48;5); 39 and 49 are only "default".
grep -Eq "$(printf '\033')\\[([34][0-7]|[34]8;5)[;m]" "$T/screen" && fail "colour shown with NO_COLOR"
tui_keys q
tui_wait "__EXITED__ 0"

expect_status 0 "$STEADY"
expect_in "$T/out" "steady, in plain mode."
