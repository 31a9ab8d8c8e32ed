#!/bin/sh
# SPDX-FileCopyrightText: 2026 The steady authors
# SPDX-License-Identifier: GPL-3.0-or-later
# A whole session leaves nothing readable behind: the first start, setting
# up the diary and writing an entry on the screens, a module with free text
# (its answers kept in the diary), Ctrl-Q, then `steady diary add`. After it,
# no file under $HOME, $TMPDIR or /dev/shm was made or changed other than
# the diary's files (diary, diary.bak, diary.lock) and the settings file,
# and no file there holds any text typed in the session or the passphrase.
# With strace at hand, every file steady opened for writing, made, renamed,
# linked or removed, anywhere, must be one of those too (or the terminal).
#
# /dev/shm is the machine's, and other programs write there at any time: the
# test runs in a mount namespace of its own, with an empty /dev/shm that only
# it sees. Where it cannot make one, strace alone watches /dev/shm (steady's
# own calls); with neither, the test is skipped.
if [ -z "${STEADY_OWN_SHM:-}" ]; then
	if [ "$(id -u)" -eq 0 ]; then ns="unshare -m"; else ns="unshare -rm"; fi
	shm='mount -t tmpfs -o mode=1777,size=16m steady-shm /dev/shm'
	if $ns sh -c "$shm" 2>/dev/null; then
		STEADY_OWN_SHM=yes exec $ns sh -c "$shm && exec sh \"\$0\"" "$0"
	fi
	STEADY_OWN_SHM=no
fi
. "$top_srcdir/tests/lib.sh"
need_test_build
# In a user namespace root is someone else: tmux wants a socket folder of its own.
export TMUX_TMPDIR="$T"
shm=/dev/shm
if [ "$STEADY_OWN_SHM" != yes ]; then
	shm=
	echo "privacy: no mount namespace here (unshare); /dev/shm is watched by strace only"
fi
export STEADY_DIARY_COSTS=min
PASS="quiet harbour lantern"
# Markers: one per place text was typed, found nowhere on disk afterwards.
M_ENTRY=Xylophone7Entry M_TITLE=Quokka3Title M_MODULE=Zeppelin5Answer M_CLI=Marmoset9Cli
D="$XDG_DATA_HOME/steady/diary"
S="$XDG_CONFIG_HOME/steady/settings"

# A module with a free-text question, first in the Modules list.
mkdir -p "$T/mods"
cat >"$T/mods/privacy-note.yaml" <<'EOF'
steady: 1
id: privacy-note
title: A short note
summary: One question, for the privacy test.
minutes: 1
order: -1000
steps:
  - type: text
    id: note
    prompt: What is on your mind?
  - type: page
    text: Thank you.
EOF

snap() {
	find "$HOME" "$TMPDIR" $shm -printf '%p\t%y\t%s\t%T@\t%m\n' 2>/dev/null | sort
}
snap >"$T/before"

run="$STEADY --content-dir '$T/mods'"
if command -v strace >/dev/null 2>&1 && strace -f -o /dev/null true 2>/dev/null; then
	traced=yes
	# LeakSanitizer cannot run under ptrace; the rest of the suite checks leaks.
	run="ASAN_OPTIONS='${ASAN_OPTIONS:-}:detect_leaks=0'"
	run="$run strace -f -qq -o '$T/strace' -e trace=%file,truncate,ftruncate"
	run="$run $STEADY --content-dir '$T/mods'"
else
	traced=no
	# CI has strace (quickstart.sh installs it): there, half the test is a failure.
	[ "${CI:-}" != true ] || fail "strace cannot trace here, so steady's file calls go unwatched (strace)"
	echo "privacy: strace is not available here; the file-system snapshot still runs"
	[ -n "$shm" ] || {
		echo "SKIP: neither a mount namespace (unshare) nor strace, so /dev/shm cannot be watched"
		exit 77
	}
fi

# The first start: the region (C.UTF-8 names no country), the welcome
# module, then Home.
tui_start 80 24 "$run"
tui_wait "Your region" 20
tui_keys Enter
tui_wait "Step 1 of" 20
tui_keys Escape
tui_wait "Get help now"

# seen TEXT SECONDS: 0 once TEXT shows, 1 if it does not within SECONDS.
seen() {
	end=$(($(date +%s) + $2))
	while [ "$(date +%s)" -le "$end" ]; do
		tui_screen | grep -qF -- "$1" && return 0
		sleep 0.05
	done
	return 1
}

# The diary on the screens: set it up and write an entry.
tui_keys End Up Up Up Enter
in_diary="$M_CLI"
if seen "A private diary" 5; then
	in_diary="$M_ENTRY $M_TITLE $M_MODULE $M_CLI"
	tui_keys Enter
	tui_wait "Choose a passphrase"
	tui_keys -l "$PASS"
	tui_keys Enter
	tui_wait "Type the same passphrase again"
	tui_keys -l "$PASS"
	tui_keys Enter
	tui_wait "Your diary is ready"
	tui_keys n
	tui_wait "New entry"
	tui_keys -l "# $M_TITLE"
	tui_keys Enter
	tui_keys -l "$M_ENTRY written on the screens"
	tui_wait "$M_ENTRY"
	tui_keys C-s
	tui_wait "Saved."
	tui_keys Escape
	tui_wait "Entries, newest first"
	tui_wait "$M_TITLE"
