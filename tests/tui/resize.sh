#!/bin/sh
# SPDX-FileCopyrightText: 2026 The steady authors
# SPDX-License-Identifier: GPL-3.0-or-later
# Resizing from 200x60 down to 20x6 and back: the screens follow, a notice
# shows when the window is too small (with Ctrl-G, the crisis lines), and
# nothing crashes.
. "$top_srcdir/tests/lib.sh"

mkdir -p "$XDG_CONFIG_HOME/steady"
printf 'region=GB\n' >"$XDG_CONFIG_HOME/steady/settings"
tui_start 200 60 "$STEADY --content-dir '$top_srcdir/tests/data/tui'"
tui_wait "Modules"
for size in "160 50" "120 40" "80 24" "60 16" "40 12" "30 8"; do
	tui_resize ${size% *} ${size#* }
	tui_wait "keys" # the footer: at every size it names the keys box
	tui_wait "steady"
done
tui_resize 29 8
tui_wait "This window is too"
tui_resize 20 6
tui_wait "This window is too"
tui_screen | grep -q "__EXITED__" && fail "steady ended when made small"
# Help is one key away even here: the region's emergency number and crisis line.
tui_wait "^G help"
tui_keys C-g
tui_wait "999"
tui_wait "Samaritans"
tui_resize 80 24
tui_wait "Get help now"
tui_wait "Showing services for"
tui_keys Escape
tui_resize 20 6
tui_resize 80 24
tui_wait "Settings"
tui_wait_gone "This window is too"

# In the editor, with text, down and back up.
tui_keys Enter
tui_wait "Every step"
tui_keys Enter Enter 5 Enter 1 Enter Space Enter
tui_wait "Write something"
tui_keys -l "words that wrap around when the window is narrow enough to need it"
tui_wait "words that wrap"
for size in "30 8" "20 6" "3 2" "1 1" "30 8" "200 60" "80 24"; do
	tui_resize ${size% *} ${size#* }
	sleep 0.1
	tui_screen | grep -q "__EXITED__" && fail "steady ended at $size"
done
tui_wait "words that wrap around when the window is narrow enough to need it"
# A Tab that comes at once after a resize is "next", not pasted text:
# steady is stopped while both wait for it.
pid=$(tui_pid) || fail "no steady process found under the tmux pane"
kill -STOP "$pid"
tui_resize 81 24
tui_keys Tab Enter
sleep 0.2
kill -CONT "$pid"
# A timer keeps running through a resize.
tui_wait "Time left: 0:10"
tui_keys Space
tui_resize 40 12
tui_wait "Time left: 0:0" 5
tui_resize 80 24
tui_keys s
tui_wait "Stopped."
tui_keys C-q
tui_wait "__EXITED__ 0"
