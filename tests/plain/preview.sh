#!/bin/sh
# SPDX-FileCopyrightText: 2026 The steady authors
# SPDX-License-Identifier: GPL-3.0-or-later
# preview.sh: `steady --plain preview FILE` plays a module with one step of
# every type in plain mode, with the library around it, and writes nothing.
# From a pipe, the timer prints all its cues at once and does not wait.
. "$top_srcdir/tests/lib.sh"

data="$top_srcdir/tests/data/tui"
# A page; a scale; one choice; several; text; a checklist; the timer; the
# helplines; links (to a module of the --content-dir, played, then left).
{
	printf '\n'
	printf '3\n'
	printf '2\n'
	printf '1 2\n'
	printf 'Some words\n.\n'
	printf '\n'
	printf '\n'
	printf '\n'
	printf '1\nback\n'
	printf '\n'
} >"$T/in"
start=$(date +%s)
plain_run 0 "$T/in" --content-dir "$data" preview "$data/all-steps.yaml"
[ $(($(date +%s) - start)) -lt 8 ] || fail "the timer waited although input is a pipe"
expect_in "$T/out" "Preview, step 1 of 9"
expect_in "$T/out" "First heading"
expect_in "$T/out" "Some calm words on a page."
expect_not_in "$T/out" "*calm*"
expect_in "$T/out" "- one bullet"
expect_in "$T/out" "Pick several"
expect_in "$T/out" "2. Second item"
expect_in "$T/out" "This exercise takes 0:10"
expect_in "$T/out" "0:00  Breathe in slowly"
expect_in "$T/out" "Some helplines"
expect_in "$T/out" "Preview, step 9 of 9"
expect_in "$T/out" "A tiny check"
expect_not_in "$T/out" "A private diary"
[ -z "$(find "$HOME" -type f | head -n 1)" ] || fail "preview wrote: $(find "$HOME" -type f)"

# Homework starts at its card, as the client meets it, and the preview
# ends with a word that nothing was saved.
cat >"$T/hw.yaml" <<'YAML'
steady: 1
id: try-hw
title: Try homework
summary: Homework a counsellor is trying out.
minutes: 1
homework:
  set_by: Sam, your counsellor
  instructions: Every evening.
  frequency: daily
steps:
  - type: page
    text: The only page.
YAML
printf '\n\n' >"$T/in"
plain_run 0 "$T/in" preview "$T/hw.yaml"
expect_in "$T/out" "Set by Sam, your counsellor."
expect_in "$T/out" "Every day."
expect_in "$T/out" "a preview marks nothing."
expect_in "$T/out" "The only page."
expect_in "$T/out" "The preview has ended. Nothing was saved"
printf 'back\n' >"$T/in"
plain_run 0 "$T/in" preview "$T/hw.yaml"
expect_not_in "$T/out" "The only page."
expect_in "$T/out" "The preview has ended. Nothing was saved"
[ -z "$(find "$HOME" -type f | head -n 1)" ] || fail "preview wrote: $(find "$HOME" -type f)"

# TERM=dumb chooses plain mode for a preview too; a file with errors is refused.
TERM=dumb "$STEADY" --content-dir "$data" preview "$data/all-steps.yaml" </dev/null >"$T/out" 2>"$T/err" ||
	fail "TERM=dumb steady preview"
expect_in "$T/out" "Preview, step 1 of 9"
printf 'steady: 1\nid: bad\n' >"$T/bad.yaml"
expect_status 1 "$STEADY" --plain preview "$T/bad.yaml"
expect_in "$T/err" "steady previews only a module without errors"
exit 0
