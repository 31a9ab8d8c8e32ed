#!/bin/sh
# SPDX-FileCopyrightText: 2026 The steady authors
# SPDX-License-Identifier: GPL-3.0-or-later
# listed.sh: every test in the tree is run by `make check`: each unit test
# tests/unit/test_<unit>.c and each script test in tests/{cli,tui,plain,
# privacy,i18n}/ is in TESTS in some local.mk. A test written but never
# listed would pass by never running.
. "$top_srcdir/tests/lib.sh"

# The TESTS lines of every local.mk, continuation lines joined, one name a line.
find "$top_srcdir" -name local.mk -not -path '*/.git/*' -exec awk '
	/\\$/ { printf "%s", substr($0, 1, length($0) - 1); next }
	{ print }' {} + | grep -E '^TESTS \+?=' | tr -s '[:blank:]' '\n' | grep '^tests/' | sort -u >"$T/listed"
[ -s "$T/listed" ] || fail "no TESTS found in any local.mk (the test did not do its job)"

cd "$top_srcdir" || exit 1
missing=
for f in tests/unit/test_*.c tests/cli/*.sh tests/tui/*.sh tests/plain/*.sh tests/privacy/*.sh \
	tests/i18n/*.sh; do
	[ -f "$f" ] || continue
	name=$f
	case $f in tests/unit/*) name=${f%.c} ;; esac
	grep -qxF "$name" "$T/listed" || missing="$missing $name"
done
[ -z "$missing" ] || fail "in the tree but not in TESTS, so never run:$missing"
echo "listed: $(wc -l <"$T/listed") tests"
exit 0
