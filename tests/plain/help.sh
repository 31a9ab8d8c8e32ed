#!/bin/sh
# SPDX-FileCopyrightText: 2026 The steady authors
# SPDX-License-Identifier: GPL-3.0-or-later
# help.sh: the words of every prompt in plain mode. "help" prints the
# helplines of the person's region, at Home and in the middle of a module
# (which then goes on where it was); with the diary open and a safety plan
# in it, the plan comes first. "keys" and "?" list the words.
. "$top_srcdir/tests/lib.sh"
need_test_build

export STEADY_DIARY_COSTS=min
mkdir -p "$XDG_CONFIG_HOME/steady"
printf 'region=GB\n' >"$XDG_CONFIG_HOME/steady/settings"

# Home: 1 Modules, 2 Self-check, 3 Diary, 4 Get help now, 5 Settings, 6 Quit.
printf 'help\nkeys\n?\n1\n1\nHELP\n\nquit\n' >"$T/in"
plain_run 0 "$T/in"
expect_in "$T/out" "Get help now"
expect_in "$T/out" "Stop It Now! UK and Ireland"
expect_in "$T/out" "0808 1000 900"
expect_in "$T/out" "Samaritans"
expect_in "$T/out" "If you or anyone else is in danger right now, call 999 or 112."
expect_in "$T/out" "What happens when you call"
expect_in "$T/out" "What you can type"
expect_in "$T/out" "keys: this list (a question mark does the same)"
[ "$(grep -c "What you can type" "$T/out")" -eq 2 ] || fail "'?' did not list the words"
# In a module, help answers and the same step is asked again, then goes on.
sed -n '/Step 1 of 11/,$p' "$T/out" >"$T/module"
expect_in "$T/module" "0808 1000 900"
expect_in "$T/module" "Step 2 of 11"
[ "$(grep -c "^Get help now$" "$T/module")" -eq 1 ] || fail "help did not answer in the module"
[ "$(grep -c "^Step 1 of 11$" "$T/module")" -eq 1 ] || fail "the step was printed again after help"

# "Get help now" on the Home menu is the same text.
printf '4\nquit\n' >"$T/in"
plain_run 0 "$T/in"
expect_in "$T/out" "0808 1000 900"

# With a safety plan in the open diary, help shows it first: the crisis
# module's first plan step answered and kept, then Home, then help.
{
	printf '3\n1\nplan words here\nplan words here\nback\n'
	printf '1\n9\n1\n'
	printf '\n\n\n\n\n\n'
	printf 'Feeling very alone late at night\n.\n'
	printf 'home\n'
	printf 'help\n'
	printf 'quit\n'
} >"$T/in"
plain_run 0 "$T/in"
expect_in "$T/out" "Crisis and your safety plan"
# From the help's own title (the diary's menu also names the plan).
sed -n '/^Get help now$/,$p' "$T/out" >"$T/help"
expect_in "$T/help" "Your safety plan"
expect_in "$T/help" "Warning signs"
expect_in "$T/help" "Feeling very alone late at night"
# The emergency number, the prevention and crisis lines a line each, the
# plan, then the helplines' cards.
plan=$(grep -n "Your safety plan" "$T/help" | head -n 1 | cut -d: -f1)
first=$(grep -n "^Stop It Now! UK and Ireland: 0808 1000 900$" "$T/help" | head -n 1 | cut -d: -f1)
crisis=$(grep -n "^Samaritans: 116 123$" "$T/help" | head -n 1 | cut -d: -f1)
card=$(grep -n "Stop It Now! UK and Ireland (" "$T/help" | head -n 1 | cut -d: -f1)
emergency=$(grep -n "call 999 or 112" "$T/help" | head -n 1 | cut -d: -f1)
[ -n "$first" ] && [ -n "$crisis" ] && [ -n "$card" ] || fail "help lacks the lines before the plan or the cards"
[ "$emergency" -lt "$first" ] && [ "$crisis" -lt "$plan" ] && [ "$plan" -lt "$card" ] ||
	fail "help is not in the order emergency, prevention and crisis lines, plan, helplines"

# With the diary locked, help says where the plan is.
printf '4\nquit\n' >"$T/in"
plain_run 0 "$T/in"
expect_in "$T/out" "If your safety plan is in your diary, unlock the diary"
expect_not_in "$T/out" "Feeling very alone"
exit 0
