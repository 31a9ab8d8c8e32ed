#!/bin/sh
# SPDX-FileCopyrightText: 2026 The steady authors
# SPDX-License-Identifier: GPL-3.0-or-later
# Plain mode in French: under fr_FR.UTF-8 the welcome module, the French
# typed words (aide, accueil, quitter), Home and Get help now with France's
# helplines; under fr_CA.UTF-8 Get help now from the Home menu shows
# Canada's.
. "$top_srcdir/tests/lib.sh"

for l in fr_FR fr_CA; do
	locale -a 2>/dev/null | grep -qix "$l.utf-\{0,1\}8" && continue
	command -v localedef >/dev/null || { echo "SKIP: localedef is missing (Debian package locales)"; exit 77; }
	mkdir -p "$T/locales"
	localedef -i $l -f UTF-8 "$T/locales/$l.UTF-8" 2>"$T/err" ||
		{ cat "$T/err" >&2; fail "could not make the $l.UTF-8 locale"; }
	export LOCPATH="$T/locales"
done
unset LC_ALL
export LANG=fr_FR.UTF-8

ui() { TEXTDOMAINDIR="$top_builddir/locale" gettext -d steady "$1"; }
fr() { TEXTDOMAINDIR="$top_builddir/locale" gettext --context="$1" -d steady-content "$2"; }
welcome=$(fr title "Welcome to steady")
help=$(ui "Get help now")
home=$(ui "Home")
[ "$welcome" != "Welcome to steady" ] || fail "no French for the welcome title"
[ "$help" != "Get help now" ] || fail "no French for 'Get help now'"

# In the welcome module: aide answers, the step goes on; accueil goes Home;
# quitter leaves.
printf 'aide\naccueil\nquitter\n' >"$T/in"
plain_run 0 "$T/in"
expect_in "$T/out" "$welcome"
expect_in "$T/out" "$(fr title "You took a step")"
expect_in "$T/out" "$help"
expect_in "$T/out" "STOP, Service téléphonique d'orientation et de prévention"
expect_in "$T/out" "0 806 23 10 63"
expect_in "$T/out" "$(fr notes "Free, confidential, 24 hours.")"
grep -qx "$home" "$T/out" || fail "'accueil' did not lead Home"
expect_in "$T/out" "$(ui "Settings")"
expect_in "$T/out" "$(ui "steady has closed. Take care.")"
expect_not_in "$T/out" "Get help now"
expect_not_in "$T/out" "Welcome to steady"

# Canada, from the locale's country. No longer the first run, so Home comes
# first: 1 Modules, 2 Self-check, 3 Diary, 4 Get help now.
printf '4\nquitter\n' >"$T/in"
LANG=fr_CA.UTF-8 plain_run 0 "$T/in"
sed -n "/^$home\$/,\$p" "$T/out" >"$T/menu"
expect_in "$T/menu" "4. $help"
expect_in "$T/menu" "Talking for Change"
expect_in "$T/menu" "1-833-703-3303"
expect_in "$T/menu" "$(fr service "9-8-8 Suicide Crisis Helpline")"
echo "plain mode in French: module, words, Home and Get help now (France, Canada)"
