#!/bin/sh
# SPDX-FileCopyrightText: 2026 The steady authors
# SPDX-License-Identifier: GPL-3.0-or-later
# report.sh: the counsellor's round trip from the command line. The client
# reports on two homework modules filled in twice each, in both formats,
# by module and by date, and seals it for the counsellor's key; the
# counsellor's key opens it, another key and a wrong passphrase do not,
# and a flipped bit or a cut is refused. Files are new, 0600, never over
# an existing one, never through a link; nothing is written without a yes.
. "$top_srcdir/tests/lib.sh"
need_test_build # the diaries it makes have weak key costs

export STEADY_DIARY_COSTS=min
MK="$top_builddir/tests/cli/mkdiary"
[ -x "$MK" ] || fail "no mkdiary helper"
D="$T/diary"
printf 'client words\n' >"$T/pw"
printf 'counsellor words\n' >"$T/cpw"
printf 'other words\n' >"$T/opw"

# The counsellor makes a key pair.
expect_status 0 "$STEADY" --passphrase-fd 3 counsellor keygen "$T/keys" 3<"$T/cpw"
fp=$(sed -n 's/^Its fingerprint: \([0-9a-f ]*\) (.*/\1/p' "$T/out")
case $fp in ????\ ????\ ????\ ????\ ????) ;; *) fail "no fingerprint: $(cat "$T/out")" ;; esac
[ "$(stat -c %a "$T/keys/counsellor.key")" = 600 ] || fail "the secret key is not 0600"
[ "$(stat -c %s "$T/keys/counsellor.key")" = 148 ] || fail "the key file's size"
key=$(cat "$T/keys/counsellor.pub")
case $key in steady-key-1:???????????????????????????????????????????) ;; *) fail "public key: $key" ;; esac
expect_in "$T/out" "counsellor_key: $key"
# Never over a key: the reports sealed for it would be lost.
expect_status 1 "$STEADY" --passphrase-fd 3 counsellor keygen "$T/keys" 3<"$T/cpw"
expect_in "$T/err" "already holds a counsellor's key"
expect_status 0 "$STEADY" --passphrase-fd 3 counsellor keygen "$T/other" 3<"$T/opw"

# The homework, with the counsellor's key in it, added by the client.
mkdir -p "$T/hw"
for m in urge-log week-check; do
	sed "s/^  set_by: .*/&\n  counsellor_key: $key/" "$top_srcdir/tests/data/report/$m.yaml" >"$T/hw/$m.yaml"
done
expect_status 0 "$STEADY" add "$T/hw/urge-log.yaml" "$T/hw/week-check.yaml"
# The key's fingerprint, to compare with the counsellor's; a swapped key is loud.
expect_in "$T/out" "the fingerprint $fp. Check with your counsellor"
expect_not_in "$T/err" "WARNING"
okey=$(cat "$T/other/counsellor.pub")
sed "s/^  set_by: .*/&\n  counsellor_key: $okey/" "$top_srcdir/tests/data/report/week-check.yaml" >"$T/swapped.yaml"
expect_status 0 "$STEADY" add "$T/swapped.yaml"
expect_in "$T/err" "WARNING: this version names a DIFFERENT counsellor's key from the one before (fingerprint $fp, now"
expect_status 0 "$STEADY" add "$T/hw/week-check.yaml"

# Filled in twice each (2026-12-01, -03, -05, -07 at noon UTC).
export TZ=UTC
day() { echo $((1796126400 + ($1 - 1) * 86400)); }
"$MK" "$D" "client words" "$(day 1)" urge-log urge=7 situation=bored,stressed "note=Went for a walk" || fail mkdiary
"$MK" "$D" "client words" "$(day 3)" urge-log urge=3 situation=alone || fail mkdiary
"$MK" "$D" "client words" "$(day 5)" week-check urges=some sleep=badly || fail mkdiary
"$MK" "$D" "client words" "$(day 7)" week-check urges=never sleep=well || fail mkdiary

