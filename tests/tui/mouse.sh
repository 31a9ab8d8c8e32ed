#!/bin/sh
# SPDX-FileCopyrightText: 2026 The steady authors
# SPDX-License-Identifier: GPL-3.0-or-later
# The mouse: a click selects a list row (Home, Settings, the diary's list)
# and a second click opens it; the wheel scrolls; a click chooses an option
# and a scale point; Settings turns it off (mouse=off in the settings file)
# and on again. The terminal's mouse reports are written into the pane as
# xterm's SGR sequences (send-keys -M needs a real client).
. "$top_srcdir/tests/lib.sh"
mkdir -p "$XDG_CONFIG_HOME/steady"
printf 'region=GB\n' >"$XDG_CONFIG_HOME/steady/settings"

# sgr B X Y: a press and a release of button code B at column X, row Y (from 1).
sgr() {
	tui_keys -l "$(printf '\033[<%d;%d;%dM\033[<%d;%d;%dm' "$1" "$2" "$3" "$1" "$2" "$3")"
}
# click TEXT: a left click on the first place the screen shows TEXT.
click() {
	tui_screen >"$T/click"
	row=$(grep -nF -- "$1" "$T/click" | head -n 1 | cut -d: -f1)
	[ -n "$row" ] || { cat "$T/click" >&2; fail "'$1' is not on the screen to click"; }
	col=$(grep -F -- "$1" "$T/click" | head -n 1 | awk -v t="$1" '{ print index($0, t) }')
	sgr 0 "$col" "$row"
	sleep 0.2
}
# wheel down|up at row 5.
wheel() { tui_keys -l "$(printf '\033[<%d;5;5M' "$([ "$1" = down ] && echo 65 || echo 64)")"; }

tui_start 80 24 "env TERM=xterm-256color $STEADY --content-dir '$top_srcdir/tests/data/tui'"
tui_wait "Get help now"
# A click selects a row; a second click on it opens it.
click "Settings"
tui_wait "> Settings"
tui_screen >"$T/screen"
expect_not_in "$T/screen" "Diary locks itself after"
click "Settings"
tui_wait "Diary locks itself after"
# The wheel scrolls: three rows a notch.
wheel down
tui_wait "> Plain mode at every start"
wheel up
tui_wait "> Helpline regi"
# Off from Settings: saved, and a click does nothing then.
click "Mouse: clicks and the wheel"
tui_wait "> Mouse: clicks and the wheel"
click "Mouse: clicks and the wheel"
i=0
until grep -q "mouse=off" "$XDG_CONFIG_HOME/steady/settings"; do
	i=$((i + 1))
	[ "$i" -lt 100 ] || fail "mouse=off was not saved"
	sleep 0.05
done
tui_screen | grep -q "Mouse: clicks and the wheel  *off" || fail "the mouse is not shown off"
click "Colour"
sleep 0.3
tui_screen >"$T/screen"
expect_in "$T/screen" "> Mouse: clicks and the wheel"
expect_not_in "$T/screen" "> Colour"
# On again with the keyboard.
tui_keys Enter
tui_wait "Mouse: clicks and the wheel                                            on"
grep -q "mouse=on" "$XDG_CONFIG_HOME/steady/settings" || fail "mouse=on was not saved"
tui_keys Escape
tui_wait "Get help now"

# A module: a click on a scale point, then on an option.
tui_keys Home Enter
tui_wait "Every step"
tui_keys Enter
tui_wait "Step 1 of 9"
tui_keys Enter
tui_wait "How strong was it?"
click " 7 "
tui_wait "[7]"
tui_keys Tab
tui_wait "Pick one"
click "Banana"
tui_wait "(*) Banana"
tui_screen >"$T/screen"
expect_in "$T/screen" "( ) Apple"
# On to the links (the other steps as the keys answer them): a click goes
# to a link, a second one opens its module.
tui_keys Enter
tui_wait "Pick several"
click "Damson"
tui_wait "[x] Damson"
tui_keys Enter
tui_wait "Write something"
tui_keys -l "words"
tui_wait "words"
tui_keys Tab
tui_wait "A checklist"
tui_keys Enter
tui_wait "A timer"
tui_keys Enter
tui_wait "Some helplines"
tui_keys Enter
tui_wait "Somewhere else"
click "A tiny check"
click "A tiny check"
tui_wait_gone "Somewhere else"
tui_wait "A tiny check"
tui_keys C-q
tui_wait "__EXITED__ 0"

# The diary's list, built again for each key: a click selects an entry, a
# second one opens it.
diary_init "calm river evening"
printf 'Clicked entry\n' | "$STEADY" --passphrase-fd 3 diary add 3<"$T/pass" >/dev/null 2>&1 ||
	fail "steady diary add"
tui_restart
tui_start 80 24 "env TERM=xterm-256color $STEADY"
tui_wait "Get help now"
click "Diary"
click "Diary"
tui_type_passphrase "calm river evening" "Clicked entry"
click "Clicked entry"
tui_wait "> "
tui_screen | grep -q "> [0-9][0-9]:[0-9][0-9]  Clicked entry" || fail "the click did not select the entry"
click "Clicked entry"
tui_wait_gone "Write a new entry" # the entry, read
tui_wait "Clicked entry"
tui_keys C-q
tui_wait "__EXITED__ 0"
exit 0
