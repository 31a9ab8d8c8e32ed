#!/bin/sh
# SPDX-FileCopyrightText: 2026 The steady authors
# SPDX-License-Identifier: GPL-3.0-or-later
# passphrase-tty.sh: the passphrase prompt on a terminal. Whatever signal
# comes while it waits (SIGHUP, SIGQUIT, SIGINT, SIGTERM), the terminal is
# left echoing; Ctrl-Z (SIGTSTP) stops steady with the terminal echoing, and
# once continued it asks again. A short new passphrase gets the screens'
# warning and is used only when typed again; Enter chooses another.
. "$top_srcdir/tests/lib.sh"
need_test_build

command -v python3 >/dev/null 2>&1 || {
	echo "SKIP: python3 is needed to give steady a terminal"
	exit 77
}
TTY="$top_srcdir/tests/cli/tty.py"
export STEADY_DIARY_COSTS=min
D="$T/diary"
PASS="a passphrase for tests"
printf '%s\n' "$PASS" >"$T/pw"
"$STEADY" --diary "$D" --passphrase-fd 3 diary init 3<"$T/pw" >/dev/null 2>&1 </dev/null ||
	fail "init failed"
printf 'An entry\n' | "$STEADY" --diary "$D" --passphrase-fd 3 diary add 3<"$T/pw" >/dev/null 2>&1 ||
	fail "add failed"

for sig in SIGHUP SIGQUIT SIGINT SIGTERM SIGTSTP; do
	python3 "$TTY" signal "$sig" "$PASS" -- "$STEADY" --diary "$D" diary list >"$T/out" 2>&1 ||
		{ cat "$T/out" >&2; fail "$sig at the passphrase prompt"; }
done
# After Ctrl-Z and fg, the passphrase typed then opened the diary.
expect_in "$T/out" "An entry"

# A short passphrase: warned, then Enter chooses another.
N="$T/new"
python3 "$TTY" run -w "New passphrase" -s "ab" -w "anyway" -s "" \
	-w "New passphrase" -s "$PASS" -w "same passphrase again" -s "$PASS" -- \
	"$STEADY" --diary "$N" diary init >"$T/out" 2>&1 || { cat "$T/out" >&2; fail "init on a terminal"; }
expect_in "$T/out" "This passphrase is short"
expect_not_in "$T/out" "2 characters"
expect_in "$T/out" "Your diary is ready"
"$STEADY" --diary "$N" --passphrase-fd 3 diary list 3<"$T/pw" </dev/null >/dev/null 2>&1 ||
	fail "the diary does not open with the longer passphrase chosen after the warning"
# Or, typed again, it is used anyway.
S="$T/short"
python3 "$TTY" run -w "New passphrase" -s "abc" -w "anyway" -s "abc" -- \
	"$STEADY" --diary "$S" diary init >"$T/out" 2>&1 || { cat "$T/out" >&2; fail "init on a terminal"; }
expect_in "$T/out" "This passphrase is short"
printf 'abc\n' | "$STEADY" --diary "$S" --passphrase-fd 0 diary list >/dev/null 2>&1 ||
	fail "the short passphrase typed again was not used"
# A long one gets no warning.
python3 "$TTY" run -w "New passphrase" -s "$PASS" -w "same passphrase again" -s "$PASS" -- \
	"$STEADY" --diary "$T/long" diary init >"$T/out" 2>&1 || { cat "$T/out" >&2; fail "init on a terminal"; }
expect_not_in "$T/out" "is short"
exit 0
