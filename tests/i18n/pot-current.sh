#!/bin/sh
# SPDX-FileCopyrightText: 2026 The steady authors
# SPDX-License-Identifier: GPL-3.0-or-later
# pot-current.sh: the committed templates match the sources, so a stale
# template cannot ship unnoticed. Run `make update-po` when this fails.
. "$top_srcdir/tests/lib.sh"
cd "$top_srcdir" || fail "no source tree"

# The content's template is made by the loader itself.
# make update-po keeps the references by file only (msgcat --add-location=file).
"$STEADY" strings content >"$T/strings.pot" 2>"$T/err" || {
	cat "$T/err" >&2
	fail "steady strings content failed"
}
msgcat --add-location=file -o "$T/content.pot" "$T/strings.pot" || fail "msgcat failed"
diff -u content/po/steady-content.pot "$T/content.pot" >"$T/diff" || {
	head -n 40 "$T/diff" >&2
	fail "content/po/steady-content.pot is stale: run 'make update-po' in the build folder"
}

# Every C file with interface text is listed for xgettext.
for f in $(grep -l -E '\b(_|N_|C_|ngettext)\(' $(find src -name '*.c' | sort)); do
	grep -qx "$f" po/POTFILES.in || fail "$f has translatable text but is not in po/POTFILES.in"
done

# The interface's template has exactly the msgids xgettext finds now.
xgettext --default-domain=steady --directory=. --files-from=po/POTFILES.in \
	--keyword=_ --keyword=N_ --keyword=ngettext:1,2 --keyword=C_:1c,2 --from-code=UTF-8 \
	--add-comments=TRANSLATORS: --output="$T/ui.pot" || fail "xgettext failed"
# It says UTF-8, so that msginit writes a catalogue that can hold accents.
grep -q '^"Content-Type: text/plain; charset=UTF-8\\n"$' po/steady.pot ||
	fail "po/steady.pot does not say charset=UTF-8: run 'make update-po'"
msgcmp --use-untranslated po/steady.pot "$T/ui.pot" 2>"$T/cmp1" &&
	msgcmp --use-untranslated "$T/ui.pot" po/steady.pot 2>"$T/cmp2" || {
	cat "$T/cmp1" "$T/cmp2" | head -n 20 >&2
	fail "po/steady.pot is stale: run 'make update-po' in the build folder"
}
echo "templates are current"
