#!/bin/sh
# SPDX-FileCopyrightText: 2026 The steady authors
# SPDX-License-Identifier: GPL-3.0-or-later
# po-check.sh: every translation compiles cleanly (msgfmt --check: formats,
# headers, plural forms), and each language's translated, fuzzy and
# untranslated counts are printed for translators.
. "$top_srcdir/tests/lib.sh"
cd "$top_srcdir" || fail "no source tree"
status=0
for po in po/*.po content/po/*.po; do
	[ -f "$po" ] || continue
	if msgfmt --check --statistics -o /dev/null "$po" 2>"$T/stats"; then
		printf '%-28s %s\n' "$po" "$(cat "$T/stats")"
	else
		cat "$T/stats" >&2
		echo "FAIL: $po does not compile" >&2
		status=1
	fi
done
exit $status
