#!/bin/sh
# SPDX-FileCopyrightText: 2026 The steady authors
# SPDX-License-Identifier: GPL-3.0-or-later
# share.sh: "Share with my counsellor" from Homework on the screens: the
# diary is unlocked, the whole report read (question text and labels),
# then written sealed for the counsellor to a new file that only their key
# opens; nothing is written before the file is named.
. "$top_srcdir/tests/lib.sh"
need_test_build # the diaries it makes have weak key costs

export STEADY_DIARY_COSTS=min TZ=UTC
MK="$top_builddir/tests/cli/mkdiary"
[ -x "$MK" ] || fail "no mkdiary helper"
mkdir -p "$XDG_CONFIG_HOME/steady"
printf 'region=GB\n' >"$XDG_CONFIG_HOME/steady/settings"
printf 'counsellor words\n' >"$T/cpw"
"$STEADY" --passphrase-fd 3 counsellor keygen "$T/keys" 3<"$T/cpw" >/dev/null 2>&1 || fail keygen
key=$(cat "$T/keys/counsellor.pub")
mkdir -p "$T/hw"
for m in urge-log week-check; do
	sed "s/^  set_by: .*/&\n  counsellor_key: $key/" "$top_srcdir/tests/data/report/$m.yaml" >"$T/hw/$m.yaml"
done
expect_status 0 "$STEADY" add "$T/hw/urge-log.yaml" "$T/hw/week-check.yaml"
"$MK" "$XDG_DATA_HOME/steady/diary" "pw words" 1796126400 urge-log urge=7 situation=bored,stressed ||
	fail mkdiary
"$MK" "$XDG_DATA_HOME/steady/diary" "pw words" 1796299200 week-check urges=some sleep=badly ||
	fail mkdiary

tui_start 80 24 "$STEADY"
tui_wait "Get help now"
tui_keys Home Down Down Down Enter
tui_wait "Share with my counsellor"
tui_keys Down Down Enter
tui_wait "Unlock it to make a report"
tui_keys -l "pw words"
tui_keys Enter
# Only the urge log (the second line, after all of it), on all days.
tui_wait "All my homework"
tui_keys Down Enter
tui_wait "Which days?"
tui_keys Enter
tui_wait "Homework report"
tui_wait "How strong was the urge?"
tui_wait "I was stressed"
tui_screen >"$T/screen"
expect_not_in "$T/screen" "bored,stressed"
expect_not_in "$T/screen" "How was this week?"
ls "$T"/*.report >/dev/null 2>&1 && fail "written before asked"
tui_keys Enter
tui_wait "Seal it: only my counsellor can open it (their key:"
tui_keys Enter
tui_wait "File to write:"
tui_keys -l "$T/for-sam.report"
tui_keys Enter
tui_wait "for-sam.report, sealed for your"
[ "$(stat -c %a "$T/for-sam.report")" = 600 ] || fail "the report is not 0600"
! grep -q "stressed" "$T/for-sam.report" || fail "the sealed report holds the text"
tui_keys Escape Escape
tui_keys C-q
tui_wait "__EXITED__"
expect_status 0 "$STEADY" --passphrase-fd 3 counsellor open "$T/for-sam.report" "$T/keys" 3<"$T/cpw"
expect_in "$T/out" "- I was stressed"
exit 0
