#!/bin/sh
# SPDX-FileCopyrightText: 2026 The steady authors
# SPDX-License-Identifier: GPL-3.0-or-later
# check.sh: `steady check` as a module author uses it: exit statuses 0, 1
# and 2, GNU-style diagnostics, the summary, folders, the helpline
# directory, and links resolved against the whole library.
. "$top_srcdir/tests/lib.sh"
data="$top_srcdir/tests/data"

# No argument checks everything steady would load: what the home screen's
# "(N problems)" counts, with the same number.
expect_status 0 "$STEADY" check
expect_in "$T/out" "modules checked (all steady would load), no problems"
mkdir -p "$XDG_DATA_HOME/steady/modules"
printf 'steady: 1\nid: broken\ntitle: Broken\n' >"$XDG_DATA_HOME/steady/modules/broken.yaml"
expect_status 1 "$STEADY" check
expect_in "$T/err" "$XDG_DATA_HOME/steady/modules/broken.yaml:1:1: error: 'summary' is missing"
expect_in "$T/out" "3 problems in the modules steady loads"
expect_in "$T/out" "'steady remove ID'"
rm "$XDG_DATA_HOME/steady/modules/broken.yaml"

# A folder of valid modules (they link to each other).
expect_status 0 "$STEADY" check "$data/modules/valid"
[ "$(cat "$T/out")" = "8 files checked, no problems" ] || fail "summary: $(cat "$T/out")"
[ ! -s "$T/err" ] || fail "unexpected messages: $(cat "$T/err")"

# One broken file: the exact diagnostic on stderr, a summary on stdout.
f="$data/modules/invalid/key-unknown.yaml"
expect_status 1 "$STEADY" check "$f"
expect_in "$T/err" "$f:8:1: error: unknown key 'titel'; did you mean 'title'?"
expect_in "$T/out" "$f: 1 error"
expect_in "$T/out" "1 file checked, 1 with errors"

# Every problem of a file is reported, not only the first.
mkdir -p "$T/many"
cat >"$T/many/many.yaml" <<'YAML'
steady: 1
id: Many
titel: x
minutes: 0
steps:
  - type: sclae
YAML
expect_status 1 "$STEADY" check "$T/many/many.yaml"
expect_in "$T/err" "many.yaml:1:1: error: 'title' is missing"
expect_in "$T/err" "many.yaml:1:1: error: 'summary' is missing"
expect_in "$T/err" "many.yaml:2:5: error: 'Many' is not a valid id"
expect_in "$T/err" "many.yaml:3:1: error: unknown key 'titel'; did you mean 'title'?"
expect_in "$T/err" "many.yaml:4:10: error: 'minutes' must be from 1 to 240"
expect_in "$T/err" "many.yaml:6:11: error: 'type' must be one of:"
expect_in "$T/out" "many.yaml: 6 errors"

# Hostile input gets one clear message.
expect_status 1 "$STEADY" check "$data/hostile/billion-laughs.yaml" "$data/hostile/bom.yaml"
expect_in "$T/err" "billion-laughs.yaml:1:4: error: '&a' is a YAML anchor, which steady files do not allow"
expect_in "$T/err" "bom.yaml:1:1: error: the file starts with a byte-order mark (BOM)"
expect_in "$T/out" "2 files checked, 2 with errors"
expect_status 1 "$STEADY" check "$data"
expect_in "$T/err" "this folder has no .yaml files to check"

# A counsellor's module may link to bundled modules and to the files checked
# with it; a module only the author added is not enough, whatever their own
# machine has installed, since the client will not have it.
mkdir -p "$XDG_DATA_HOME/steady/modules" "$T/mine"
cat >"$XDG_DATA_HOME/steady/modules/target.yaml" <<'YAML'
steady: 1
id: target
title: Target
summary: Linked to.
minutes: 1
steps:
  - type: page
    text: Hi.
YAML
cat >"$T/mine/homework.yaml" <<'YAML'
steady: 1
id: my-homework
title: My homework
summary: Set by my counsellor.
minutes: 5
steps:
  - type: links
    modules: [welcome, target]
YAML
expect_status 1 "$STEADY" check "$T/mine/homework.yaml"
expect_in "$T/err" "$T/mine/homework.yaml:8:24: error: no module has the id 'target'"
expect_in "$T/err" "$T/mine/homework.yaml:8:24: note: 'target' is a module you added yourself ($XDG_DATA_HOME/steady/modules/target.yaml), not one of steady's: the link would work only where it is added too. Hand that file over with this one and check them together"
# add agrees: the same message, nothing added.
expect_status 1 "$STEADY" add "$T/mine/homework.yaml"
expect_in "$T/err" "error: no module has the id 'target'"
[ ! -e "$XDG_DATA_HOME/steady/modules/my-homework.yaml" ] || fail "add took what check refused"
# Handed over together, it passes, and add takes both.
cp "$XDG_DATA_HOME/steady/modules/target.yaml" "$T/mine/target.yaml"
expect_status 0 "$STEADY" check "$T/mine/homework.yaml" "$T/mine/target.yaml"
expect_in "$T/out" "2 files checked, no problems"
expect_status 0 "$STEADY" add "$T/mine/homework.yaml" "$T/mine/target.yaml"

# An unknown link is an error at its position, with a suggestion.
sed -i 's/target\]/targte]/' "$T/mine/homework.yaml"
expect_status 1 "$STEADY" check "$T/mine"
expect_in "$T/err" "$T/mine/homework.yaml:8:24: error: no module has the id 'targte'; did you mean 'target'?"

# Two modules of one folder with the same purpose: the later file is an error, as in the library.
mkdir -p "$T/plans"
for name in a-plan b-plan; do
	cat >"$T/plans/$name.yaml" <<YAML
steady: 1
id: $name
title: A plan
summary: S.
minutes: 1
purpose: safety-plan
steps:
  - type: page
    text: Hi.
YAML
done
expect_status 1 "$STEADY" check "$T/plans"
expect_in "$T/err" "$T/plans/b-plan.yaml:6:10: error: module 'a-plan' in $T/plans/a-plan.yaml has the purpose 'safety-plan' too; only one module in a folder may have it"
expect_in "$T/out" "2 files checked, 1 with errors"
expect_status 0 "$STEADY" check "$T/plans/a-plan.yaml"

# helplines.yaml in a folder is checked as the helpline directory.
mkdir -p "$T/dir"
cp "$data/helplines/valid.yaml" "$T/dir/helplines.yaml"
expect_status 0 "$STEADY" check "$T/dir"
expect_in "$T/out" "1 file checked, no problems"
cp "$data/helplines/invalid/int-missing.yaml" "$T/dir/helplines.yaml"
expect_status 1 "$STEADY" check "$T/dir"
expect_in "$T/err" "helplines.yaml:6:3: error: the region 'INT' is missing"

# The bundled content itself is valid.
expect_status 0 "$STEADY" check "$top_srcdir/content"
expect_in "$T/out" "files checked, no problems"
exit 0
