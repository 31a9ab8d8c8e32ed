#!/bin/sh
# SPDX-FileCopyrightText: 2026 The steady authors
# SPDX-License-Identifier: GPL-3.0-or-later
# diary-import.sh: `steady diary import` brings back what `diary export`
# wrote, in either format, into another diary with new numbers; a file
# that is not an export is refused with its line, before the passphrase
# is asked for, and nothing of it is imported.
. "$top_srcdir/tests/lib.sh"

export STEADY_DIARY_COSTS=min
printf 'a passphrase for tests\n' >"$T/pw"

# on DIR ARGS...: steady on diary DIR with the passphrase on fd 3, once.
on() {
	d=$1
	shift
	"$STEADY" --diary "$T/$d" --passphrase-fd 3 "$@" 3<"$T/pw"
}

on a diary init </dev/null >/dev/null 2>&1 || fail "init a failed"
on b diary init </dev/null >/dev/null 2>&1 || fail "init b failed"
printf '# First\nThe first entry\n' | on a diary add >/dev/null 2>&1 || fail "add failed"
printf 'The second entry\nover two lines\n' | on a diary add >/dev/null 2>&1 || fail "add failed"
printf 'Already in b\n' | on b diary add >/dev/null 2>&1 || fail "add to b failed"
on a diary export -o "$T/a.md" </dev/null >/dev/null 2>&1 || fail "export failed"
on a diary export --format json -o "$T/a.json" </dev/null >/dev/null 2>&1 ||
	fail "export json failed"

# Markdown, then JSON (found by its first character): numbers after b's own.
expect_status 0 on b diary import "$T/a.md"
expect_in "$T/out" "Imported 2 entries."
expect_status 0 on b diary import "$T/a.json"
expect_status 0 on b diary list
[ "$(wc -l <"$T/out")" -eq 5 ] || fail "b should hold 5 entries: $(cat "$T/out")"
for id in 2 3 4 5; do
	expect_in "$T/out" "$id	"
done
# Each import's oldest entry got the lower number.
grep -q '^2	.*First' "$T/out" || fail "the first entry is not number 2: $(cat "$T/out")"
grep -q '^5	.*The second entry' "$T/out" || fail "not number 5: $(cat "$T/out")"
on b diary show 3 </dev/null >"$T/show" 2>&1 || fail "show 3 failed"
expect_in "$T/show" "over two lines"

# Malformed: refused with the line, before the passphrase (fd 3 is empty),
# and the diary keeps what it had.
sed '2s/.*/{"id":7},/' "$T/a.json" >"$T/bad.json"
printf '# My steady diary\n\n## 2026-11-29T11:05:00+01:00 \302\267 Journal (#1)\nno blank line\n' \
	>"$T/bad.md"
for f in bad.json bad.md; do
	got=0
	"$STEADY" --diary "$T/b" --passphrase-fd 3 diary import "$T/$f" 3</dev/null \
		>"$T/out" 2>"$T/err" || got=$?
	[ "$got" -eq 1 ] || fail "$f: exit $got, expected 1"
	expect_in "$T/err" "Nothing was imported."
	expect_not_in "$T/err" "passphrase"
done
expect_in "$T/err" "bad.md, line 3:"
"$STEADY" --diary "$T/b" --passphrase-fd 3 diary import "$T/bad.json" 3</dev/null \
	2>"$T/err" || true
expect_in "$T/err" "bad.json, line 2:"
# The JSON export read as Markdown is refused too.
expect_status 1 on b diary import --format markdown "$T/a.json"
expect_in "$T/err" "line 1:"
expect_status 0 on b diary list
[ "$(wc -l <"$T/out")" -eq 5 ] || fail "a refused file changed b: $(cat "$T/out")"

# Not a file, no file, a bad --format, no argument.
expect_status 1 on b diary import "$T"
expect_in "$T/err" "is not a file"
expect_status 1 on b diary import "$T/missing"
expect_in "$T/err" "could not read"
expect_status 2 on b diary import --format yaml "$T/a.md"
expect_status 2 on b diary import
exit 0
