#!/bin/sh
# SPDX-FileCopyrightText: 2026 The steady authors
# SPDX-License-Identifier: GPL-3.0-or-later
# summary.sh BUILDDIR: one closing line for the whole test suite,
# "N passed, N failed, N skipped", counting each Check test case on its own
# and each script test as one.
set -u
dir=${1:-.}
passed=0 failed=0 skipped=0
for trs in $(find "$dir/tests" -name '*.trs' 2>/dev/null); do
	log=${trs%.trs}.log
	result=$(sed -n 's/^:test-result: //p' "$trs" | head -n 1)
	line=$(grep -E '^[0-9]+%: Checks: [0-9]+' "$log" 2>/dev/null | tail -n 1)
	if [ -n "$line" ]; then
		checks=$(echo "$line" | sed 's/.*Checks: \([0-9]*\).*/\1/')
		bad=$(echo "$line" | sed 's/.*Failures: \([0-9]*\), Errors: \([0-9]*\).*/\1 \2/')
		fails=$(( ${bad% *} + ${bad#* } ))
		passed=$((passed + checks - fails))
		failed=$((failed + fails))
		# A program that left tests out says how many (unit.h): each one a skip.
		left=$(sed -n 's/^SKIP: \([0-9]*\) test(s) could not run here.*/\1/p' "$log" | tail -n 1)
		if [ "$result" = SKIP ] && [ -n "$left" ]; then
			skipped=$((skipped + left))
		elif [ "$result" != PASS ] && [ "$fails" -eq 0 ]; then
			failed=$((failed + 1))
		fi
		continue
	fi
	case $result in
	PASS | XFAIL) passed=$((passed + 1)) ;;
	SKIP) skipped=$((skipped + 1)) ;;
	*) failed=$((failed + 1)) ;;
	esac
done
echo "$passed passed, $failed failed, $skipped skipped"
[ "$failed" -eq 0 ]
