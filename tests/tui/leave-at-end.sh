#!/bin/sh
# SPDX-FileCopyrightText: 2026 The steady authors
# SPDX-License-Identifier: GPL-3.0-or-later
# Leaving a module with Esc from its closing "where next" step finishes it:
# Modules marks it done, not started.
. "$top_srcdir/tests/lib.sh"
mkdir -p "$XDG_CONFIG_HOME/steady"
printf 'region=GB\n' >"$XDG_CONFIG_HOME/steady/settings"
tui_start 80 24 "$STEADY" --content-dir "$top_srcdir/tests/data/tui-end"
tui_wait "Get help now"
tui_keys Home Enter
tui_wait "A short module"
tui_keys Home Enter
tui_wait "A page to read."
tui_keys Tab
tui_wait "Where next"
tui_keys Escape
tui_wait_gone "Step 2 of 2"
tui_wait "A short module"
tui_screen | grep "A short module" >"$T/row"
expect_in "$T/row" "done"
expect_not_in "$T/row" "started"
tui_keys C-q
tui_wait "__EXITED__ 0"
echo "left from the last step: done"
