#!/bin/sh
# SPDX-FileCopyrightText: 2026 The steady authors
# SPDX-License-Identifier: GPL-3.0-or-later
# Get help now with a long safety plan in the open diary: the region's
# prevention line and crisis line, numbers whole on one line, are on the
# first screen at 80x24 and at 40x12, before the plan.
. "$top_srcdir/tests/lib.sh"
diary_init
RUN="$STEADY --content-dir '$top_srcdir/tests/data/lock'"

unlock() {
	tui_unlock
	tui_wait "No entries yet"
	tui_keys Escape
	tui_wait "Welcome. Take your time"
}

# A plan long enough to fill more than a screen.
tui_start 80 24 "$RUN"
unlock
tui_keys Home Enter
i=0
until tui_screen | grep -qF "> A plan test"; do
	tui_keys Down
	i=$((i + 1))
	[ "$i" -lt 40 ] || fail "no plan module in the list"
	sleep 0.05
done
tui_keys Enter
tui_wait "Save your answers to this module in your diary?"
tui_keys Enter
tui_wait "What can you do on your own?"
words=""
for n in 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20 21 22 23 24 25 26 27 28 29 30; do
	words="$words walk the dog round the park number $n"
done
tui_keys -l "$words end"
tui_wait "number 30"
tui_keys Tab
tui_wait "Modules"

check() {
	tui_keys C-g
	tui_wait "Your safety plan"
	tui_screen >"$T/screen"
	expect_in "$T/screen" "0808 1000 900"
	expect_in "$T/screen" "116 123"
	plan=$(grep -n "Your safety plan" "$T/screen" | cut -d: -f1)
	line=$(grep -n "116 123" "$T/screen" | head -n 1 | cut -d: -f1)
	[ "$line" -lt "$plan" ] || fail "the crisis line is not before the plan"
	tui_keys Escape
}
check
tui_resize 40 12
sleep 0.3
check
tui_keys C-q
tui_wait "__EXITED__ 0"
echo "the prevention and crisis lines come before a long plan, at 80x24 and 40x12"
