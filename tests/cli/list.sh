#!/bin/sh
# SPDX-FileCopyrightText: 2026 The steady authors
# SPDX-License-Identifier: GPL-3.0-or-later
# list.sh: `steady list`: the table of modules, overrides from the user's
# folder and --content-dir with a warning naming both files, errors.
. "$top_srcdir/tests/lib.sh"

expect_status 2 "$STEADY" list extra
expect_in "$T/err" "steady: 'list' takes no arguments"

# In a file or a pipe: every field whole, tab-separated (tests/cli/pipes.sh).
tab=$(printf '\t')
expect_status 0 "$STEADY" list
grep -q "^welcome${tab}.*${tab}.*/content/welcome.yaml\$" "$T/out" || fail "no welcome row: $(cat "$T/out")"
[ ! -s "$T/err" ] || fail "unexpected messages: $(cat "$T/err")"

# A module of the user's overrides the bundled one, with a warning.
user="$XDG_DATA_HOME/steady/modules"
mkdir -p "$user" "$T/extra"
module_file "$user/welcome.yaml" welcome "My welcome"
expect_status 0 "$STEADY" list
expect_in "$T/err" "$user/welcome.yaml:2:5: warning: module 'welcome' overrides the one in "
expect_in "$T/err" "/content/welcome.yaml"
grep -q "^welcome${tab}My welcome${tab}7${tab}$user/welcome.yaml\$" "$T/out" || fail "row: $(cat "$T/out")"

# --content-dir comes last and wins over the user's folder.
module_file "$T/extra/again.yaml" welcome "Extra welcome"
module_file "$T/extra/own.yaml" zz-own "An own module"
expect_status 0 "$STEADY" --content-dir "$T/extra" list
expect_in "$T/err" "$T/extra/again.yaml:2:5: warning: module 'welcome' overrides the one in $user/welcome.yaml"
expect_in "$T/out" "Extra welcome"
expect_in "$T/out" "zz-own"
expect_not_in "$T/out" "My welcome"

# A broken module is left out, reported, and makes the status 1.
printf 'steady: 1\nid: broken\n' >"$T/extra/broken.yaml"
expect_status 1 "$STEADY" --content-dir "$T/extra" list
expect_in "$T/err" "$T/extra/broken.yaml:1:1: error: 'title' is missing"
expect_not_in "$T/out" "broken"
expect_in "$T/out" "zz-own"
exit 0
