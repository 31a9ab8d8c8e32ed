#!/bin/sh
# SPDX-FileCopyrightText: 2026 The steady authors
# SPDX-License-Identifier: GPL-3.0-or-later
# start.sh: when steady starts in plain mode, and how it leaves. --plain,
# TERM=dumb, no TERM at all, and standard input or output that is no
# terminal all give plain mode; a subcommand is never taken over. The end
# of input leaves as quit does, at any prompt, and so do SIGTERM, SIGHUP
# and SIGINT, with 128 + the signal.
. "$top_srcdir/tests/lib.sh"

mkdir -p "$XDG_CONFIG_HOME/steady"
printf 'region=GB\n' >"$XDG_CONFIG_HOME/steady/settings"
printf 'quit\n' >"$T/quit"

# started: the output of the last run is plain mode's Home.
started() {
	expect_plain "$T/out"
	expect_in "$T/out" "steady, in plain mode."
	expect_in "$T/out" "Type a number from 1 to 6, or: help, quit"
}

for how in "--plain" ""; do
	TERM=dumb "$STEADY" $how <"$T/quit" >"$T/out" 2>"$T/err" || fail "TERM=dumb steady $how"
	started
done
env -u TERM "$STEADY" <"$T/quit" >"$T/out" 2>"$T/err" || fail "steady without TERM"
started
# A terminal type the screens know, but input from a pipe.
TERM=xterm "$STEADY" <"$T/quit" >"$T/out" 2>"$T/err" || fail "steady from a pipe"
started
# Output to a pipe, input from /dev/null: the end of input at once.
TERM=xterm "$STEADY" </dev/null >"$T/out" 2>"$T/err" || fail "steady with no input"
started
expect_in "$T/out" "steady has closed."

# Subcommands stay what they are.
TERM=dumb "$STEADY" list </dev/null >"$T/out" 2>"$T/err" || fail "steady list"
expect_in "$T/out" "trigger-log"
expect_not_in "$T/out" "plain mode"

# The end of input in the middle of a written answer, a passphrase or a
# menu: the same clean leaving, status 0.
printf '1\n1\n\n\n\n\n\n\n\n1\n\nwords without an end' >"$T/in"
plain_run 0 "$T/in"
expect_in "$T/out" "steady has closed."
printf '3\n1\n' >"$T/in"
plain_run 0 "$T/in"
expect_in "$T/out" "Choose a passphrase"
expect_in "$T/out" "steady has closed."

# Signals, while a line is awaited: the handler only sets a flag, and
# steady leaves through the same door (diary closed, memory wiped).
for sig in TERM:15 HUP:1 INT:2; do
	num=${sig#*:} sig=${sig%:*}
	rm -f "$T/fifo"
	mkfifo "$T/fifo"
	"$STEADY" --plain <"$T/fifo" >"$T/out" 2>"$T/err" &
	pid=$!
	exec 7>"$T/fifo"
	printf '1\n' >&7
	end=$(($(date +%s) + 10))
	until grep -q "Type a number from 1 to 13" "$T/out"; do
		[ "$(date +%s)" -le "$end" ] || fail "no prompt before SIG$sig"
		sleep 0.05
	done
	kill -s "$sig" "$pid"
	got=0
	wait "$pid" || got=$?
	exec 7>&-
	want=$((128 + num))
	[ "$got" -eq "$want" ] || fail "SIG$sig: exit $got, expected $want"
	expect_plain "$T/out"
	expect_not_in "$T/err" "Sanitizer"
done
exit 0
