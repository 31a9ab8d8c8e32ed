#!/bin/sh
# SPDX-FileCopyrightText: 2026 The steady authors
# SPDX-License-Identifier: GPL-3.0-or-later
# The diary list as a person reads it: a title-only entry shows as a title
# (not "# ..."), an empty search says there is no search, a record nobody
# touched shows no "Changed" after a lock, and the journal is browsed by
# date (a heading for each day) and by kind (f, "Which entries?"), on the
# screens and in plain mode.
. "$top_srcdir/tests/lib.sh"
PASS="amber field quiet"
diary_init "$PASS"
RUN="$STEADY --content-dir '$top_srcdir/tests/data/diary'"
today=$(date +%F)
today_words=$(LC_ALL=C date +'%-d %B %Y')

tui_start 80 24 "$RUN"
tui_wait "Get help now"
tui_keys Home Down Down Enter
tui_type_passphrase "$PASS" "No entries yet."

# A title alone.
tui_keys n
tui_wait "New entry"
tui_keys -l "# Only a title"
tui_wait "# Only a title"
tui_keys C-s
tui_wait "Saved."
tui_keys Escape
tui_wait "1 entry"
tui_screen >"$T/screen"
expect_in "$T/screen" "Only a title"
expect_not_in "$T/screen" "# Only a title"
tui_keys End Enter
tui_wait "Journal"
tui_screen >"$T/screen"
expect_not_in "$T/screen" "# Only a title"
expect_in "$T/screen" "Only a title"
tui_keys Escape
tui_wait "1 entry"

# An empty search is no search.
tui_keys /
tui_wait "Search:"
tui_screen >"$T/screen"
expect_not_in "$T/screen" "containing the search"
expect_in "$T/screen" "All entries, newest first. Type to search."
tui_keys Escape
tui_wait_gone "Type to search"

# A record of the mood log, kept; a second later the diary is locked.
tui_keys Escape
tui_wait "Get help now"
tui_keys Home Enter
tui_wait "Mood log"
tui_keys Enter
tui_wait "Save your answers to this module in your diary?"
tui_keys Enter
tui_wait "How is your mood?"
tui_keys 5 Enter
tui_wait "Where are you?"
tui_keys 1 Enter
tui_wait "A word about it"
tui_keys Tab
tui_wait "Mood log                      "
tui_keys Escape
tui_wait "Get help now"
sleep 1.2
tui_keys Home Down Down Enter
tui_wait "entries"
tui_keys l
tui_wait "Your diary is locked."
tui_keys Enter
tui_type_passphrase "$PASS" "entries"
# By date: today's heading (in words), each entry with its time of day.
tui_wait "$today_words"
# By kind: only the records.
tui_keys f
tui_wait "Which entries?"
tui_wait "Module record (1)"
tui_keys Down Down Enter
tui_wait "Module record, newest first: 1"
tui_wait "Show: Module record"
tui_screen >"$T/screen"
expect_not_in "$T/screen" "Only a title"
expect_in "$T/screen" "Mood log"
# The record was not touched: no "Changed" line.
tui_keys End Enter
tui_wait "Finished."
tui_screen >"$T/screen"
expect_not_in "$T/screen" "Changed"
tui_keys Escape
tui_wait "Show: Module record"
# Back to all.
tui_keys f
tui_wait "Which entries?"
tui_keys Home Enter
tui_wait "Show: all entries"
tui_wait "Only a title"
tui_keys C-q
tui_wait "__EXITED__ 0"

# Plain mode: one kind of entry, by date.
{
	printf '3\n%s\n5\n1\n\nback\nback\nquit\n' "$PASS"
} >"$T/in"
plain_run 0 "$T/in" --content-dir "$top_srcdir/tests/data/diary"
expect_in "$T/out" "Read one kind of entry"
expect_in "$T/out" "Journal (1)"
expect_in "$T/out" "Journal, newest first: 1"
expect_in "$T/out" "$today"
expect_in "$T/out" "Only a title (Journal)"
exit 0