else
	echo "privacy: no diary screens in this build; the diary is written by 'steady diary' only"
fi
tui_keys Escape
tui_wait "Get help now"

# A module with free text; its answers go to the open diary. Home: (Continue...),
# Modules, Self-check, Diary, Get help now, Settings, Quit.
tui_keys End Up Up Up Up Up Enter
tui_wait "A short note"
tui_keys Home Enter
if [ "$in_diary" != "$M_CLI" ]; then
	tui_wait "Save your answers to this module in your diary?"
	tui_keys Enter
fi
tui_wait "What is on your mind?"
tui_keys -l "$M_MODULE typed in a module"
tui_wait "$M_MODULE"
tui_keys Tab
tui_wait "Thank you."
tui_keys Enter
tui_keys C-q
tui_wait "__EXITED__ 0"

# And the command line.
printf '%s' "$PASS" >"$T/pass"
if [ ! -f "$D/diary" ]; then
	"$STEADY" --passphrase-fd 3 diary init 3<"$T/pass" >/dev/null 2>"$T/err" ||
		fail "steady diary init failed: $(cat "$T/err")"
fi
printf '%s from the command line\n' "$M_CLI" |
	"$STEADY" --passphrase-fd 3 diary add 3<"$T/pass" >/dev/null 2>"$T/err" ||
	fail "steady diary add failed: $(cat "$T/err")"

# The diary really holds it, so finding none of it below means something.
"$STEADY" --passphrase-fd 3 diary export 3<"$T/pass" >"$T/export" 2>"$T/err" ||
	fail "steady diary export failed: $(cat "$T/err")"
for m in $in_diary; do
	expect_in "$T/export" "$m"
done
rm -f "$T/export"

# Only the diary's files and the settings were made or changed.
snap >"$T/after"
allowed() {
	case $1 in
	"$D/diary" | "$D/diary.bak" | "$D/diary.lock" | "$S") return 0 ;;
	# The folders on the way to them.
	"$HOME" | "$HOME/.local" | "$XDG_DATA_HOME" | "$XDG_DATA_HOME/steady" | "$D") return 0 ;;
	"$XDG_CONFIG_HOME" | "$XDG_CONFIG_HOME/steady") return 0 ;;
	esac
	return 1
}
comm -13 "$T/before" "$T/after" | cut -f 1 >"$T/changed"
while IFS= read -r p; do
	allowed "$p" || fail "the session made or changed $p"
done <"$T/changed"
grep -qx "$D/diary" "$T/changed" || fail "no diary was written (the test did not do its job)"

# None of the typed text, nor the passphrase, in any file there.
for m in "$M_ENTRY" "$M_TITLE" "$M_MODULE" "$M_CLI" "$PASS"; do
	found=$(grep -rlF -- "$m" "$HOME" "$TMPDIR" $shm 2>/dev/null) &&
		fail "'$m' is readable in: $found"
done

# Every file steady touched for writing, anywhere.
if [ "$traced" = yes ]; then
	grep -E '^[0-9]+ +(open|openat|openat2|creat|mkdir|mkdirat|rename|renameat|renameat2|link|linkat|symlink|symlinkat|unlink|unlinkat|rmdir|truncate|ftruncate|chmod|fchmodat)\(' \
		"$T/strace" >"$T/calls" || fail "strace logged no file calls"
	# Reading is fine, and so is a call that failed (mkdir -p meeting a folder
	# that exists); anything else must stay in the allowed places.
	{
		grep -E '^[0-9]+ +open' "$T/calls" | grep -E 'O_WRONLY|O_RDWR|O_CREAT|O_TRUNC|O_APPEND|O_TMPFILE'
		grep -vE '^[0-9]+ +open' "$T/calls"
	} | grep -vE '= -1 E[A-Z]+ ' >"$T/writes" || true
	grep -o '"[^"]*"' "$T/writes" | tr -d '"' | sort -u >"$T/paths"
	while IFS= read -r p; do
		case $p in
		/dev/tty | /dev/pts/* | /dev/null) continue ;;
		"$S".??????) continue ;; # the settings' temporary file, renamed over it
		"$D/diary.new" | "$D/diary.bak.new") continue ;; # a save in progress
		esac
		allowed "$p" || {
			grep -F "\"$p\"" "$T/writes" >&2
			fail "steady wrote to $p"
		}
	done <"$T/paths"
	[ -n "${PRIVACY_DEBUG:-}" ] && cat "$T/writes" "$T/changed" >&2
	[ "$in_diary" = "$M_CLI" ] || grep -q "\"$D/diary.new\"" "$T/writes" ||
		fail "strace saw no diary save (the test did not do its job)"
fi
exit 0
