#!/bin/sh
# SPDX-FileCopyrightText: 2026 The steady authors
# SPDX-License-Identifier: GPL-3.0-or-later
# After a resize, a text box (a module's written answer, a diary entry being
# written) keeps the cursor's line in view with the lines around it, and
# marks at the edge say that there is more above and below.
. "$top_srcdir/tests/lib.sh"
diary_init

# type_lines NEWLINE: twelve lines, each ended with the key NEWLINE.
type_lines() {
	for i in 1 2 3 4 5 6 7 8 9 10 11 12; do
		tui_keys -l "line number $i of my answer"
		tui_wait "line number $i of my answer"
		tui_keys "$1"
	done
	tui_keys -l "last"
	tui_wait "last"
}
# around N: line N (the cursor's) shows with the lines before and after it,
# and the marks for more above (^) and below (v) are at the right edge.
around() {
	tui_screen >"$T/screen"
	for n in $(($1 - 1)) "$1" $(($1 + 1)); do
		grep -q "line number $n of my answer" "$T/screen" ||
			{ cat "$T/screen" >&2; fail "line $n is not in view around the cursor ($2)"; }
	done
	grep -q '\^$' "$T/screen" || { cat "$T/screen" >&2; fail "no mark for the text above ($2)"; }
	grep -q 'v$' "$T/screen" || { cat "$T/screen" >&2; fail "no mark for the text below ($2)"; }
}

tui_start 80 24 "$STEADY --content-dir '$top_srcdir/tests/data/tui'"
tui_wait "Get help now"
# A diary entry being written.
tui_unlock
tui_wait "Write a new entry"
tui_keys n
tui_wait "Start writing here."
type_lines Enter
tui_keys Up Up Up Up Up
sleep 0.2
tui_resize 40 12
sleep 0.3
around 8 "diary entry, 40x12"
tui_resize 80 24
tui_keys C-s
tui_wait "Saved."
tui_keys Escape
tui_wait "Write a new entry"
tui_keys Escape
tui_wait "Welcome. Take your time"

# A module's written answer.
tui_keys Home Enter
tui_wait "Every step"
tui_keys Enter
tui_wait "Save your answers"
tui_keys Enter
tui_wait "Step 1 of 9"
tui_keys Enter 5 Enter 1 Enter Space Enter
tui_wait "Step 5 of 9"
type_lines C-j
tui_keys Up Up Up Up Up
sleep 0.2
tui_resize 40 12
sleep 0.3
around 8 "module, 40x12"
tui_resize 30 8
sleep 0.3
around 8 "module, 30x8"

tui_keys C-q
tui_wait "__EXITED__ 0"
echo "the cursor's line stays in view with the text around it, and marks say there is more"
