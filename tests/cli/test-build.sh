#!/bin/sh
# SPDX-FileCopyrightText: 2026 The steady authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# test-build.sh: a build configured with --enable-test-build, which honours
# switches that make diaries cheap to guess, says so in 'steady --version'
# and refuses 'make install' (its install-exec-hook takes away the steady
# just copied, and fails); any other build
# says nothing of the kind.
. "$top_srcdir/tests/lib.sh"
expect_status 0 "$STEADY" --version
if [ "${TEST_BUILD:-no}" != yes ]; then
	expect_not_in "$T/out" "test build"
	exit 0
fi
expect_in "$T/out" "(test build)"
command -v make >/dev/null 2>&1 || {
	echo "SKIP: make is not installed"
	exit 77
}
# Only the hook is run (on a steady put where install-exec would have put
# it), so nothing in the build is remade while other tests use it.
mkdir -p "$T/inst/bin"
cp "$STEADY" "$T/inst/bin/steady"
got=0
env -u MAKEFLAGS -u MFLAGS -u MAKELEVEL make -C "$top_builddir" install-exec-hook \
	DESTDIR="$T/inst" bindir=/bin >"$T/out" 2>"$T/err" </dev/null || got=$?
[ "$got" -ne 0 ] || fail "the install hook of a test build succeeded"
expect_in "$T/err" "a test build"
[ ! -e "$T/inst/bin/steady" ] || fail "a test build's steady was left installed"
exit 0
