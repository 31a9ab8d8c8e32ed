#!/bin/sh
# SPDX-FileCopyrightText: 2026 The steady authors
# SPDX-License-Identifier: GPL-3.0-or-later
# man.sh: the manual pages as built: every @folder@ replaced by this
# installation's (steady(1) names where its documents are installed), the
# AUTHORS, BUGS and COPYRIGHT sections, examples of the diary, and
# `mandoc -Tlint` finds nothing (warnings and errors; it runs where mandoc
# is installed, as `./quickstart.sh check` installs it).
. "$top_srcdir/tests/lib.sh"

pages="$top_builddir/doc/steady.1 $top_builddir/doc/steady-modules.5"
mk() { sed -n "s|^$1 = ||p" "$top_builddir/Makefile"; }
# The folders as make has them, with roff's escaped hyphens.
prefix=$(mk prefix | sed 's/-/\\-/g')
for page in $pages; do
	[ -f "$page" ] || fail "$page was not built"
	! grep -n '@[a-zA-Z_]*@' "$page" || fail "$page: a folder was not filled in"
	grep -q '^\.SH AUTHORS$' "$page" || fail "$page: no AUTHORS section"
	grep -q '^\.SH BUGS$' "$page" || fail "$page: no BUGS section"
	grep -q '^\.SH COPYRIGHT$' "$page" || fail "$page: no COPYRIGHT section"
	expect_in "$page" "$(mk PACKAGE_BUGREPORT)"
	expect_not_in "$page" "/usr/share/steady"
done
p1="$top_builddir/doc/steady.1"
expect_in "$p1" "$prefix/share/steady/content"
expect_in "$p1" "$prefix/share/doc/steady/diary\\-format.md"
expect_not_in "$p1" "doc/diary"
sed -n '/^\.SH EXAMPLES/,/^\.SH /p' "$p1" >"$T/examples"
expect_in "$T/examples" "steady diary init"
expect_in "$T/examples" "steady diary list \\-\\-format json"
expect_in "$T/examples" "steady diary export"

command -v mandoc >/dev/null 2>&1 || {
	echo "SKIP: mandoc is not installed, so the pages were not linted"
	exit 77
}
for page in $pages; do
	mandoc -Tlint -W warning "$page" >"$T/lint" 2>&1 || {
		cat "$T/lint" >&2
		fail "mandoc -Tlint: $page"
	}
	[ ! -s "$T/lint" ] || fail "mandoc -Tlint: $(cat "$T/lint")"
done
exit 0
