#!/bin/sh
# SPDX-FileCopyrightText: 2026 The steady authors
# SPDX-License-Identifier: GPL-3.0-or-later
# skip.sh TEST.skip: stands in for a unit test that could not be built
# because configure found no Check; says so, and exits 77 (SKIP), so the
# test is counted as skipped rather than vanishing (tests/local.mk).
name=$(basename "${1:-test}" -nocheck.skip)
echo "SKIP: $name: Check (the unit-test library) was not found by configure;"
echo "SKIP: install it (Debian: sudo apt-get install check) and configure again."
exit 77
