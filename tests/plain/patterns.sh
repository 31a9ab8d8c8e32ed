#!/bin/sh
# SPDX-FileCopyrightText: 2026 The steady authors
# SPDX-License-Identifier: GPL-3.0-or-later
# patterns.sh: a journal entry and three trigger-journal records in plain
# mode, through a pipe; Patterns reads the urge strengths back in words
# (the average, lowest and highest of the numbers typed, computed here);
# then the journal entry is edited by writing it anew and a record is
# deleted after its confirmation, and `steady diary` reads back what was
# saved. No escape byte is ever printed.
. "$top_srcdir/tests/lib.sh"
need_test_build

export STEADY_DIARY_COSTS=min
mkdir -p "$XDG_CONFIG_HOME/steady"
printf 'region=GB\n' >"$XDG_CONFIG_HOME/steady/settings"
PW='green window evening'
printf '%s\n' "$PW" >"$T/pw"

# The urge strengths typed into the trigger journal, one record each.
URGES='2 9 6'

# One trigger-journal record from the module list (module 4): the page,
# when, where, what was happening (left out), feelings, the urge, thoughts,
# what you did, what helped, the last page. The first asks to keep it.
record() {
	printf '4\n'
	[ "$2" = first ] && printf '1\n'
	printf '\n4\n2\n\n1\n%s\nskip\n1\nskip\n\n' "$1"
}

# Home: 1 Modules, 2 Self-check, 3 Diary. Diary: 1 Write, 2 Read, 3 Search,
# 4 Patterns, 5 Lock.
{
	printf '3\n1\n%s\n%s\n' "$PW" "$PW"
	printf '1\n# Before the weekend\nI felt restless.\n.\n'
	printf 'back\n1\n'
	first=first
	for u in $URGES; do
		record "$u" "$first"
		first=
	done
	printf 'back\n3\n4\n1\nback\nback\nquit\n'
} >"$T/in"
plain_run 0 "$T/in"
expect_in "$T/out" "Your answers are saved in your diary."
sed -n '/^Patterns$/,$p' "$T/out" >"$T/patterns"
expect_in "$T/patterns" "3 records, from"
expect_in "$T/patterns" "How strong was the urge at its strongest?"
# The figures of the numbers typed, as the test computes them.
want=$(echo "$URGES" | tr ' ' '\n' | awk '
	NR == 1 || $1 < lo { lo = $1 }
	NR == 1 || $1 > hi { hi = $1 }
	{ sum += $1 }
	END { printf "average %.1f from %d records (lowest %d, highest %d).", sum / NR, NR, lo, hi }')
expect_in "$T/patterns" "$want"
expect_in "$T/patterns" "Week of "
expect_in "$T/patterns" "Rode it out until it passed: 3 times."
# When it happened: "Evening" as answered (4), on the weekday of the records.
expect_in "$T/patterns" "When it happened (weekday and time of day)"
grep -Eq '^  Evening: 3 records \([A-Z][a-z]+day 3\)\.$' "$T/patterns" ||
	fail "no weekday and time of day for the three records"
expect_not_in "$T/out" "$PW"

# A second run: the journal entry (the oldest, 4th) is written anew; a
# record (the newest, 1st) is deleted once it is confirmed, after a first
# "Keep it" left it where it was.
{
	printf '3\n%s\n' "$PW"
	printf '2\n4\n1\n# After the weekend\nI went running instead.\n.\n'
	printf '4\n\n'
	printf '1\n1\n1\n'
	printf '1\n2\n'
	printf 'back\nback\nquit\n'
} >"$T/in"
plain_run 0 "$T/in"
expect_in "$T/out" "This is the entry as it is now, its title on the first line:"
expect_in "$T/out" "  # Before the weekend"
expect_in "$T/out" "Saved."
sed -n '/^Saved\.$/,$p' "$T/out" >"$T/after"
expect_in "$T/after" "After the weekend (Journal)"
expect_not_in "$T/after" "Before the weekend"
expect_in "$T/after" "I went running instead."
expect_not_in "$T/after" "I felt restless."
expect_in "$T/out" "Delete this entry?"
expect_in "$T/out" "Trigger journal (Module record)"
expect_in "$T/out" "The entry was deleted."
[ "$(grep -c '^Delete this entry?$' "$T/out")" -eq 2 ] || fail "the confirmation was not asked twice"

"$STEADY" --passphrase-fd 3 diary list 3<"$T/pw" >"$T/list" 2>&1 || {
	cat "$T/list" >&2
	fail "steady diary list"
}
expect_in "$T/list" "After the weekend"
expect_not_in "$T/list" "Before the weekend"
[ "$(grep -c 'trigger-log' "$T/list")" -eq 2 ] || {
	cat "$T/list" >&2
	fail "the deleted record is still in the diary"
}
id=$(awk -F '\t' '$3 == "Journal" { print $1 }' "$T/list")
"$STEADY" --passphrase-fd 3 diary show "$id" 3<"$T/pw" >"$T/show" 2>&1 || fail "steady diary show"
expect_in "$T/show" "I went running instead."
expect_not_in "$T/show" "I felt restless."
exit 0
