#!/bin/sh
# SPDX-FileCopyrightText: 2026 The steady authors
# SPDX-License-Identifier: GPL-3.0-or-later
# A fuzzy translation is never shown: the English is shown instead. Checked
# through a counsellor's own text domain, whose catalogue steady finds in the
# locale/ folder beside the module, compiled as the build compiles ours.
. "$top_srcdir/tests/lib.sh"
mkdir -p "$T/mod/locale/de/LC_MESSAGES"
cp "$top_srcdir/tests/data/i18n-domain/kept.yaml" "$top_srcdir/tests/data/i18n-domain/doubtful.yaml" "$T/mod/"
msgfmt --check -o "$T/mod/locale/de/LC_MESSAGES/fuzzy-test.mo" \
	"$top_srcdir/tests/data/i18n-domain/de.po" || fail "msgfmt failed"

LANGUAGE=de expect_status 0 "$STEADY" --content-dir "$T/mod" list
expect_in "$T/out" "Ein übersetzter Titel"
expect_not_in "$T/out" "A translated title"
expect_in "$T/out" "A doubtful title"
expect_not_in "$T/out" "Ein zweifelhafter Titel"

# The template of such a module comes from the same loader, with the context.
expect_status 0 "$STEADY" strings "$T/mod/kept.yaml"
expect_in "$T/out" 'msgctxt "title"'
expect_in "$T/out" 'msgid "A translated title"'
expect_in "$T/out" "#: $T/mod/kept.yaml:3"
echo "fuzzy entries show the English; a module's own domain is found beside it"
