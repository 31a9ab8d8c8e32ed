#!/bin/sh
# SPDX-FileCopyrightText: 2026 The steady authors
# SPDX-License-Identifier: GPL-3.0-or-later
# Patterns as a person reads them: the trigger journal's weekday map counts
# the time of day the person answered ("time_of_day: true" in its YAML),
# not when the record was typed; a label too wide is cut at a word with an
# ellipsis, never mid-word silently; the list keeps its place after a
# chart. Plain mode says the same in words.
. "$top_srcdir/tests/lib.sh"
PASS="amber field quiet"
diary_init "$PASS"
RUN="$STEADY --content-dir '$top_srcdir/tests/data/diary'"

tui_start 80 24 "$RUN"
tui_wait "Get help now"
tui_keys Home Down Down Enter
tui_type_passphrase "$PASS" "No entries yet."
tui_keys Escape
tui_wait "Get help now"
tui_keys Home Enter
tui_wait "Mood log"
tui_open_module trigger-log --content-dir "$top_srcdir/tests/data/diary"
tui_wait "Save your answers to this module in your diary?"
tui_keys Enter
tui_wait "A quick entry"
tui_keys Enter
tui_wait "What time of day was it?"
tui_keys 5 Enter
i=0
until tui_screen | grep -q "Step 10 of 10"; do
	tui_answer_next
	i=$((i + 1))
	[ "$i" -lt 20 ] || fail "the trigger journal never reached its end"
	sleep 0.2
done
tui_keys Escape
tui_wait "Mood log"
tui_keys Escape
tui_wait "Get help now"

# Patterns, the trigger journal (second in the list, after the mood log).
tui_keys Home Down Down Enter
tui_wait "1 entry"
tui_keys p
tui_wait "Charts of what your diary holds"
tui_keys Down Enter
tui_wait "1 record, from"
tui_keys End
tui_wait "When it happened (weekday and time of day)"
tui_screen >"$T/screen"
expect_not_in "$T/screen" "When the records were made"
grep "Late at night" "$T/screen" | grep -q "█ 1" || {
	cat "$T/screen" >&2
	fail "the late-night answer is not counted in the weekday map"
}
# Back in the list, on the chart just read.
tui_keys Escape
tui_wait "Charts of what your diary holds"
tui_screen >"$T/screen"
expect_in "$T/screen" "> Trigger journal"

# At 40 columns, labels are cut at a word, with an ellipsis.
tui_resize 40 12
tui_keys Enter
tui_wait "1 record"
tui_pages 12 "$T/all"
expect_in "$T/all" "Late at night…"
expect_not_in "$T/all" "Late at night ("
tui_keys Escape
tui_wait "Charts of what"
tui_screen >"$T/screen"
expect_in "$T/screen" "> Trigger journal"
tui_keys C-q
tui_wait "__EXITED__ 0"

# Plain mode: the same, in words.
printf '3\n%s\n4\n2\nback\nback\nquit\n' "$PASS" >"$T/in"
plain_run 0 "$T/in" --content-dir "$top_srcdir/tests/data/diary"
expect_in "$T/out" "When it happened (weekday and time of day)"
expect_in "$T/out" "Late at night (after 11pm): 1 record ("
expect_not_in "$T/out" "When the records were made"
exit 0
