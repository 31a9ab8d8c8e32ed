#!/bin/sh
# SPDX-FileCopyrightText: 2026 The steady authors
# SPDX-License-Identifier: GPL-3.0-or-later
# In the editor Ctrl-Z undoes, and Ctrl-W, Ctrl-U and Ctrl-K delete as in
# readline; elsewhere Ctrl-Z suspends steady, but only after locking the
# diary, so the shell it leaves at never sits beside an open diary.
. "$top_srcdir/tests/lib.sh"
diary_init
echo "An entry to keep locked" >"$T/entry"
expect_status 0 sh -c "'$STEADY' --passphrase-fd 3 diary add 3<'$T/pass' <'$T/entry'"

# body: the editor's text lines (the rows between the hint and the footer).
body() { tui_screen | sed -n '5,20p' | sed 's/ *$//' | grep -v '^$' || true; }
expect_body() {
	end=$(($(date +%s) + 5))
	until [ "$(body)" = "$1" ]; do
		[ "$(date +%s)" -le "$end" ] || { tui_screen >&2; fail "the text is not '$1'"; }
		sleep 0.05
	done
}

tui_start 80 24 "PS1='shell> ' bash --norc --noprofile -i"
tui_wait "shell>"
tui_keys "$STEADY" Enter
tui_unlock
tui_wait "An entry to keep locked"
tui_keys n
tui_wait "Start writing here."
tui_keys -l "calm evening walk"
expect_body "  calm evening walk"
tui_keys C-w
expect_body "  calm evening"
tui_keys C-z
expect_body "  calm evening walk"
tui_keys C-z
expect_body "  calm evening"
tui_keys Left Left Left C-k
expect_body "  calm eveni"
tui_keys C-u
tui_wait "Start writing here."
tui_keys C-z
expect_body "  calm eveni"
tui_keys C-z
expect_body "  calm evening"
tui_screen | grep -q "Stopped" && fail "Ctrl-Z in the editor suspended steady"
# Leave the editor without saving, then suspend from the diary's list.
tui_keys Escape
tui_wait "Save this entry?"
tui_keys Down Down Enter
tui_wait "An entry to keep locked"
tui_keys C-z
tui_wait "Stopped"
tui_keys "fg" Enter
tui_wait "Your diary is locked."
tui_screen >"$T/screen"
expect_not_in "$T/screen" "An entry to keep locked"
tui_keys C-q
tui_wait "shell>"
tui_keys "exit" Enter
tui_wait "__EXITED__"
echo "the editor undoes with Ctrl-Z; a suspend locks the diary first"
