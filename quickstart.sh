#!/bin/sh
# SPDX-FileCopyrightText: 2026 The steady authors
# SPDX-License-Identifier: GPL-3.0-or-later
# quickstart.sh: set steady up on a fresh Debian or Ubuntu machine.
#
#   ./quickstart.sh          install what building needs, build, and start steady
#                            (plain mode, saying so, where there is no terminal)
#   ./quickstart.sh check    the same, with what testing needs too, then run the
#                            whole test suite
#   ./quickstart.sh check-asan   the test suite again, built with AddressSanitizer
#                            and UndefinedBehaviorSanitizer in build-asan/
#
# Nothing is installed system-wide except Debian packages; steady itself runs
# from the build tree (build/) with the bundled content. Every command is
# safe to run again and is quick the second time.
set -eu

cd "$(dirname "$0")"
mode=${1:-run}
case $mode in
run | check | check-asan) [ $# -gt 0 ] && shift ;;
*) mode=run ;;
esac

# What building steady needs, as Debian packages: all that `./quickstart.sh`
# installs, for someone who only wants to run it.
deps="gcc make autoconf automake autopoint gettext pkg-config
      libncurses-dev libyaml-dev libsodium-dev"
# What testing adds, for `check` and `check-asan` only. check is the unit
# test library and tmux drives the screens. python3-yaml and
# python3-jsonschema prove that the JSON Schema for module authors' editors
# agrees with 'steady check'. clang and its runtime build the fuzz harnesses,
# strace watches the privacy test's session, valgrind finds leaks in the
# build without sanitizers (tests/cli/leaks.sh). reuse lints the licence
# headers (with git, to leave out what .gitignore names), mandoc the manual
# pages, appstream (appstreamcli) the metainfo.
# Beyond these the tests use only what a minimal Debian has (debootstrap
# --variant=minbase: no procps, no file, no xxd): `make check-fresh` proves it.
check_deps="check tmux locales python3-yaml python3-jsonschema clang libclang-rt-dev
      strace valgrind reuse git mandoc appstream"
[ "$mode" = run ] || deps="$deps $check_deps"

missing=
for p in $deps; do
	dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' ||
		missing="$missing $p"
done
if [ -n "$missing" ]; then
	if [ "$(id -u)" -eq 0 ]; then
		echo "quickstart: installing:$missing"
		export DEBIAN_FRONTEND=noninteractive
		apt-get update -qq
		# shellcheck disable=SC2086
		apt-get install -y -qq --no-install-recommends $missing >/dev/null
	else
		echo "quickstart: these packages are missing:$missing"
		echo "Install them with:"
		echo "  sudo apt-get install$missing"
		echo "then run $0 again."
		exit 1
	fi
fi

if [ ! -x configure ] || [ configure.ac -nt configure ]; then
	autoreconf -fi
fi

build=build flags=
[ "${CI:-}" = true ] && flags=--enable-werror
# The tests use the test-only switches (weak key costs, a lock after seconds);
# the steady that 'run' builds for people never has them.
[ "$mode" = run ] || flags="$flags --enable-test-build"
if [ "$mode" = check-asan ]; then
	build="build-asan"
	flags="$flags --enable-sanitizers"
	export ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1
	export LSAN_OPTIONS="suppressions=$(pwd)/tests/lsan.supp"
fi
mkdir -p "$build"
cd "$build"
# configure again when the flags change, and when the tests' packages came
# after a run configured without them (it would leave their tests out).
want=$flags
[ "$mode" = run ] || want="$flags tests"
have=$(cat .quickstart-flags 2>/dev/null || :)
if [ ! -f Makefile ] || { [ "$have" != "$want" ] && [ "$have" != "$want tests" ]; }; then
	# shellcheck disable=SC2086
	../configure -q $flags
	echo "$want" >.quickstart-flags
fi
jobs=$(nproc 2>/dev/null || echo 2)
make -s -j"$jobs"

if [ "$mode" = run ]; then
	# Piped through tee, or with no terminal at all: say how, and start the
	# plain mode, which needs none.
	if [ $# -eq 0 ] && { [ ! -t 0 ] || [ ! -t 1 ]; }; then
		echo "quickstart: steady is built. There is no terminal here, so it starts in"
		echo "plain mode (lines of text, one answer a line). For its screens, run it in"
		echo "a terminal: ./$build/steady (plain mode there: ./$build/steady --plain)."
		exec ./steady --plain
	fi
	exec ./steady "$@"
fi

status=0
make -s -j"$jobs" check || status=$?
sh ../tests/summary.sh . || true
if [ "$status" -ne 0 ]; then
	echo "quickstart: some tests failed; their logs:" >&2
	for t in $(find tests -name '*.trs' -exec grep -l -E ':test-result: (FAIL|ERROR)' {} +); do
		echo "==== ${t%.trs}.log" >&2
		tail -n 60 "${t%.trs}.log" >&2
	done
fi
exit "$status"
