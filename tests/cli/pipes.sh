#!/bin/sh
# SPDX-FileCopyrightText: 2026 The steady authors
# SPDX-License-Identifier: GPL-3.0-or-later
# pipes.sh: `steady list` and `steady diary list` in a pipe print every
# field whole, tab-separated, one line each, with no padding; on a terminal
# `list` is a table with long titles cut; `--format json` gives JSON that
# parses, and another format is a usage error.
. "$top_srcdir/tests/lib.sh"

tab=$(printf '\t')
long="A title that is much longer than the forty columns of the table"
mkdir -p "$T/extra"
module_file "$T/extra/long.yaml" zz-long "$long"

expect_status 0 "$STEADY" --content-dir "$T/extra" list
grep -qxF "zz-long${tab}${long}${tab}7${tab}$T/extra/long.yaml" "$T/out" ||
	fail "no whole tab-separated row: $(cat "$T/out")"
expect_not_in "$T/out" "  "
awk -F '\t' 'NF != 4 { exit 1 }' "$T/out" || fail "a line without 4 fields: $(cat "$T/out")"
expect_not_in "$T/out" "TITLE"

expect_status 0 "$STEADY" --content-dir "$T/extra" list --format json
expect_in "$T/out" "{\"id\":\"zz-long\",\"title\":\"$long\",\"minutes\":7,\"file\":\"$T/extra/long.yaml\"}"
expect_status 2 "$STEADY" list --format xml
expect_in "$T/err" "steady: --format must be text or json"

# A diary entry whose title is longer than a terminal's 60 bytes.
export STEADY_DIARY_COSTS=min
D="$T/diary"
printf 'a passphrase for tests\n' >"$T/pw"
pw() { "$STEADY" --diary "$D" --passphrase-fd 3 "$@" 3<"$T/pw"; }
pw diary init >/dev/null 2>&1 </dev/null || fail "init failed"
title="An evening walk that took much longer than planned, with a tab${tab}inside"
printf '# %s\nText.\n' "$title" | pw diary add >/dev/null 2>&1 || fail "add failed"
pw diary list >"$T/out" 2>"$T/err" </dev/null || fail "diary list failed"
grep -q "^1${tab}[0-9-]* [0-9:]*${tab}Journal${tab}An evening walk .* with a tab inside\$" "$T/out" ||
	fail "diary list in a pipe: $(cat "$T/out")"
pw diary list --format json >"$T/out" 2>"$T/err" </dev/null || fail "diary list --format json failed"
expect_in "$T/out" "{\"id\":1,\"created\":\""
expect_in "$T/out" "\"kind\":\"journal\",\"about\":\"An evening walk that took much longer than planned, with a tab\\tinside\"}"
pw diary list --format csv >"$T/out" 2>"$T/err" </dev/null && fail "diary list --format csv was taken"
expect_in "$T/err" "steady: --format must be text or json"

command -v python3 >/dev/null 2>&1 || {
	echo "SKIP: python3 is needed to parse the JSON and to give steady a terminal"
	exit 77
}
for args in "--content-dir $T/extra list" "--diary $D --passphrase-fd 3 diary list"; do
	# shellcheck disable=SC2086 # the words of the command
	"$STEADY" $args --format json 3<"$T/pw" </dev/null |
		python3 -c 'import json, sys; assert isinstance(json.load(sys.stdin), list)' ||
		fail "'steady $args --format json' is no JSON array"
done

# On a terminal: the table, with the long title cut at 40 columns.
python3 "$top_srcdir/tests/cli/tty.py" run -- "$STEADY" --content-dir "$T/extra" list >"$T/out" ||
	fail "list on a terminal failed"
expect_in "$T/out" "TITLE"
expect_in "$T/out" "A title that is much longer than the fo…"
expect_not_in "$T/out" "$long"
exit 0
