#!/bin/sh
# SPDX-FileCopyrightText: 2026 The steady authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# diary-audit.sh: the diary's promises, through the command line, the way
# the audit of issue 17 tried them (SECURITY.md records the figures):
#
# - a bit flipped in a byte of a small diary, or the diary cut to a length:
#   it never opens, and never says "wrong passphrase": it says damaged (or
#   not a diary);
# - kill -9 at every step of 'diary add' and of 'diary passwd' (through
#   STEADY_FAULT_KILL, a test build's switch): the diary and its backup each
#   open, with the old passphrase or the new one; the diary opens with the
#   one steady last acknowledged; no entry is lost or half there;
# - a full disk (a tiny tmpfs) and a read-only one (a read-only bind mount),
#   both in a mount namespace of the test's own: add and passwd fail with a
#   message that says why, and the diary is as it was.
#
# In 'make check' every 53rd byte and every 59th length are tried; with
# AUDIT=full every byte (one bit each: the low bit, then the others in
# turn) and every length are, and the figures are printed. The disk cases
# need root (unshare); elsewhere they are said to be skipped.
. "$top_srcdir/tests/lib.sh"
need_test_build
trap 'chmod -R u+w "$T" 2>/dev/null; cleanup' EXIT
export STEADY_DIARY_COSTS=min
full=${AUDIT:-}
step_byte=53 step_len=59
[ "$full" = full ] && step_byte=1 step_len=1

OLD="the old passphrase" NEW="the new passphrase"
printf '%s\n' "$OLD" >"$T/old"
printf '%s\n%s\n' "$OLD" "$NEW" >"$T/change"
printf '%s\n' "$NEW" >"$T/new"

# steady_in DIR PASSFILE CMD...: steady on DIR with the passphrases of PASSFILE.
steady_in() {
	dir=$1 pw=$2
	shift 2
	"$STEADY" --diary "$dir" --passphrase-fd 3 diary "$@" 3<"$pw"
}

D="$T/small"
steady_in "$D" "$T/old" init >/dev/null 2>&1 </dev/null || fail "init failed"
for text in "The evening was hard." "I called the helpline."; do
	printf '%s\n' "$text" | steady_in "$D" "$T/old" add >/dev/null 2>&1 || fail "add failed"
done
cp "$D/diary" "$T/pristine"
size=$(wc -c <"$T/pristine")

# try FILE: what 'diary list' with the old passphrase says of FILE as the
# diary: opened, damaged, not-diary, passphrase or other (the message is in
# $T/err).
P="$T/probe"
try() {
	rm -rf "$P"
	mkdir -p "$P"
	cp "$1" "$P/diary"
	st=0
	steady_in "$P" "$T/old" list >/dev/null 2>"$T/err" </dev/null || st=$?
	if [ "$st" -eq 0 ]; then
		echo opened
	elif [ "$st" -eq 3 ]; then
		echo passphrase
	elif grep -q "damaged" "$T/err"; then
		echo damaged
	elif grep -q "not a steady diary" "$T/err"; then
		echo not-diary
	else
		echo other
	fi
}

# damage KIND STEP LABEL: a copy of the diary with (flip) byte i's bit
# i mod 8 flipped, or (cut) cut to i bytes, for i from 0 in steps of STEP:
# each one must be said to be damaged (or not a diary). Prints the counts.
damage() {
	kind=$1 step=$2 label=$3 tried=0 damaged=0 notdiary=0 i=0
	while [ "$i" -lt "$size" ]; do
		if [ "$kind" = flip ]; then
			cp "$T/pristine" "$T/case"
			b=$(od -An -tu1 -j "$i" -N1 "$T/pristine")
			# shellcheck disable=SC2059
			printf "\\$(printf %03o $((b ^ (1 << (i % 8)))))" |
				dd of="$T/case" bs=1 seek="$i" conv=notrunc 2>/dev/null
		else
			head -c "$i" "$T/pristine" >"$T/case"
		fi
		r=$(try "$T/case")
		case $r in
		damaged) damaged=$((damaged + 1)) ;;
		not-diary) notdiary=$((notdiary + 1)) ;;
		*)
			cat "$T/err" >&2
			fail "$kind at $i: $r"
			;;
		esac
		tried=$((tried + 1))
		i=$((i + step))
	done
	echo "$label: $tried of $size: $damaged said damaged, $notdiary not a diary, 0 opened, 0 wrong passphrase"
}
damage flip "$step_byte" "bit flips (one bit in a byte)"
damage cut "$step_len" "truncations (to a length)"
[ "$(try "$T/pristine")" = opened ] || fail "the pristine copy does not open"

