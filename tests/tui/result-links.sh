#!/bin/sh
# SPDX-FileCopyrightText: 2026 The steady authors
# SPDX-License-Identifier: GPL-3.0-or-later
# A link that is not on the screen does not open on Enter: on a small
# terminal the self-check's result is read first, the first Enter brings the
# suggested module into view (selected), and only the next Enter opens it.
. "$top_srcdir/tests/lib.sh"

mkdir -p "$T/mods"
cat >"$T/mods/long-check.yaml" <<'YAML'
steady: 1
id: long-check
title: A long check
summary: One question, then a long result.
minutes: 1
steps:
  - type: choice
    id: how
    prompt: How is it going?
    options:
      - {id: well, label: Well, score: 0}
      - {id: hard, label: Hard, score: 1}
scoring:
  bands:
    - min: 0
      max: 1
      title: Your result, in words
      feedback: >-
        This feedback is long on purpose. It fills more lines than a small
        terminal shows, so that the module it suggests starts below the
        bottom of the screen. A person reads from the top, and pressing
        Enter should bring the suggestion into view before anything opens.
      suggest: [urges]
YAML

tui_start 40 12 "$STEADY" preview "$T/mods/long-check.yaml"
tui_wait "How is it going?"
tui_keys 1
tui_wait "(*) Well"
tui_keys Enter
tui_wait "Your total is 0 out of 1."
tui_wait "Your result, in words"
tui_screen | grep -q "Riding out an urge" && fail "the suggestion fits; the test needs it below the screen"

# The first Enter shows the selected suggestion and opens nothing.
tui_keys Enter
tui_wait "> Riding out an urge"
tui_screen | grep -q "Your result" || { tui_screen >&2; fail "Enter left the result screen"; }

# The second opens it.
tui_keys Enter
tui_wait "step 1 of"
tui_wait_gone "Your result"
tui_keys C-q
tui_wait "__EXITED__ 0"
