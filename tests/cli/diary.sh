#!/bin/sh
# SPDX-FileCopyrightText: 2026 The steady authors
# SPDX-License-Identifier: GPL-3.0-or-later
# diary.sh: `steady diary` from the command line: init, add, list, show,
# search, export, passwd, wipe, and the exit statuses for a wrong
# passphrase, a missing diary and a diary open elsewhere.
. "$top_srcdir/tests/lib.sh"
need_test_build

export STEADY_DIARY_COSTS=min
D="$T/diary"
PW="$T/pw"
printf 'first secret words\n' >"$PW"

# run WANT ARGS...: steady with the passphrase on fd 3 and no stdin.
run() {
	want=$1
	shift
	got=0
	"$STEADY" --diary "$D" --passphrase-fd 3 "$@" >"$T/out" 2>"$T/err" 3<"$PW" </dev/null || got=$?
	[ "$got" -eq "$want" ] || {
		cat "$T/out" "$T/err" >&2
		fail "'steady $*' exited $got, expected $want"
	}
}

# Nothing yet: a clear hint to run init.
run 1 diary list
expect_in "$T/err" "steady diary init"
expect_status 2 "$STEADY" diary
expect_status 2 "$STEADY" diary frobnicate
expect_status 2 "$STEADY" diary show
expect_status 2 "$STEADY" --diary "$D" diary show abc

run 0 diary init
expect_not_in "$T/err" "is short"
expect_in "$T/out" "cannot read them without it"
expect_in "$T/out" "nobody can recover the diary"
[ "$(stat -c %a "$D")" = 700 ] || fail "diary folder is not 0700"
[ "$(stat -c %a "$D/diary")" = 600 ] || fail "diary file is not 0600"
run 1 diary init
expect_in "$T/err" "already a diary"

# A short passphrase on a descriptor: a warning that it is short, without
# its length (stderr may be kept in a log), and then used (a script cannot
# be asked).
printf 'äöü\n' | "$STEADY" --diary "$T/short" --passphrase-fd 0 diary init >/dev/null 2>"$T/err" ||
	fail "init with a short passphrase"
expect_in "$T/err" "This passphrase is short"
expect_not_in "$T/err" "3 characters"
printf 'äöü\nxy\n' | "$STEADY" --diary "$T/short" --passphrase-fd 0 diary passwd >/dev/null 2>"$T/err" ||
	fail "passwd to a short passphrase"
expect_in "$T/err" "This passphrase is short"
expect_not_in "$T/err" "2 characters"
printf 'xy\n' | "$STEADY" --diary "$T/short" --passphrase-fd 0 diary list >/dev/null 2>&1 ||
	fail "the short passphrase was not used"

# The default place is $XDG_DATA_HOME/steady/diary.
"$STEADY" --passphrase-fd 3 diary init 3<"$PW" >/dev/null 2>&1 || fail "init in the default place"
[ -f "$XDG_DATA_HOME/steady/diary/diary" ] || fail "no diary under XDG_DATA_HOME"

add() {
	printf '%s' "$1" | "$STEADY" --diary "$D" --passphrase-fd 3 diary add 3<"$PW" >"$T/out" 2>"$T/err" ||
		{ cat "$T/err" >&2; fail "add failed"; }
}
add '# A hard evening
I felt a lot of Ärger and went for a walk instead.
'
expect_in "$T/out" "Added entry 1."
add 'Called the helpline today.'
expect_in "$T/out" "Added entry 2."
printf '' | "$STEADY" --diary "$D" --passphrase-fd 3 diary add 3<"$PW" >/dev/null 2>"$T/err" && fail "empty add accepted"
expect_in "$T/err" "nothing to add"

run 0 diary list
expect_in "$T/out" "A hard evening"
expect_in "$T/out" "Called the helpline today."
[ "$(head -n 1 "$T/out" | cut -f 1)" = 2 ] || fail "list is not newest first"

run 0 diary show 1
expect_in "$T/out" "I felt a lot of Ärger"
expect_in "$T/out" "Journal: A hard evening"
run 1 diary show 99
expect_in "$T/err" "no diary entry 99"

# search WANT WORDS: `diary search` with WORDS on standard input.
search() {
	got=0
	printf '%s\n' "$2" | "$STEADY" --diary "$D" --passphrase-fd 3 diary search 3<"$PW" \
		>"$T/out" 2>"$T/err" || got=$?
	[ "$got" -eq "$1" ] || {
		cat "$T/out" "$T/err" >&2
		fail "'diary search' for '$2' exited $got, expected $1"
	}
}
search 0 "ärger"
expect_in "$T/out" "A hard evening"
expect_not_in "$T/out" "helpline"
search 0 "HELPLINE"
expect_in "$T/out" "Called the helpline"
search 0 "no such words"
expect_in "$T/err" "No entries match."
search 1 ""
expect_in "$T/err" "nothing to search for"
printf 'a\000b\n' | "$STEADY" --diary "$D" --passphrase-fd 3 diary search 3<"$PW" >/dev/null 2>"$T/err" &&
	fail "search words with a NUL byte accepted"
expect_in "$T/err" "NUL byte"
# The words come first, so one descriptor can give both, words then passphrase.
printf 'ärger\nfirst secret words\n' | "$STEADY" --diary "$D" --passphrase-fd 0 diary search \
	>"$T/out" 2>"$T/err" || { cat "$T/err" >&2; fail "search with --passphrase-fd 0"; }
