#!/bin/sh
# SPDX-FileCopyrightText: 2026 The steady authors
# SPDX-License-Identifier: GPL-3.0-or-later
# build.sh OUTDIR: builds the libFuzzer harnesses of tests/fuzz/ into OUTDIR
# with clang (or $FUZZ_CC), AddressSanitizer and UndefinedBehaviorSanitizer.
# The sources are compiled straight from the tree, so no configure run with
# clang is needed; config.h comes from $top_builddir when it has one.
# Only what changed is built again: an object whose source and headers (as
# clang listed them) are older than it is kept, and so is a harness older
# than its objects; other flags or another compiler start afresh.
#
# Exit status: 0 when built, 77 when no compiler here can build a libFuzzer
# harness (the reason is printed), 1 when the build itself failed.
set -eu

out=${1:?usage: build.sh OUTDIR}
src=${top_srcdir:-$(cd "$(dirname "$0")/../.." && pwd)}
bld=${top_builddir:-}
cc=${FUZZ_CC:-clang}
harnesses=$(cd "$src/tests/fuzz" && ls fuzz_*.c | sed 's/[.]c$//')
mkdir -p "$out/obj"

if ! command -v "$cc" >/dev/null 2>&1; then
	echo "fuzz: '$cc' is not installed, so the fuzz harnesses cannot be built."
	echo "fuzz: install clang and libclang-rt-dev (sudo apt-get install clang libclang-rt-dev)."
	exit 77
fi
# -fsanitize=fuzzer needs the compiler-rt runtime (libclang-rt-*-dev on Debian).
probe="$out/probe.c"
printf '%s\n' '#include <stddef.h>' '#include <stdint.h>' \
	'int LLVMFuzzerTestOneInput(const uint8_t *d, size_t n);' \
	'int LLVMFuzzerTestOneInput(const uint8_t *d, size_t n) { return d && n; }' >"$probe"
if ! "$cc" --version 2>/dev/null | grep -q clang; then
	echo "fuzz: '$cc' is not clang; libFuzzer comes with clang (set FUZZ_CC=clang)."
	exit 77
fi
if ! "$cc" -fsanitize=fuzzer,address,undefined "$probe" -o "$out/probe" 2>"$out/probe.err"; then
	echo "fuzz: '$cc' cannot build with -fsanitize=fuzzer,address,undefined:"
	sed 's/^/fuzz:   /' "$out/probe.err" | head -n 5
	echo "fuzz: install the libFuzzer runtime (sudo apt-get install libclang-rt-dev)."
	exit 77
fi
for lib in yaml-0.1 libsodium ncursesw; do
	pkg-config --exists "$lib" || {
		echo "fuzz: the $lib development files are missing"
		exit 1
	}
done

# config.h: the build tree's, or a minimal one when fuzzing a bare checkout.
inc="-I$src/src"
if [ -n "$bld" ] && [ -f "$bld/config.h" ]; then
	inc="$inc -I$bld"
else
	mkdir -p "$out/inc"
	printf '%s\n' '#define _GNU_SOURCE 1' '#define HAVE_SYS_PRCTL_H 1' '#define HAVE_PRCTL 1' \
		'#define HAVE_EXPLICIT_BZERO 1' >"$out/inc/config.h"
	inc="$inc -I$out/inc"
fi
# The quotes in the -D values are for the compiler: they are meant literally.
# shellcheck disable=SC2089
# A harness is a test, so it may use the weakest key costs (STEADY_TEST_BUILD).
cflags="-std=c11 -g -O1 -fno-omit-frame-pointer -fsanitize=address,undefined -DSTEADY_TEST_BUILD=1
	-fno-sanitize-recover=undefined $inc $(pkg-config --cflags yaml-0.1 libsodium ncursesw)
	-DLOCALEDIR=\"/nonexistent\" -DPKGDATADIR=\"$src\" -DSTEADY_SRCDIR=\"$src\"
	-DSTEADY_BUILDDIR=\"$out\" -DFUZZ_SRCDIR=\"$src\""
libs="$(pkg-config --libs yaml-0.1 libsodium ncursesw) -lm"

# Another compiler or other flags: nothing built before is of use.
sig=$("$cc" --version | head -n 1; echo "$cflags $libs")
if [ "$(cat "$out/flags" 2>/dev/null)" != "$sig" ]; then
	rm -f "$out"/obj/*.o "$out"/obj/*.d "$out/libunits.a"
	echo "$sig" >"$out/flags"
fi

# The units under test, instrumented for coverage, in one archive so each
# harness links only what it uses. An object is compiled again when it is
# missing or older than any file its .d (clang -MMD) names.
# main() is one of them too, as steady_main() for fuzz_cli, without the
# hardening that would stop LeakSanitizer (fuzz_cli.c has a stand-in).
units=$(ls "$src"/src/*/*.c "$src"/src/main.c)
export FUZZ_BUILD_CC="$cc" FUZZ_BUILD_CFLAGS="$cflags"
# shellcheck disable=SC2016,SC2086
printf '%s\n' $units | xargs -P "$(nproc 2>/dev/null || echo 2)" -I{} sh -c '
	o="$0/obj/$(echo "${1#$2/src/}" | tr / _ | sed "s/[.]c$/.o/")"
	if [ -f "$o" ] && [ -f "$o.d" ]; then
		stale=
		for f in $(sed -e "s/^[^:]*://" -e "s/\\\\$//" "$o.d"); do
			[ "$f" -nt "$o" ] && stale=1 && break
		done
		[ -n "$stale" ] || exit 0
	fi
	main=
	[ "$1" != "$2/src/main.c" ] || main="-Dmain=steady_main -Dharden_process=fuzz_harden_process"
	$FUZZ_BUILD_CC -fsanitize=fuzzer-no-link $FUZZ_BUILD_CFLAGS $main -MMD -MF "$o.d" -c "$1" -o "$o" ||
		{ echo "fuzz: cannot compile $1" >&2; exit 255; }' "$out" {} "$src"
# Objects of units that are gone leave the archive too.
for o in "$out"/obj/*_*.o; do
	u=$(basename "$o" .o | sed 's|_|/|')
	[ -f "$src/src/$u.c" ] || rm -f "$o" "$o.d"
done
objs=$(ls "$out"/obj/*.o)
stale=
for o in $objs; do
	[ "$o" -nt "$out/libunits.a" ] && stale=1
done
if [ ! -f "$out/libunits.a" ] || [ -n "$stale" ]; then
	rm -f "$out/libunits.a"
	# shellcheck disable=SC2086
	ar cr "$out/libunits.a" $objs
fi
built=
for h in $harnesses; do
	if [ -f "$out/$h" ] && [ ! "$src/tests/fuzz/$h.c" -nt "$out/$h" ] &&
		[ ! "$src/tests/fuzz/fuzz.h" -nt "$out/$h" ] && [ ! "$out/libunits.a" -nt "$out/$h" ]; then
		continue
	fi
	# shellcheck disable=SC2086,SC2090
	"$cc" -fsanitize=fuzzer $cflags "$src/tests/fuzz/$h.c" "$out/libunits.a" $libs -o "$out/$h"
	built="$built $h"
done
echo "fuzz: built${built:- nothing new} with $("$cc" --version | head -n 1)"
