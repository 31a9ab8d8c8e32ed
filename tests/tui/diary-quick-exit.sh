#!/bin/sh
# SPDX-FileCopyrightText: 2026 The steady authors
# SPDX-License-Identifier: GPL-3.0-or-later
# The quick exit in the middle of a module whose answers the person chose to
# keep: the screen goes blank at once, and the answers given so far are in
# the diary afterwards. On a terminal without an alternate screen, so what
# is not cleared stays in view and in the scrollback.
. "$top_srcdir/tests/lib.sh"
need_test_build
tui_no_alternate_screen
export STEADY_DIARY_COSTS=min
mkdir -p "$XDG_CONFIG_HOME/steady"
printf 'region=GB\n' >"$XDG_CONFIG_HOME/steady/settings"
PASS="green lamp river"
printf '%s\n' "$PASS" >"$T/pass"
"$STEADY" diary init --passphrase-fd 3 3<"$T/pass" >/dev/null 2>&1 </dev/null ||
	fail "diary init failed"
RUN="$STEADY --content-dir '$top_srcdir/tests/data/diary'"

tui_start 80 24 "$RUN"
tui_wait "Get help now"
tui_keys Home Down Down Enter
tui_wait "Unlock your diary"
tui_keys -l "$PASS"
tui_keys Enter
tui_wait "entries"
tui_keys Escape
tui_wait "Get help now"
# The mood log, kept: one answer given, then the quick exit mid-module.
tui_keys Home Enter
tui_wait "Mood log"
tui_keys Enter
tui_wait "Save your answers to this module in your diary?"
tui_keys Enter
tui_wait "How is your mood?"
tui_keys 7 Enter
tui_wait "Where are you?"
tui_keys C-q
tui_wait_gone "Where are you?"
tui_wait "__EXITED__ 0"
tui_left_nothing "Where are you?" "How is your mood?" "Mood log" "Get help now"

expect_status 0 "$STEADY" diary list --passphrase-fd 3 3<"$T/pass"
expect_in "$T/out" "Module record"
expect_in "$T/out" "mood-log"

echo "answers kept on the quick exit"
