#!/bin/sh
# SPDX-FileCopyrightText: 2026 The steady authors
# SPDX-License-Identifier: GPL-3.0-or-later
# The content guide's language rules hold in every language: none of the
# stigmatising labels, "child pornography", or streak counting appears in the
# bundled modules, the helpline directory or any translation. (Searched in
# what readers see: the YAML and every msgstr.) The words are listed per
# language in po/banned-words.txt.
. "$top_srcdir/tests/lib.sh"
cd "$top_srcdir" || fail "no source tree"
list=po/banned-words.txt
[ -f "$list" ] || fail "$list is missing"

# words LL: the rules for language LL, as one alternation.
words() {
	sed -e 's/#.*//' "$list" | awk -v l="$1" '$1 == l { sub(/^[^ \t]+[ \t]+/, ""); print }' |
		paste -s -d '|'
}
en=$(words en)
[ -n "$en" ] || fail "$list has no English rules"

status=0
for f in content/*.yaml content/examples/*.yaml; do
	if grep -n -i -E "$en" "$f" >"$T/hits"; then
		sed "s|^|$f:|" "$T/hits" >&2
		status=1
	fi
done
for po in content/po/*.po po/*.po; do
	[ -f "$po" ] || continue
	l=$(basename "$po" .po)
	own=$(words "$l")
	[ -n "$own" ] || {
		echo "$po: $list has no rules for '$l': add the words to avoid in that language" >&2
		status=1
		continue
	}
	# Only the translations: msgstr lines and their continuation lines.
	awk '/^msgstr/ { on = 1 } /^msgid/ || /^msgctxt/ || /^#/ { on = 0 } on' "$po" |
		grep -n -i -E "$en|$own" >"$T/hits" && {
		sed "s|^|$po: |" "$T/hits" >&2
		status=1
	}
done
[ "$status" -eq 0 ] || fail "words the content guide rules out (above)"
echo "no stigmatising labels, 'child pornography' or streaks in any language"
