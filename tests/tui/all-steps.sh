#!/bin/sh
# SPDX-FileCopyrightText: 2026 The steady authors
# SPDX-License-Identifier: GPL-3.0-or-later
# Plays a module with one step of every type from start to finish, opens a
# linked self-check to its result, and finds the answers kept on return.
. "$top_srcdir/tests/lib.sh"

mkdir -p "$XDG_CONFIG_HOME/steady"
printf 'region=GB\n' >"$XDG_CONFIG_HOME/steady/settings"
tui_start 80 24 "$STEADY --content-dir '$top_srcdir/tests/data/tui'"
tui_wait "Modules"
tui_keys Enter
tui_wait "Every step"
tui_wait "One step of every kind"
tui_keys Enter

# page
tui_wait "Step 1 of 9"
tui_wait "First heading"
tui_wait "Some calm words on a page."
tui_keys Enter
# scale: an answer is needed first; "1" then "0" is 10
tui_wait "How strong was it?"
tui_keys Enter
tui_wait "Choose a number first"
tui_keys 1 0
tui_wait " 9 [10]"
tui_keys Left
tui_wait "[9] 10"
tui_keys Enter
# single choice by digit
tui_wait "Pick one"
tui_keys 2
tui_wait "(*) Banana"
tui_keys Enter
# multiple choice
tui_wait "Pick several"
tui_keys Space Down Space
tui_wait "[x] Cherry"
tui_wait "[x] Damson"
tui_keys Enter
# free text in the editor: h and ? are text here
tui_wait "Write something"
tui_wait "Your words here"
tui_keys -l "hello? there"
tui_keys C-j # a new line (Enter would go on)
tui_keys -l "second line"
tui_wait "hello? there"
tui_wait "second line"
tui_keys Tab
# checklist
tui_wait "A checklist"
tui_keys Space
tui_wait "[x] First item"
tui_wait "[ ] Second item"
tui_keys Enter
# timer: start, see it count and the cue, stop
tui_wait "A timer"
tui_wait "Time left: 0:10"
tui_keys Space
tui_wait "Breathe in slowly"
tui_wait "Time left: 0:08" 5
tui_keys s
tui_wait "Stopped."
tui_keys Enter
# helplines for the region
tui_wait "Some helplines"
tui_wait "Stop It Now! UK and Ireland"
tui_keys Enter
# links: open the linked self-check and play it to its result
tui_wait "Somewhere else"
tui_wait "> A tiny check"
tui_keys Enter
tui_wait "How is it going?"
tui_keys 2 Enter
tui_wait "Your result"
tui_wait "Your total is 2 out of 2."
tui_wait "Going hard"
tui_wait "It is hard right now."
tui_keys n
# leaving a module with answers offers the diary, once a run; "not now"
tui_wait "Set up a diary"
tui_keys Escape
# back in the first module, at its last step; finishing it goes home
tui_wait "Somewhere else"
tui_keys n
tui_wait "Every step"
tui_wait_gone "Somewhere else"
tui_screen >"$T/screen"
grep -q "Every step.*done" "$T/screen" || { cat "$T/screen" >&2; fail "not marked done"; }

# The answers are kept for the rest of the run.
tui_keys Enter
tui_wait "Step 1 of 9"
tui_keys Enter
tui_wait "[9] 10"
tui_keys Enter
tui_wait "(*) Banana"
tui_keys Enter
tui_wait "[x] Damson"
tui_keys Enter
tui_wait "hello? there"
tui_keys Escape
tui_wait "One step of every kind"
tui_keys Escape
tui_wait "Continue: Every step"
tui_keys q
tui_wait "__EXITED__ 0"
