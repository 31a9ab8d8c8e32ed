#!/bin/sh
# SPDX-FileCopyrightText: 2026 The steady authors
# SPDX-License-Identifier: GPL-3.0-or-later
# new.sh: `steady new TYPE FILE` writes each template, and `steady check`
# passes every one as written; an unknown type is a usage error and an
# existing file is never written over.
. "$top_srcdir/tests/lib.sh"

for t in journal worksheet questionnaire reading; do
	expect_status 0 "$STEADY" new "$t" "$T/$t.yaml"
	expect_in "$T/out" "steady check $T/$t.yaml"
	cmp -s "$T/$t.yaml" "$top_srcdir/content/templates/$t.yaml" || fail "$t is not the template"
	expect_status 0 "$STEADY" check "$T/$t.yaml"
	[ "$(cat "$T/out")" = "1 file checked, no problems" ] || fail "$t: $(cat "$T/out" "$T/err")"
	[ ! -s "$T/err" ] || fail "$t: unexpected messages: $(cat "$T/err")"
done
grep -q '^scoring:' "$T/questionnaire.yaml" || fail "the questionnaire has no scoring"
grep -q 'type: links' "$T/reading.yaml" || fail "the reading has no links"
grep -q '^repeatable: true' "$T/journal.yaml" || fail "the journal is not repeatable"

# Never over a file, nor through a link.
echo mine >"$T/taken.yaml"
expect_status 1 "$STEADY" new journal "$T/taken.yaml"
expect_in "$T/err" "already exists"
[ "$(cat "$T/taken.yaml")" = mine ] || fail "an existing file was written over"
ln -s "$T/elsewhere" "$T/link.yaml"
expect_status 1 "$STEADY" new journal "$T/link.yaml"
[ ! -e "$T/elsewhere" ] || fail "a link was followed"

expect_status 2 "$STEADY" new poem "$T/poem.yaml"
expect_in "$T/err" "there is no template 'poem'"
expect_status 2 "$STEADY" new journal
exit 0
