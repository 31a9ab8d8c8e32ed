#!/bin/sh
# diary-add.sh: what `steady diary add` takes from standard input. A NUL
# byte is refused with a message and nothing is added (it used to cut the
# entry short and still say "Added").
. "$top_srcdir/tests/lib.sh"

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
exit 0
