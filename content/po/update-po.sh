#!/bin/sh
# SPDX-FileCopyrightText: 2026 The steady authors
# SPDX-License-Identifier: GPL-3.0-or-later
# update-po.sh STEADY MSGCAT MSGMERGE: run in a source tree, refresh
# content/po/steady-content.pot from the bundled modules and merge it into
# every catalogue named in content/po/LINGUAS. `make update-po` runs it, and
# so does tests/i18n/update-po.sh, so what is tested is what translators get.
#
# References name the file only (--add-location=file): a change in one module
# moves no line numbers in other entries, so it changes nothing else in any
# catalogue. --previous keeps the English a fuzzy entry was translated from
# (#| lines), so a translator can compare a changed paragraph.
set -eu
steady=$1 msgcat=$2 msgmerge=$3
"$steady" strings content >content/po/steady-content.pot.new
"$msgcat" --add-location=file -o content/po/steady-content.pot.new content/po/steady-content.pot.new
mv content/po/steady-content.pot.new content/po/steady-content.pot
# Written out whole (not --update, which keeps a file it finds unchanged as
# it is), so a catalogue edited by hand takes msgmerge's own line wrapping
# at once and a later change moves nothing else.
for l in $(sed -e 's/#.*//' content/po/LINGUAS); do
	"$msgmerge" --quiet --previous --add-location=file -o "content/po/$l.po.new" \
		"content/po/$l.po" content/po/steady-content.pot
	if cmp -s "content/po/$l.po.new" "content/po/$l.po"; then
		rm -f "content/po/$l.po.new"
	else
		mv "content/po/$l.po.new" "content/po/$l.po"
	fi
done
