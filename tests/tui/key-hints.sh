#!/bin/sh
# SPDX-FileCopyrightText: 2026 The steady authors
# SPDX-License-Identifier: GPL-3.0-or-later
# The footer's keys: at 40x12 a screen's own keys come first ("^S save" in
# the editor) and "? more keys" says that the rest are in the keys box; the
# keys box wraps its words there rather than cutting them; a dialog shows
# "PgDn more text" only when there is more text; German keeps "p Muster"
# and "Esc zurück" on the diary's list at 80 columns.
. "$top_srcdir/tests/lib.sh"
diary_init
echo "An entry" >"$T/entry"
expect_status 0 sh -c "'$STEADY' --passphrase-fd 3 diary add 3<'$T/pass' <'$T/entry'"

tui_start 40 12 "$STEADY"
tui_wait "quit"
tui_unlock
tui_wait "An entry"
tui_keys n
tui_wait "Start writing here."
tui_screen | tail -n 1 >"$T/foot"
expect_in "$T/foot" "^S save"
expect_in "$T/foot" "F1 more keys"
# The keys box: every word of the quick exit's line, wrapped.
tui_keys F1
tui_wait "Keys"
tui_screen >"$T/screen"
expect_in "$T/screen" "^S"
tui_keys End
tui_wait "and clear the screen"
tui_keys x
tui_wait "Start writing here."
# A dialog whose text fits: no "more text".
tui_keys -l "words"
tui_keys Escape
tui_wait "Save this entry?"
tui_resize 80 24
tui_wait "Leave without saving"
tui_screen | tail -n 1 >"$T/foot"
expect_not_in "$T/foot" "more text"
expect_in "$T/foot" "Enter choose"
tui_keys Down Down Enter
tui_wait "An entry"
tui_keys C-q
tui_wait "__EXITED__"

# German at 80 columns: every key of the diary's list.
if ! locale -a 2>/dev/null | grep -qix 'de_DE.utf-\{0,1\}8'; then
	command -v localedef >/dev/null || { echo "no localedef: the German part is skipped"; exit 0; }
	mkdir -p "$T/locales"
	localedef -i de_DE -f UTF-8 "$T/locales/de_DE.UTF-8" 2>"$T/err" ||
		{ cat "$T/err" >&2; fail "could not make the de_DE.UTF-8 locale"; }
	export LOCPATH="$T/locales"
fi
tui_restart
tui_start 80 24 "LC_ALL= LANG=de_DE.UTF-8 LANGUAGE=de $STEADY"
tui_wait "Hilfe"
tui_keys End Up Up Up Enter
tui_wait "Tagebuch"
tui_keys -l "$PASS"
tui_keys Enter
tui_wait "An entry"
tui_screen | tail -n 2 >"$T/foot"
expect_in "$T/foot" "p Muster"
expect_in "$T/foot" "Esc zurück"
expect_in "$T/foot" "^Q Schnell-Ausgang"
tui_keys C-q
tui_wait "__EXITED__ 0"
echo "the screen's own keys first, the rest behind ?, the keys box wrapped"
