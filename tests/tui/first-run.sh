#!/bin/sh
# The first start opens the welcome module; the next start opens the home screen.
. "$top_srcdir/tests/lib.sh"

welcome=$(sed -n 's/^title: *//p' "$top_srcdir/content/welcome.yaml")
[ -n "$welcome" ] || fail "no title in content/welcome.yaml"

tui_start 80 24 "$STEADY"
tui_wait "$welcome"
tui_wait "Step 1 of"
tui_wait "^Q quick exit"
tui_keys Escape
tui_wait "Get help now"
tui_wait "Settings"
tui_keys q
tui_wait "__EXITED__ 0"
[ -f "$XDG_CONFIG_HOME/steady/settings" ] || fail "the first run did not write the settings"
[ "$(stat -c %a "$XDG_CONFIG_HOME/steady/settings")" = 600 ] || fail "settings not 0600"
grep -q 'welcome\|module' "$XDG_CONFIG_HOME/steady/settings" &&
	fail "the settings name what was used"
tui_restart

# The second start goes straight to the home screen.
tui_start 80 24 "$STEADY"
tui_wait "Get help now"
tui_screen >"$T/screen"
expect_not_in "$T/screen" "Step 1 of"
expect_in "$T/screen" "Modules"
tui_keys q
tui_wait "__EXITED__ 0"