expect_in "$T/out" "A hard evening"
# Never in argv, where other programs and the shell's history would see them.
run 2 diary search "ärger"
expect_in "$T/err" "standard input"

# No text of an entry in any file of the folder.
for f in "$D"/*; do
	! grep -q "Ärger\|helpline\|hard evening" "$f" || fail "plain text in $f"
done

run 0 diary export
expect_in "$T/err" "not encrypted"
expect_in "$T/out" "# My steady diary"
expect_in "$T/out" "went for a walk"
run 0 --format json --output "$T/export.json" diary export
expect_in "$T/err" "not encrypted"
expect_in "$T/export.json" '"kind":"journal"'
expect_in "$T/export.json" '"title":"A hard evening"'
# The text as written, without the blank lines and line breaks at its end (journal.h).
expect_in "$T/export.json" '"text":"I felt a lot of Ärger and went for a walk instead."'
if command -v python3 >/dev/null; then
	python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); assert len(d["entries"]) == 2' \
		"$T/export.json" || fail "export is not valid JSON"
fi
run 2 --format yaml diary export

# The title rule is every front end's (session/journal.h): a first line
# "# " is the title, alone too; the text after it is kept as written, but
# for blank lines before and after it (journal.h).
add '# Only a heading
'
run 0 diary show 3
expect_in "$T/out" "Journal: Only a heading (#3)"
add '# A title

and a blank line before the text'
run 0 --format json diary export
expect_in "$T/out" '"title":"A title","text":"and a blank line before the text"'

# A wrong passphrase has its own status and a kind message.
printf 'not it\n' >"$T/bad"
got=0
"$STEADY" --diary "$D" --passphrase-fd 3 diary list 3<"$T/bad" >/dev/null 2>"$T/err" || got=$?
[ "$got" -eq 3 ] || fail "wrong passphrase exited $got, expected 3"
expect_in "$T/err" "does not open the diary"
# No passphrase at all, and no terminal (setsid drops the controlling one).
got=0
setsid -w "$STEADY" --diary "$D" diary list </dev/null >/dev/null 2>"$T/err" 3<&- || got=$?
[ "$got" -ne 0 ] || fail "opened without a passphrase"
expect_in "$T/err" "passphrase-fd"

# A second steady on the same diary is told so, with its own status.
mkfifo "$T/hold"
(
	# Holds the diary open: passwd reads the old passphrase, then waits for the new.
	exec 3<"$T/hold"
	"$STEADY" --diary "$D" --passphrase-fd 3 diary passwd >"$T/hold.out" 2>"$T/hold.err"
	echo $? >"$T/hold.rc"
) &
exec 4>"$T/hold"
printf 'first secret words\n' >&4
# Wait until the holder has the lock file open (its open finished), then
# try. Polling with a second steady instead could take the lock just as the
# holder asks for it, and the holder, told the diary is busy, would give up.
end=$(($(date +%s) + 20))
until find /proc/[0-9]*/fd -lname "$D/diary.lock" 2>/dev/null | grep -q .; do
	[ "$(date +%s)" -le "$end" ] || { cat "$T/hold.err" >&2; fail "the holder never opened the diary"; }
	sleep 0.05
done
got=0
"$STEADY" --diary "$D" --passphrase-fd 3 diary list 3<"$PW" >/dev/null 2>"$T/err" || got=$?
[ "$got" -eq 4 ] || fail "a second steady exited $got, expected 4 (locked)"
expect_in "$T/err" "open in another steady window"
printf 'second secret words\n' >&4
exec 4>&-
wait
[ "$(cat "$T/hold.rc")" = 0 ] || { cat "$T/hold.err" >&2; fail "passwd failed"; }

run 3 diary list
printf 'second secret words\n' >"$PW"
run 0 diary list
expect_in "$T/out" "A hard evening"

# passwd with a wrong old passphrase changes nothing.
printf 'wrong\nthird\n' >"$T/pw2"
got=0
"$STEADY" --diary "$D" --passphrase-fd 3 diary passwd 3<"$T/pw2" >/dev/null 2>&1 || got=$?
[ "$got" -eq 3 ] || fail "passwd with a wrong passphrase exited $got"
run 0 diary list

# wipe needs a typed confirmation, or --yes.
got=0
setsid -w "$STEADY" --diary "$D" diary wipe </dev/null >/dev/null 2>"$T/err" || got=$?
[ "$got" -ne 0 ] || fail "wipe without confirmation"
[ -f "$D/diary" ] || fail "diary gone without confirmation"
expect_status 0 "$STEADY" --diary "$D" --yes diary wipe
[ ! -e "$D/diary" ] && [ ! -e "$D/diary.bak" ] || fail "wipe left files"
expect_status 1 "$STEADY" --diary "$D" --yes diary wipe
run 1 diary list
expect_in "$T/err" "steady diary init"

# SECURITY.md: one "\r" is dropped from the end of the line, also of a last
# line without a newline; a passphrase that ends "\r" (as 0.1.0 kept one
# from a file ending "pass\r") opens from a file ending "pass\r\r".
printf 'old words\r\r\n' >"$PW"
run 0 diary init
printf 'old words\r\r' >"$PW"
run 0 diary list
printf 'old words\r' >"$PW"
run 3 diary list
printf 'old words\n' >"$PW"
run 3 diary list
exit 0
