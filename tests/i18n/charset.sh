#!/bin/sh
# SPDX-FileCopyrightText: 2026 The steady authors
# SPDX-License-Identifier: GPL-3.0-or-later
# charset.sh: steady writes in the locale's character set. In a Latin-1
# locale the command line and the screens show 'ä' as Latin-1 (not UTF-8,
# not '?'); under LANG=C a letter is transliterated and steady's own
# ellipsis is "..."; data (JSON, a template) stays UTF-8; plain mode reads
# what is typed in the locale's set.
. "$top_srcdir/tests/lib.sh"

command -v localedef >/dev/null 2>&1 || {
	echo "SKIP: localedef is not installed (Debian: locales)"
	exit 77
}
mkdir -p "$T/loc"
localedef -i de_DE -f ISO-8859-1 "$T/loc/de_DE.ISO-8859-1" >"$T/localedef" 2>&1 || {
	echo "SKIP: no Latin-1 locale could be made: $(cat "$T/localedef")"
	exit 77
}
latin1() { LOCPATH="$T/loc" LC_ALL=de_DE.ISO-8859-1 LANGUAGE=de "$@"; }
ae_latin1=$(printf 'T\344ter')
ae_utf8=$(printf 'T\303\244ter')
utf8_lead=$(printf '\303')

# The command line: the helplines, in German, in Latin-1.
latin1 "$STEADY" helplines --region DE >"$T/out" 2>"$T/err" || fail "helplines: $(cat "$T/err")"
expect_in "$T/out" "Kein $ae_latin1 werden"
expect_not_in "$T/out" "$utf8_lead"
# A message on standard error too ('ö' of "Möglichkeiten"... any German letter).
latin1 "$STEADY" list extra >"$T/out" 2>"$T/err" && fail "list extra was taken"
! LC_ALL=C grep -q "$utf8_lead" "$T/err" || fail "UTF-8 in a Latin-1 message: $(cat "$T/err")"

# Under LANG=C: ASCII only, letters transliterated.
env LC_ALL=C "$STEADY" helplines --region DE >"$T/out" 2>"$T/err" || fail "helplines under C"
expect_in "$T/out" "Kein Tater werden"
! LC_ALL=C grep -q "$(printf '[\200-\377]')" "$T/out" || fail "not ASCII under LANG=C: $(cat "$T/out")"

# Data stays UTF-8 whatever the locale: JSON and the template.
mkdir -p "$T/mods"
module_file "$T/mods/gruss.yaml" gruss \
	"Ein $ae_utf8 und ein Gruß, mit einer Auslassung … und mehr Text danach, lang"
latin1 "$STEADY" --content-dir "$T/mods" list --format json >"$T/out" 2>"$T/err" || fail "json"
expect_in "$T/out" "Ein $ae_utf8 und ein Gruß"
latin1 "$STEADY" strings "$T/mods/gruss.yaml" >"$T/out" 2>"$T/err" || fail "strings"
expect_in "$T/out" "Ein $ae_utf8 und ein Gruß"
latin1 "$STEADY" --content-dir "$T/mods" list >"$T/out" 2>"$T/err" || fail "list"
expect_in "$T/out" "Ein $ae_latin1 und ein Gru$(printf '\337')"

# Plain mode reads what is typed in Latin-1: the German word "zurück" (back)
# on the first step goes back to Home.
printf 'zur\374ck\nbeenden\n' | latin1 "$STEADY" --plain >"$T/out" 2>"$T/err" ||
	fail "plain mode: $(cat "$T/err")"
expect_in "$T/out" "Startseite"

command -v python3 >/dev/null 2>&1 || {
	echo "SKIP: python3 is needed to give steady a terminal"
	exit 77
}
TTY="$top_srcdir/tests/cli/tty.py"
# steady's own ellipsis, in the table on a terminal, under LANG=C.
env LC_ALL=C TERM=xterm python3 "$TTY" run -- "$STEADY" --content-dir "$T/mods" list >"$T/out" ||
	fail "list on a terminal"
grep -q "Ein Tater und ein Gruss, mit .*\.\.\.  " "$T/out" || fail "no ASCII ellipsis: $(cat "$T/out")"
! LC_ALL=C grep -q "$(printf '[\200-\377]')" "$T/out" || fail "not ASCII on a C terminal"

# The screens: the helplines (Ctrl-G) in German, in Latin-1.
latin1 env TERM=xterm LINES=24 COLUMNS=80 python3 "$TTY" run -w "steady" -s "$(printf '\007')" \
	-w "Kein T" -s "$(printf '\021')" -- "$STEADY" >"$T/out" 2>"$T/err" ||
	fail "the screens: $(cat "$T/err")"
expect_in "$T/out" "Kein $ae_latin1 werden"
expect_not_in "$T/out" "Kein T?ter"
expect_not_in "$T/out" "$ae_utf8"
exit 0