run() {
	want=$1
	shift
	got=0
	"$STEADY" --diary "$D" --passphrase-fd 3 "$@" >"$T/out" 2>"$T/err" 3<"$T/pw" </dev/null || got=$?
	[ "$got" -eq "$want" ] || {
		cat "$T/out" "$T/err" >&2
		fail "'steady $*' exited $got, expected $want"
	}
}

# Markdown on screen: question text and labels, never ids.
run 0 report
expect_in "$T/out" "# Homework report"
expect_in "$T/out" "## Evening urge log"
expect_in "$T/out" "Set by Sam, your counsellor. Every day. Until 31 December 2027."
expect_in "$T/out" "### 2026-12-01 12:00"
expect_in "$T/out" "**How strong was the urge?**"
expect_in "$T/out" "7 (on a scale from 0 to 10)"
expect_in "$T/out" "- I was bored"
expect_in "$T/out" "- I was stressed"
expect_in "$T/out" "> Went for a walk"
expect_in "$T/out" "Score: 3 (A harder week)"
expect_in "$T/out" "Score: 0 (A steadier week)"
expect_in "$T/out" "    2026-12-01 12:00  ##############......  7"
expect_in "$T/out" "    2026-12-03 12:00  ######..............  3"
expect_in "$T/err" "not encrypted"
for id in bored stressed situation urges= sleep= most never; do
	expect_not_in "$T/out" "$id,"
done
expect_not_in "$T/out" "bored,stressed"

# JSON, by module and by date.
run 0 --format json --from 2026-12-02 --to 2026-12-06 report urge-log week-check
python3 -c 'import json,sys; json.load(open(sys.argv[1]))' "$T/out" 2>/dev/null ||
	{ command -v python3 >/dev/null && fail "not JSON: $(cat "$T/out")"; }
expect_in "$T/out" '"format":"steady-report","version":1,"from":"2026-12-02","to":"2026-12-06"'
expect_in "$T/out" '{"question":"How strong was the urge?","type":"scale","value":3,"min":0,"max":10'
expect_in "$T/out" '"labels":["I was alone"]'
expect_in "$T/out" '"score":3,"band":"A harder week"'
expect_not_in "$T/out" '2026-12-01T'
expect_not_in "$T/out" '2026-12-07T'
run 0 report week-check
expect_not_in "$T/out" "Evening urge log"
run 1 report no-such-module
expect_in "$T/err" "there is no module with the id 'no-such-module'"
run 1 --from 2027-02-30 report
expect_in "$T/err" "'2027-02-30' is not a date"

# To a file: shown whole on the terminal first, then nothing without a yes.
# No terminal here: not shown, so not written, and no copy on standard output.
run 1 -o "$T/plain.md" report
expect_not_in "$T/out" "How was this week?"
expect_in "$T/err" "no terminal to show you the report on"
expect_in "$T/err" "nothing was written"
[ ! -e "$T/plain.md" ] || fail "a report was written without a yes"
run 0 --yes -o "$T/plain.md" report
[ "$(stat -c %a "$T/plain.md")" = 600 ] || fail "the report is not 0600"
expect_in "$T/plain.md" "**What was going on?**"
run 1 -o "$T/plain.md" report
expect_in "$T/err" "already exists"
ln -s "$T/elsewhere" "$T/link.md"
run 1 -o "$T/link.md" report
[ ! -e "$T/elsewhere" ] || fail "a link was followed"

