#!/bin/sh
# SPDX-FileCopyrightText: 2026 The steady authors
# SPDX-License-Identifier: GPL-3.0-or-later
# SIGTERM and SIGHUP end the session cleanly: the terminal is restored and
# the status says which signal it was.
. "$top_srcdir/tests/lib.sh"

mkdir -p "$XDG_CONFIG_HOME/steady"
printf 'region=GB\n' >"$XDG_CONFIG_HOME/steady/settings"
for sig in TERM HUP INT; do
	# In the background stdin would be /dev/null: hand it the terminal explicitly.
	tui_start 80 24 "exec 3<&0; $STEADY <&3 3<&- & echo \$! >'$T/pid'; wait \$!"
	tui_wait "Get help now"
	kill -s $sig "$(cat "$T/pid")"
	case $sig in TERM) want=143 ;; HUP) want=129 ;; INT) want=130 ;; esac
	tui_wait "__EXITED__ $want" 5
	tui_restart
done
