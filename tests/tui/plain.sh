#!/bin/sh
# SPDX-FileCopyrightText: 2026 The steady authors
# SPDX-License-Identifier: GPL-3.0-or-later
# plain.sh: plain mode on a real terminal. The setting plain=1 chooses it
# where the screens could show; a passphrase is not echoed; a timer runs in
# real time, each cue at its second, and Enter stops it; Ctrl-D leaves; the
# screens' Settings turn it on.
. "$top_srcdir/tests/lib.sh"
need_test_build

export STEADY_DIARY_COSTS=min
mkdir -p "$XDG_CONFIG_HOME/steady"
printf 'region=GB\nplain=1\n' >"$XDG_CONFIG_HOME/steady/settings"

tui_start 80 40 "TERM=xterm-256color $STEADY"
tui_wait "steady, in plain mode."
tui_wait "Type a number from 1 to 6, or: help, quit"
# Diary, set it up: the passphrase twice, never on the screen.
tui_keys 3 Enter
tui_wait "1. Set up a diary"
tui_keys 1 Enter
tui_wait "Passphrase (an empty line goes back):"
tui_keys -l "secret kettle words"
tui_keys Enter
tui_wait "The same passphrase again"
tui_keys -l "secret kettle words"
tui_keys Enter
tui_wait "Your diary is ready."
tui_screen >"$T/screen"
expect_not_in "$T/screen" "secret kettle"
# Ctrl-D at a prompt leaves as quit does.
tui_keys C-d
tui_wait "__EXITED__ 0"
tui_wait "steady has closed."

# The screens' Settings turn it on too: the next start is in plain mode.
printf 'region=GB\n' >"$XDG_CONFIG_HOME/steady/settings"
tui_restart
tui_start 80 24 "TERM=xterm-256color $STEADY"
tui_wait "Get help now"
tui_keys End Up Enter
tui_wait "Plain mode at every start"
tui_keys Down Down Down
tui_wait "> Plain mode at every start"
tui_screen | grep -q "Plain mode at every start  *off" || fail "plain mode was not off"
tui_keys Enter
i=0
until tui_screen | grep -q "Plain mode at every start  *on"; do
	i=$((i + 1))
	[ "$i" -lt 100 ] || break
	sleep 0.05
done
tui_screen | grep -q "Plain mode at every start  *on" || fail "plain mode did not turn on"
grep -qx 'plain=1' "$XDG_CONFIG_HOME/steady/settings" || fail "the setting was not saved"
tui_keys q q
tui_wait "__EXITED__ 0"
tui_restart
tui_start 80 24 "TERM=xterm-256color $STEADY"
tui_wait "steady, in plain mode."
tui_keys C-d
tui_wait "__EXITED__ 0"
tui_restart

cat >"$T/timer.yaml" <<'YAML'
steady: 1
id: a-timer
title: A timer
summary: Ten seconds.
minutes: 1
steps:
  - type: timer
    title: Breathe
    seconds: 10
    cues:
      - {at: 0, text: Breathe in slowly.}
      - {at: 2, text: Now breathe out.}
      - {at: 9, text: Nearly done.}
  - type: page
    text: After the timer.
YAML
tui_start 80 40 "$STEADY preview '$T/timer.yaml'"
tui_wait "Press Enter to start the timer"
tui_keys Enter
tui_wait "0:00  Breathe in slowly."
tui_screen >"$T/screen"
expect_not_in "$T/screen" "Now breathe out."
tui_wait "0:02  Now breathe out." 5
tui_keys Enter
tui_wait "Stopped."
tui_screen >"$T/screen"
expect_not_in "$T/screen" "Nearly done."
tui_keys Enter
tui_wait "After the timer."
tui_keys Enter
tui_wait "__EXITED__ 0"
exit 0
