#!/bin/sh
# SPDX-FileCopyrightText: 2026 The steady authors
# SPDX-License-Identifier: GPL-3.0-or-later
# Every bundled module plays from its first step to its end on the screens:
# each step is answered with "1" (a scale value, the first option, a ticked
# item, or a character of text) and left with Tab, until the module is done.
. "$top_srcdir/tests/lib.sh"

# step_of: the "step K of N" the header shows now, as "K N"; empty when gone.
step_of() {
	tui_screen | sed -n 's/.*[Ss]tep \([0-9]*\) of \([0-9]*\).*/\1 \2/p' | head -n 1
}

played=0
for f in "$top_srcdir"/content/*.yaml; do
	case $f in */helplines.yaml) continue ;; esac
	id=$(sed -n 's/^id: *//p' "$f")
	tui_restart
	tui_start 80 24 "$STEADY" preview "$f"
	tui_wait "step 1 of"
	set -- $(step_of)
	total=$2
	k=1
	while :; do
		tui_answer_next
		end=$(($(date +%s) + 5))
		while :; do
			tui_screen | grep -q "__EXITED__" && break 2
			set -- $(step_of) 0 0
			[ "$1" -gt "$k" ] && break
			tui_screen | grep -q "Your result" && break
			[ "$(date +%s)" -le "$end" ] || {
				tui_screen >&2
				fail "$id: stuck at step $k of $total"
			}
			sleep 0.05
		done
		set -- $(step_of) 0 0
		[ "$1" -gt 0 ] && k=$1
		[ "$k" -le "$total" ] || fail "$id: step $k beyond $total"
	done
	tui_wait "__EXITED__ 0"
	[ "$k" -eq "$total" ] || fail "$id: ended at step $k of $total"
	played=$((played + 1))
done
[ "$played" -ge 13 ] || fail "only $played modules played"
echo "$played modules played from start to finish"
