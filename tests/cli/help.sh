#!/bin/sh
# SPDX-FileCopyrightText: 2026 The steady authors
# SPDX-License-Identifier: GPL-3.0-or-later
# help.sh: every command of the table has its own help ('steady COMMAND
# --help' and 'steady help COMMAND' alike) with a "Report bugs" line; each
# takes exactly the options its help lists, and another is a usage error
# that names the commands it goes with; --version has the GNU copyright and
# licence lines.
. "$top_srcdir/tests/lib.sh"

expect_status 0 "$STEADY" --help
expect_in "$T/out" "Usage: steady [OPTION]... [COMMAND [ARG]...]"
expect_in "$T/out" "Report bugs to: "
cmds=$(sed -n '/^Commands:/,/^$/s/^  \([a-z]*\).*/\1/p' "$T/out" | grep -v '^help$')
expect_status 0 "$STEADY" help diary
subs=$(sed -n '/^Commands:/,/^$/s/^  \([a-z]*\).*/\1/p' "$T/out")
[ "$(echo "$subs" | wc -w)" -eq 9 ] || fail "the diary's commands: $subs"
expect_status 0 "$STEADY" help
expect_in "$T/out" "Usage: steady [OPTION]... [COMMAND [ARG]...]"

# Every option of the command line, with an argument it takes.
opts="--content-dir=. --diary=. --passphrase-fd=3 --format=json --output=x --no-color --yes
--region=GB --kind=crisis --plain --from=2026-01-01 --to=2026-12-31 --seal"

# check_command WORDS: its help, and the options it takes are those in it.
check_command() {
	# shellcheck disable=SC2086 # the command's words
	expect_status 0 "$STEADY" $1 --help
	head -n 1 "$T/out" | grep -q "^Usage: steady $1 " || fail "'steady $1 --help': $(head -n 1 "$T/out")"
	expect_in "$T/out" "Report bugs to: "
	cp "$T/out" "$T/help"
	# shellcheck disable=SC2086
	expect_status 0 "$STEADY" help $1
	cmp -s "$T/help" "$T/out" || fail "'steady help $1' is not 'steady $1 --help'"
	case $1 in diary | counsellor) return 0 ;; esac # it lists its commands; each has its options
	for opt in $opts; do
		name=${opt%%=*}
		# shellcheck disable=SC2086
		if grep -q -- "^ .*$name" "$T/help"; then
			expect_status 0 "$STEADY" $1 "$opt" --help
		else
			expect_status 2 "$STEADY" $1 "$opt" --help
			expect_in "$T/err" "steady: '$1' does not take $name; it goes with: '"
			expect_in "$T/err" "Try 'steady $1 --help' for more information."
		fi
	done
}
for c in $cmds; do
	check_command "$c"
done
for s in $subs; do
	check_command "diary $s"
done
expect_status 0 "$STEADY" help counsellor
for s in $(sed -n '/^Commands:/,/^$/s/^  \([a-z]*\).*/\1/p' "$T/out"); do
	check_command "counsellor $s"
done

# Options without a command: only those of the screens.
expect_status 2 "$STEADY" --format json
expect_in "$T/err" "steady: --format goes with a command: 'list', 'report', 'diary list'"
expect_status 2 "$STEADY" --yes helplines
expect_in "$T/err" "steady: 'helplines' does not take --yes; it goes with: 'check', 'add', 'remove', 'report', 'counsellor open', 'diary export', 'diary wipe'"
expect_status 0 "$STEADY" --format json list
expect_in "$T/out" '{"id":"welcome",'
expect_status 2 "$STEADY" help no-such-command
expect_in "$T/err" "steady: unknown command 'no-such-command'"

expect_status 0 "$STEADY" --version
head -n 1 "$T/out" | grep -q '^steady [0-9]' || fail "version: $(head -n 1 "$T/out")"
expect_in "$T/out" "Copyright (C) 2026 The steady authors"
expect_in "$T/out" "License GPLv3+: GNU GPL version 3 or later <https://gnu.org/licenses/gpl.html>."
expect_in "$T/out" "CC BY-SA 4.0"
expect_in "$T/out" "There is NO WARRANTY, to the extent permitted by law."
exit 0
