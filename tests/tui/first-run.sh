#!/bin/sh
# SPDX-FileCopyrightText: 2026 The steady authors
# SPDX-License-Identifier: GPL-3.0-or-later
# The first start opens the welcome module; the next start opens the home
# screen. With a locale that names no country (C.UTF-8), the first start
# asks for the region before the welcome, and the welcome's helplines say
# whose they are and where to change that; plain mode asks the same. A
# locale with a country is not asked.
. "$top_srcdir/tests/lib.sh"

welcome=$(sed -n 's/^title: *//p' "$top_srcdir/content/welcome.yaml")
[ -n "$welcome" ] || fail "no title in content/welcome.yaml"

tui_start 80 24 "$STEADY"
tui_wait "Your region"
tui_wait "do not name your country"
tui_wait "Settings, under"
# Ireland (second in the list).
tui_keys Home Down Enter
tui_wait "$welcome"
tui_wait "Step 1 of"
tui_wait "^Q quick exit"
tui_enter_until "Helplines for you" 12
tui_pages 6 "$T/all"
tr -s ' \n' '  ' <"$T/all" >"$T/flat"
expect_in "$T/flat" "Helplines for: Ireland. To change the region, go to Settings, under"
tui_keys Escape
tui_wait "Get help now"
tui_wait "Settings"
tui_keys q
tui_wait "__EXITED__ 0"
[ -f "$XDG_CONFIG_HOME/steady/settings" ] || fail "the first run did not write the settings"
[ "$(stat -c %a "$XDG_CONFIG_HOME/steady/settings")" = 600 ] || fail "settings not 0600"
expect_in "$XDG_CONFIG_HOME/steady/settings" "region=IE"
grep -q 'welcome\|module' "$XDG_CONFIG_HOME/steady/settings" &&
	fail "the settings name what was used"
tui_restart

# The second start goes straight to the home screen.
tui_start 80 24 "$STEADY"
tui_wait "Get help now"
tui_screen >"$T/screen"
expect_not_in "$T/screen" "Step 1 of"
expect_not_in "$T/screen" "Your region"
expect_in "$T/screen" "Modules"
tui_keys q
tui_wait "__EXITED__ 0"
tui_restart

# A locale that names a country: no question, the welcome at once.
rm -f "$XDG_CONFIG_HOME/steady/settings"
tui_start 80 24 "env LC_ALL= LANG=en_GB.UTF-8 $STEADY"
tui_wait "$welcome"
tui_screen >"$T/screen"
expect_not_in "$T/screen" "Your region"
tui_keys C-q
tui_wait "__EXITED__ 0"

# Plain mode, first run with no country: asked first ("back" would keep it).
rm -f "$XDG_CONFIG_HOME/steady/settings"
printf '2\nquit\n' >"$T/in"
plain_run 0 "$T/in"
expect_in "$T/out" "Your region"
expect_in "$T/out" "do not name your country"
expect_in "$T/out" "The helplines shown are now those for: Ireland."
expect_in "$XDG_CONFIG_HOME/steady/settings" "region=IE"
exit 0
