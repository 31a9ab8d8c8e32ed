#!/bin/sh
# SPDX-FileCopyrightText: 2026 The steady authors
# SPDX-License-Identifier: GPL-3.0-or-later
# A multiple choice can say "choose up to N" (at_most): the screens and plain
# mode say so under the question and take no more than N; `steady check`
# refuses an at_most without 'multiple: true' or not below the options.
. "$top_srcdir/tests/lib.sh"
mkdir -p "$XDG_CONFIG_HOME/steady"
printf 'region=GB\n' >"$XDG_CONFIG_HOME/steady/settings"
DIR="$top_srcdir/tests/data/upto"

expect_status 0 "$STEADY" check "$DIR/upto.yaml"
sed 's/at_most: 2/at_most: 3/' "$DIR/upto.yaml" >"$T/three.yaml"
expect_status 1 "$STEADY" check "$T/three.yaml"
expect_in "$T/err" "'at_most' must be from 1 to 2"
grep -v "multiple: true" "$DIR/upto.yaml" >"$T/single.yaml"
expect_status 1 "$STEADY" check "$T/single.yaml"
expect_in "$T/err" "'at_most' is only used in a choice with 'multiple: true'"

tui_start 80 24 "$STEADY --content-dir '$DIR'"
tui_wait "Get help now"
tui_keys Enter
tui_wait "Up to two"
tui_keys End Enter
tui_wait "Pick up to two"
tui_wait "Choose up to 2."
tui_keys 1
tui_wait "[x] Apple"
tui_keys 2
tui_wait "[x] Banana"
tui_keys 3
tui_wait "You can choose up to 2: untick one first."
tui_screen >"$T/screen"
expect_in "$T/screen" "[ ] Cherry"
tui_keys 1
tui_wait "[ ] Apple"
tui_keys 3
tui_wait "[x] Cherry"
tui_keys C-q
tui_wait "__EXITED__ 0"

# Plain mode: three numbers are one too many; two go on.
printf '1\n' >"$T/in"
plain_run 0 "$T/in" --content-dir "$DIR"
n=$(sed -n 's/^\([0-9]*\)\. Up to two.*/\1/p' "$T/out")
[ -n "$n" ] || fail "the module is not in plain mode's list"
printf '1\n%s\n1 2 3\n2 3\n\nquit\n' "$n" >"$T/in"
plain_run 0 "$T/in" --content-dir "$DIR"
expect_in "$T/out" "Choose up to 2."
[ "$(grep -c "Choose up to 2." "$T/out")" -ge 2 ] || fail "three numbers were taken"
expect_in "$T/out" "The end."
echo "a multiple choice takes at most its at_most"
