#!/bin/sh
# SPDX-FileCopyrightText: 2026 The steady authors
# SPDX-License-Identifier: GPL-3.0-or-later
# share-lock.sh: the idle lock at "Write the report?" and at the file name
# in plain mode's "Share with my counsellor". The report on show came from
# the diary, so the lock goes Home first (the report goes with it) instead
# of locking under it: nothing is written from a locked diary, and steady
# does not crash.
. "$top_srcdir/tests/lib.sh"
need_test_build

export STEADY_DIARY_COSTS=min TZ=UTC STEADY_LOCK_SECONDS=2
MK="$top_builddir/tests/cli/mkdiary"
[ -x "$MK" ] || fail "no mkdiary helper"
mkdir -p "$XDG_CONFIG_HOME/steady"
printf 'region=GB\n' >"$XDG_CONFIG_HOME/steady/settings"
printf 'counsellor words\n' >"$T/cpw"
"$STEADY" --passphrase-fd 3 counsellor keygen "$T/keys" 3<"$T/cpw" >/dev/null 2>&1 || fail keygen
key=$(cat "$T/keys/counsellor.pub")
mkdir -p "$T/hw"
sed "s/^  set_by: .*/&\n  counsellor_key: $key/" "$top_srcdir/tests/data/report/urge-log.yaml" >"$T/hw/urge-log.yaml"
expect_status 0 "$STEADY" add "$T/hw/urge-log.yaml"
D="$XDG_DATA_HOME/steady/diary"
"$MK" "$D" "pw words" 1796126400 urge-log urge=7 situation=bored,stressed || fail mkdiary

# share PAUSE_AFTER...: Homework, Share, unlocked, all of it; then waits
# past the lock at the given point and answers on.
for at in choice name; do
	rm -f "$T/late.md"
	{
		printf '4\n2\npw words\n\n\n\n'
		[ $at = choice ] && sleep 4
		printf '2\n'
		[ $at = name ] && sleep 4
		printf '%s\n' "$T/late.md"
		printf 'quit\nquit\n'
	} | "$STEADY" --plain >"$T/out" 2>"$T/err"
	got=$?
	[ $got -eq 0 ] || { cat "$T/out" "$T/err" >&2; fail "locking at the $at: exit $got"; }
	expect_in "$T/out" "Your report, as it will be written"
	expect_in "$T/out" "locked"
	[ ! -e "$T/late.md" ] || fail "written from a locked diary (at the $at)"
done
exit 0
