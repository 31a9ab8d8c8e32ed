#!/bin/sh
# SPDX-FileCopyrightText: 2026 The steady authors
# SPDX-License-Identifier: GPL-3.0-or-later
# settings.sh: Settings and Homework in plain mode. The region, the lock
# minutes and plain mode at every start are each saved at once, and help
# then shows the region chosen; a counsellor's homework says who set it,
# how often and until when, and starts the module.
. "$top_srcdir/tests/lib.sh"

mkdir -p "$XDG_CONFIG_HOME/steady"
printf 'region=GB\n' >"$XDG_CONFIG_HOME/steady/settings"

# Home: 1 Modules, 2 Self-check, 3 Diary, 4 Get help now, 5 Settings, 6 Quit.
# Settings: 1 Helpline region, 2 Diary locks itself after, 3 Plain mode,
# 4 Mouse (for the screens).
{
	printf '5\n'
	printf '1\n4\n'
	printf '2\n0\n5\n'
	printf '3\n'
	printf '4\n'
	printf 'back\nhelp\nquit\n'
} >"$T/in"
plain_run 0 "$T/in"
expect_in "$T/out" "1. Helpline region (United Kingdom (including Scotland))"
expect_in "$T/out" "The helplines shown are now those for: Netherlands."
expect_in "$T/out" "That is not a number of minutes steady can use."
expect_in "$T/out" "Diary locks itself after (5 minutes)"
expect_in "$T/out" "From the next start, steady starts in plain mode"
expect_in "$T/out" "Plain mode at every start (on)"
expect_in "$T/out" "Stop it Now! Nederland"
s="$XDG_CONFIG_HOME/steady/settings"
expect_in "$s" "region=NL"
expect_in "$s" "lock-minutes=5"
expect_in "$s" "plain=1"
expect_in "$T/out" "The screens leave the mouse to your terminal."
expect_in "$s" "mouse=off"

# Homework, from a counsellor's module: Home then has 4 Homework.
{
	printf '4\n'
	printf '1\n'
	printf '\n'
	printf 'A calm evening\n.\n'
	printf '2\n'
	printf 'back\nquit\n'
} >"$T/in"
plain_run 0 "$T/in" --content-dir "$top_srcdir/tests/data/modules/valid"
expect_in "$T/out" "Set for you by your counsellor."
expect_in "$T/out" "Set by Sam, your counsellor."
expect_in "$T/out" "Every day. Until 29 February 2028."
expect_in "$T/out" "Fill this in every evening."
expect_in "$T/out" "With a diary, finishing this module and keeping your answers marks it done"
expect_in "$T/out" "How was today?"
expect_in "$T/out" "A private diary"
exit 0
