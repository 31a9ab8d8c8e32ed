#!/bin/sh
# SPDX-FileCopyrightText: 2026 The steady authors
# SPDX-License-Identifier: GPL-3.0-or-later
# quickstart.sh: `./quickstart.sh` asks only for what building needs, and
# `./quickstart.sh check` adds what testing needs; with no terminal, the
# run says how to start the screens and starts plain mode. quickstart.sh
# runs in a copy of its own, with dpkg-query, id, make and the built steady
# stood in for, so nothing is installed or built.
. "$top_srcdir/tests/lib.sh"

unset CI
tree="$T/tree"
mkdir -p "$tree/build" "$T/bin"
cp "$top_srcdir/quickstart.sh" "$tree/"
: >"$tree/configure.ac"
printf '#!/bin/sh\necho configured >>"%s/configured"\n' "$T" >"$tree/configure"
chmod +x "$tree/configure"
: >"$tree/build/Makefile"
echo >"$tree/build/.quickstart-flags"
printf '#!/bin/sh\necho "STEADY $*"\n' >"$tree/build/steady"
chmod +x "$tree/build/steady"
printf '#!/bin/sh\nexit 0\n' >"$T/bin/make"
printf '#!/bin/sh\necho 1000\n' >"$T/bin/id"
# dpkg-query: every package is missing, unless $installed is set.
printf '#!/bin/sh\n[ -n "${installed:-}" ] && printf "install ok installed"\nexit 0\n' \
	>"$T/bin/dpkg-query"
chmod +x "$T/bin/make" "$T/bin/id" "$T/bin/dpkg-query"
PATH="$T/bin:$PATH"
export PATH

# missing MODE: the packages quickstart.sh MODE says are missing, one a line.
missing() {
	got=0
	sh "$tree/quickstart.sh" "$@" </dev/null >"$T/out" 2>&1 || got=$?
	[ "$got" -eq 1 ] || fail "quickstart.sh $*: exited $got, not 1: $(cat "$T/out")"
	sed -n 's/^quickstart: these packages are missing://p' "$T/out" | tr ' ' '\n' |
		sed '/^$/d' >"$T/missing"
	[ -s "$T/missing" ] || fail "quickstart.sh $*: no packages named: $(cat "$T/out")"
}
missing
for p in gcc make autoconf automake autopoint gettext pkg-config libncurses-dev \
	libyaml-dev libsodium-dev; do
	grep -qx "$p" "$T/missing" || fail "the run does not ask for $p"
done
for p in check tmux python3-yaml python3-jsonschema clang libclang-rt-dev strace valgrind \
	reuse mandoc appstream; do
	! grep -qx "$p" "$T/missing" || fail "the run asks for $p, which only the tests need"
done
for mode in check check-asan; do
	missing "$mode"
	for p in gcc libsodium-dev check tmux python3-jsonschema clang strace valgrind reuse \
		git mandoc appstream; do
		grep -qx "$p" "$T/missing" || fail "'$mode' does not ask for $p"
	done
done

# With everything there and no terminal: a word on how, then plain mode.
export installed=1
sh "$tree/quickstart.sh" </dev/null 2>&1 | cat >"$T/out"
expect_in "$T/out" "There is no terminal here, so it starts in"
expect_in "$T/out" "./build/steady"
grep -qx "STEADY --plain" "$T/out" || fail "plain mode was not started: $(cat "$T/out")"
[ ! -e "$T/configured" ] || fail "the run configured again with nothing changed"

# After a run, check installs the tests' packages and configures again, so
# that configure finds them (and makes a test build); once. A run after it
# configures again, so that the program a person runs is never a test build.
sh "$tree/quickstart.sh" check </dev/null >"$T/out" 2>&1 || fail "check: $(cat "$T/out")"
[ "$(cat "$T/configured" 2>/dev/null)" = configured ] || fail "check after a run did not configure again"
sh "$tree/quickstart.sh" check </dev/null >"$T/out" 2>&1 || fail "check: $(cat "$T/out")"
[ "$(wc -l <"$T/configured")" -eq 1 ] || fail "check configured twice: $(cat "$T/configured")"
sh "$tree/quickstart.sh" </dev/null >"$T/out" 2>&1 || fail "run: $(cat "$T/out")"
[ "$(wc -l <"$T/configured")" -eq 2 ] || fail "a run after check kept the test build: $(cat "$T/configured")"

# A command is run as it was given.
sh "$tree/quickstart.sh" list </dev/null 2>&1 | cat >"$T/out"
grep -qx "STEADY list" "$T/out" || fail "'quickstart.sh list': $(cat "$T/out")"
expect_not_in "$T/out" "no terminal"
exit 0
