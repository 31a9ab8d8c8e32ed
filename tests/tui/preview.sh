#!/bin/sh
# SPDX-FileCopyrightText: 2026 The steady authors
# SPDX-License-Identifier: GPL-3.0-or-later
# preview.sh: `steady preview FILE` plays a module on the screens, answers
# and all, with the library around it (a link to a bundled module opens
# and plays it), then leaves without offering the diary, adding the module
# or writing anything at all. Homework starts at its card, as the client
# meets it, and the preview ends with a word that nothing was saved.
. "$top_srcdir/tests/lib.sh"

cat >"$T/try.yaml" <<'YAML'
steady: 1
id: try-me
title: Try me
summary: A module a counsellor is trying out.
minutes: 3
homework:
  set_by: Sam, your counsellor
  instructions: Every evening.
  frequency: daily
steps:
  - type: page
    text: A first page to preview.
  - type: scale
    id: mood
    prompt: How is your mood?
    min: 0
    max: 5
    min_label: Low
    max_label: Good
  - type: links
    modules: [urges]
YAML

tui_start 80 24 "$STEADY preview '$T/try.yaml'"
tui_wait "Set by Sam, your counsellor."
tui_wait "Every day."
tui_wait "a preview marks nothing."
tui_keys Enter
tui_wait "A first page to preview."
tui_keys Enter
tui_wait "How is your mood?"
tui_keys 3
tui_keys Enter
tui_wait "Riding out an urge"
# A linked module of the library opens, takes an answer, and on leaving
# offers no diary: a preview keeps nothing.
tui_keys Enter
tui_wait "Urges pass"
tui_keys Enter
tui_wait "Urge surfing"
tui_keys Enter
tui_wait "how strong is it?"
tui_keys 5
tui_keys Escape
tui_wait "Try me"
tui_screen >"$T/screen"
expect_not_in "$T/screen" "diary"
tui_keys q
tui_wait "Set by Sam, your counsellor."
tui_keys Escape
tui_wait "The preview has ended. Nothing was saved"
tui_wait "__EXITED__ 0"

# Nothing was added or saved: no settings, no modules, no diary.
[ -z "$(find "$HOME" -type f | head -n 1)" ] || fail "preview wrote: $(find "$HOME" -type f)"
"$STEADY" list >"$T/out" 2>&1
expect_not_in "$T/out" "try-me"
exit 0
