#!/bin/sh
# SPDX-FileCopyrightText: 2026 The steady authors
# SPDX-License-Identifier: GPL-3.0-or-later
# French shows under a fr_FR.UTF-8 locale alone (no LANGUAGE): the first run
# opens the welcome module in French, Home's menu is French, and Get help now
# shows France's helplines with French words around them; at 40x12 no line
# of Home or Get help now is wider than the screen.
. "$top_srcdir/tests/lib.sh"

# A fr_FR.UTF-8 locale, made here when the machine has none.
if ! locale -a 2>/dev/null | grep -qix 'fr_FR.utf-\{0,1\}8'; then
	command -v localedef >/dev/null || { echo "SKIP: localedef is missing (Debian package locales)"; exit 77; }
	mkdir -p "$T/locales"
	localedef -i fr_FR -f UTF-8 "$T/locales/fr_FR.UTF-8" 2>"$T/err" ||
		{ cat "$T/err" >&2; fail "could not make the fr_FR.UTF-8 locale"; }
	export LOCPATH="$T/locales"
fi
unset LC_ALL
export LANG=fr_FR.UTF-8

# What the French catalogues say, asked of gettext itself.
ui() { TEXTDOMAINDIR="$top_builddir/locale" gettext -d steady "$1"; }
fr() { TEXTDOMAINDIR="$top_builddir/locale" gettext --context="$1" -d steady-content "$2"; }
welcome=$(fr title "Welcome to steady")
step=$(fr title "You took a step")
help=$(ui "Get help now")
settings=$(ui "Settings")
danger=$(ui "If you or anyone else is in danger right now, call %s.")
danger=${danger%%%s*}
next=$(ui "next")
[ "$welcome" != "Welcome to steady" ] || fail "no French for the welcome title"
[ "$help" != "Get help now" ] || fail "no French for 'Get help now'"
[ "$danger" != "If you or anyone else is in danger right now, call " ] ||
	fail "no French for the emergency sentence"

# A module: the first run opens the welcome module, in French.
tui_start 80 24 "$STEADY"
tui_wait "$welcome"
tui_wait "$step"
tui_screen | tail -n 1 >"$T/footer"
expect_in "$T/footer" "Enter $next"

# Home: Esc leaves the module for the French menu.
tui_keys Escape
tui_wait "$settings"
tui_screen >"$T/homescreen"
expect_in "$T/homescreen" "$help"
expect_not_in "$T/homescreen" "Get help now"
expect_not_in "$T/homescreen" "Settings"

# Get help now: the locale's country is France.
tui_keys C-g
tui_wait "STOP, Service téléphonique d'orientation et de prévention"
tui_screen >"$T/help"
expect_in "$T/help" "$help"
expect_in "$T/help" "${danger}112."
expect_in "$T/help" "0 806 23 10 63"
expect_in "$T/help" "3114"
tui_keys C-q
tui_wait "__EXITED__ 0"
tui_restart

# The same screens at 40x12 (no longer the first run, so Home comes first):
# French fits, or is cut with an ellipsis.
tui_start 40 12 "$STEADY"
tui_wait "$help"
tui_screen >"$T/small"
[ "$(wc -L <"$T/small")" -le 40 ] || { cat "$T/small" >&2; fail "Home is wider than 40 columns"; }
tui_keys C-g
tui_wait_gone "$settings"
tui_wait "$help"
tui_screen >"$T/small"
[ "$(wc -L <"$T/small")" -le 40 ] || { cat "$T/small" >&2; fail "Get help now is wider than 40 columns"; }
tui_keys C-q
tui_wait "__EXITED__ 0"
echo "French on Home, in the welcome module and on Get help now (France), at 80x24 and 40x12"
