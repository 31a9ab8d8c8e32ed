#!/bin/sh
# SPDX-FileCopyrightText: 2026 The steady authors
# SPDX-License-Identifier: GPL-3.0-or-later
# A running steady cannot leave a core dump: its core file size limit is 0
# (soft and hard), and it is not "dumpable", which the kernel shows by
# giving the files in its /proc folder to root. Run as root, the second check starts
# steady as the user nobody (setpriv), since root owns everything anyway.
. "$top_srcdir/tests/lib.sh"
mkdir -p "$XDG_CONFIG_HOME/steady"
printf 'region=GB\n' >"$XDG_CONFIG_HOME/steady/settings"

tui_start 80 24 "$STEADY"
tui_wait "Get help now"
pid=$(tui_pid) || fail "no steady process found under the tmux pane"
grep '^Max core file size' "/proc/$pid/limits" >"$T/limit"
expect_in "$T/limit" "Max core file size"
awk '{ if ($5 != 0 || $6 != 0) exit 1 }' "$T/limit" ||
	fail "core dumps are not off: $(cat "$T/limit")"

uid=$(id -u)
if [ "$uid" -ne 0 ]; then
	[ "$(stat -c %u "/proc/$pid/status")" = 0 ] ||
		fail "steady is dumpable: /proc/$pid/status belongs to uid $(stat -c %u "/proc/$pid/status")"
	tui_keys C-q
	tui_wait "__EXITED__ 0"
	exit 0
fi
tui_keys C-q
tui_wait "__EXITED__ 0"
tui_restart

command -v setpriv >/dev/null 2>&1 || {
	echo "SKIP: running as root without setpriv, so 'not dumpable' cannot be seen"
	exit 77
}
# A home the user nobody can write, reachable through $T.
chmod 711 "$T"
mkdir -p "$T/nobody/.config/steady"
printf 'region=GB\n' >"$T/nobody/.config/steady/settings"
chown -R 65534:65534 "$T/nobody"
tui_start 80 24 "HOME='$T/nobody' XDG_CONFIG_HOME='$T/nobody/.config'" \
	"XDG_DATA_HOME='$T/nobody/.local/share' TMPDIR='$T/nobody'" \
	"setpriv --reuid=65534 --regid=65534 --clear-groups $STEADY"
tui_wait "Get help now"
pid=$(tui_pid) || fail "no steady process found under the tmux pane"
[ "$(awk '/^Uid:/ { print $2 }' "/proc/$pid/status")" = 65534 ] ||
	fail "steady did not run as nobody"
[ "$(stat -c %u "/proc/$pid/status")" = 0 ] ||
	fail "steady is dumpable: /proc/$pid/status belongs to uid $(stat -c %u "/proc/$pid/status")"
tui_keys C-q
tui_wait "__EXITED__ 0"
