#!/bin/sh
# SPDX-FileCopyrightText: 2026 The steady authors
# SPDX-License-Identifier: GPL-3.0-or-later
# diary.sh: the diary in plain mode, through a pipe: set up with the
# passphrase typed twice, a journal entry written, the trigger journal kept
# in it; a second run unlocks it (after a wrong passphrase), finds the
# entry by searching, reads it and the list, and locks it; a third leaves
# the diary open too long and finds it locked. `steady diary` reads back
# what plain mode saved. No passphrase is ever printed.
. "$top_srcdir/tests/lib.sh"
need_test_build

export STEADY_DIARY_COSTS=min
mkdir -p "$XDG_CONFIG_HOME/steady"
printf 'region=GB\n' >"$XDG_CONFIG_HOME/steady/settings"
PW='blue kettle morning'
printf '%s\n' "$PW" >"$T/pw"

# Home: 1 Modules, 2 Self-check, 3 Diary, 4 Get help now, 5 Settings, 6 Quit.
{
	printf '3\n1\n'
	printf '%s\n%s\n' "$PW" "$PW"
	printf '1\n# A hard evening\nI went for a walk instead.\nThen tea.\n.\n'
	printf 'back\n'
	printf '1\n4\n1\n'
	printf '\n4\n2\n\n1\n5\nskip\n1\nskip\n\n'
	printf 'back\nquit\n'
} >"$T/in"
plain_run 0 "$T/in"
expect_in "$T/out" "Choose a passphrase"
expect_in "$T/out" "Your diary is ready. Only your passphrase opens it."
expect_in "$T/out" "Saved."
expect_in "$T/out" "Save your answers to this module in your diary?"
expect_in "$T/out" "Your answers are saved in your diary."
expect_not_in "$T/out" "$PW"
[ -f "$XDG_DATA_HOME/steady/diary/diary" ] || fail "no diary was made"

# What plain mode saved, as the command line reads it.
"$STEADY" --passphrase-fd 3 diary list 3<"$T/pw" >"$T/list" 2>&1 || {
	cat "$T/list" >&2
	fail "steady diary list"
}
expect_in "$T/list" "A hard evening"
expect_in "$T/list" "trigger-log"
# An entry from the command line holding control characters: plain mode
# shows it without them.
printf 'Bell\007 and \033[31mred\033[m\n' |
	"$STEADY" --passphrase-fd 3 diary add 3<"$T/pw" >/dev/null 2>&1 || fail "steady diary add"

# A second run: a wrong passphrase may be typed again; the search finds the
# entry, which reads as written; the list has both; then the diary locks.
{
	printf '3\nnot the passphrase\n%s\n' "$PW"
	printf '3\nWALK\n1\n\nback\n'
	printf '2\n1\n\nback\n'
	printf '7\n'
	printf 'quit\n'
} >"$T/in"
plain_run 0 "$T/in"
expect_in "$T/out" "Unlock your diary"
expect_in "$T/out" "Entries containing the search: 1"
expect_in "$T/out" "A hard evening (Journal)"
expect_in "$T/out" "I went for a walk instead."
expect_in "$T/out" "Then tea."
expect_in "$T/out" "Entries, newest first"
expect_in "$T/out" "Trigger journal (Module record)"
# Each control character is shown as U+FFFD.
expect_in "$T/out" "$(printf 'Bell\357\277\275 and \357\277\275[31mred')"
expect_in "$T/out" "Your diary is locked. Everything you saved is kept."
expect_in "$T/out" "Diary (locked)"
expect_not_in "$T/out" "$PW"
grep -c "Opening your diary" "$T/out" | grep -qx 2 || fail "the wrong passphrase was not asked again"

# A third: the diary open in its list, then nothing typed for longer than
# the lock allows: it locks itself, and Home follows.
{
	printf '3\n%s\n' "$PW"
	sleep 3
	printf 'quit\n'
} | STEADY_LOCK_SECONDS=1 "$STEADY" --plain >"$T/out" 2>"$T/err" || fail "the third run failed"
expect_plain "$T/out"
expect_in "$T/out" "Your diary locked itself"
sed -n '/locked itself/,$p' "$T/out" >"$T/after"
expect_in "$T/after" "Diary (locked)"
exit 0
