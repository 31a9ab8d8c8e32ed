#!/bin/sh
# SPDX-FileCopyrightText: 2026 The steady authors
# SPDX-License-Identifier: GPL-3.0-or-later
# Confidentiality is stated exactly (CONTENT.md): a helpline WILL pass on what
# identifies a child or anyone else at risk, and only if the caller has given
# details that identify them. "May pass information on", in any language, is
# the wording a clinical reviewer found and asked to be replaced: uncertainty
# about confidentiality is the main reason people do not ask for help.
. "$top_srcdir/tests/lib.sh"
cd "$top_srcdir" || fail "no source tree"

# The English text and every translation, each file on one line, so that a
# phrase broken across lines is still found.
flat() { tr '\n' ' ' <"$1" | sed 's/"  *"//g; s/\\n/ /g; s/  */ /g'; }

status=0
vague='(may|might|could|can) pass (that |this |the |some )?(information )?on'
vague="$vague|(kann|können|könnte)[^.?:]{0,60}Information(en)? weiterg(eben|ibt)"
vague="$vague|(kan|kunnen)[^.?:]{0,40}informatie doorgeven"
for f in content/*.yaml content/po/*.po; do
	if flat "$f" | grep -o -i -E "[^.]{0,40}($vague)[^.]{0,20}" >"$T/hits"; then
		sed "s|^|$f: |" "$T/hits" >&2
		status=1
	fi
done

# Where steady explains what a helpline passes on, it says "will", with the
# condition.
for f in content/helpline.yaml content/welcome.yaml content/consequences.yaml content/helplines.yaml; do
	flat "$f" | grep -q "will pass that on" ||
		{ echo "$f: no 'will pass that on'" >&2 && status=1; }
	flat "$f" | grep -q -E "given details that identify you|give details that identify you" ||
		{ echo "$f: the condition 'if you have given details that identify you' is missing" >&2 && status=1; }
done
[ "$status" -eq 0 ] || fail "confidentiality is not stated as CONTENT.md asks (above)"
echo "confidentiality stated exactly, in every language"
