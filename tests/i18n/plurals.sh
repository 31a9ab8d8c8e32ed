#!/bin/sh
# SPDX-FileCopyrightText: 2026 The steady authors
# SPDX-License-Identifier: GPL-3.0-or-later
# Wherever a number counts something, the message has plural forms
# (ngettext): "1 records" is wrong in English, and many languages have more
# than two forms. This finds interface messages without msgid_plural in which
# a number is followed by a counted noun.
. "$top_srcdir/tests/lib.sh"
cd "$top_srcdir" || fail "no source tree"
nouns='seconds?|minutes?|hours?|days?|weeks?|records?|entries|entry|characters?|keys?|values?|levels?|times?|errors?|files?|modules?|problems?|steps?|answers?|words?|lines'
msgcat --no-wrap po/steady.pot >"$T/pot" || fail "msgcat failed"
awk '/^msgid "/ { id = $0; getline next_line; if (next_line !~ /^msgid_plural/) print id }' "$T/pot" |
	grep -E "%(d|i|u|zu|zd|ld|lu|'d)( [a-z]+)? ($nouns)\b" >"$T/hits"
if [ -s "$T/hits" ]; then
	cat "$T/hits" >&2
	fail "a count without plural forms (above): use ngettext"
fi
echo "every count has plural forms"
