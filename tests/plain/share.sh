#!/bin/sh
# SPDX-FileCopyrightText: 2026 The steady authors
# SPDX-License-Identifier: GPL-3.0-or-later
# share.sh: "Share with my counsellor" from Homework in plain mode. The
# diary is unlocked, the homework and the dates chosen, the whole report
# read, and only then is it written: sealed for the counsellor (whose key
# opens it), or plain, said not to be encrypted, or not at all.
. "$top_srcdir/tests/lib.sh"
need_test_build # the diaries it makes have weak key costs

export STEADY_DIARY_COSTS=min TZ=UTC
MK="$top_builddir/tests/cli/mkdiary"
[ -x "$MK" ] || fail "no mkdiary helper"
mkdir -p "$XDG_CONFIG_HOME/steady"
printf 'region=GB\n' >"$XDG_CONFIG_HOME/steady/settings"
printf 'counsellor words\n' >"$T/cpw"
"$STEADY" --passphrase-fd 3 counsellor keygen "$T/keys" 3<"$T/cpw" >"$T/kg" 2>&1 || fail keygen
fp=$(sed -n 's/^Its fingerprint: \([0-9a-f ]*\) (.*/\1/p' "$T/kg")
[ -n "$fp" ] || fail "no fingerprint"
key=$(cat "$T/keys/counsellor.pub")
mkdir -p "$T/hw"
for m in urge-log week-check; do
	sed "s/^  set_by: .*/&\n  counsellor_key: $key/" "$top_srcdir/tests/data/report/$m.yaml" >"$T/hw/$m.yaml"
done
expect_status 0 "$STEADY" add "$T/hw/urge-log.yaml" "$T/hw/week-check.yaml"
D="$XDG_DATA_HOME/steady/diary"
"$MK" "$D" "pw words" 1796126400 urge-log urge=7 situation=bored,stressed || fail mkdiary
"$MK" "$D" "pw words" 1796299200 week-check urges=some sleep=badly || fail mkdiary
"$MK" "$D" "pw words" 1796472000 urge-log urge=2 situation=alone || fail mkdiary

# Home: 4 Homework; there: 1 and 2 the homework, 3 Share with my counsellor.
# Only the journal, from 2026-12-02: the report shown, then sealed.
{
	printf '4\n3\n'
	printf 'pw words\n'
	printf '1\n2026-12-02\n\n'
	printf '1\n%s\n' "$T/for-sam.report"
	printf 'back\nquit\n'
} >"$T/in"
plain_run 0 "$T/in"
expect_in "$T/out" "3. Share with my counsellor"
expect_in "$T/out" "Which homework to share?"
expect_in "$T/out" "Your report, as it will be written"
expect_in "$T/out" "## Evening urge log"
expect_in "$T/out" "- I was alone"
expect_not_in "$T/out" "- I was bored"
expect_not_in "$T/out" "## How was this week?"
expect_in "$T/out" "Seal it: only my counsellor can open it (their key: $fp)"
expect_in "$T/out" "NOT encrypted"
expect_in "$T/out" "Written to $T/for-sam.report, sealed for your counsellor."
expect_not_in "$T/out" "pw words"
[ "$(stat -c %a "$T/for-sam.report")" = 600 ] || fail "the report is not 0600"
! grep -q "alone" "$T/for-sam.report" || fail "the sealed report holds the text"
expect_status 0 "$STEADY" --passphrase-fd 3 counsellor open "$T/for-sam.report" "$T/keys" 3<"$T/cpw"
expect_in "$T/out" "- I was alone"
expect_not_in "$T/out" "I was bored"

# All of it, as plain text; then not at all; never over a file.
{
	printf '4\n3\npw words\n\n\n\n'
	printf '2\n%s\n' "$T/plain.md"
	printf '3\n\n\n\n3\n'
	printf '3\n\n\n\n2\n%s\n' "$T/plain.md"
	printf 'back\nquit\n'
} >"$T/in"
plain_run 0 "$T/in"
expect_in "$T/out" "Written to $T/plain.md, as plain text."
expect_in "$T/out" "already exists"
expect_in "$T/plain.md" "## How was this week?"
expect_in "$T/plain.md" "Score: 3 (A harder week)"
[ "$(grep -c 'Homework report' "$T/plain.md")" = 1 ] || fail "the plain report was written over"

# A "," alone chooses nothing: asked again, with all of them still there.
printf '4\n3\npw words\n,\n\n\n\n3\nback\nquit\n' >"$T/in"
plain_run 0 "$T/in"
expect_in "$T/out" "Type the numbers of the homework"
expect_in "$T/out" "## Evening urge log"
expect_in "$T/out" "## How was this week?"

# A module without the key: no Seal choice, and the choice says why.
cp "$top_srcdir/tests/data/report/week-check.yaml" "$T/hw/week-check.yaml"
expect_status 0 "$STEADY" add "$T/hw/week-check.yaml"
printf '4\n3\npw words\n\n\n\n2\nback\nquit\n' >"$T/in"
plain_run 0 "$T/in"
expect_not_in "$T/out" "Seal it"
expect_in "$T/out" "It cannot be"
expect_in "$T/out" "names no counsellor's key"
exit 0
