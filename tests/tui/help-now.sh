#!/bin/sh
# SPDX-FileCopyrightText: 2026 The steady authors
# SPDX-License-Identifier: GPL-3.0-or-later
# Get help now is one key away on the home screen, in a module, inside the
# editor (Ctrl-G) and in the settings; going back returns to where you were.
. "$top_srcdir/tests/lib.sh"

mkdir -p "$XDG_CONFIG_HOME/steady"
printf 'region=GB\n' >"$XDG_CONFIG_HOME/steady/settings"
tui_start 80 24 "$STEADY --content-dir '$top_srcdir/tests/data/tui'"
tui_wait "Modules"

# 1: home, with h
tui_keys h
tui_wait "If you or anyone else is in danger right now, call 999 or 112."
tui_wait "Stop It Now! UK and Ireland"
tui_wait "0808 1000 900"
tui_keys End
tui_wait "This list was last checked in"
tui_wait "website."
tui_keys Escape
tui_wait "Modules"
tui_wait "Settings"

# 1b: at 40x12, without a safety plan too, a number to call for each of the
# prevention and crisis lines is on the first screen.
tui_resize 40 12
tui_keys h
tui_wait "Get help now"
tui_wait "Samaritans: 116 123"
tui_screen >"$T/help40"
grep -q "0808 1000 900" "$T/help40" || {
	cat "$T/help40" >&2
	fail "no prevention line on the first screen at 40x12"
}
tui_keys Escape
tui_resize 80 24
tui_wait "Settings"

# 2: a page in a module, with Ctrl-G
tui_keys Enter
tui_wait "Every step"
tui_keys Enter
tui_wait "First heading"
tui_keys C-g
tui_wait "Get help now"
tui_wait "999 or 112"
tui_keys Escape
tui_wait "First heading"

# 3: inside the editor, where h is a letter and Ctrl-G still works
tui_keys Enter 5 Enter 1 Enter Space Enter
tui_wait "Write something"
tui_keys -l "ah"
tui_wait "ah"
tui_keys C-g
tui_wait "Get help now"
tui_keys Escape
tui_wait "Write something"
tui_keys -l "a"
tui_wait "aha"

# The region picker changes the helplines shown.
tui_keys C-g
tui_wait "Get help now"
tui_keys r
tui_wait "Which helplines should steady show?"
tui_keys Down Down Down Enter
tui_wait "Stop it Now! Nederland"
grep -q '^region=NL$' "$XDG_CONFIG_HOME/steady/settings" || fail "the region was not saved"
tui_keys Escape
tui_wait "aha"

# 4: settings (leaving a module with answers offers the diary once: "not now")
tui_keys Escape
tui_wait "Set up a diary"
tui_keys Escape
tui_wait "Every step"
tui_keys Escape
tui_wait "Settings"
tui_keys End Up Enter
tui_wait "Diary locks itself after"
tui_keys h
tui_wait "Get help now"
tui_keys Escape
tui_wait "Diary locks itself after"
tui_keys q q
tui_wait "__EXITED__ 0"
