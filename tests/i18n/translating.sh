#!/bin/sh
# SPDX-FileCopyrightText: 2026 The steady authors
# SPDX-License-Identifier: GPL-3.0-or-later
# doc/TRANSLATING.md walks a new translator from a fresh clone to a language
# that shows in steady. This runs its commands, exactly as written (every
# line that starts with "    $ "), for a throw-away language (Esperanto) in
# a copy of the source tree, with the build made first as quickstart.sh makes
# it, and one title translated where the guide says to fill in msgstr.
. "$top_srcdir/tests/lib.sh"
src=$(cd "$top_srcdir" && pwd)
[ -f "$src/config.status" ] && {
	echo "SKIP: the source tree is configured in place; the copy could not be built beside it"
	exit 77
}
[ -x "$src/configure" ] || fail "no configure in the source tree (autoreconf -fi)"

# A copy of the tree without build folders, so a build starts from clean.
mkdir -p "$T/src"
for f in "$src"/* "$src"/.[!.]*; do
	[ -e "$f" ] || continue
	case ${f##*/} in .git | autom4te.cache) continue ;; esac
	[ -f "$f/config.status" ] && continue # a build folder, such as build/
	cp -R "$f" "$T/src/" || fail "cannot copy $f"
done
cd "$T/src" || fail "no copy"
unset MAKEFLAGS MFLAGS MAKELEVEL
mkdir build && (cd build && ../configure -q >"$T/configure.log" 2>&1 && make -s -j2 >"$T/make.log" 2>&1) || {
	tail -n 30 "$T/configure.log" "$T/make.log" >&2
	fail "the copy did not build"
}

# The guide's commands, in order, as one script, for Esperanto.
sed -n 's/^    \$ //p' doc/TRANSLATING.md >"$T/all"
grep -q '^LL=fr$' "$T/all" || fail "the guide no longer starts with 'LL=fr'"
sed -e 's/^LL=fr$/LL=eo/' "$T/all" >"$T/guide.sh"
# Where the guide says to translate: one title, and the words to avoid.
line=$(grep -n -m1 '^make -C build$' "$T/guide.sh" | cut -d: -f1)
[ -n "$line" ] || fail "the guide no longer builds with 'make -C build'"
head -n $((line - 1)) "$T/guide.sh" >"$T/part1.sh"
tail -n +"$line" "$T/guide.sh" >"$T/part2.sh"

sh -e -x "$T/part1.sh" >"$T/out1" 2>&1 || { cat "$T/out1" >&2; fail "the guide's first commands failed"; }
[ -f po/eo.po ] && [ -f content/po/eo.po ] || fail "the guide made no catalogues"
grep -q 'charset=UTF-8' po/eo.po && grep -q 'charset=UTF-8' content/po/eo.po ||
	fail "a new catalogue does not say charset=UTF-8"
python3 - content/po/eo.po <<'PY' || fail "could not fill in a translation"
import sys
p = sys.argv[1]
s = open(p, encoding="utf-8").read()
old = 'msgctxt "title"\nmsgid "The real consequences"\nmsgstr ""'
assert old in s
s = s.replace(old, 'msgctxt "title"\nmsgid "The real consequences"\nmsgstr "La veraj sekvoj ĉi tie"')
open(p, "w", encoding="utf-8").write(s)
PY
printf 'eo\tpedofil\n' >>po/banned-words.txt

LL=eo sh -e -x "$T/part2.sh" >"$T/out2" 2>&1 || { tail -n 40 "$T/out2" >&2; fail "the guide's later commands failed"; }
grep -q "La veraj sekvoj ĉi tie" "$T/out2" || {
	tail -n 40 "$T/out2" >&2
	fail "the translated title does not show in 'steady list'"
}
grep -q "1 translated message" "$T/out2" || fail "msgfmt --statistics did not count the translation"
echo "doc/TRANSLATING.md's commands give a language that shows in steady"
