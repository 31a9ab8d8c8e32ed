#!/bin/sh
# SPDX-FileCopyrightText: 2026 The steady authors
# SPDX-License-Identifier: GPL-3.0-or-later
# diary-terminal.sh: `steady diary show`, `list`, `search` and `export` on a
# terminal show an entry's escape sequences and control characters as
# U+FFFD instead of obeying them (an entry could otherwise set the
# terminal's title or hide text); a file or a pipe still gets the entry as
# it was written, and JSON escapes every control character, C1 ones too.
. "$top_srcdir/tests/lib.sh"
need_test_build

command -v python3 >/dev/null 2>&1 || {
	echo "SKIP: python3 is needed to give steady a terminal"
	exit 77
}
TTY="$top_srcdir/tests/cli/tty.py"
export STEADY_DIARY_COSTS=min
D="$T/diary"
printf 'a passphrase for tests\n' >"$T/pw"
esc=$(printf '\033')
bel=$(printf '\007')
csi=$(printf '\302\233') # U+009B, a one-character CSI
fffd=$(printf '\357\277\275')

"$STEADY" --diary "$D" --passphrase-fd 3 diary init 3<"$T/pw" >/dev/null 2>&1 </dev/null ||
	fail "init failed"
printf '# Evening \033]0;pwned\007\nText \033[8mhidden\033[0m and \302\23331m red\n' |
	"$STEADY" --diary "$D" --passphrase-fd 3 diary add 3<"$T/pw" >/dev/null 2>&1 ||
	fail "add failed"

# on_tty ARGS...: steady ARGS... with a terminal as its output, into $T/out.
on_tty() {
	python3 "$TTY" run -- "$STEADY" --diary "$D" --passphrase-fd 3 "$@" 3<"$T/pw" >"$T/out" ||
		{ cat "$T/out" >&2; fail "'steady $*' on a terminal failed"; }
}

# shown_safely WHAT: $T/out has no escape, BEL or C1 byte, and U+FFFD where they were.
shown_safely() {
	! grep -qF "$esc" "$T/out" || fail "$1 wrote an escape byte to the terminal"
	! grep -qF "$bel" "$T/out" || fail "$1 wrote a BEL to the terminal"
	! grep -qF "$csi" "$T/out" || fail "$1 wrote a C1 control to the terminal"
	expect_in "$T/out" "Evening ${fffd}]0;pwned${fffd}"
}

on_tty diary show 1
shown_safely "diary show"
expect_in "$T/out" "Text ${fffd}[8mhidden${fffd}[0m and ${fffd}31m red"
on_tty diary list
shown_safely "diary list"
on_tty diary export
shown_safely "diary export"
# Search asks for its words on the terminal.
python3 "$TTY" run -w "Search for: " -s "evening" -- \
	"$STEADY" --diary "$D" --passphrase-fd 3 diary search 3<"$T/pw" >"$T/out" ||
	{ cat "$T/out" >&2; fail "diary search on a terminal failed"; }
shown_safely "diary search"

# Into a pipe or a file the text is as it was written.
"$STEADY" --diary "$D" --passphrase-fd 3 diary show 1 3<"$T/pw" >"$T/out" 2>/dev/null </dev/null ||
	fail "show into a file failed"
expect_in "$T/out" "Evening ${esc}]0;pwned${bel}"
"$STEADY" --diary "$D" --passphrase-fd 3 --format json diary export 3<"$T/pw" >"$T/out" 2>/dev/null </dev/null ||
	fail "export as JSON failed"
expect_in "$T/out" 'Evening \u001b]0;pwned\u0007'
expect_in "$T/out" 'and \u009b31m red'
! grep -qF "$csi" "$T/out" || fail "JSON kept a C1 control unescaped"
exit 0
