#!/bin/sh
# SPDX-FileCopyrightText: 2026 The steady authors
# SPDX-License-Identifier: GPL-3.0-or-later
# completion.sh: the bash completion offers exactly the commands and diary
# commands of steady's table ('steady --help', 'steady help diary'), each
# command's own options, the values of --format and --kind, the regions and
# the module ids; the zsh and fish completions are valid scripts of theirs.
. "$top_srcdir/tests/lib.sh"

command -v bash >/dev/null 2>&1 || {
	echo "SKIP: bash is not installed"
	exit 77
}
comp="$top_srcdir/completions/bash/steady"

# complete WORD...: what the completion offers for the last word, one a line, sorted.
complete_words() {
	bash -c '. "$1"; shift; COMP_WORDS=("$@"); COMP_CWORD=$(($# - 1))
		_steady "$STEADY" || exit 1
		printf "%s\n" "${COMPREPLY[@]}" | sort' sh "$comp" steady "$@" >"$T/got" ||
		fail "the completion failed for: $*"
}

# offers WANT WORD...: the completion of WORD... is exactly WANT (words).
offers() {
	want=$1
	shift
	complete_words "$@"
	printf '%s\n' $want | sort >"$T/want"
	diff -u "$T/want" "$T/got" >"$T/diff" || {
		cat "$T/diff" >&2
		fail "completing 'steady $*'"
	}
}

# The commands, as the help lists them (a command is a line "  NAME ...").
commands=$(LC_ALL=C "$STEADY" --help | sed -n '/^Commands:/,/^$/s/^  \([a-z]*\).*/\1/p')
[ -n "$commands" ] || fail "no commands in 'steady --help'"
offers "$commands" ""
diary=$(LC_ALL=C "$STEADY" help diary | sed -n '/^Commands:/,/^$/s/^  \([a-z]*\).*/\1/p')
offers "$diary" diary ""
offers "$diary" --diary "$T" diary ""
offers "$commands" help ""
offers "list" li
offers "preview" pr

# Each command's own options, and no other.
offers "--content-dir --format --help" list --
offers "--diary --help --yes" diary wipe --
offers "--diary --format --help --output --passphrase-fd --yes" --diary "$T" diary export --
offers "--format" diary list --f
offers "--content-dir --help --kind --region" helplines --

# Values of options.
offers "json" list --format j
offers "crisis" helplines --kind cr
offers "GB" helplines --region G
offers "welcome" remove welc
mkdir -p "$T/mods/sub"
: >"$T/mods/a.yaml"
: >"$T/mods/notes.txt"
offers "$T/mods/a.yaml $T/mods/sub" check "$T/mods/"

if command -v zsh >/dev/null 2>&1; then
	zsh -n "$top_srcdir/completions/zsh/_steady" || fail "zsh: the completion does not parse"
fi
if command -v fish >/dev/null 2>&1; then
	fish -n "$top_srcdir/completions/fish/steady.fish" || fail "fish: the completion does not parse"
fi
exit 0
