#!/bin/sh
# SPDX-FileCopyrightText: 2026 The steady authors
# SPDX-License-Identifier: GPL-3.0-or-later
# The safety plan from the diary: read it, change it (e opens the module
# that made it, at its first plan step, with the plan's words), export it (x,
# after saying the copy is not encrypted: a new file, mode 0600, in the home
# folder), and the same in plain mode's "Your safety plan".
. "$top_srcdir/tests/lib.sh"
PASS="lantern hill morning"
diary_init "$PASS"

tui_start 80 24 "$STEADY"
tui_wait "Get help now"
tui_keys End Up Up Up Enter
tui_type_passphrase "$PASS" "No entries yet."
tui_keys Escape
tui_wait "Get help now"
# The crisis module's first plan step, written, then left.
tui_keys Home Enter
tui_wait "Modules"
tui_open_module crisis
tui_wait "Save your answers to this module in your diary?"
tui_keys Enter
tui_enter_until "What tells you that things are getting worse"
tui_keys -l "Wakeful nights alone"
tui_wait "Wakeful nights alone"
tui_keys Tab
tui_wait "Things I can do on my own"
tui_keys Escape
tui_wait "Modules"
tui_keys Escape
tui_wait "Get help now"

# The diary: the plan, read.
tui_keys End Up Up Up Enter
tui_wait "My safety plan"
tui_keys f
tui_wait "Safety plan (1)"
tui_keys End Enter
tui_wait "Safety plan, newest first: 1"
tui_keys End Enter
tui_wait "Wakeful nights alone"
tui_wait "Press e to change your plan"
# Changed: the module opens on the plan's first step with its words.
tui_keys e
tui_wait "What tells you that things are getting worse"
tui_wait "Wakeful nights alone"
tui_keys -l " and rain"
tui_wait "Wakeful nights alone and rain"
sleep 0.3 # typed keys and an Esc sent together count as a paste
tui_keys Escape
tui_wait "Press e to change your plan" # back on the plan, as changed
tui_wait "Wakeful nights alone and rain"
# Exported, once the person has read that the copy is not encrypted.
tui_keys x
tui_wait "Export your safety plan?"
tui_wait "not encrypted"
tui_keys Enter
tui_wait "Your safety plan is in"
f="$HOME/steady-safety-plan.md"
[ -f "$f" ] || fail "no exported plan"
[ "$(stat -c %a "$f")" = 600 ] || fail "the export is not 0600"
expect_in "$f" "Wakeful nights alone and rain"
tui_keys Enter
tui_wait "Press e to change your plan"
tui_keys C-q
tui_wait "__EXITED__ 0"

# Plain mode: Diary, 6 Your safety plan, 2 Export it (a second file), back.
printf '3\n%s\n6\n2\n1\nback\nback\nquit\n' "$PASS" >"$T/in"
plain_run 0 "$T/in"
expect_in "$T/out" "Your safety plan"
expect_in "$T/out" "Wakeful nights alone and rain"
expect_in "$T/out" "Change it"
expect_in "$T/out" "not encrypted"
expect_in "$T/out" "Your safety plan is in $HOME/steady-safety-plan-2.md."
[ -f "$HOME/steady-safety-plan-2.md" ] || fail "no second export"
exit 0
