#!/bin/sh
# SPDX-FileCopyrightText: 2026 The steady authors
# SPDX-License-Identifier: GPL-3.0-or-later
# Terminal abuse: thousands of random keys (letters, control and function
# keys, escape-sequence fragments, invalid UTF-8, pasted bursts) and random
# resizes on every screen reachable from Home, then a storm of resizes
# (1x1, 20x6, 200x60...). steady must stay alive throughout: it may leave
# on its own only with status 0 (a random "q" on Home, or Quit), and it is
# started again then. At the end of each screen's turn, Ctrl-Q must end it
# with status 0. An unknown TERM gets a message, not a crash; TERM=dumb gets
# plain mode, which takes random lines without a crash.
#
# Ctrl-Q, Ctrl-C, Ctrl-Z and Ctrl-\ are not among the random keys: the first
# two end the session (tested elsewhere), Ctrl-Z would stop it (no job
# control here), and after an exit Ctrl-C or Ctrl-\ would end the pane.
#
# The keys come from a fixed seed, printed below; STEADY_ABUSE_SEED=N repeats
# a run, STEADY_ABUSE_KEYS=N sets the random keys per screen (default 300).
. "$top_srcdir/tests/lib.sh"
modules=$(find "$top_srcdir/content" -maxdepth 1 -name '*.yaml' ! -name helplines.yaml | grep -c .)
set -f # key names such as '*' and '?' are not file patterns here

seed=${STEADY_ABUSE_SEED:-20261129}
per_screen=${STEADY_ABUSE_KEYS:-300}
echo "abuse: seed $seed (repeat with STEADY_ABUSE_SEED=$seed), $per_screen keys per screen"

mkdir -p "$XDG_CONFIG_HOME/steady"
printf 'region=GB\n' >"$XDG_CONFIG_HOME/steady/settings"

# gen SEED COUNT: a script of abuse, one tmux action a line:
#   K key...  keys by name    H xx...  raw bytes in hex
#   L text    pasted text     R C R    resize to C columns, R rows
gen() {
	awk -v seed="$1" -v count="$2" '
	function pick(a, n) { return a[int(rand() * n) + 1] }
	BEGIN {
		srand(seed)
		nk = split("a b c d e f g h i j k l m n o p q r s t u v w x y z " \
			"A B E H J K N Q S X Y Z 0 1 2 3 4 5 6 7 8 9 . , : ! ? * / @ # ( ) [ ] = + _ ~ " \
			"Space Space Space Enter Enter Enter Escape Escape Tab BTab " \
			"Up Up Down Down Down Left Right Home End PPage NPage IC DC BSpace BSpace " \
			"F1 F2 F3 F4 F5 F6 F7 F8 F9 F10 F11 F12 " \
			"C-a C-b C-d C-e C-f C-g C-h C-i C-j C-k C-l C-m C-n C-o C-p C-r C-s " \
			"C-t C-u C-v C-w C-x C-y M-a M-x M-Enter M-Up C-Left C-Right S-Up S-Down " \
			"C-Home C-End S-Tab C-Up M-BSpace", keys, " ")
		nw = split("I feel calm today. ok é ü ß 語 日本 😊 a\314\201 \342\200\256rtl \t " \
			"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx " \
			"-dash %s%n%x {{}} \\\\ \"quote\" \047single\047 $HOME", words, " ")
		# Escape-sequence fragments and bytes that are not UTF-8 (no 03 11 1a 1c).
		nh = split("1b|1b 5b|1b 5b 31 3b|1b 5b 3f 31 30 34 39 68|1b 4f|1b 5b 4d 20 21 21|" \
			"1b 5d 30 3b|ff|fe|c0 af|e2 82|ed a0 80|f4 90 80 80|80|bf bf|f8 88 80 80 80|" \
			"c3|00|7f|e2 80 ae|ef bb bf|9b 33 31 6d|1b 5b 32 30 30 7e", hex, "|")
		nsz = split("1 1|20 6|200 60|80 24|2 2|3 1|1 40|120 5|40 12|81 25|30 8", sizes, "|")
		for (done = 0; done < count;) {
			r = rand()
			if (r < 0.70) {
				n = int(rand() * 12) + 1
				line = "K"
				for (i = 0; i < n; i++)
					line = line " " pick(keys, nk)
				print line
				done += n
			} else if (r < 0.85) {
				print "H " pick(hex, nh)
				done++
			} else if (r < 0.95) {
				n = int(rand() * 40) + 1
				line = ""
				for (i = 0; i < n; i++)
					line = line pick(words, nw) " "
				print "L " line
				done++
			} else {
				print "R " pick(sizes, nsz)
				done++
			}
		}
	}'
}

# play FILE: sends the script; after each line checks that steady is alive,
# starting it again after a clean exit (status 0) and failing on any other.
play() {
	# shellcheck disable=SC2086 # key names and hex bytes split into arguments
	while IFS= read -r line; do
		case $line in
		K\ *) tui_keys ${line#K } ;;
		H\ *) tui_keys -H ${line#H } ;;
		L\ *) tui_keys -l -- "${line#L }" ;;
		R\ *) tui_resize ${line#R } ;;
		esac
		echo "$line" >>"$T/sent"
		alive
	done <"$1"
}