# Standard output not a terminal, but there is one: the report is shown on
# the terminal, never copied to where standard output went.
if command -v python3 >/dev/null; then
	python3 "$top_srcdir/tests/cli/tty.py" run -w "Type yes" -s yes -- /bin/sh -c \
		'"$1" --diary "$2" --passphrase-fd 3 --seal -o "$3" report 3<"$4" >"$5"' sh \
		"$STEADY" "$D" "$T/ttysealed" "$T/pw" "$T/ttyout" >"$T/tty" 2>&1 ||
		fail "sealing on a terminal: $(cat "$T/tty")"
	expect_in "$T/tty" "How strong was the urge?"
	expect_not_in "$T/ttyout" "urge"
	expect_in "$T/ttyout" "Written to"
	head -c 8 "$T/ttysealed" | grep -q STEADYSR || fail "no sealed report from the terminal"
	# Ctrl-C at the question leaves no file behind, not even an empty one.
	python3 "$top_srcdir/tests/cli/tty.py" run -w "Type yes" -s "$(printf '\003')" -- /bin/sh -c \
		'"$1" --diary "$2" --passphrase-fd 3 --seal -o "$3" report 3<"$4" >/dev/null' sh \
		"$STEADY" "$D" "$T/interrupted" "$T/pw" >"$T/tty" 2>&1 && fail "Ctrl-C did not stop it"
	[ ! -e "$T/interrupted" ] || fail "Ctrl-C at the question left a file"
fi

# Sealed: nothing of it readable, opened by the counsellor's key only.
run 2 --seal report
run 1 --seal -o "$T/sealed" report
expect_not_in "$T/out" "urge"
[ ! -e "$T/sealed" ] || fail "a sealed report was written unread"
run 0 --yes --seal -o "$T/sealed" report
expect_in "$T/err" "sealed for the counsellor's key with the fingerprint $fp"
expect_not_in "$T/out" "urge"
expect_not_in "$T/out" "Homework report"
[ "$(stat -c %a "$T/sealed")" = 600 ] || fail "the sealed report is not 0600"
head -c 8 "$T/sealed" | grep -q STEADYSR || fail "no magic"
! grep -q "urge" "$T/sealed" || fail "the sealed report holds the text"
[ $(( ($(stat -c %s "$T/sealed") - 60) % 1024 )) = 0 ] || fail "not padded"
expect_status 0 "$STEADY" --passphrase-fd 3 counsellor open "$T/sealed" "$T/keys" 3<"$T/cpw"
expect_in "$T/out" "**How strong was the urge?**"
expect_in "$T/out" "- I was stressed"
expect_in "$T/out" "Score: 3 (A harder week)"
expect_status 1 "$STEADY" --passphrase-fd 3 counsellor open "$T/sealed" "$T/other" 3<"$T/opw"
expect_in "$T/err" "does not open with the key"
expect_not_in "$T/out" "urge"
expect_status 1 "$STEADY" --passphrase-fd 3 counsellor open "$T/sealed" "$T/keys" 3<"$T/opw"
expect_in "$T/err" "the passphrase does not open the key"

# Control characters and bidi overrides in a report (a forged one, or typed
# by the client) are shown, never written raw: not to a pipe, nor to -o.
"$MK" "$T/forged" "client words" "$(day 2)" urge-log urge=1 situation=alone "$(printf 'note=bell\a esc\033]0;title\a rlo\342\200\256txt.exe')" || fail mkdiary
"$STEADY" --diary "$T/forged" --passphrase-fd 3 --yes --seal -o "$T/forged.report" report urge-log 3<"$T/pw" >/dev/null 2>&1 || fail "sealing the forged report"
expect_status 0 "$STEADY" --passphrase-fd 3 counsellor open "$T/forged.report" "$T/keys" 3<"$T/cpw"
expect_in "$T/out" "rlo<U+202E>txt.exe"
cp "$T/out" "$T/opened"
expect_status 0 "$STEADY" --passphrase-fd 3 --yes -o "$T/forged.md" counsellor open "$T/forged.report" "$T/keys" 3<"$T/cpw"
for f in "$T/opened" "$T/forged.md"; do
	expect_in "$f" "esc"
	! LC_ALL=C grep -q "$(printf '[\001-\011\013-\037\177]')" "$f" || fail "a control character written raw to $f"
	! grep -q "$(printf '\342\200\256')" "$f" || fail "a bidi override written raw to $f"
done

