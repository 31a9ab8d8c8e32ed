#!/bin/sh
# SPDX-FileCopyrightText: 2026 The steady authors
# SPDX-License-Identifier: GPL-3.0-or-later
# metainfo.sh: the AppStream metainfo is a console application that
# provides the steady binary, names this version, and passes
# `appstreamcli validate` (where appstreamcli is installed, as
# `./quickstart.sh check` installs it).
. "$top_srcdir/tests/lib.sh"

xml="$top_srcdir/data/invalid.example.steady.metainfo.xml"
version=$("$STEADY" --version | sed -n '1{s/^steady //;s/ (test build)$//;p}')
expect_in "$xml" '<component type="console-application">'
expect_in "$xml" "<binary>steady</binary>"
expect_in "$xml" "<release version=\"$version\""
command -v appstreamcli >/dev/null 2>&1 || {
	echo "SKIP: appstreamcli is not installed, so the metainfo was not validated"
	exit 77
}
appstreamcli validate --no-net "$xml" >"$T/out" 2>&1 || {
	cat "$T/out" >&2
	fail "appstreamcli validate: $xml"
}
exit 0
