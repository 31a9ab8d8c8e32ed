#!/bin/sh
# SPDX-FileCopyrightText: 2026 The steady authors
# SPDX-License-Identifier: GPL-3.0-or-later
# Digits on a 0-10 scale: "1" then "0" typed together is 10; a "0" typed a
# moment after a "1", to correct it, is 0 and never the other end. The key
# hint names the scale's own numbers.
. "$top_srcdir/tests/lib.sh"
tui_start 80 24 "$STEADY" preview "$top_srcdir/tests/data/tui/scale.yaml"
tui_wait "How strong is it?"
tui_wait "0-10 number" # the key hint names the scale's own numbers
tui_keys 1 0
tui_wait "[10]"
tui_keys 1
tui_wait "[1]"
# A pause longer than the one second in which digits build a number.
sleep 1.2
tui_keys 0
tui_wait "[0]"
tui_screen >"$T/screen"
expect_not_in "$T/screen" "[10]"
tui_keys C-q
tui_wait "__EXITED__ 0"

# A 1-5 scale says 1-5, not 0-9.
tui_restart
tui_start 80 24 "$STEADY" preview "$top_srcdir/tests/data/scale/short.yaml"
tui_wait "How sure are you?"
tui_wait "1-5 number"
tui_screen >"$T/screen"
expect_not_in "$T/screen" "0-9"
tui_keys C-q
tui_wait "__EXITED__ 0"
echo "1 0 is 10; a later 0 is 0; the hint names the scale's numbers"
