#!/bin/sh
# SPDX-FileCopyrightText: 2026 The steady authors
# SPDX-License-Identifier: GPL-3.0-or-later
# German shows under LANGUAGE=de with a de_DE.UTF-8 locale: in `steady list`
# and in the screens; a long German word wraps correctly at 40 columns.
. "$top_srcdir/tests/lib.sh"

# A de_DE.UTF-8 locale, made here when the machine has none.
if ! locale -a 2>/dev/null | grep -qix 'de_DE.utf-\{0,1\}8'; then
	command -v localedef >/dev/null || fail "localedef is missing (Debian package locales)"
	mkdir -p "$T/locales"
	localedef -i de_DE -f UTF-8 "$T/locales/de_DE.UTF-8" 2>"$T/err" ||
		{ cat "$T/err" >&2; fail "could not make the de_DE.UTF-8 locale"; }
	export LOCPATH="$T/locales"
fi
unset LC_ALL
export LANG=de_DE.UTF-8 LANGUAGE=de

# What the German catalogues say, asked of gettext itself.
de() {
	TEXTDOMAINDIR="$top_builddir/locale" gettext --context="$1" -d steady-content "$2"
}
welcome_de=$(de title "Welcome to steady")
help_de=$(TEXTDOMAINDIR="$top_builddir/locale" gettext -d steady "Get help now")
[ "$help_de" != "Get help now" ] || fail "no German for the interface's 'Get help now'"
crisis_de=$(de title "Crisis and your safety plan")
[ "$welcome_de" != "Welcome to steady" ] || fail "no German for the welcome title"

expect_status 0 "$STEADY" list
expect_in "$T/out" "$welcome_de"
expect_in "$T/out" "$crisis_de"
expect_not_in "$T/out" "Welcome to steady"

# The screens, in a terminal: the first run opens the welcome module in German,
# and the helplines follow the locale's country (Germany).
tui_start 80 24 "$STEADY"
tui_wait "$welcome_de"
tui_keys C-g
tui_wait "$help_de"
tui_wait "Kein Täter werden"
tui_wait "TelefonSeelsorge"
tui_keys C-q
tui_wait "__EXITED__ 0"
tui_restart

# On a multiple choice the longer German hints still leave the way on in
# the footer: the obvious keys (Up/Down) give way first.
next_de=$(TEXTDOMAINDIR="$top_builddir/locale" gettext -d steady "next")
tui_start 80 24 "$STEADY" preview "$top_srcdir/content/trigger-log.yaml"
tui_wait "Schritt 1 "
until tui_screen | grep -q "Space "; do
	tui_answer_next
	tui_screen | grep -q "__EXITED__" && fail "no multiple choice in trigger-log"
	sleep 0.2
done
tui_screen | tail -n 1 >"$T/footer"
expect_in "$T/footer" "Enter $next_de"
tui_keys C-q
tui_wait "__EXITED__ 0"
tui_restart

# A word longer than the screen is wide is split across lines, keeping every
# letter, with a hyphen at the end of each line it goes on from, and no line
# is wider than 40 columns.
tui_start 40 12 "$STEADY" preview "$top_srcdir/tests/data/i18n/langes-wort.yaml"
tui_wait "Lange"
tui_screen >"$T/screen"
[ "$(wc -L <"$T/screen")" -le 40 ] || fail "a line is wider than 40 columns"
sed 's/ *$//' "$T/screen" | grep -q -- '-$' ||
	{ cat "$T/screen" >&2; fail "no hyphen where the long word goes on"; }
sed 's/ *$//; s/-$//' "$T/screen" | tr -d " \n" | grep -q "Donaudampfschifffahrtsgesellschaftskapitänsmütze" ||
	{ cat "$T/screen" >&2; fail "the long word lost letters when wrapped"; }
grep -q "Donaudampfschifffahrtsgesellschaftskapitänsmütze" "$T/screen" &&
	fail "the long word was not wrapped at 40 columns"
tui_keys C-q
tui_wait "__EXITED__ 0"
echo "German shows in list and on screen; long words wrap at 40 columns"
