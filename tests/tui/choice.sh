#!/bin/sh
# SPDX-FileCopyrightText: 2026 The steady authors
# SPDX-License-Identifier: GPL-3.0-or-later
# A single choice records nothing until the person picks: no option is
# highlighted to start with, Enter on a required one asks for an answer,
# and an optional one says it may be skipped and is skipped by Enter.
. "$top_srcdir/tests/lib.sh"
mkdir -p "$XDG_CONFIG_HOME/steady"
printf 'region=GB\n' >"$XDG_CONFIG_HOME/steady/settings"
tui_start 80 24 "$STEADY --content-dir '$top_srcdir/tests/data/choice'"
tui_wait "Get help now"
tui_keys Home Enter
tui_wait "A sleep question"
tui_keys End Enter
tui_wait "How did you sleep?"
tui_wait "This question is optional"
tui_wait "Enter skip"
tui_screen >"$T/screen"
expect_not_in "$T/screen" "> ( )"
tui_keys Enter
tui_wait "That is all."
tui_keys b
tui_wait "How did you sleep?"
tui_screen >"$T/screen"
expect_not_in "$T/screen" "(*)" # skipping chose nothing
# Going to an option and pressing Enter chooses it.
tui_keys Down Enter
tui_wait "That is all."
tui_keys b
tui_wait "(*) Mostly well"
tui_keys C-q
tui_wait "__EXITED__ 0"
exit 0
