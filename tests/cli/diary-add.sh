#!/bin/sh
# SPDX-FileCopyrightText: 2026 The steady authors
# SPDX-License-Identifier: GPL-3.0-or-later
# diary-add.sh: what `steady diary add` takes from standard input, and
# when. A NUL byte is refused with a message and nothing is added (it used
# to cut the entry short and still say "Added"). The entry is read before
# the diary is opened: while it is being written, the diary is neither
# locked nor decrypted, so another steady can open it.
. "$top_srcdir/tests/lib.sh"
need_test_build

export STEADY_DIARY_COSTS=min
D="$T/diary"
printf 'a passphrase for tests\n' >"$T/pw"

# steady_pw ARGS...: steady on $D with the passphrase on fd 3.
steady_pw() { "$STEADY" --diary "$D" --passphrase-fd 3 "$@" 3<"$T/pw"; }

steady_pw diary init </dev/null >/dev/null 2>&1 || fail "init failed"
printf 'The first entry\n' | steady_pw diary add >/dev/null 2>&1 || fail "add failed"

# A NUL byte: refused, and the diary keeps one entry.
got=0
printf 'before\000after\n' | steady_pw diary add >"$T/out" 2>"$T/err" || got=$?
[ "$got" -eq 1 ] || fail "an entry with a NUL byte: exit $got, expected 1"
expect_in "$T/err" "NUL byte"
expect_in "$T/err" "nothing was added"
expect_not_in "$T/out" "Added"
steady_pw diary list </dev/null >"$T/out" 2>"$T/err" || fail "list failed"
[ "$(wc -l <"$T/out")" -eq 1 ] || fail "an entry was added after all: $(cat "$T/out")"
expect_not_in "$T/out" "before"
# While add waits for its entry, the diary is free: a list works.
mkfifo "$T/in"
"$STEADY" --diary "$D" --passphrase-fd 3 diary add 3<"$T/pw" <"$T/in" >"$T/add.out" 2>"$T/add.err" &
pid=$!
exec 9>"$T/in"
# Until it is blocked reading the pipe, where the kernel says so (wchan);
# elsewhere two seconds, far more than it takes to open a diary of minimum
# costs (which an add that read its entry last would have done by then).
end=$(($(date +%s) + 20))
blocked=
while [ "$(date +%s)" -le "$end" ]; do
	case $(cat "/proc/$pid/wchan" 2>/dev/null) in
	*pipe*) blocked=1 && break ;;
	"" | 0) break ;;
	esac
	sleep 0.05
done
[ -n "$blocked" ] || { echo "no wchan, waiting 2 s"; sleep 2; }
got=0
steady_pw diary list </dev/null >"$T/out" 2>"$T/err" || got=$?
[ "$got" -eq 0 ] || {
	cat "$T/err" >&2
	fail "list while add waits for its entry exited $got (4: add held the diary)"
}
expect_in "$T/out" "The first entry"
printf 'Written slowly\n' >&9
exec 9>&-
got=0
wait "$pid" || got=$?
[ "$got" -eq 0 ] || { cat "$T/add.err" >&2; fail "the waiting add exited $got"; }
expect_in "$T/add.out" "Added entry 2."
steady_pw diary list </dev/null >"$T/out" 2>"$T/err" || fail "list failed"
expect_in "$T/out" "Written slowly"
exit 0
