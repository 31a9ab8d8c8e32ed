#!/bin/sh
# SPDX-FileCopyrightText: 2026 The steady authors
# SPDX-License-Identifier: GPL-3.0-or-later
# modules.sh: steady --plain driven through a pipe plays the welcome module
# (the first run), the self-check and the trigger journal to their ends,
# one line per answer, with nothing but printable text in what it prints.
# An empty line never answers a question that needs one.
. "$top_srcdir/tests/lib.sh"

# The region, asked first (C.UTF-8 names no country), kept as it is; the
# welcome module: six pages, the helplines, a multiple choice, a scale,
# a written answer of two lines, the closing links; then the diary is
# offered once, and "Not now" leads Home.
{
	printf 'back\n' # the region: C.UTF-8 names no country
	printf '\n\n\n\n\n\n'
	printf '\n'
	printf '1 3\n'
	printf '11\n7\n'
	printf 'I want things to change\nand soon\n.\n'
	printf '\n'
	printf '2\n'
	printf 'quit\n'
} >"$T/in"
plain_run 0 "$T/in"
expect_in "$T/out" "steady, in plain mode."
expect_in "$T/out" "Welcome to steady"
expect_in "$T/out" "Step 1 of 11"
expect_in "$T/out" "Helplines for you"
expect_in "$T/out" "1. Understanding what has been happening"
expect_in "$T/out" "Type a number from 0 to 10, or: skip, back, help, quit"
expect_in "$T/out" "That is not a number on this scale."
expect_in "$T/out" "Step 11 of 11"
expect_in "$T/out" "Where to start"
expect_in "$T/out" "A private diary"
expect_in "$T/out" "Modules (13 to choose from)"
expect_in "$T/out" "steady has closed."
[ -f "$XDG_CONFIG_HOME/steady/settings" ] || fail "the first run left no settings"

# The next start opens Home; the welcome module is done this run only.
printf 'quit\n' >"$T/in"
plain_run 0 "$T/in"
expect_not_in "$T/out" "Step 1 of 11"
expect_in "$T/out" "Home"

# The self-check: an empty line first (it needs an answer), then the second
# answer to each of its eight questions, back once to see the answer kept,
# the page, the written reflection skipped, the links, and the result.
{
	printf '2\n'
	printf '\n'
	printf '\n2\n'
	printf 'back\n\n'
	printf '2\n2\n2\n2\n2\n2\n2\n'
	printf '\n'
	printf 'skip\n'
	printf '\n'
	printf '\n'
	printf 'quit\n'
} >"$T/in"
plain_run 0 "$T/in"
expect_in "$T/out" "Where am I now?"
expect_in "$T/out" "Choose an answer first."
expect_in "$T/out" "Once or a few times (chosen)"
expect_in "$T/out" "Press Enter to keep what you chose."
expect_in "$T/out" "Step 12 of 12"
expect_in "$T/out" "Your result"
# The second answer of each question scores 1: the total is what was typed.
expect_in "$T/out" "Your total is 8 out of 24."
expect_in "$T/out" "Some signs to take seriously"
expect_in "$T/out" "You could open next:"
expect_in "$T/out" "Type a number to open a module, or press Enter to finish"

# The trigger journal, a journal filled in afresh each time: a choice, a
# written answer, several feelings, the urge's strength (an empty line
# first: it needs a number), and the closing links.
{
	printf '1\n4\n'
	printf '\n'
	printf '4\n'
	printf '2\n'
	printf 'A long day at work\n.\n'
	printf '1 3 9\n'
	printf '\n6\n'
	printf 'skip\n'
	printf '1 2\n'
	printf 'skip\n'
	printf '\n'
	printf 'back\n'
	printf 'quit\n'
} >"$T/in"
plain_run 0 "$T/in"
expect_in "$T/out" "Trigger journal"
expect_in "$T/out" "Step 10 of 10"
expect_in "$T/out" "Choose a number first."
expect_in "$T/out" "Thank you"
expect_in "$T/out" "Trigger journal (done, 5 min)"
exit 0
