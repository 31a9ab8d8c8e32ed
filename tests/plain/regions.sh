#!/bin/sh
# SPDX-FileCopyrightText: 2026 The steady authors
# SPDX-License-Identifier: GPL-3.0-or-later
# regions.sh: a step with 'regions:' reaches only readers of its regions,
# in plain mode. One module, played from Modules by readers whose region
# (in Settings) is GB, NL and DE, and previewed by one with none: each sees
# the variants of their region, or the 'other' ones, and counts only the
# steps they see; back goes over the others' variants.
. "$top_srcdir/tests/lib.sh"

mkdir -p "$T/mods" "$XDG_CONFIG_HOME/steady"
cat >"$T/mods/regions.yaml" <<'YAML'
steady: 1
id: regions-test
title: Regions test
summary: Steps that follow the reader's region.
minutes: 2
order: -100000
steps:
  - type: page
    text: For everyone, first.
  - type: page
    title: The law
    regions: [GB, IE]
    text: Only for the UK and Ireland.
  - type: page
    title: The law
    regions: [other]
    text: The general version.
  - type: page
    text: In between, for everyone.
  - type: text
    id: local
    regions: [NL]
    prompt: Only for the Netherlands?
  - type: page
    regions: [NL, other]
    text: After the question.
  - type: page
    text: For everyone, last.
YAML
"$STEADY" check "$T/mods/regions.yaml" >/dev/null 2>"$T/err" || fail "the module has problems"
[ ! -s "$T/err" ] || fail "the module has warnings: $(cat "$T/err")"

# play REGION INPUT: the module, first in Modules, played by a reader of
# REGION; INPUT is a printf format of the lines typed in it.
play() {
	printf 'region=%s\n' "$1" >"$XDG_CONFIG_HOME/steady/settings"
	{
		printf '1\n1\n'
		# shellcheck disable=SC2059
		printf "$2"
		printf 'quit\n'
	} >"$T/in"
	plain_run 0 "$T/in" --content-dir "$T/mods"
}

# GB: five steps; from the fourth (the page after the question's place), back twice
# lands on the UK and Ireland's page, then on to the end.
play GB '\n\n\nback\nback\n\n\n\n\n'
expect_in "$T/out" "Step 1 of 5"
expect_in "$T/out" "Only for the UK and Ireland."
expect_not_in "$T/out" "The general version."
expect_not_in "$T/out" "Only for the Netherlands?"
expect_in "$T/out" "Step 5 of 5"
expect_in "$T/out" "For everyone, last."
expect_not_in "$T/out" "of 6"
sed -n '/^Step 4 of 5$/,$p' "$T/out" >"$T/back"
[ "$(sed -n '/^Step/p' "$T/back" | head -n 3 | tr '\n' ' ')" = "Step 4 of 5 Step 3 of 5 Step 2 of 5 " ] ||
	fail "back did not go 4, 3, 2: $(sed -n '/^Step/p' "$T/back" | tr '\n' ' ')"
[ "$(grep -c "Only for the UK and Ireland." "$T/out")" -eq 2 ] || fail "back did not reach the UK page"

# NL: the general page, and the question only readers there get.
play NL '\n\n\nwords for the question\n.\n\n\n'
expect_in "$T/out" "The general version."
expect_in "$T/out" "Only for the Netherlands?"
expect_not_in "$T/out" "Only for the UK and Ireland."
expect_in "$T/out" "Step 6 of 6"

# DE: neither region's own steps.
play DE '\n\n\n\n\n'
expect_in "$T/out" "The general version."
expect_not_in "$T/out" "Only for the UK and Ireland."
expect_not_in "$T/out" "Only for the Netherlands?"
expect_in "$T/out" "Step 5 of 5"

# No region set, and a locale that names no country: the 'other' steps, in a preview too.
rm "$XDG_CONFIG_HOME/steady/settings"
printf '\n\n\n\n\n' >"$T/in"
plain_run 0 "$T/in" preview "$T/mods/regions.yaml"
expect_in "$T/out" "Preview, step 2 of 5"
expect_in "$T/out" "The general version."
expect_not_in "$T/out" "Only for the UK and Ireland."
expect_not_in "$T/out" "Only for the Netherlands?"
expect_in "$T/out" "Preview, step 5 of 5"
exit 0
