#!/bin/sh
# SPDX-FileCopyrightText: 2026 The steady authors
# SPDX-License-Identifier: GPL-3.0-or-later
# Drafts, one rule everywhere: with the diary open, an entry being written
# and not saved is kept, encrypted in the diary, on any way out (the quick
# exit, Ctrl-C, SIGTERM, SIGHUP, SIGINT, the idle lock) and offered back when
# the diary is next opened; a module's answers being kept are kept the same
# way. With no diary open, a written answer says before anything is typed
# that it is not saved.
. "$top_srcdir/tests/lib.sh"
mkdir -p "$XDG_CONFIG_HOME/steady"
printf 'region=GB\n' >"$XDG_CONFIG_HOME/steady/settings"
D="$XDG_DATA_HOME/steady/diary"

# No diary: the written answer says so before anything is typed.
tui_start 80 24 "$STEADY --content-dir '$top_srcdir/tests/data/tui'"
tui_wait "Get help now"
tui_keys Enter
tui_wait "Every step"
tui_keys Enter
tui_wait "Step 1 of 9"
tui_keys Enter 5 Enter 1 Enter Space Enter
tui_wait "Step 5 of 9"
tui_wait "Your diary is not open: what you write here stays only until steady"
tui_keys C-q
tui_wait "__EXITED__"
[ ! -e "$D" ] || fail "a diary was written without one being set up"

diary_init
# write WORD: a new entry with WORD in it, not saved.
write() {
	tui_restart
	tui_start 80 24 "$STEADY"
	tui_unlock
	tui_wait "Write a new entry"
	tui_keys n
	tui_wait "Start writing here."
	tui_keys -l "Draft $1 words"
	tui_wait "Draft $1 words"
}
# offered WORD: the next start offers the draft back, and it is saved.
offered() {
	tui_restart
	tui_start 80 24 "$STEADY"
	tui_unlock
	tui_wait "Your draft"
	tui_wait "Go on writing it"
	tui_keys Enter
	tui_wait "Draft $1 words"
	tui_keys C-s
	tui_wait "Saved."
	tui_keys Escape
	tui_wait "Write a new entry"
	tui_screen >"$T/screen"
	expect_in "$T/screen" "Draft $1 words"
	expect_not_in "$T/screen" "Draft: Draft $1"
	tui_keys C-q
	tui_wait "__EXITED__ 0"
	expect_status 0 sh -c "'$STEADY' --passphrase-fd 3 diary export 3<'$T/pass'"
	expect_in "$T/out" "Draft $1 words"
	for f in "$D"/*; do
		! grep -q "Draft $1" "$f" || fail "the draft is readable in $f"
	done
}

write quick
tui_keys C-q
tui_wait "__EXITED__"
offered quick

write interrupt
tui_keys C-c
tui_wait "__EXITED__"
offered interrupt

for sig in TERM HUP INT; do
	write "sig$sig"
	pid=$(tui_pid) || fail "no steady process found under the tmux pane"
	kill -"$sig" "$pid"
	tui_wait "__EXITED__"
	offered "sig$sig"
done

# A module's answers being kept: kept on a hang-up too, and Continue comes
# back to them.
tui_restart
tui_start 80 24 "$STEADY --content-dir '$top_srcdir/tests/data/tui'"
tui_unlock
tui_wait "Write a new entry"
tui_keys Escape
tui_wait "Welcome. Take your time"
tui_keys Home Enter
tui_wait "Every step"
tui_keys Enter
tui_wait "Save your answers to this module in your diary?"
tui_keys Enter
tui_wait "Step 1 of 9"
tui_keys Enter 7 Enter
tui_wait "Step 3 of 9"
pid=$(tui_pid) || fail "no steady process found under the tmux pane"
kill -HUP "$pid"
tui_wait "__EXITED__"
tui_restart
tui_start 80 24 "$STEADY --content-dir '$top_srcdir/tests/data/tui'"
tui_unlock
tui_wait "Write a new entry"
tui_keys Escape
tui_wait "Continue: Every step"
tui_keys Home Enter
tui_wait "Step 3 of 9"
tui_keys C-q
tui_wait "__EXITED__ 0"

# The idle lock keeps the draft too, and the unlock offers it back.
tui_restart
export STEADY_LOCK_SECONDS=3
tui_start 80 24 "$STEADY"
tui_unlock
tui_wait "Write a new entry"
tui_keys n
tui_wait "Start writing here."
tui_keys -l "Draft idle words"
tui_wait "saved first." 15
tui_unlock
tui_wait "Your draft"
tui_keys Down Enter
tui_wait "Write a new entry"
tui_wait "Draft: Draft idle words"
tui_keys C-q
tui_wait "__EXITED__ 0"
echo "a draft is kept on every way out and offered back"
