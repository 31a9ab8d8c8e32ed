#!/bin/sh
# SPDX-FileCopyrightText: 2026 The steady authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# diary-wipe.sh: 'steady diary wipe' deletes every file steady made in the
# diary folder, a 'diary.damaged' made on its advice too, overwriting them
# first, and says for each what it did, and what overwriting cannot promise;
# with only the backup left it still wipes. 'diary init' refuses to start a
# diary beside a backup of an earlier one.
. "$top_srcdir/tests/lib.sh"
need_test_build
export STEADY_DIARY_COSTS=min
printf 'a passphrase for tests\n' >"$T/pw"
D="$T/diary"

make_diary() {
	"$STEADY" --diary "$D" --passphrase-fd 3 diary init 3<"$T/pw" >/dev/null 2>&1 </dev/null ||
		fail "init failed"
	for n in one two; do
		printf 'Entry %s.\n' "$n" |
			"$STEADY" --diary "$D" --passphrase-fd 3 diary add 3<"$T/pw" >/dev/null 2>&1 ||
			fail "add failed"
	done
}

# steady's advice for a damaged diary: rename it, and the backup into its place.
make_diary
mv "$D/diary" "$D/diary.damaged"
cp "$D/diary.bak" "$D/diary"
printf 'mine\n' >"$D/notes.txt"
expect_status 0 "$STEADY" --diary "$D" --yes diary wipe
for f in diary diary.bak diary.damaged diary.lock; do
	expect_in "$T/out" "  $f: "
	[ ! -e "$D/$f" ] || fail "wipe left $f"
done
expect_in "$T/out" "diary.damaged: overwritten with zeros, then deleted"
expect_in "$T/out" "diary.lock: deleted (it was empty)"
expect_in "$T/out" "is kept: it holds other files"
expect_in "$T/out" "copy-on-write file systems"
expect_in "$T/out" "SSDs"
[ -f "$D/notes.txt" ] || fail "wipe deleted a file steady did not make"
rm "$D/notes.txt"

# Only a backup left: init refuses, wipe deletes it and the folder.
make_diary
rm "$D/diary"
expect_status 1 "$STEADY" --diary "$D" --passphrase-fd 3 diary init 3<"$T/pw"
expect_in "$T/err" "a backup of an earlier one"
expect_not_in "$T/out" "ready"
[ ! -e "$D/diary" ] || fail "init made a diary beside a stale backup"
expect_status 0 "$STEADY" --diary "$D" --yes diary wipe
expect_in "$T/out" "diary.bak: overwritten with zeros, then deleted"
expect_in "$T/out" "is deleted too"
[ ! -e "$D" ] || fail "the empty folder was kept"
expect_status 1 "$STEADY" --diary "$D" --yes diary wipe
expect_in "$T/err" "nor any other file steady made there"
expect_status 0 "$STEADY" --diary "$D" --passphrase-fd 3 diary init 3<"$T/pw"
exit 0
