#!/bin/sh
# SPDX-FileCopyrightText: 2026 The steady authors
# SPDX-License-Identifier: GPL-3.0-or-later
# A one-word change in one module changes, in each catalogue, only the entry
# that holds it (marked fuzzy, with the earlier English in #| lines), and no
# line of any other entry: references name the file only. Runs the script
# that `make update-po` runs, on a copy of content/.
. "$top_srcdir/tests/lib.sh"
mkdir -p "$T/tree" && cp -R "$top_srcdir/content" "$T/tree/" || fail "cannot copy content/"
cd "$T/tree" || fail "no copy"
# Once as it is, so a catalogue edited by hand is in msgmerge's own form.
sh "$top_srcdir/content/po/update-po.sh" "$STEADY" msgcat msgmerge || fail "update-po.sh failed"
cp -R content/po "$T/before"
sed -i 's/Helplines do not give legal advice/Helplines do not give any legal advice/' content/helpline.yaml
grep -q "do not give any legal advice" content/helpline.yaml || fail "the test's word is no longer in content/helpline.yaml"
sh "$top_srcdir/content/po/update-po.sh" "$STEADY" msgcat msgmerge || fail "update-po.sh failed"

for po in "$T/before"/*.po; do
	l=$(basename "$po")
	diff "$po" "content/po/$l" >"$T/diff"
	# Only lines of the changed entry: its msgid, the fuzzy flag and #| lines.
	grep '^[<>]' "$T/diff" | grep -v -E '^> (#, fuzzy|#\| )|legal advice' >"$T/other" &&
		{ head -n 20 "$T/other" >&2; fail "$l: lines outside the changed entry changed"; }
	grep -q '^> #, fuzzy' "$T/diff" || fail "$l: the changed entry is not marked fuzzy"
	grep -q '^> #| .*Helplines do not give legal advice' "$T/diff" ||
		fail "$l: the earlier English is not kept (#| lines)"
done
echo "a one-word change touches only its own entry in each catalogue"
