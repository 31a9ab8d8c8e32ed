#!/bin/sh
# SPDX-FileCopyrightText: 2026 The steady authors
# SPDX-License-Identifier: GPL-3.0-or-later
# Module answers and the diary: asked once per module, saved on leaving,
# charted (a counsellor's own journal form), resumed in a new run; the
# crisis module's answers become the safety plan, shown first by Get help now;
# homework is marked done in the diary by finishing it.
. "$top_srcdir/tests/lib.sh"
need_test_build
export STEADY_DIARY_COSTS=min
mkdir -p "$XDG_CONFIG_HOME/steady"
printf 'region=GB\n' >"$XDG_CONFIG_HOME/steady/settings"
PASS="green lamp river"
RUN="$STEADY --content-dir '$top_srcdir/tests/data/diary'"

# Set up the diary from Home.
tui_start 80 24 "$RUN"
tui_wait "Get help now"
tui_keys Home Down Down Enter
tui_wait "Set up a diary"
tui_keys Enter
tui_wait "Choose a passphrase"
tui_keys -l "$PASS"
tui_keys Enter
tui_wait "Type the same passphrase again"
tui_keys -l "$PASS"
tui_keys Enter
tui_wait "Your diary is ready"
tui_keys Escape
tui_wait "Diary                          " # the home list, diary open
tui_wait "open"

# The mood log (first in Modules): asked once, then three records.
tui_keys Home Enter
tui_wait "Mood log"
tui_keys Enter
tui_wait "Save your answers to this module in your diary?"
tui_keys Enter
for v in 3 7 9; do
	tui_wait "How is your mood?"
	tui_keys "$v" Enter
	tui_wait "Where are you?"
	tui_keys 1 Enter
	tui_wait "A word about it"
	tui_keys Tab
	tui_wait "Mood log                      "
	tui_screen >"$T/screen"
	expect_not_in "$T/screen" "Save your answers"
	[ "$v" = 9 ] || tui_keys Enter
done

# Patterns: a sparkline and the choices, with the module's own labels.
tui_keys Escape
tui_wait "Get help now"
tui_keys Home Down Down Enter
tui_wait "4 entries" # three records and the homework done mark
tui_keys p
tui_wait "Charts of what your diary holds"
tui_keys Enter
tui_wait "3 records, from"
tui_wait "How is your mood?"
tui_wait "one mark a day"
tui_screen >"$T/screen"
# The day's average, (3 + 7 + 9) / 3 = 6.3 of 0..10, is level 4 of 0..7: the fifth block.
grep -A1 "How is your mood?" "$T/screen" | grep -q "▅" || {
	cat "$T/screen" >&2
	fail "no sparkline mark for the mood"
}
expect_in "$T/screen" "6.3"
expect_in "$T/screen" "At home"
tui_keys Escape Escape Escape
tui_wait "Get help now"

# Homework (the mood log is set as homework): finishing it with its answers
# kept marked it done today, in the diary; there is no key to tick it by hand.
tui_keys Home Down Down Down Enter
tui_wait "Set for you by your counsellor."
tui_wait "daily, done"
tui_keys Enter
tui_wait "Set by Sam, your counsellor."
# Dates in running text are words (date_words).
tui_wait "Every day. Until 31 December 2099."
tui_wait "[x] $(LC_ALL=C date +'%-d %B %Y'), today"
tui_screen >"$T/screen"
expect_not_in "$T/screen" "[x] $(LC_ALL=C date -d yesterday +'%-d %B %Y')"
tui_keys Escape
tui_wait "daily, done"
tui_keys Escape
tui_wait "Get help now"

# The crisis module, left part way after two plan steps.
n=$("$STEADY" --content-dir "$top_srcdir/tests/data/diary" list |
	awk '$1 != "self-check" { print $1 }' | grep -n '^crisis$' | cut -d: -f1)
[ -n "$n" ] || fail "no crisis module"
tui_keys Home Enter
tui_wait "Mood log"
i=1
while [ "$i" -lt "$n" ]; do
	tui_keys Down
	i=$((i + 1))
done
tui_keys Enter
tui_wait "Save your answers to this module in your diary?"
tui_keys Enter
i=0
while ! tui_screen | grep -q "What tells you that things are getting worse"; do
	tui_keys Enter
	i=$((i + 1))
	[ "$i" -lt 20 ] || fail "the crisis module's first plan step never came"
	sleep 0.1
done
tui_keys -l "Wakeful nights alone"
tui_wait "Wakeful nights alone" # typed keys and a Tab sent together count as a paste
tui_keys Tab
tui_wait "Things I can do on my own"
tui_keys -l "Walk by the canal"
tui_wait "Walk by the canal" # typed keys and a Tab sent together count as a paste
tui_keys Tab
tui_wait "People and places"
tui_keys Escape
tui_wait "Mood log"
tui_keys Escape
tui_wait "Continue: Crisis and your safety plan"
tui_keys q
tui_wait "__EXITED__ 0"
grep -rl -e Wakeful -e canal -e "$PASS" "$T/home" "$T/tmp" && fail "plain text on disk"

# A new run: nothing shows until the diary is unlocked; then Continue, and the plan first.
tui_restart
tui_start 80 24 "$RUN"
tui_wait "Get help now"
tui_screen >"$T/screen"
expect_not_in "$T/screen" "Continue"
# With the diary locked, Get help now says where the plan is.
tui_keys C-g
tui_wait "unlock the diary"
tui_keys Escape
tui_wait "Get help now"
tui_keys Home Down Down Enter
tui_wait "Unlock your diary"
tui_keys -l "$PASS"
tui_keys Enter
tui_wait "entries"
tui_keys Escape
tui_wait "Continue: Crisis and your safety plan"
# A journal filled in during the last run is marked done in this one.
tui_keys Home Down Enter
tui_wait "Mood log"
tui_screen | grep "Mood log" | grep -q "done" || {
	tui_screen >&2
	fail "the mood log filled in last run is not marked done"
}
tui_keys Escape
tui_wait "Continue: Crisis and your safety plan"
tui_keys C-g
tui_wait "Your safety plan"
tui_wait "Wakeful nights alone"
tui_screen >"$T/screen"
plan=$(grep -n "Wakeful nights alone" "$T/screen" | cut -d: -f1)
lines=$(grep -n "Helplines" "$T/screen" | cut -d: -f1)
[ -n "$lines" ] && [ "$plan" -lt "$lines" ] || {
	cat "$T/screen" >&2
	fail "the safety plan is not shown before the helplines"
}
tui_keys Escape
tui_wait "Continue: Crisis and your safety plan"
# Resumed from the diary, where the person chose to keep it: not asked again.
tui_keys Home Enter
tui_wait "People and places"
tui_screen >"$T/screen"
expect_not_in "$T/screen" "Save your answers"
tui_keys Escape
tui_wait "Get help now"
tui_keys C-q
tui_wait "__EXITED__ 0"
exit 0
