#!/bin/sh
# SPDX-FileCopyrightText: 2026 The steady authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# test-build.sh: a build configured with --enable-test-build, which honours
# switches that make diaries cheap to guess, says so in 'steady --version'
# and refuses 'make install' (leaving no steady installed); any other build
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
got=0
env -u MAKEFLAGS -u MFLAGS -u MAKELEVEL make -C "$top_builddir" install-exec \
	DESTDIR="$T/inst" >"$T/out" 2>"$T/err" </dev/null || got=$?
[ "$got" -ne 0 ] || fail "make install-exec of a test build succeeded"
expect_in "$T/err" "a test build"
[ -z "$(find "$T/inst" -type f -name 'steady*' 2>/dev/null)" ] ||
	fail "a test build's steady was left installed: $(find "$T/inst" -type f)"
exit 0
