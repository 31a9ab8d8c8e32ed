#!/bin/sh
# SPDX-FileCopyrightText: 2026 The steady authors
# SPDX-License-Identifier: GPL-3.0-or-later
# examples.sh: the counsellors' examples in content/examples/ pass `steady
# check`, are not loaded as bundled modules, are what the guide says they
# are (homework once with an end date, daily, weekly; the logs repeatable),
# can be added with `steady add`, and every complete module in
# doc/AUTHORING.md passes `steady check` too.
. "$top_srcdir/tests/lib.sh"
ex="$top_srcdir/content/examples"

expect_status 0 "$STEADY" check "$ex"
[ "$(cat "$T/out")" = "4 files checked, no problems" ] || fail "summary: $(cat "$T/out")"
[ ! -s "$T/err" ] || fail "unexpected messages: $(cat "$T/err")"

# Not part of the library: only the *.yaml files directly in content/ are.
expect_status 0 "$STEADY" list
for id in reading-thoughts-feelings mood-urge-log weekly-reflection urge-check; do
	expect_not_in "$T/out" "$id"
done

# What each example shows.
has() { grep -qx -- "$2" "$ex/$1" || fail "$1 has no line '$2'"; }
has reading-assignment.yaml "  frequency: once"
has reading-assignment.yaml "  until: 2027-12-31"
has mood-urge-log.yaml "repeatable: true"
has mood-urge-log.yaml "  frequency: daily"
has weekly-reflection.yaml "repeatable: true"
has weekly-reflection.yaml "  frequency: weekly"
has urge-check.yaml "scoring:"
has urge-check.yaml "        score: 2"
for t in scale choice; do
	grep -q "^  - type: $t\$" "$ex/mood-urge-log.yaml" || fail "mood-urge-log has no $t"
done

# A client adds them, and they are listed from the user's folder.
expect_status 0 "$STEADY" add "$ex/reading-assignment.yaml" "$ex/mood-urge-log.yaml" \
	"$ex/weekly-reflection.yaml"
expect_in "$T/out" "Next: start steady and choose Homework on the home screen."
expect_status 0 "$STEADY" list
for id in reading-thoughts-feelings mood-urge-log weekly-reflection; do
	grep -q "^$id[[:space:]].*$XDG_DATA_HOME/steady/modules/$id.yaml\$" "$T/out" ||
		fail "$id not listed: $(cat "$T/out")"
done

# Every complete module in the guide (a yaml block starting 'steady: 1').
guide="$top_srcdir/doc/AUTHORING.md"
mkdir -p "$T/guide"
awk -v dir="$T/guide" '
	/^```yaml$/ { inblock = 1; n++; file = dir "/block" n ".yaml"; first = 1; next }
	/^```$/ { inblock = 0; next }
	inblock && first { first = 0; keep[n] = ($0 == "steady: 1") }
	inblock { print > file }
	END { for (i = 1; i <= n; i++) if (!keep[i]) system("rm -f " dir "/block" i ".yaml") }
' "$guide"
count=$(ls "$T/guide" | wc -l)
[ "$count" -ge 2 ] || fail "only $count complete modules found in the guide"
expect_status 0 "$STEADY" check "$T/guide"
expect_in "$T/out" "$count files checked, no problems"
exit 0
