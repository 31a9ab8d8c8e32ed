#!/bin/sh
# SPDX-FileCopyrightText: 2026 The steady authors
# SPDX-License-Identifier: GPL-3.0-or-later
# The diary locks itself when no key is pressed (STEADY_LOCK_SECONDS, for
# tests), keeping the draft being written; the quick exit works on the
# passphrase prompt; a diary open in another steady is refused kindly; a
# save that fails says why and keeps the text to try again.
. "$top_srcdir/tests/lib.sh"
need_test_build
export STEADY_DIARY_COSTS=min STEADY_LOCK_SECONDS=5
mkdir -p "$XDG_CONFIG_HOME/steady"
printf 'region=GB\n' >"$XDG_CONFIG_HOME/steady/settings"
PASS="quiet harbour stones"
D="$XDG_DATA_HOME/steady/diary"
echo "$PASS" >"$T/pass"
expect_status 0 "$STEADY" --passphrase-fd 3 diary init 3<"$T/pass"

tui_start 80 24 "$STEADY"
tui_wait "Get help now"
tui_keys End Up Up Up Enter
tui_wait "Unlock your diary"
tui_keys -l "$PASS"
tui_keys Enter
tui_wait "No entries yet."
tui_keys n
tui_wait "New entry"
tui_keys -l "Draft about the weekend"
tui_wait "Draft about the weekend"
# No key now: the lock comes, and Home says so calmly.
tui_wait "locked itself" 15
tui_screen >"$T/screen"
expect_not_in "$T/screen" "Draft about"
expect_in "$T/screen" "locked"

# Open in this steady: another one is refused, and says why.
expect_status 4 "$STEADY" --passphrase-fd 3 diary list 3<"$T/pass"
expect_in "$T/err" "open in another steady"
tui_keys q
tui_wait "__EXITED__ 0"
# The draft was kept by the lock.
expect_status 0 "$STEADY" --passphrase-fd 3 diary list 3<"$T/pass"
expect_in "$T/out" "Draft about the weekend"

# Ctrl-Q on the passphrase prompt: gone at once, nothing typed left.
tui_restart
tui_start 80 24 "$STEADY"
tui_wait "Get help now"
tui_keys End Up Up Up Enter
tui_wait "Unlock your diary"
tui_keys -l "quiet harb"
tui_wait "Passphrase: ••••"
tui_keys C-q
tui_wait "__EXITED__ 0" 5
tui_screen >"$T/screen"
expect_not_in "$T/screen" "Passphrase"
[ "$(grep -c . "$T/screen")" -eq 1 ] || { cat "$T/screen" >&2; fail "the screen was not cleared"; }
# The quick exit released the diary.
expect_status 0 "$STEADY" --passphrase-fd 3 diary list 3<"$T/pass"

# A save that fails (the temporary file's name is taken by a folder).
export STEADY_LOCK_SECONDS=600
tui_restart
tui_start 80 24 "$STEADY"
tui_wait "Get help now"
tui_keys End Up Up Up Enter
tui_wait "Unlock your diary"
tui_keys -l "$PASS"
tui_keys Enter
# The draft the lock kept is offered back first; not now, it stays a draft.
tui_wait "Your draft"
tui_keys Down Enter
tui_wait "Draft: Draft about the weekend"
mkdir "$D/diary.new"
touch "$D/diary.new/in-the-way"
tui_keys n
tui_wait "New entry"
tui_keys -l "Kept while the save failed"
tui_keys C-s
tui_wait "Not saved yet"
tui_wait "Could not save the diary"
tui_wait "Nothing is lost"
# The error is what a screen reader reads first: the cursor rests on it.
pos=$(tmux -L "$TMUX_SOCK" display -p -t t '#{cursor_x},#{cursor_y}')
tui_screen | sed -n "$((${pos#*,} + 1))p" | grep -q "Could not save the diary" ||
	fail "the cursor ($pos) is not on the error"
tui_keys Enter
tui_wait "Could not save the diary"
rm -r "$D/diary.new"
tui_keys Enter
tui_wait "Saved."
tui_wait "Kept while the save failed"
tui_keys Escape
tui_wait "2 entries"
tui_keys C-q
tui_wait "__EXITED__ 0" 5
expect_status 0 "$STEADY" --passphrase-fd 3 diary list 3<"$T/pass"
expect_in "$T/out" "Kept while the save failed"
exit 0
