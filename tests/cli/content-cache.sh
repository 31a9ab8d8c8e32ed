#!/bin/sh
# SPDX-FileCopyrightText: 2026 The steady authors
# SPDX-License-Identifier: GPL-3.0-or-later
# content-cache.sh: the build's cache of parsed content changes nothing a
# person sees. `steady list` and `steady check` of the bundled content say
# the same with the cache as with STEADY_NO_CONTENT_CACHE=1, which parses
# every file; and a module edited after the build is read as edited.
# (tests/unit/test_ycache.c compares the trees themselves, node by node.)
. "$top_srcdir/tests/lib.sh"

test -f "$top_builddir/content.cache" || fail "the build did not make content.cache"

for cmd in list "check $top_srcdir/content"; do
	# shellcheck disable=SC2086 # the command's words
	expect_status 0 "$STEADY" $cmd
	cp "$T/out" "$T/cached"
	# shellcheck disable=SC2086
	STEADY_NO_CONTENT_CACHE=1 expect_status 0 "$STEADY" $cmd
	cmp "$T/cached" "$T/out" || fail "'steady $cmd' differs with and without the cache"
done
expect_in "$T/cached" "no problems"

# A copy of a bundled module is the same bytes, so it comes from the cache;
# once edited, it no longer matches and its new title shows.
mkdir -p "$T/extra"
sed -e 's/^id: welcome$/id: welcome-copy/' -e 's/^title: .*/title: An edited copy/' \
	"$top_srcdir/content/welcome.yaml" >"$T/extra/copy.yaml"
expect_status 0 "$STEADY" list --content-dir "$T/extra"
expect_in "$T/out" "An edited copy"
