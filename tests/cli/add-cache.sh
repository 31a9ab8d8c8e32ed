#!/bin/sh
# SPDX-FileCopyrightText: 2026 The steady authors
# SPDX-License-Identifier: GPL-3.0-or-later
# add-cache.sh: `steady add` and `steady remove` keep a cache of the
# parsed modules they put in the user's folder (.modules.cache, the rules
# of the build's content.cache), so that start-up does not parse them. The
# cache holds exactly the files there that parse without a message; a
# damaged cache, or one that no longer matches a file, changes nothing
# that is shown.
. "$top_srcdir/tests/lib.sh"
user="$XDG_DATA_HOME/steady/modules"
cache="$user/.modules.cache"

module() { # module FILE ID TITLE
	cat >"$1" <<YAML
steady: 1
id: $2
title: $3
summary: A test module.
minutes: 5
order: 1
steps:
  - type: page
    text: Hello from $2.
YAML
}
module "$T/one.yaml" cache-one "First cached"
module "$T/two.yaml" cache-two "Second cached"

expect_status 0 "$STEADY" add "$T/one.yaml" "$T/two.yaml"
[ -f "$cache" ] || fail "steady add wrote no cache"
[ "$(stat -c %a "$cache")" = 600 ] || fail "the cache is not 0600"
# The cache keeps each file's exact text beside its tree.
grep -q "Hello from cache-one" "$cache" || fail "cache-one is not in the cache"
grep -q "Hello from cache-two" "$cache" || fail "cache-two is not in the cache"
expect_status 0 "$STEADY" list
expect_in "$T/out" "First cached"
expect_in "$T/out" "Second cached"
cp "$T/out" "$T/list-cached"

# The real cache shows the same as no cache at all.
STEADY_NO_CONTENT_CACHE=1 expect_status 0 "$STEADY" list
cmp -s "$T/out" "$T/list-cached" || fail "the list differs with and without the cache"
# And it is read at start: with the title changed in the cached tree only
# (the text the tree is found by comes first, the tree after it), the
# changed title shows, as no parse of the file could give it.
cp "$cache" "$T/cache.good"
python3 - "$cache" <<'PY'
import sys
p = sys.argv[1]
b = open(p, 'rb').read()
text = b.index(b'title: First cached')
tree = b.index(b'First cached', text + 20)
open(p, 'wb').write(b[:tree] + b'Faked cached' + b[tree + 12:])
PY
expect_status 0 "$STEADY" list
expect_in "$T/out" "Faked cached"
STEADY_NO_CONTENT_CACHE=1 expect_status 0 "$STEADY" list
expect_in "$T/out" "First cached"
cp "$T/cache.good" "$cache"

# The user's cache speaks for the files in the user's folder only. A forged
# one, mapping an invalid file's bytes to a valid tree, fools neither
# `steady check` nor `steady add`, which parse the files they are given.
sed 's/^minutes: 5$/minutes: x/' "$T/one.yaml" >"$T/bad.yaml"
expect_status 1 "$STEADY" check "$T/bad.yaml"
python3 - "$cache" <<'PY'
import sys
p = sys.argv[1]
b = open(p, 'rb').read()
at = b.index(b'minutes: 5', b.index(b'title: First cached'))
open(p, 'wb').write(b[:at] + b'minutes: x' + b[at + 10:])
PY
expect_status 1 "$STEADY" check "$T/bad.yaml"
expect_status 1 "$STEADY" add "$T/bad.yaml"
[ -f "$user/bad.yaml" ] && fail "add took an invalid file through the cache"
cp "$T/cache.good" "$cache"
# Nor does it reach the helplines of a --content-dir: a cache of their
# bytes with another Samaritans number is not read for them.
mkcache="$(dirname "$STEADY")/steady-mkcache"
[ -x "$mkcache" ] || { echo "SKIP: no steady-mkcache beside $STEADY" >&2; exit 77; }
mkdir -p "$T/cd"
{ cat "$top_srcdir/content/helplines.yaml"; echo "# a copy"; } >"$T/cd/helplines.yaml"
sed 's/116 123/116 999/' "$T/cd/helplines.yaml" >"$T/forged.yaml"
"$mkcache" "$T/forged.cache" "$T/forged.yaml" || fail "steady-mkcache failed"
python3 - "$T/forged.cache" "$T/cd/helplines.yaml" "$cache" <<'PY'
import sys
forged = open(sys.argv[1], 'rb').read()
real = open(sys.argv[2], 'rb').read()
fake = real.replace(b'116 123', b'116 999')
at = forged.index(fake)  # the text the tree is found by: the real bytes
open(sys.argv[3], 'wb').write(forged[:at] + real + forged[at + len(real):])
PY
expect_status 0 "$STEADY" --content-dir "$T/cd" helplines --region GB
expect_in "$T/out" "116 123"
expect_not_in "$T/out" "116 999"
cp "$T/cache.good" "$cache"

# Damaged or foreign: ignored, the files are parsed.
printf 'not a cache at all' >"$cache"
expect_status 0 "$STEADY" list
cmp -s "$T/out" "$T/list-cached" || fail "a damaged cache changed the list"
head -c 200 "$top_srcdir/content/welcome.yaml" >"$cache"
expect_status 0 "$STEADY" list
expect_in "$T/out" "First cached"

# Remove: written again without the module.
expect_status 0 "$STEADY" remove cache-one
[ -f "$cache" ] || fail "steady remove left no cache"
grep -q "Hello from cache-one" "$cache" && fail "the removed module is still cached"
grep -q "Hello from cache-two" "$cache" || fail "remove lost cache-two from the cache"
expect_status 0 "$STEADY" list
expect_not_in "$T/out" "First cached"

# A module with a warning is added but not cached (it is parsed, and warned
# about, at every start, as the build's cache does with such a file).
cat >"$T/warn.yaml" <<YAML
steady: 1
id: cache-warn
title: Warned
summary: A test module.
minutes: 5
order: 1
steps:
  - type: page
    text: Hello from cache-warn.
    text: twice
YAML
got=0
"$STEADY" check "$T/warn.yaml" >/dev/null 2>&1 || got=$?
if [ "$got" -eq 0 ] && "$STEADY" check "$T/warn.yaml" 2>&1 | grep -q warning; then
	expect_status 0 "$STEADY" add "$T/warn.yaml"
	grep -q "Hello from cache-warn" "$cache" && fail "a file with a warning was cached"
fi
exit 0
