#!/bin/sh
# SPDX-FileCopyrightText: 2026 The steady authors
# SPDX-License-Identifier: GPL-3.0-or-later
# The idle lock runs between two keys and every screen hears of it first:
# the diary's list, with the cursor on an entry, closes (under
# AddressSanitizer a screen that kept an entry freed by the lock would
# abort here); Get help now stays on screen through the lock, its safety
# plan hidden; a running timer holds the lock off until it stops.
. "$top_srcdir/tests/lib.sh"
need_test_build
export STEADY_DIARY_COSTS=min STEADY_LOCK_SECONDS=3
mkdir -p "$XDG_CONFIG_HOME/steady"
printf 'region=GB\n' >"$XDG_CONFIG_HOME/steady/settings"
PASS="quiet harbour stones"
echo "$PASS" >"$T/pass"
expect_status 0 "$STEADY" --passphrase-fd 3 diary init 3<"$T/pass"
echo "An entry to lock away" >"$T/entry"
expect_status 0 sh -c "'$STEADY' --passphrase-fd 3 diary add 3<'$T/pass' <'$T/entry'"
RUN="$STEADY --content-dir '$top_srcdir/tests/data/lock'"

# pick TITLE: moves the focus ("> ") down the list to TITLE and opens it.
pick() {
	i=0
	until tui_screen | grep -qF "> $1"; do
		tui_keys Down
		i=$((i + 1))
		[ "$i" -lt 40 ] || fail "no '$1' in the list"
		sleep 0.05
	done
	tui_keys Enter
}

home() {
	tui_keys Escape
	tui_wait "Welcome. Take your time"
}

unlock() {
	tui_wait "Get help now"
	tui_keys End Up Up Up Enter
	tui_wait "Unlock your diary"
	tui_keys -l "$PASS"
	tui_keys Enter
	tui_wait "An entry to lock away"
}

# 1. The diary's list, the cursor on the entry, left to the lock.
tui_start 80 24 "$RUN"
unlock
tui_keys End
# The entry's row (under its day, it starts with its time) is focused.
i=0
until tui_screen | grep -Eq '> [0-9]{2}:[0-9]{2}  An entry to lock away'; do
	i=$((i + 1))
	[ "$i" -lt 100 ] || fail "the entry's row is not focused"
	sleep 0.05
done
tui_wait "locked itself" 15
tui_screen >"$T/screen"
expect_not_in "$T/screen" "An entry to lock away"
expect_not_in "$T/screen" "What you were" # nothing was being written: nothing "was saved first"
tui_keys q
tui_wait "__EXITED__ 0"

# 2. Get help now stays through the lock; the plan it showed is hidden.
tui_restart
export STEADY_LOCK_SECONDS=600
tui_start 80 24 "$RUN"
unlock
home
tui_keys Home Enter
pick "A plan test"
tui_wait "Save your answers to this module in your diary?"
tui_keys Enter
tui_wait "What can you do on your own?"
tui_keys -l "Walk the dog"
tui_wait "Walk the dog"
tui_keys Tab
tui_wait "Modules"
tui_keys Escape
tui_keys q
tui_wait "__EXITED__ 0"
tui_restart
export STEADY_LOCK_SECONDS=3
tui_start 80 24 "$RUN"
unlock
home
tui_keys C-g
tui_wait "Your safety plan"
tui_wait "Walk the dog"
sleep 5
tui_screen >"$T/screen"
expect_in "$T/screen" "Get help now"
expect_in "$T/screen" "Showing services for"
expect_not_in "$T/screen" "Walk the dog"
expect_not_in "$T/screen" "Your safety plan"
tui_keys Escape
tui_wait "locked itself"
tui_keys q
tui_wait "__EXITED__ 0"

# 3. A running timer holds the lock off; once it stops, the lock comes.
tui_restart
tui_start 80 24 "$RUN"
unlock
home
tui_keys Home Enter
pick "A breathing test"
tui_wait "Step 1 of 1"
tui_keys Space
tui_wait "Breathe in slowly"
sleep 6
tui_screen >"$T/screen"
expect_in "$T/screen" "Breathe in slowly"
expect_in "$T/screen" "Step 1 of 1"
tui_keys s Escape Escape
tui_wait "Welcome. Take your time"
tui_screen >"$T/screen"
expect_not_in "$T/screen" "locked itself"
expect_in "$T/screen" "open" # the diary is still open after the timer
tui_wait "locked itself" 15
tui_keys q
tui_wait "__EXITED__ 0"
exit 0
