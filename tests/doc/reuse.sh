#!/bin/sh
# SPDX-FileCopyrightText: 2026 The steady authors
# SPDX-License-Identifier: GPL-3.0-or-later
# reuse.sh: every file of the source tree says its licence and copyright
# (SPDX headers, or .reuse/dep5 for those that cannot hold a comment), and
# each licence named is in LICENSES/: `reuse lint` is clean. It runs in a
# git checkout (reuse leaves out what .gitignore names, as the build
# folders) where reuse is installed, as `./quickstart.sh check` installs it.
. "$top_srcdir/tests/lib.sh"

[ -e "$top_srcdir/.git" ] && command -v git >/dev/null 2>&1 || {
	echo "SKIP: $top_srcdir is not a git checkout, so reuse cannot tell build files from sources"
	exit 77
}
command -v reuse >/dev/null 2>&1 || {
	echo "SKIP: reuse is not installed (Debian: reuse)"
	exit 77
}
for f in COPYING LICENSES/GPL-3.0-or-later.txt LICENSES/CC-BY-SA-4.0.txt .reuse/dep5; do
	[ -s "$top_srcdir/$f" ] || fail "$f is missing"
done
cmp -s "$top_srcdir/COPYING" "$top_srcdir/LICENSES/GPL-3.0-or-later.txt" ||
	fail "COPYING is not the GPL of LICENSES/"
reuse --root "$top_srcdir" lint >"$T/out" 2>&1 || {
	cat "$T/out" >&2
	fail "reuse lint: not every file says its licence"
}
exit 0
