#!/bin/sh
# The content guide's language rules hold in every language: none of the
# stigmatising labels, "child pornography", or streak counting appears in the
# bundled modules, the helpline directory or any translation. (Searched in
# what readers see: the YAML and every msgstr.)
. "$top_srcdir/tests/lib.sh"
cd "$top_srcdir" || fail "no source tree"

# English, German and Dutch forms of the words CONTENT.md rules out.
banned='pa?edophil|child ?porn|pervert|sex ?offender|monster|days clean|streak'
banned="$banned|kinderporn|p(ä|ae)dophil|pervers|sexualstraft(ä|ae)ter|tage clean|tage sauber"
banned="$banned|pedofiel|pedo\\b|kinderporno|zedendelinquent|viezerik|dagen clean|dagen schoon"

status=0
for f in content/*.yaml content/examples/*.yaml; do
	if grep -n -i -E "$banned" "$f" >"$T/hits"; then
		sed "s|^|$f:|" "$T/hits" >&2
		status=1
	fi
done
for po in content/po/*.po po/*.po; do
	[ -f "$po" ] || continue
	# Only the translations: msgstr lines and their continuation lines.
	awk '/^msgstr/ { on = 1 } /^msgid/ || /^msgctxt/ || /^#/ { on = 0 } on' "$po" |
		grep -n -i -E "$banned" >"$T/hits" && {
		sed "s|^|$po: |" "$T/hits" >&2
		status=1
	}
done
[ "$status" -eq 0 ] || fail "words the content guide rules out (above)"
echo "no stigmatising labels, 'child pornography' or streaks in any language"