# opens_with FILE: which passphrase opens FILE as a diary (old, new or
# none), and how many entries it then holds: "old 2".
opens_with() {
	rm -rf "$P"
	mkdir -p "$P"
	cp "$1" "$P/diary"
	for which in old new; do
		if steady_in "$P" "$T/$which" list >"$T/list" 2>/dev/null </dev/null; then
			echo "$which $(grep -c . "$T/list")"
			return 0
		fi
	done
	echo "none 0"
}

# sweep KIND: kill -9 before each writing step of 'diary KIND' on a copy of
# the small diary, until a run gets through; checks every file left.
sweep() {
	kind=$1 kills=0 k=1
	while :; do
		W="$T/sweep"
		rm -rf "$W"
		cp -a "$D" "$W"
		st=0
		if [ "$kind" = add ]; then
			printf 'A third entry.\n' | STEADY_FAULT_KILL=$k steady_in "$W" "$T/old" add \
				>/dev/null 2>"$T/err" || st=$?
		else
			STEADY_FAULT_KILL=$k steady_in "$W" "$T/change" passwd >"$T/said" 2>"$T/err" \
				</dev/null || st=$?
		fi
		[ "$st" -eq 0 ] || [ "$st" -eq 137 ] || {
			cat "$T/err" >&2
			fail "$kind killed at step $k: exit $st"
		}
		for f in diary diary.bak; do
			[ -e "$W/$f" ] || {
				[ "$f" = diary.bak ] || fail "$kind killed at step $k: no diary left"
				continue
			}
			# shellcheck disable=SC2046
			set -- $(opens_with "$W/$f")
			w=$1 count=$2
			want=2 # the diary: as it was, or with the new entry
			[ "$kind" = add ] && want="2 3"
			[ "$f" = diary.bak ] && want="1 2" # the version before, or (passwd) the new one
			case " $want " in *" $count "*) ;; *) w="$w with $count entries" ;; esac
			case $kind:$w in
			add:old | passwd:old | passwd:new) ;;
			*) fail "$kind killed at step $k: $f opens with: $w" ;;
			esac
			# A backup never has a passphrase the diary does not have (yet):
			# after a kill the diary's is the one a person knows.
			[ "$f" = diary ] && dw=$w
			[ "$f" = diary.bak ] && [ "$w" != "$dw" ] &&
				fail "$kind killed at step $k: the diary opens with the $dw passphrase, its backup with the $w one"
			# What steady said it did is what is on disk.
			# A kill at the last steps leaves the new passphrase before
			# steady said it is in use: it said beforehand that it may.
			[ "$kind:$st:$f:$w" = passwd:137:diary:new ] &&
				expect_in "$T/said" "the new passphrase may be the one that opens the diary"
			if [ "$st" -eq 0 ] && [ "$f" = diary ]; then
				[ "$kind" = add ] && [ "$count" -ne 3 ] && fail "add acknowledged, $count entries"
				[ "$kind" = passwd ] && [ "$w" != new ] && fail "passwd acknowledged, diary opens with $w"
			fi
		done
		# The next steady tidies what a cut-short save left.
		steady_in "$W" "$( [ "$kind:$st" = passwd:0 ] && echo "$T/new" || echo "$T/old")" list \
			>/dev/null 2>&1 </dev/null || true
		[ ! -e "$W/diary.new" ] && [ ! -e "$W/diary.bak.new" ] ||
			fail "$kind killed at step $k: temporary files left after the next open"
		if [ "$st" -eq 0 ]; then
			break
		fi
		kills=$((kills + 1))
		k=$((k + 1))
		[ "$k" -le 200 ] || fail "$kind never got through"
	done
	[ "$kills" -ge 4 ] || fail "$kind: only $kills steps to kill at (is STEADY_FAULT_KILL honoured?)"
	echo "kill -9 sweep of $kind: killed before each of its $kills writing steps, then let through: every diary and backup opened with the old or the new passphrase, none lost an entry"
}
sweep add
sweep passwd

