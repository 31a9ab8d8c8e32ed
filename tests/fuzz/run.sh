#!/bin/sh
# SPDX-FileCopyrightText: 2026 The steady authors
# SPDX-License-Identifier: GPL-3.0-or-later
# run.sh: replays every seed and every input kept in
# tests/fuzz/regress/<harness>/ through the libFuzzer harnesses built in
# $FUZZ_BIN by build.sh (tests/fuzz/local.mk builds them before the tests),
# then fuzzes each harness for FUZZ_SECONDS seconds (0 by default: replay only).
#
# `make check` replays, the same every run; `make fuzz` fuzzes too, 60 s a
# harness unless FUZZ_SECONDS says otherwise. A crash, leak, hang or undefined
# behaviour fails the test; the input that caused it is kept in
# $FUZZ_CRASHES (tests/fuzz/crashes/ of the build tree) to be added to
# tests/fuzz/regress/<harness>/ with its fix. A harness's own libFuzzer flags
# are in tests/fuzz/<harness>.options.
# Skips (77) only when clang or its libFuzzer runtime is missing.
# shellcheck source=../lib.sh
. "$top_srcdir/tests/lib.sh"

secs=${FUZZ_SECONDS:-0}
fz="$top_srcdir/tests/fuzz"
bin=${FUZZ_BIN:-$top_builddir/tests/fuzz/bin}
crashes=${FUZZ_CRASHES:-$top_builddir/tests/fuzz/crashes}
harnesses=$(cd "$fz" && ls fuzz_*.c | sed 's/[.]c$//')

st=$(cat "$bin/status" 2>/dev/null || echo none)
case $st in
0) ;;
77)
	cat "$bin/build.log"
	echo "SKIP: clang with libFuzzer is not available, so nothing was fuzzed."
	exit 77
	;;
none) fail "the fuzz harnesses were never built ($bin/status is missing: run 'make check')" ;;
*)
	cat "$bin/build.log" >&2
	fail "the fuzz harnesses did not build (build.sh exited $st)"
	;;
esac
for h in $harnesses; do
	[ -x "$bin/$h" ] || fail "$bin/$h was not built"
done

# Seeds beyond the corpus: the bundled content and the loader's fixtures.
extra_seeds() {
	case $1 in
	fuzz_module_load)
		echo "$top_srcdir/content $top_srcdir/tests/data/modules $top_srcdir/tests/data/helplines"
		echo "$top_srcdir/tests/data/hostile"
		;;
	esac
}

# options HARNESS: its own libFuzzer flags, from tests/fuzz/HARNESS.options.
options() {
	[ -f "$fz/$1.options" ] && grep -v '^#' "$fz/$1.options"
}

# Replays: each file runs once; any crash fails.
for h in $harnesses; do
	# shellcheck disable=SC2046
	files=$(find "$fz/corpus/$h" "$fz/regress/$h" $(extra_seeds "$h") -type f \
		! -name '*.mk' ! -name '*.po' ! -name '*.pot' 2>/dev/null | sort)
	n=$(echo "$files" | grep -c .)
	# shellcheck disable=SC2046,SC2086
	"$bin/$h" $(options "$h") -runs=1 $files >"$T/replay-$h.log" 2>&1 || {
		tail -n 40 "$T/replay-$h.log" >&2
		fail "$h crashed on a seed or a kept regression input (log above)"
	}
	echo "fuzz: $h: replayed $n seeds and regression inputs"
done

[ "$secs" -gt 0 ] || exit 0
mkdir -p "$crashes"
for h in $harnesses; do
	work="$T/corpus-$h"
	mkdir -p "$work"
	dict=
	[ -f "$fz/$h.dict" ] && dict="-dict=$fz/$h.dict"
	# New inputs go to the first folder (a temporary one); the seeds stay as they are.
	# shellcheck disable=SC2046,SC2086
	"$bin/$h" $(options "$h") -max_total_time="$secs" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
		-artifact_prefix="$crashes/$h-" $dict "$work" "$fz/corpus/$h" $(extra_seeds "$h") \
		>"$T/fuzz-$h.log" 2>&1 || {
		tail -n 60 "$T/fuzz-$h.log" >&2
		ls -l "$crashes" >&2
		fail "$h found a problem; the input is in $crashes (add it to tests/fuzz/regress/$h/ with the fix)"
	}
	execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$T/fuzz-$h.log")
	cov=$(grep -o 'cov: [0-9]*' "$T/fuzz-$h.log" | tail -n 1)
	seed=$(sed -n 's/^INFO: Seed: //p' "$T/fuzz-$h.log" | head -n 1)
	echo "fuzz: $h: ${execs:-?} executions in $secs s (-seed=$seed), $cov, no problem found"
done
