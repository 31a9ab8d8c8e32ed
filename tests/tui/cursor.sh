#!/bin/sh
# SPDX-FileCopyrightText: 2026 The steady authors
# SPDX-License-Identifier: GPL-3.0-or-later
# A screen reader follows the hardware cursor: it rests on the focused row
# (the one marked "> ") of Home, a choice, a checklist and a scale, and
# focus is shown in text, not only by reverse video.
. "$top_srcdir/tests/lib.sh"
mkdir -p "$XDG_CONFIG_HOME/steady"
printf 'region=GB\n' >"$XDG_CONFIG_HOME/steady/settings"

# cursor_on TEXT: the cursor's row holds TEXT (within a few seconds: the
# keys sent may not be drawn yet), and that row is marked "> ".
cursor_on() {
	end=$(($(date +%s) + 5))
	while :; do
		pos=$(tmux -L "$TMUX_SOCK" display -p -t t '#{cursor_x},#{cursor_y}')
		y=${pos#*,}
		row=$(tui_screen | sed -n "$((y + 1))p")
		case $row in *"$1"*) break ;; esac
		if [ "$(date +%s)" -gt "$end" ]; then
			tui_screen >&2
			fail "the cursor ($pos) is on '$row', not on '$1'"
		fi
		sleep 0.05
	done
	case $row in
	*"> "*) ;;
	*) fail "the focused row '$row' has no '> ' marker" ;;
	esac
}

tui_start 80 24 "$STEADY --content-dir '$top_srcdir/tests/data/tui'"
tui_wait "Get help now"
cursor_on "Modules"
tui_keys Down Down
cursor_on "Diary"

tui_keys Home Enter
tui_wait "Every step"
cursor_on "Every step"
tui_keys Enter
tui_wait "Step 1 of 9"
tui_keys Enter
# the scale, once a number is chosen
tui_wait "How strong was it?"
tui_keys 4
tui_wait "[4]"
pos=$(tmux -L "$TMUX_SOCK" display -p -t t '#{cursor_x},#{cursor_y}')
row=$(tui_screen | sed -n "$((${pos#*,} + 1))p")
case $row in *"[4]"*) ;; *) fail "the cursor ($pos) is not on the scale: '$row'" ;; esac
tui_keys Enter
# a single choice: nothing is focused (nor chosen) until the person moves;
# Enter then asks for an answer, and records none
tui_wait "Pick one"
tui_screen >"$T/screen"
expect_not_in "$T/screen" "> ( ) Apple"
tui_keys Enter
tui_wait "Choose an answer first."
tui_screen >"$T/screen"
expect_not_in "$T/screen" "(*)"
tui_keys Down
cursor_on "Apple"
tui_keys Down
cursor_on "Banana"
tui_keys Enter
tui_wait "Pick several"
tui_keys Enter
# a note that something is needed: the cursor moves to it, to be read
tui_wait "Choose an answer first."
pos=$(tmux -L "$TMUX_SOCK" display -p -t t '#{cursor_x},#{cursor_y}')
tui_screen | sed -n "$((${pos#*,} + 1))p" | grep -q "Choose an answer first." ||
	fail "the cursor ($pos) is not on the note"
tui_keys Space Enter
tui_wait "Write something"
tui_keys -l "a few words"
tui_wait "a few words"
tui_keys Tab
# a checklist
tui_wait "A checklist"
cursor_on "First item"
tui_keys Down
cursor_on "Second item"
tui_keys C-q
tui_wait "__EXITED__ 0"
exit 0
