#!/bin/sh
# SPDX-FileCopyrightText: 2026 The steady authors
# SPDX-License-Identifier: GPL-3.0-or-later
# Every interface message with a placeholder carries a translator comment
# (#. in po/steady.pot, from a /* TRANSLATORS: */ comment on the line(s)
# right before the line with _( ), saying what each %s or %d stands for:
# a translator sees the message alone, never the screen. pot-current.sh
# checks that the template matches the sources.
. "$top_srcdir/tests/lib.sh"
cd "$top_srcdir" || fail "no source tree"
command -v msgcat >/dev/null 2>&1 || { echo "SKIP: no msgcat" >&2; exit 77; }
msgcat --no-wrap po/steady.pot >"$T/pot" || fail "msgcat failed"
# No file is exempt: a message would be exempt only when every one of its
# references matched this pattern, which matches nothing.
exempt='^$'
awk -v exempt="$exempt" '
BEGIN { RS = ""; FS = "\n" }
/#, [^\n]*c-format/ && !/(^|\n)#\. / {
	refs = 0; kept = 0; id = ""
	for (i = 1; i <= NF; i++) {
		if ($i ~ /^#: /) {
			n = split(substr($i, 4), r, " ")
			for (j = 1; j <= n; j++) {
				refs++
				if (r[j] !~ exempt)
					kept++
			}
		} else if (id == "" && $i ~ /^msgid /) {
			id = $i
			if (id == "msgid \"\"" && i < NF)
				id = id " " $(i + 1)
		}
	}
	if (refs == 0 || kept > 0)
		print id
}' "$T/pot" >"$T/hits"
if [ -s "$T/hits" ]; then
	cat "$T/hits" >&2
	fail "$(wc -l <"$T/hits") message(s) with a placeholder have no translator comment (above): add /* TRANSLATORS: ... */ on the line before the line with _( and run make update-po"
fi
echo "every message with a placeholder has a translator comment"
