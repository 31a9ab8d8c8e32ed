#!/bin/sh
# SPDX-FileCopyrightText: 2026 The steady authors
# SPDX-License-Identifier: GPL-3.0-or-later
# valgrind.sh PROGRAM...: runs each unit test under valgrind memcheck, in
# one process (CK_FORK=no) so every test case is checked, and fails on any
# memory error or definite/indirect leak. Used by `make check-valgrind`.
set -u
command -v valgrind >/dev/null 2>&1 || {
	echo "check-valgrind: valgrind is not installed (sudo apt-get install valgrind)"
	exit 77
}
T=$(mktemp -d "${TMPDIR:-/tmp}/steady-valgrind.XXXXXX")
trap 'rm -rf "$T"' EXIT
export HOME="$T/home" XDG_DATA_HOME="$T/home/.local/share" XDG_CONFIG_HOME="$T/home/.config"
export TMPDIR="$T/tmp" LC_ALL=C.UTF-8 CK_FORK=no CK_TIMEOUT_MULTIPLIER=20
mkdir -p "$HOME" "$TMPDIR"
# Run by root, the tests of permissions become nobody (unit.h), who must reach TMPDIR.
chmod 0711 "$T"
failed=0 n=0
for prog in "$@"; do
	n=$((n + 1))
	log="$T/$(basename "$prog").log"
	start=$(date +%s)
	if valgrind -q --error-exitcode=99 --leak-check=full --show-leak-kinds=definite,indirect \
		--errors-for-leak-kinds=definite,indirect --num-callers=30 "./$prog" >"$log" 2>&1; then
		echo "PASS: $prog ($(($(date +%s) - start)) s)"
	else
		failed=$((failed + 1))
		echo "FAIL: $prog"
		sed 's/^/  /' "$log" | tail -n 80
	fi
done
echo "check-valgrind: $((n - failed)) of $n unit test programs clean under memcheck"
[ "$failed" -eq 0 ]
