#!/bin/sh
# SPDX-FileCopyrightText: 2026 The steady authors
# SPDX-License-Identifier: GPL-3.0-or-later
# syntax.sh: the YAML mistakes a counsellor makes most often get a message
# in plain words that names the fix, with the YAML reader's own words after
# it, at the right line and column.
. "$top_srcdir/tests/lib.sh"

# try NAME LINE:COL MESSAGE: the file $T/NAME.yaml (from stdin) gets exactly
# one error, at LINE:COL, starting with MESSAGE.
try() {
	cat >"$T/$1.yaml"
	expect_status 1 "$STEADY" check "$T/$1.yaml"
	[ "$(wc -l <"$T/err")" -eq 1 ] || fail "$1: more than one message: $(cat "$T/err")"
	expect_in "$T/err" "$T/$1.yaml:$2: error: $3"
	expect_in "$T/err" " (YAML: "
}

try colon 3:14 "the ': ' here starts a new key inside a text; if it is part of the text, put the whole text in double quotes, such as: label: \"Health: sleep and food\"" <<'YAML'
steady: 1
id: a
title: Health: sleep
YAML
# A dash with no space after it is no list item: the message still comes (once hung).
try dash-word 7:3 "line 7 is not 'key: value'" <<'YAML'
steady: 1
id: a
steps:
  - type: page
    optional: true

  -steady page
    title: Low mood
YAML
# Word's curly quotes are letters to YAML: the message names them, with the fix.
try curly 4:17 "this text is in curly quotes (“ ”), which YAML reads as letters, not as quotes, so its ': ' starts a new key; word processors put them in. Use straight double quotes (\"), such as: label: \"Health: sleep and food\", or switch off \"smart quotes\" in your editor" <<'YAML'
steady: 1
id: a
title: “Ünïcödé” first
summary: “Health: sleep”
YAML
try continued 4:15 "this line is read as part of the text on the line above, so its ':' cannot start a key" <<'YAML'
steady: 1
id: a
summary: a long text
  that goes on: here
YAML
printf 'steady: 1\nid: a\nhomework:\n\tset_by: Sam\n' >"$T/tab.in"
try tab 4:1 "this line is indented with a tab; indent with spaces only" <"$T/tab.in"
try key-indent 5:2 "this line is not lined up with the keys above it; the keys of one mapping start in the same column" <<'YAML'
steady: 1
id: a
homework:
  set_by: Sam
 instructions: Daily.
YAML
try list-indent 6:4 "this line is not lined up with the list that starts on line 4; start every '- ' item of a list in the same column" <<'YAML'
steady: 1
id: a
steps:
  - type: page
    text: Hello.
   - type: page
YAML
try quote 4:1 "the quote opened on line 3 is never closed; end the text with the same quote mark" <<'YAML'
steady: 1
id: a
title: "Hello
YAML
try no-colon 3:1 "line 3, 'title Hello', has no ':' after its key; write it as 'title: Hello' (a text that goes on from the line above is indented more than its key)" <<'YAML'
steady: 1
id: a
title Hello
summary: x
YAML
try dash 3:10 "a '- ' list cannot start on the line of its key" <<'YAML'
steady: 1
id: a
summary: - not a list
YAML
try backslash 3:18 "in double quotes a backslash starts a special character; write \\\\ for a backslash, or put the text in single quotes instead" <<'YAML'
steady: 1
id: a
title: "C:\temp\x"
YAML
try at 3:8 "a text cannot start with '@' unless the whole text is in double quotes, such as: title: \"@...\"" <<'YAML'
steady: 1
id: a
title: @home
YAML
try emphasis 3:15 "a text cannot start with '*' unless the whole text is in double quotes, such as: text: \"*Slowly* breathe out\"" <<'YAML'
steady: 1
id: a
title: *Slowly* now
YAML
try bracket 3:16 "the text goes on after its closing quote or bracket; put the whole text in double quotes" <<'YAML'
steady: 1
id: a
title: [Draft] my module
YAML

# A single word after '*' is an alias, refused with its own message.
printf 'steady: 1\nid: a\ntitle: *Slowly\n' >"$T/alias.yaml"
expect_status 1 "$STEADY" check "$T/alias.yaml"
expect_in "$T/err" "alias.yaml:3:8: error: '*Slowly' is a YAML alias, which steady files do not allow; if it is part of a text (such as *emphasis*), put the whole text in double quotes"
exit 0
