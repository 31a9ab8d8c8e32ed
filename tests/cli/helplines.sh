#!/bin/sh
# SPDX-FileCopyrightText: 2026 The steady authors
# SPDX-License-Identifier: GPL-3.0-or-later
# helplines.sh: `steady helplines`: a region's services as plain text, the
# numbers as content/helplines.yaml gives them, only the kinds asked for,
# usage errors that name what is known, the region from the setting or the
# locale, no terminal, home folder or input needed, no control byte in the
# output, wrapping to $COLUMNS, German under LANGUAGE=de, "your local
# emergency number" and a crisis directory for other countries, and a broken
# module of one's own never in the way.
. "$top_srcdir/tests/lib.sh"
yaml="$top_srcdir/content/helplines.yaml"

# services REGION: "KIND<TAB>NAME" for each service of REGION in the directory.
services() {
	awk -v region="$1" '
		/^  - id: / { here = ($3 == region) }
		here && /^      - name: / { name = $0; sub(/^      - name: /, "", name) }
		here && /^        kind: / { print $2 "\t" name }
	' "$yaml"
}

# value REGION NAME KEY: a service's KEY in the directory, quotes taken off.
value() {
	awk -v region="$1" -v name="$2" -v key="$3" '
		/^  - id: / { here = ($3 == region) }
		here && /^      - name: / { v = $0; sub(/^      - name: /, "", v); this = (v == name) }
		here && this && $1 == key ":" {
			sub(/^ *[a-z]+: /, ""); gsub(/"/, ""); print; exit
		}
	' "$yaml"
}

# no_control FILE: nothing but printable text and line breaks (no escape
# byte, no other C0 or C1 control, no DEL).
no_control() {
	[ "$(LC_ALL=C tr -d '\n\040-\176\200-\377' <"$1" | wc -c)" -eq 0 ] ||
		fail "a control byte in the output of $1: $(LC_ALL=C tr -d '\n\040-\176\200-\377' <"$1" | od -c | head -n 3)"
	! LC_ALL=C grep -q "$(printf '\302[\200-\237]')" "$1" || fail "a C1 control in $1"
}

sin=$(value GB "Stop It Now! UK and Ireland" phone)
samaritans=$(value GB Samaritans phone)
[ -n "$sin" ] && [ -n "$samaritans" ] || fail "no Stop It Now! or Samaritans number for GB in $yaml"

# Every service of the region, with its number, and the emergency number.
expect_status 0 "$STEADY" helplines --region GB
expect_in "$T/out" "Helplines: United Kingdom"
expect_in "$T/out" "Phone  $sin"
expect_in "$T/out" "Phone  $samaritans"
expect_in "$T/out" "call $(awk '/^  - id: GB/ { f = 1 } f && /^    emergency: / { sub(/^ *emergency: /, ""); print; exit }' "$yaml")."
services GB >"$T/gb"
[ "$(wc -l <"$T/gb")" -ge 3 ] || fail "too few services for GB in $yaml"
while IFS="$(printf '\t')" read -r kind name; do
	expect_in "$T/out" "$name ("
done <"$T/gb"
[ ! -s "$T/err" ] || fail "unexpected messages: $(cat "$T/err")"
no_control "$T/out"
cp "$T/out" "$T/gb-all"

# The codes people use are accepted as the screens accept them.
for code in gb UK; do
	expect_status 0 "$STEADY" helplines --region "$code"
	cmp -s "$T/out" "$T/gb-all" || fail "--region $code differs from --region GB"
done

# --kind crisis: the crisis lines and no other service.
expect_status 0 "$STEADY" helplines --region GB --kind crisis
grep -q "$(printf '^crisis\t')" "$T/gb" || fail "no crisis line for GB in $yaml"
while IFS="$(printf '\t')" read -r kind name; do
	if [ "$kind" = crisis ]; then
		expect_in "$T/out" "$name (crisis line)"
	else
		expect_not_in "$T/out" "$name ("
	fi
done <"$T/gb"
expect_not_in "$T/out" "Phone  $sin"

# Kinds repeat or go in one comma-separated list.
expect_status 0 "$STEADY" helplines --region GB --kind crisis --kind prevention
cp "$T/out" "$T/two"
expect_in "$T/two" "Phone  $sin"
expect_in "$T/two" "Phone  $samaritans"
expect_not_in "$T/two" "(emergency number)"
expect_status 0 "$STEADY" helplines --region GB --kind prevention,crisis
cmp -s "$T/out" "$T/two" || fail "--kind a,b differs from --kind a --kind b"

# Usage errors, each naming what is known.
expect_status 2 "$STEADY" helplines --region XX
expect_in "$T/err" "steady: unknown region 'XX'; the regions are: "
for id in $(awk '/^  - id: / { print $3 }' "$yaml"); do
	expect_in "$T/err" "$id"
done
[ ! -s "$T/out" ] || fail "output after a usage error: $(cat "$T/out")"
expect_status 2 "$STEADY" helplines --kind hotline
expect_in "$T/err" "steady: unknown kind of helpline 'hotline'; the kinds are: prevention, crisis, family, emergency"
expect_status 2 "$STEADY" helplines --kind crisis,
expect_in "$T/err" "unknown kind of helpline ''"
expect_status 2 "$STEADY" helplines GB
expect_in "$T/err" "steady: 'helplines' takes no arguments"
expect_status 2 "$STEADY" list --region GB
expect_in "$T/err" "steady: 'list' does not take --region; it goes with: 'helplines'"

# --region list: each region's code and name, as in the directory.
expect_status 0 "$STEADY" helplines --region list
awk '/^  - id: / { id = $3 } /^    name: / { sub(/^    name: /, ""); print id "  " $0 }' "$yaml" >"$T/want"
sed 's/  */  /' "$T/out" | diff -u "$T/want" - || fail "--region list differs from $yaml"

# Without --region: the setting, else the locale's country, else INT.
expect_status 0 env LC_ALL= LANG=en_US.UTF-8 "$STEADY" helplines
expect_in "$T/out" "Helplines: United States"
expect_status 0 env LC_ALL= LANG=C "$STEADY" helplines
expect_in "$T/out" "Helplines: Other countries"
mkdir -p "$XDG_CONFIG_HOME/steady"
printf 'region=NL\n' >"$XDG_CONFIG_HOME/steady/settings"
expect_status 0 env LC_ALL= LANG=en_US.UTF-8 "$STEADY" helplines
expect_in "$T/out" "Helplines: Netherlands"
rm "$XDG_CONFIG_HOME/steady/settings"

# The French readers' countries, and Australia, each find their own list.
# (Without that locale on the machine, the text is in ASCII: "telephonique".)
for lc in "fr_FR:STOP, Service t" "fr_BE:Stop it Now! Vlaanderen" \
	"fr_CA:Talking for Change" "en_AU:Stop It Now! Australia"; do
	expect_status 0 env LC_ALL= LC_MESSAGES= LANG="${lc%%:*}.UTF-8" "$STEADY" helplines
	expect_in "$T/out" "${lc#*:}"
done

# No terminal, no home folder, nothing in the environment, no input at all.
env -i "$STEADY" helplines --region GB >"$T/out" 2>"$T/err" </dev/null ||
	fail "env -i steady helplines failed: $(cat "$T/err")"
cmp -s "$T/out" "$T/gb-all" || fail "env -i changed the text: $(diff "$T/gb-all" "$T/out")"
[ ! -s "$T/err" ] || fail "unexpected messages: $(cat "$T/err")"
env -i "$STEADY" helplines >"$T/out" 2>"$T/err" <&- || fail "with stdin closed: $(cat "$T/err")"
expect_in "$T/out" "Helplines: Other countries"
no_control "$T/out"

# $COLUMNS wraps the text; every letter stays.
COLUMNS=30 expect_status 0 "$STEADY" helplines --region GB
[ "$(wc -L <"$T/out")" -le 30 ] || fail "a line is wider than 30 columns: $(cat "$T/out")"
[ "$(tr -d ' \n' <"$T/out")" = "$(tr -d ' \n' <"$T/gb-all")" ] || fail "wrapping changed the text"
grep -q "^Helplines: United Kingdom\$" "$T/out" || fail "not wrapped at 30 columns: $(cat "$T/out")"

# German, in the interface's words and the directory's.
command -v gettext >/dev/null || fail "gettext is missing (Debian package gettext-base)"
de() { TEXTDOMAINDIR="$top_builddir/locale" LANGUAGE=de gettext "$@"; }
heading_de=$(de -d steady "Helplines: %s" | sed 's/%s//')
crisis_de=$(de -d steady "crisis line")
region_de=$(de -d steady-content --context=region "Germany")
[ "$heading_de" != "Helplines: " ] && [ "$crisis_de" != "crisis line" ] &&
	[ -n "$crisis_de" ] && [ -n "$region_de" ] ||
	fail "no German for the helplines' text"
LANGUAGE=de expect_status 0 "$STEADY" helplines --region DE
expect_in "$T/out" "$heading_de$region_de"
expect_in "$T/out" "TelefonSeelsorge ($crisis_de)"
expect_not_in "$T/out" "If you or anyone else"
no_control "$T/out"

# Other countries: "your local emergency number" in the reader's language,
# no number, and the directory of crisis lines by country.
local_de=$(de -d steady-content --context=emergency "your local emergency number")
[ "$local_de" != "your local emergency number" ] || fail "no German for 'your local emergency number'"
expect_status 0 "$STEADY" helplines --region INT
expect_in "$T/out" "call your local emergency number."
expect_in "$T/out" "Find A Helpline (crisis line)"
expect_in "$T/out" "findahelpline.com"
expect_not_in "$T/out" "112"
LANGUAGE=de expect_status 0 "$STEADY" helplines --region INT
expect_in "$T/out" "$local_de"
expect_in "$T/out" "Find A Helpline ($crisis_de)"

# A broken module of one's own: the helplines show all the same, with a note.
mkdir -p "$XDG_DATA_HOME/steady/modules"
printf 'steady: 1\nid: broken\n' >"$XDG_DATA_HOME/steady/modules/broken.yaml"
expect_status 0 "$STEADY" helplines --region GB
cmp -s "$T/out" "$T/gb-all" || fail "a broken module changed the helplines"
expect_in "$T/err" "Some content could not be loaded"
echo "helplines: $(wc -l <"$T/gb") services for GB, kinds, errors, env -i, German, INT"
