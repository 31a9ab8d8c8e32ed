#!/bin/sh
# SPDX-FileCopyrightText: 2026 The steady authors
# SPDX-License-Identifier: GPL-3.0-or-later
# leaks.sh: steady frees what it allocates on every way out of the option
# parsing: a bad --passphrase-fd, an unknown option, --help, --version. In a
# build with --enable-sanitizers LeakSanitizer checks this at exit; in any
# other, valgrind does. With neither, the test is skipped, not passed.
. "$top_srcdir/tests/lib.sh"

if grep -q -- '-fsanitize=address' "$top_builddir/Makefile" 2>/dev/null; then
	case ${ASAN_OPTIONS:-} in
	*detect_leaks=0*)
		echo "SKIP: ASAN_OPTIONS switches leak detection off"
		exit 77
		;;
	esac
	check="" how="LeakSanitizer"
elif command -v valgrind >/dev/null 2>&1; then
	check="valgrind -q --leak-check=full --errors-for-leak-kinds=definite,indirect --error-exitcode=99"
	how="valgrind"
else
	echo "SKIP: neither a sanitizer build nor valgrind to find leaks with"
	exit 77
fi

# clean WANT ARGS...: steady ARGS... exits WANT with no leak.
clean() {
	want=$1
	shift
	got=0
	$check "$STEADY" "$@" </dev/null >"$T/out" 2>"$T/err" || got=$?
	[ "$got" -eq "$want" ] || {
		cat "$T/err" >&2
		fail "'steady $*' exited $got under $how, expected $want"
	}
}
clean 2 --passphrase-fd abc diary list
expect_in "$T/err" "file descriptor number"
clean 2 --passphrase-fd -1 diary list
clean 2 --frobnicate
clean 2 -x
clean 0 --help
clean 0 --version
clean 2 --region GB list
echo "checked with $how"
exit 0
