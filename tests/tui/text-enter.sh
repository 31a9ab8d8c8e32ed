#!/bin/sh
# SPDX-FileCopyrightText: 2026 The steady authors
# SPDX-License-Identifier: GPL-3.0-or-later
# Enter in a text box: in a module it goes on, from an empty box and from
# any answer, as on every other step, and Ctrl-J makes a new line; the
# footer says both at 80x24 and at 40x12. In a diary entry Enter makes a
# new line. Blank lines before and after a text are never saved.
. "$top_srcdir/tests/lib.sh"
diary_init
echo "An entry" >"$T/entry"
expect_status 0 sh -c "'$STEADY' --passphrase-fd 3 diary add 3<'$T/pass' <'$T/entry'"

tui_start 80 24 "$STEADY --content-dir '$top_srcdir/tests/data/tui'"
tui_unlock
tui_wait "An entry"

# A diary entry: Enter makes new lines; the blank ones around the text go.
tui_keys n
tui_wait "Start writing here."
tui_screen | tail -n 1 | grep -q "Enter new line" || fail "the editor does not say what Enter does"
tui_keys Enter Enter
sleep 0.2
tui_keys -l "Zebra evening"
tui_wait "Zebra evening"
tui_keys Enter
sleep 0.2
tui_keys -l "second line"
tui_wait "second line"
tui_keys Enter Enter Enter
sleep 0.2
tui_keys C-s
tui_wait "Saved."
tui_keys Escape
tui_wait "Zebra evening"

# A module's text step (step 5 of 9: a page, a scale, two choices, the text).
tui_keys Escape
tui_wait "Welcome. Take your time"
tui_keys Home Enter
tui_wait "Every step"
tui_keys Enter
tui_wait "Save your answers to this module in your diary?"
tui_keys Enter
tui_wait "Step 1 of 9"
tui_keys Enter 5 Enter 1 Enter Space Enter
tui_wait "Step 5 of 9"
tui_screen | tail -n 2 >"$T/foot"
expect_in "$T/foot" "Enter next"
expect_in "$T/foot" "^J new line"
tui_keys C-j
sleep 0.2
tui_keys -l "first"
tui_wait "first"
tui_keys C-j
sleep 0.2
tui_keys -l "then more"
tui_wait "then more"
tui_keys C-j
sleep 0.2
tui_keys Enter
tui_wait "Step 6 of 9"
tui_keys BTab
tui_wait "Step 5 of 9"
tui_wait "then more"
tui_resize 40 12
tui_wait "Step 5 of 9"
tui_screen | tail -n 1 >"$T/foot"
expect_in "$T/foot" "Enter next"
expect_in "$T/foot" "^J new line"
tui_resize 80 24
tui_keys C-q
tui_wait "__EXITED__ 0"

# What was saved: no blank line before or after either text.
expect_status 0 sh -c "'$STEADY' --passphrase-fd 3 diary export 3<'$T/pass'"
tr '\n' '|' <"$T/out" >"$T/flat"
# The export puts a blank line before and after each entry's text.
expect_in "$T/flat" ")||Zebra evening|second line||#"
expect_status 0 sh -c "'$STEADY' --passphrase-fd 3 diary list 3<'$T/pass'"
id=$(awk -F '\t' '$3 == "Module record" { print $1; exit }' "$T/out")
[ -n "$id" ] || fail "no record of the module"
expect_status 0 sh -c "'$STEADY' --passphrase-fd 3 diary show $id 3<'$T/pass'"
tr '\n' '|' <"$T/out" >"$T/flat"
expect_in "$T/flat" "|- notes: first|then more|"
echo "Enter goes on in a module's text box and makes a line in a diary entry; blank lines around a text are not saved"
