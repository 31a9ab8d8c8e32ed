#!/bin/sh
# SPDX-FileCopyrightText: 2026 The steady authors
# SPDX-License-Identifier: GPL-3.0-or-later
# Plain mode keeps drafts by the same rule as the screens: an entry left
# unfinished (the end of input) is kept in the diary as a draft, offered back
# at the next unlock, and saved once finished; with no diary, a written answer
# says before anything is typed that it is not saved.
. "$top_srcdir/tests/lib.sh"
mkdir -p "$XDG_CONFIG_HOME/steady"
printf 'region=GB\n' >"$XDG_CONFIG_HOME/steady/settings"

# Home: 1 Modules, 1 Every step (tests/data/tui): a page, a scale, two
# choices, then the written answer.
printf '1\n1\n\n5\n1\n1\n' >"$T/in"
plain_run 0 "$T/in" --content-dir "$top_srcdir/tests/data/tui"
expect_in "$T/out" "Write something"
expect_in "$T/out" "Your diary is not open: what you write here stays only"

diary_init
# Home: 3 Diary; 1 Write a new entry; the input ends before the dot.
printf '3\n%s\n1\nZebra first line\nsecond line\n' "$PASS" >"$T/in"
plain_run 0 "$T/in"
expect_status 0 sh -c "'$STEADY' --passphrase-fd 3 diary list 3<'$T/pass'"
expect_in "$T/out" "Zebra first line"
# Next time: offered back; going on adds to it, and the dot saves it.
printf '3\n%s\n1\nthird line\n.\nquit\n' "$PASS" >"$T/in"
plain_run 0 "$T/in"
expect_in "$T/out" "Your draft"
expect_in "$T/out" "Go on writing it"
expect_in "$T/out" "Saved."
expect_status 0 sh -c "'$STEADY' --passphrase-fd 3 diary export 3<'$T/pass'"
tr '\n' '|' <"$T/out" >"$T/flat"
expect_in "$T/flat" "|Zebra first line|second line|third line|"
# Saved: not offered again.
printf '3\n%s\nquit\n' "$PASS" >"$T/in"
plain_run 0 "$T/in"
expect_not_in "$T/out" "Your draft"
echo "plain mode keeps a draft and offers it back"