# The disk cases: a full tmpfs and a read-only bind mount, in a mount
# namespace of this test's own (root only).
if [ "$(id -u)" -ne 0 ] || ! unshare -m true 2>/dev/null; then
	echo "full and read-only disks: skipped (they need root, for unshare -m)"
	exit 0
fi
cp -a "$D" "$T/disk"
cat >"$T/disk.sh" <<'EOF'
set -u
mnt=$1 src=$2
mount -t tmpfs -o size=64k tmpfs "$mnt" || exit 77
cp -a "$src" "$mnt/d"
# Fill the rest of the disk.
dd if=/dev/zero of="$mnt/fill" bs=1k count=1024 2>/dev/null
sum=$(cksum "$mnt/d/diary" "$mnt/d/diary.bak")
for cmd in add passwd; do
	st=0
	if [ "$cmd" = add ]; then
		head -c 20000 /dev/urandom | base64 | "$STEADY" --diary "$mnt/d" --passphrase-fd 3 diary add \
			3<"$OLDF" >/dev/null 2>"$ERRF" || st=$?
	else
		"$STEADY" --diary "$mnt/d" --passphrase-fd 3 diary passwd 3<"$CHANGEF" >/dev/null \
			2>"$ERRF" </dev/null || st=$?
	fi
	[ "$st" -ne 0 ] || { echo "ENOSPC: $cmd succeeded on a full disk"; exit 1; }
	grep -q "disk is full" "$ERRF" || { cat "$ERRF"; echo "ENOSPC: $cmd did not say the disk is full"; exit 1; }
	[ "$(cksum "$mnt/d/diary" "$mnt/d/diary.bak")" = "$sum" ] || { echo "ENOSPC: $cmd changed the diary"; exit 1; }
	[ ! -e "$mnt/d/diary.new" ] && [ ! -e "$mnt/d/diary.bak.new" ] || { echo "ENOSPC: $cmd left temporary files"; exit 1; }
done
"$STEADY" --diary "$mnt/d" --passphrase-fd 3 diary list 3<"$OLDF" >/dev/null 2>&1 </dev/null ||
	{ echo "ENOSPC: the diary does not open after it"; exit 1; }
umount "$mnt"
mount --bind "$src" "$mnt" && mount -o remount,bind,ro "$mnt" || exit 77
for cmd in add passwd; do
	st=0
	echo x | "$STEADY" --diary "$mnt" --passphrase-fd 3 diary "$cmd" 3<"$CHANGEF" >/dev/null 2>"$ERRF" || st=$?
	[ "$st" -ne 0 ] || { echo "EROFS: $cmd succeeded"; exit 1; }
	grep -q "can only be read" "$ERRF" || { cat "$ERRF"; echo "EROFS: $cmd did not say why"; exit 1; }
done
"$STEADY" --diary "$mnt" --passphrase-fd 3 diary list 3<"$OLDF" >/dev/null 2>&1 </dev/null ||
	{ echo "EROFS: the diary cannot be read"; exit 1; }
exit 0
EOF
mkdir -p "$T/mnt"
st=0
OLDF="$T/old" CHANGEF="$T/change" ERRF="$T/roerr" unshare -m sh "$T/disk.sh" "$T/mnt" "$T/disk" || st=$?
case $st in
0) echo "full disk (ENOSPC) and read-only disk (EROFS): add and passwd refused with the reason, the diary unchanged and readable" ;;
77) echo "full and read-only disks: skipped (no tmpfs or bind mount here)" ;;
*) fail "the disk cases failed" ;;
esac
