#!/bin/sh
# SPDX-FileCopyrightText: 2026 The steady authors
# SPDX-License-Identifier: GPL-3.0-or-later
# diary-files.sh: the files steady does not trust. A FIFO, a link, a folder
# or a device where `diary`, `diary.bak` or `diary.lock` should be is
# refused at once, with a message that names it: steady never waits on a
# FIFO (one named `diary` used to hang it with the lock held) and never
# writes through a link. `diary export -o FILE` makes FILE new, 0600, and
# replaces an existing one only with --yes, by rename.
. "$top_srcdir/tests/lib.sh"
need_test_build

export STEADY_DIARY_COSTS=min
printf 'a passphrase for tests\n' >"$T/pw"

# run DIR WANT ARGS...: steady on the diary in DIR, stdin from $T/in, killed
# after 20 s (a hang is a failure, not a wait); stdout $T/out, stderr $T/err.
: >"$T/in"
run() {
	dir=$1 want=$2
	shift 2
	got=0
	timeout 20 "$STEADY" --diary "$dir" --passphrase-fd 3 "$@" 3<"$T/pw" <"$T/in" \
		>"$T/out" 2>"$T/err" || got=$?
	[ "$got" -ne 124 ] || fail "'steady $*' hung on $dir"
	[ "$got" -eq "$want" ] || {
		cat "$T/out" "$T/err" >&2
		fail "'steady $*' on $dir exited $got, expected $want"
	}
}

# A descriptor that never gives anything: a FIFO, open at both ends here.
mkfifo "$T/never"
exec 8<>"$T/never"

# A real diary to copy from.
D="$T/diary"
run "$D" 0 diary init
printf 'An entry\n' >"$T/in"
run "$D" 0 diary add
: >"$T/in"

# Anything but a regular file named `diary`: refused, never waited on.
# A device node can only be made as root (/dev/zero's numbers: 1, 5).
kinds="fifo link folder"
mkdir "$T/device"
mknod "$T/device/diary" c 1 5 2>/dev/null && kinds="$kinds device"
for kind in $kinds; do
	F="$T/$kind"
	case $kind in
	fifo) mkdir "$F" && mkfifo "$F/diary" ;;
	link) mkdir "$F" && ln -s "$D/diary" "$F/diary" ;;
	folder) mkdir -p "$F/diary" ;;
	esac
	for cmd in list "show 1" export; do
		# shellcheck disable=SC2086
		run "$F" 1 diary $cmd
		expect_in "$T/err" "$F/diary is not a regular file"
	done
	printf 'More\n' >"$T/in"
	run "$F" 1 diary add
	expect_in "$T/err" "$F/diary is not a regular file"
	: >"$T/in"
done
[ -p "$T/fifo/diary" ] || fail "the FIFO named diary was replaced"
[ -d "$T/folder/diary" ] || fail "the folder named diary was replaced"

# A FIFO as the lock file (a read-only open of one would block).
L="$T/lock"
cp -r "$D" "$L"
rm "$L/diary.lock"
mkfifo "$L/diary.lock"
run "$L" 1 diary list
expect_in "$T/err" "$L/diary.lock is not a regular file"
rm "$L/diary.lock"
ln -s "$T/elsewhere" "$L/diary.lock"
run "$L" 1 diary list
expect_in "$T/err" "$L/diary.lock is not a regular file"
[ ! -e "$T/elsewhere" ] || fail "the lock file was made through a link"

# A FIFO or a link as the backup: reading works, a save is refused and
# leaves the diary and the thing in the backup's place as they were.
for kind in fifo link; do
	B="$T/bak-$kind"
	cp -r "$D" "$B"
	rm "$B/diary.bak"
	case $kind in
	fifo) mkfifo "$B/diary.bak" ;;
	link) ln -s "$T/elsewhere" "$B/diary.bak" ;;
	esac
	run "$B" 0 diary list
	expect_in "$T/out" "An entry"
	before=$(cksum <"$B/diary")
	printf 'A second entry\n' >"$T/in"
	run "$B" 1 diary add
	: >"$T/in"
	expect_in "$T/err" "$B/diary.bak is not a regular file"
	expect_in "$T/err" "not saved yet"
	[ "$(cksum <"$B/diary")" = "$before" ] || fail "the diary changed though the save was refused"
	[ -p "$B/diary.bak" ] || [ -L "$B/diary.bak" ] || fail "the $kind named diary.bak was replaced"
	[ ! -e "$T/elsewhere" ] || fail "the backup was written through a link"
done
# export -o makes a new file, 0600 whatever the umask, and never writes
# through a link; an existing file is kept unless --yes replaces it, and
# then it is replaced by rename: a link in its place goes, its target stays.
umask 022
X="$T/exports"
mkdir "$X"
run "$D" 0 -o "$X/new.md" diary export
expect_in "$X/new.md" "An entry"
[ "$(stat -c %a "$X/new.md")" = 600 ] || fail "a new export is not 0600"
printf 'old\n' >"$X/old.md"
chmod 0644 "$X/old.md"
: >"$T/target"
ln -s "$T/target" "$X/link.md"
ln -s "$T/nowhere" "$X/dangling.md"
for f in old link dangling; do
	# Refused before the passphrase is asked for: none ever comes on fd 7.
	got=0
	timeout 20 "$STEADY" --diary "$D" --passphrase-fd 7 -o "$X/$f.md" diary export 7<&8 \
		</dev/null >"$T/out" 2>"$T/err" || got=$?
	[ "$got" -eq 1 ] || fail "export over $f.md exited $got, expected 1"
	expect_in "$T/err" "$X/$f.md already exists"
	expect_in "$T/err" "--yes"
done
[ "$(cat "$X/old.md")" = old ] && [ "$(stat -c %a "$X/old.md")" = 644 ] ||
	fail "an existing file was changed without --yes"
[ ! -s "$T/target" ] && [ ! -e "$T/nowhere" ] || fail "export wrote through a link"
for f in old link dangling; do
	run "$D" 0 --yes -o "$X/$f.md" diary export
	[ -f "$X/$f.md" ] && [ ! -L "$X/$f.md" ] || fail "--yes did not replace $f.md by a file"
	expect_in "$X/$f.md" "An entry"
	[ "$(stat -c %a "$X/$f.md")" = 600 ] || fail "the export replacing $f.md is not 0600"
done
[ ! -s "$T/target" ] && [ ! -e "$T/nowhere" ] || fail "export --yes wrote through a link"
mkdir "$X/folder.md"
run "$D" 1 --yes -o "$X/folder.md" diary export
[ -d "$X/folder.md" ] || fail "export replaced a folder"
[ "$(find "$X" -name '.*' | wc -l)" -eq 0 ] || fail "export left a temporary file"

exit 0