# alive: fails when steady ended with a status other than 0; after a clean
# exit, starts it again on the same screen's way in. The status goes to a
# file, since keys sent after the exit could scroll a message off the screen.
alive() {
	[ -s "$T/status" ] || return 0
	status=$(cat "$T/status")
	if [ "$status" -ne 0 ]; then
		tui_screen >&2
		echo "abuse: the last keys sent:" >&2
		tail -n 5 "$T/sent" >&2
		find "$T" -maxdepth 1 -name "san.*" -exec cat {} + >&2
		fail "steady ended with status $status on screen '$screen' (seed $seed)"
	fi
	restarts=$((restarts + 1))
	start
}

# quit: Ctrl-Q must end steady with status 0.
quit() {
	tui_keys C-q
	end=$(($(date +%s) + 10))
	while [ ! -s "$T/status" ] && [ "$(date +%s)" -le "$end" ]; do
		sleep 0.05
	done
	[ "$(cat "$T/status" 2>/dev/null)" = 0 ] || {
		tui_screen >&2
		fail "Ctrl-Q on screen '$screen' did not end steady with status 0 (seed $seed)"
	}
}

# new_server: ends this tmux server and names a fresh one (lib.sh's
# tui_restart lengthens the name each time, too much for many restarts).
nserver=0
new_server() {
	tmux -L "$TMUX_SOCK" kill-server 2>/dev/null || true
	nserver=$((nserver + 1))
	TMUX_SOCK="steady-abuse-$$-$nserver"
}

# start: a fresh steady at 80x24 on Home, then the way to the screen.
start() {
	new_server
	rm -f "$T/status"
	# Once steady has ended, the terminal stops echoing the keys still coming.
	# A sanitizer build writes its report to a file, shown when the test fails.
	tui_start 80 24 "ASAN_OPTIONS='${ASAN_OPTIONS:-}:log_path=$T/san'" \
		"UBSAN_OPTIONS='${UBSAN_OPTIONS:-}:log_path=$T/san'" \
		"$STEADY; echo \$? >'$T/status'; stty -echo"
	tui_wait "Get help now"
	case $screen in
	home) ;;
	module:*)
		tui_keys Enter
		tui_wait_gone "Take your time"
		i=0
		while [ "$i" -lt "${screen#module:}" ]; do
			tui_keys Down
			i=$((i + 1))
		done
		tui_keys Enter
		;;
	*)
		i=0
		while [ "$i" -lt "$screen" ]; do
			tui_keys Down
			i=$((i + 1))
		done
		tui_keys Enter
		tui_wait_gone "Take your time"
		;;
	esac
}

screens="home"
i=0
while [ "$i" -lt "$modules" ]; do
	screens="$screens module:$i"
	i=$((i + 1))
done
# Home's entries below Modules: Self-check, Diary, Get help now, Settings.
screens="$screens 1 2 3 4"

restarts=0 total=0 n=0
for screen in $screens; do
	n=$((n + 1))
	gen $((seed + n)) "$per_screen" >"$T/script"
	total=$((total + per_screen))
	start
	play "$T/script"
	alive
	quit
done
echo "abuse: $total random keys on $n screens; steady left cleanly on its own $restarts times"

# Resizing storm on a module's player, with keys in between.
screen=module:0
start
gen $((seed + 1000)) 60 >"$T/script"
awk -v seed="$seed" 'BEGIN {
	srand(seed)
	split("1 1|20 6|200 60|2 1|1 2|300 100|79 23|80 24|10 3", s, "|")
	for (i = 0; i < 200; i++) print "R " (rand() < 0.3 ? s[int(rand() * 9) + 1] : \
		int(rand() * 220) + 1 " " int(rand() * 70) + 1)
}' >>"$T/script"
play "$T/script"
tui_resize 80 24
tui_keys C-l
alive
quit
echo "abuse: 200 resizes between 1x1 and 300x100"

# A terminal steady cannot drive: a message and status 1, never a crash.
new_server
tui_start 80 24 "TERM=nonexistent-term $STEADY"
tui_wait "__EXITED__ 1"
tui_keys a Enter C-a
tui_screen >"$T/screen"
expect_in "$T/screen" "steady"
grep -Eq 'Sanitizer|core dumped|Segmentation' "$T/screen" && fail "an unknown TERM: a crash"

# TERM=dumb is plain mode: lines of random keys, control characters and
# escape fragments are answered, never a crash; quit still leaves with 0.
new_server
tui_start 80 24 "TERM=dumb $STEADY"
tui_wait "steady, in plain mode."
for line in "a" "99" " -1" "1 2 3" "$(printf 'x\033[A')" "$(printf '\001\002')" "\\" "%s%n" \
	"1" "9999999999999999999" "back" "2" "skip" "home"; do
	tui_keys -l "$line"
	tui_keys Enter
done
tui_keys quit Enter
tui_wait "__EXITED__ 0"
tui_screen >"$T/screen"
grep -Eq 'Sanitizer|core dumped|Segmentation' "$T/screen" && fail "TERM=dumb: a crash"
exit 0