# A key file cut off, or with costs below the floor, is said before the
# passphrase is asked (none is given here), never as a wrong passphrase.
head -c 100 "$T/keys/counsellor.key" >"$T/cutkey"
expect_status 1 "$STEADY" --passphrase-fd 3 counsellor open "$T/sealed" "$T/cutkey" 3</dev/null
expect_in "$T/err" "is cut off, or has bytes added"
expect_not_in "$T/err" "passphrase does not open"
if [ "${TEST_BUILD:-no}" = yes ]; then
	# This key was made with a test build's costs: below the floor without them.
	expect_status 1 env -u STEADY_DIARY_COSTS "$STEADY" --passphrase-fd 3 counsellor open "$T/sealed" "$T/keys" 3</dev/null
	expect_in "$T/err" "below steady's floor"
fi

# The report and the key the wrong way round: each is named for what it is not.
expect_status 1 "$STEADY" --passphrase-fd 3 counsellor open "$T/keys/counsellor.key" "$T/keys" 3<"$T/cpw"
expect_in "$T/err" "is not a report sealed by steady"
expect_status 1 "$STEADY" --passphrase-fd 3 counsellor open "$T/sealed" "$T/sealed" 3<"$T/cpw"
expect_in "$T/err" "$T/sealed is not a counsellor's secret key"

# A flipped bit anywhere, or a cut, is refused.
size=$(stat -c %s "$T/sealed")
for at in 9 12 40 100 $((size / 2)) $((size - 1)); do
	cp "$T/sealed" "$T/bad"
	python3 - "$T/bad" "$at" <<'PY' || fail "could not flip a bit"
import sys
p, at = sys.argv[1], int(sys.argv[2])
b = bytearray(open(p, 'rb').read())
b[at] ^= 0x10
open(p, 'wb').write(b)
PY
	expect_status 1 "$STEADY" --passphrase-fd 3 counsellor open "$T/bad" "$T/keys" 3<"$T/cpw"
	expect_not_in "$T/out" "urge"
done
head -c $((size - 1024)) "$T/sealed" >"$T/cut"
expect_status 1 "$STEADY" --passphrase-fd 3 counsellor open "$T/cut" "$T/keys" 3<"$T/cpw"
expect_in "$T/err" "changed or cut off"

# A new version renames an option and a question: the old answers are
# still told in words, what no longer fits is said, and no id shows.
sed -e "s/^  set_by: .*/&\n  counsellor_key: $key/" -e 's/id: bored/id: boredom/' -e 's/id: note/id: instead/' \
	"$top_srcdir/tests/data/report/urge-log.yaml" >"$T/hw/urge-log.yaml"
expect_status 0 "$STEADY" add "$T/hw/urge-log.yaml"
expect_in "$T/out" "option 'bored' of question 'situation'"
run 0 report urge-log
expect_in "$T/out" "- I was stressed"
expect_in "$T/out" "(2 parts of this answer are to questions or options that are no longer in the module, so they are left out.)"
expect_not_in "$T/out" "bored"
expect_not_in "$T/out" "Went for a walk"

# A key of the right form that nobody can hold is refused by check and add.
for bad in AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA 4Ot6fDtBuK4WVuP68Z_EatoJjeucMrH9hmIFFl9JuAA; do
	sed "s/^  set_by: .*/&\n  counsellor_key: steady-key-1:$bad/" "$top_srcdir/tests/data/report/week-check.yaml" >"$T/badkey.yaml"
	expect_status 1 "$STEADY" check "$T/badkey.yaml"
	expect_in "$T/err" "is not one that reports can be sealed for"
	expect_status 1 "$STEADY" add "$T/badkey.yaml"
done

# A module without the key cannot be sealed for anyone.
cp "$top_srcdir/tests/data/report/week-check.yaml" "$T/hw/week-check.yaml"
expect_status 0 "$STEADY" add "$T/hw/week-check.yaml"
run 1 --yes --seal -o "$T/sealed2" report
expect_in "$T/err" "names no counsellor's key"
[ ! -e "$T/sealed2" ] || fail "a report was left behind"
exit 0
