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

# A person's own files of steady's names are not steady's to delete: only
# what starts as steady's files do, and a lock file that is empty.
mkdir -p "$D"
printf 'my own diary, in words\n' >"$D/diary"
printf 'notes\n' >"$D/diary.old-notes.txt"
printf 'STEADY' >"$D/diary.new" # cut short by a kill: steady's
printf 'not a lock\n' >"$D/diary.lock"
expect_status 0 "$STEADY" --diary "$D" --yes diary wipe
expect_in "$T/out" "  diary: not made by steady: left alone"
expect_in "$T/out" "  diary.lock: not made by steady: left alone"
expect_in "$T/out" "  diary.new: overwritten with zeros, then deleted"
expect_not_in "$T/out" "diary.old-notes.txt"
expect_in "$T/out" "copy-on-write file systems"
[ "$(cat "$D/diary")" = "my own diary, in words" ] || fail "wipe changed a person's own 'diary'"
[ "$(cat "$D/diary.old-notes.txt")" = notes ] || fail "wipe changed diary.old-notes.txt"
[ "$(cat "$D/diary.lock")" = "not a lock" ] || fail "wipe changed a lock file with content"
[ ! -e "$D/diary.new" ] || fail "wipe left a cut-short temporary file"
rm -r "$D"

# A folder that cannot be read: the real error, not "there is no diary".
# (A file where the folder should be: root reads any folder.)
printf 'x\n' >"$D"
expect_status 1 "$STEADY" --diary "$D" --yes diary wipe
expect_in "$T/err" "could not read the diary folder"
expect_not_in "$T/err" "there is no diary"
rm "$D"

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
