#!/bin/sh
# SPDX-FileCopyrightText: 2026 The steady authors
# SPDX-License-Identifier: GPL-3.0-or-later
# diary-readonly.sh: a diary that can be read but not written (read-only
# media, or a folder without write permission) can still be listed, shown,
# searched and exported: steady takes a shared lock on a lock file it opens
# read-only, or none when there is none, and writes nothing. Adding or
# changing is refused before anything is asked for, with a message that
# says why, and the diary stays as it was.
#
# Permissions stop only a user who is not root; a read-only bind mount (in
# a mount namespace of the test's own, through unshare) stops root too.
# Where neither can be set up, the test is skipped, not passed.
. "$top_srcdir/tests/lib.sh"
need_test_build
# The folders made read-only are made writable again, so they can go.
trap 'chmod -R u+w "$T" 2>/dev/null; cleanup' EXIT

export STEADY_DIARY_COSTS=min
printf 'a passphrase for tests\n' >"$T/pw"
D="$T/diary"
"$STEADY" --diary "$D" --passphrase-fd 3 diary init 3<"$T/pw" >/dev/null 2>&1 </dev/null ||
	fail "init failed"
printf '# On the stick\nA walk by the river.\n' |
	"$STEADY" --diary "$D" --passphrase-fd 3 diary add 3<"$T/pw" >/dev/null 2>&1 ||
	fail "add failed"

# reads WRAP DIR: every reading command works on DIR through WRAP, and
# writing ones are refused; nothing in DIR changes.
reads() {
	wrap=$1 dir=$2
	before=$(ls -l --time-style=+%s.%N "$dir"; cksum "$dir"/*)
	printf 'river\n' >"$T/words"
	for cmd in list "show 1" search export; do
		got=0
		# shellcheck disable=SC2086
		$wrap "$STEADY" --diary "$dir" --passphrase-fd 3 diary $cmd 3<"$T/pw" <"$T/words" \
			>"$T/out" 2>"$T/err" || got=$?
		[ "$got" -eq 0 ] || {
			cat "$T/out" "$T/err" >&2
			fail "'diary $cmd' on a read-only diary ($wrap) exited $got"
		}
		expect_in "$T/out" "On the stick"
	done
	got=0
	printf 'Another entry\n' | $wrap "$STEADY" --diary "$dir" --passphrase-fd 3 diary add \
		3<"$T/pw" >"$T/out" 2>"$T/err" || got=$?
	[ "$got" -eq 1 ] || fail "add on a read-only diary ($wrap) exited $got, expected 1"
	expect_in "$T/err" "can only be read here"
	expect_not_in "$T/out" "Added"
	# Refused before the passphrase is asked for: none ever comes on fd 3.
	got=0
	# (timeout outside the wrapper: run as nobody on a fresh machine it could
	# not start steady, exit 126.)
	timeout 20 $wrap "$STEADY" --diary "$dir" --passphrase-fd 3 diary add 3<&7 </dev/null \
		>"$T/out" 2>"$T/err" || got=$?
	[ "$got" -eq 1 ] || fail "add on a read-only diary ($wrap) waited for a passphrase ($got)"
	expect_in "$T/err" "can only be read here"
	got=0
	printf 'a passphrase for tests\nnew words\n' >"$T/pw2"
	$wrap "$STEADY" --diary "$dir" --passphrase-fd 3 diary passwd 3<"$T/pw2" </dev/null \
		>"$T/out" 2>"$T/err" || got=$?
	[ "$got" -eq 1 ] || fail "passwd on a read-only diary ($wrap) exited $got, expected 1"
	expect_in "$T/err" "can only be read here"
	[ "$(ls -l --time-style=+%s.%N "$dir"; cksum "$dir"/*)" = "$before" ] ||
		fail "the read-only diary changed ($wrap)"
}

# A descriptor that never gives anything: a FIFO, open at both ends here.
mkfifo "$T/never"
exec 7<>"$T/never"
ran=
# As a user other than root: a folder 0500 with files 0400, with and
# without a lock file. Permissions do not stop root, so root runs this
# part as nobody (setpriv), in folders nobody owns.
as=
if [ "$(id -u)" -eq 0 ]; then
	as=none
	nobody="setpriv --reuid=nobody --regid=$(id -g nobody 2>/dev/null) --clear-groups"
	# nobody must be able to run steady too: a tree under root's home (as on
	# a fresh machine) is not reachable for it.
	if command -v setpriv >/dev/null 2>&1 && $nobody true 2>/dev/null &&
		$nobody "$STEADY" --version >/dev/null 2>&1; then
		as=$nobody
		chmod 711 "$T" # nobody reaches the folders through it
	fi
fi
if [ "$as" != none ]; then
	for lock in with without; do
		P="$T/perm-$lock"
		cp -r "$D" "$P"
		[ "$lock" = with ] || rm "$P/diary.lock"
		[ -z "$as" ] || chown -R nobody "$P"
		chmod 0400 "$P"/*
		chmod 0500 "$P"
		reads "$as" "$P"
		chmod 0700 "$P"
		chmod 0600 "$P"/*
	done
	ran="$ran permissions"
fi

# On a read-only bind mount: as root in a mount namespace, otherwise in a
# user namespace of the test's own.
if [ "$(id -u)" -eq 0 ]; then ns="unshare -m"; else ns="unshare -rm"; fi
cat >"$T/ro" <<'EOF'
#!/bin/sh
# ro DIR CMD...: CMD with DIR mounted read-only over itself.
dir=$1
shift
mount --bind "$dir" "$dir" && mount -o remount,bind,ro "$dir" && exec "$@"
EOF
chmod +x "$T/ro"
R="$T/ro-with"
cp -r "$D" "$R"
if $ns "$T/ro" "$R" sh -c '! touch "$1/probe" 2>/dev/null' sh "$R" 2>/dev/null; then
	cp -r "$D" "$T/ro-without"
	rm "$T/ro-without/diary.lock"
	for lock in with without; do
		reads "$ns $T/ro $T/ro-$lock" "$T/ro-$lock"
	done
	ran="$ran read-only-mount"
fi

[ -n "$ran" ] || {
	echo "SKIP (environment): as root, and no mount namespace for a read-only bind mount"
	exit 77
}
echo "checked:$ran"
exit 0
