#!/bin/sh
# SPDX-FileCopyrightText: 2026 The steady authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# diary-weak.sh: a diary whose key costs are below the floor, as steady
# 0.1.0 made with STEADY_DIARY_COSTS=min (tests/data/diary-v1: 1 pass over
# 8 KiB), is refused with a message that says how to repair it, and
# 'diary passwd' opens it after a warning and protects it again at the
# default costs, its backup too. No test switch is used: this is what a
# released steady does.
. "$top_srcdir/tests/lib.sh"
unset STEADY_DIARY_COSTS
D="$T/diary"
mkdir -m 0700 "$D"
cp "$top_srcdir/tests/data/diary-v1/diary" "$D/diary"
chmod 0600 "$D/diary"
OLD="correct horse battery" NEW="a passphrase worth the name"
printf '%s\n' "$OLD" >"$T/old"
printf '%s\n' "$NEW" >"$T/new"
printf '%s\n%s\n' "$OLD" "$NEW" >"$T/change"

# costs FILE: the passes and the memory its header asks for.
costs() {
	od -An -tu8 -j12 -N16 "$1" | tr -s ' ' | sed 's/^ //'
}
[ "$(costs "$D/diary")" = "1 8192" ] || fail "the fixture's costs are $(costs "$D/diary")"

expect_status 1 "$STEADY" --diary "$D" --passphrase-fd 3 diary list 3<"$T/old"
expect_in "$T/err" "too quick to guess"
expect_in "$T/err" "run 'steady diary passwd'"
expect_not_in "$T/err" "replaced by someone else"
# Whole in German too, the longest of them (it once ran past the 512 bytes
# of an error's message).
LANGUAGE=de expect_status 1 "$STEADY" --diary "$D" --passphrase-fd 3 diary list 3<"$T/old"
expect_in "$T/err" "jemand anderes dort abgelegt."

expect_status 0 "$STEADY" --diary "$D" --passphrase-fd 3 diary passwd 3<"$T/change"
expect_in "$T/err" "warning: this diary's key is too quick to guess"
expect_in "$T/out" "now opens with the new passphrase only"
# libsodium's MODERATE costs (3 passes over 256 MiB), the diary and its backup.
for f in diary diary.bak; do
	[ "$(costs "$D/$f")" = "3 268435456" ] || fail "$f has costs $(costs "$D/$f") after passwd"
done
expect_status 0 "$STEADY" --diary "$D" --passphrase-fd 3 diary list 3<"$T/new"
expect_in "$T/out" "A first entry"
expect_status 3 "$STEADY" --diary "$D" --passphrase-fd 3 diary list 3<"$T/old"
# The backup opens with the new passphrase too (it is put in the diary's place).
mv "$D/diary.bak" "$D/diary"
expect_status 0 "$STEADY" --diary "$D" --passphrase-fd 3 diary list 3<"$T/new"
expect_in "$T/out" "A first entry"
exit 0
