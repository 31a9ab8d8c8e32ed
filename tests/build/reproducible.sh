#!/bin/sh
# SPDX-FileCopyrightText: 2026 The steady authors
# SPDX-License-Identifier: GPL-3.0-or-later
# reproducible.sh: steady built a second time, in another folder with the
# same configure options, is the same binary byte for byte, and neither
# that binary nor the installed one holds a folder of the build or the
# source. configure runs there as if inside tmux: the session's $TMUX must
# not be taken for the tmux program.
. "$top_srcdir/tests/lib.sh"

[ -f "$top_builddir/config.status" ] || {
	echo "SKIP: no config.status in $top_builddir"
	exit 77
}
src=$(cd "$top_srcdir" && pwd)
# The first build's options, but its own source folder (make distcheck's is
# relative); both builds name the sources by the same absolute path.
# The build's own options, but never a test build: that is what is released
# (and a test build refuses to be installed).
args=$("$top_builddir/config.status" --config |
	sed -E "s/'?--srcdir=[^' ]*'?//g; s/'?--enable-test-build'?//g")
session=/tmp/tmux-0/default,4242,0
for b in "$T/one" "$T/two/deeper"; do
	mkdir -p "$b"
	(cd "$b" && eval "TMUX=$session \"\$src/configure\" $args -q") >"$T/configure.log" 2>&1 ||
		fail "configure failed: $(tail -n 20 "$T/configure.log")"
	! grep -F "$session" "$b/Makefile" || fail "configure took \$TMUX for the tmux program"
	make -C "$b" -s steady >"$T/make.log" 2>&1 || fail "make failed: $(tail -n 20 "$T/make.log")"
done
cmp "$T/one/steady" "$T/two/deeper/steady" ||
	fail "two builds in different folders differ: $T/one/steady and $T/two/deeper/steady"

make -C "$b" -s install DESTDIR="$T/inst" >"$T/install.log" 2>&1 ||
	fail "make install failed: $(tail -n 20 "$T/install.log")"
installed=$(find "$T/inst" -type f -name steady -perm -u+x)
[ -n "$installed" ] || fail "no steady was installed"
# The source tree by its sources (the prefix may lie under it, as in make
# distcheck, and is meant to be in the binary). A build with sanitizers
# (never installed) keeps the source names in its reports, so it may.
if grep -q '^WARN_CFLAGS = .*-fsanitize' "$top_builddir/Makefile"; then
	echo "with sanitizers: the folders are not looked for"
	exit 0
fi
for bin in "$b/steady" $installed; do
	for dir in "$b" "$src/src" "$src/content"; do
		! grep -qaF "$dir" "$bin" || fail "$bin holds the folder $dir"
	done
done
exit 0
