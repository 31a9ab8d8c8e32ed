# SPDX-FileCopyrightText: 2026 The steady authors
# SPDX-License-Identifier: GPL-3.0-or-later
# lib.sh: helpers shared by the script tests (sourced, not run).
# Every test gets its own HOME, XDG folders and temporary folder, removed at
# exit, so no test touches the real user's files or another test's.
set -u

: "${STEADY:?STEADY must name the steady binary}"
: "${top_srcdir:?top_srcdir must be set}"

T=$(mktemp -d "${TMPDIR:-/tmp}/steady-test.XXXXXX")
export HOME="$T/home" XDG_DATA_HOME="$T/home/.local/share" XDG_CONFIG_HOME="$T/home/.config"
export TMPDIR="$T/tmp"
mkdir -p "$HOME" "$TMPDIR"
unset LANGUAGE
export LC_ALL=C.UTF-8
TMUX_SOCK="steady-test-$$"
cleanup() {
	tmux -L "$TMUX_SOCK" kill-server 2>/dev/null || true
	rm -rf "$T"
}
trap cleanup EXIT

# need_test_build: for a test that uses the test-only switches
# (STEADY_DIARY_COSTS, STEADY_LOCK_SECONDS, STEADY_FAULT_KILL), which only a
# build configured with --enable-test-build honours: SKIP anywhere else.
need_test_build() {
	[ "${TEST_BUILD:-no}" = yes ] && return 0
	echo "SKIP: needs a build configured with --enable-test-build" >&2
	exit 77
}

fail() {
	echo "FAIL: $*" >&2
	exit 1
}

# expect_status WANT CMD...: runs CMD, stdout to $T/out, stderr to $T/err.
expect_status() {
	want=$1
	shift
	got=0
	"$@" >"$T/out" 2>"$T/err" </dev/null || got=$?
	[ "$got" -eq "$want" ] || {
		cat "$T/out" "$T/err" >&2
		fail "'$*' exited $got, expected $want"
	}
}

# expect_in FILE TEXT: FILE contains the fixed string TEXT.
expect_in() {
	grep -qF -- "$2" "$1" || {
		cat "$1" >&2
		fail "'$2' not found in $1"
	}
}

# expect_not_in FILE TEXT: FILE does not contain TEXT.
expect_not_in() {
	! grep -qF -- "$2" "$1" || {
		cat "$1" >&2
		fail "'$2' unexpectedly found in $1"
	}
}

# tui_no_alternate_screen: the sessions started after it run on a terminal
# without an alternate screen, as many are, so what steady leaves on the
# screen or in the scrollback stays there for the test to see.
TUI_CONF=/dev/null
tui_no_alternate_screen() {
	printf 'set -g alternate-screen off\n' >"$T/tmux.conf"
	TUI_CONF="$T/tmux.conf"
}

# module_file FILE ID TITLE: a valid module of one page, 7 minutes long.
module_file() {
	cat >"$1" <<YAML
steady: 1
id: $2
title: $3
summary: A test module.
minutes: 7
order: 1
steps:
  - type: page
    text: Hi.
YAML
}

# tui_start COLS ROWS CMD...: starts CMD in a detached tmux session "t".
tui_start() {
	cols=$1 rows=$2
	shift 2
	command -v tmux >/dev/null 2>&1 || {
		echo "SKIP: tmux is not installed, and this test drives the screens in it"
		exit 77
	}
	tmux -L "$TMUX_SOCK" -f "$TUI_CONF" new-session -d -s t -x "$cols" -y "$rows" \
		"$*; echo __EXITED__ \$?; sleep 30"
}

tui_keys() { tmux -L "$TMUX_SOCK" send-keys -t t "$@"; }
tui_screen() { tmux -L "$TMUX_SOCK" capture-pane -p -t t; }
tui_resize() { tmux -L "$TMUX_SOCK" resize-window -t t -x "$1" -y "$2"; }

# tui_pid: the steady started in the tmux pane (a child of its shell),
# found in /proc: procps (ps) is not on every machine quickstart.sh sets up.
tui_pid() {
	sh_pid=$(tmux -L "$TMUX_SOCK" display-message -p -t t '#{pane_pid}')
	for d in /proc/[0-9]*; do
		[ "$(cat "$d/comm" 2>/dev/null)" = steady ] || continue
		[ "$(awk '/^PPid:/ { print $2 }' "$d/status" 2>/dev/null)" = "$sh_pid" ] || continue
		echo "${d#/proc/}"
		return 0
	done
	return 1
}

# tui_wait TEXT [SECONDS]: polls the screen until TEXT shows, or fails.
tui_wait() {
	end=$(($(date +%s) + ${2:-10}))
	while [ "$(date +%s)" -le "$end" ]; do
		tui_screen | grep -qF -- "$1" && return 0
		sleep 0.05
	done
	tui_screen >&2
	fail "timed out waiting for '$1' on the screen"
}

# tui_wait_gone TEXT [SECONDS]: polls until TEXT is no longer on the screen.
tui_wait_gone() {
	end=$(($(date +%s) + ${2:-10}))
	while [ "$(date +%s)" -le "$end" ]; do
		tui_screen | grep -qF -- "$1" || return 0
		sleep 0.05
	done
	tui_screen >&2
	fail "timed out waiting for '$1' to go"
}

# tui_left_nothing TEXT...: none of the TEXTs is on the screen or anywhere in
# the pane's history (the scrollback), once the program has left.
tui_left_nothing() {
	tui_screen >"$T/screen"
	tmux -L "$TMUX_SOCK" capture-pane -p -S - -t t >"$T/history"
	for text in "$@"; do
		expect_not_in "$T/screen" "$text"
		expect_not_in "$T/history" "$text"
	done
}

# tui_restart: ends this test's tmux server so the next tui_start gets a fresh
# one, on a new socket (starting on the old socket races with its exit).
tui_restart() {
	tmux -L "$TMUX_SOCK" kill-server 2>/dev/null || true
	TMUX_SOCK="$TMUX_SOCK.n"
}

# tui_answer_next: answers the current step with "1" (a scale value, the
# first option, a ticked item, or a character of text) and goes on with Tab.
# In the editor, keys that arrive together count as pasted text, where Tab is
# text: so there the Tab waits until the "1" is on the screen.
tui_answer_next() {
	tui_keys 1
	if tui_screen | tail -n 1 | grep -q "Shift-Tab"; then
		end=$(($(date +%s) + 5))
		until tui_screen | grep -qx " *1 *"; do
			[ "$(date +%s)" -le "$end" ] || fail "the typed answer never showed"
			sleep 0.05
		done
	else
		sleep 0.05
	fi
	tui_keys Tab
}

# expect_plain FILE: FILE holds nothing but printable text and newlines (plain
# mode's promise): no escape byte and no other control character.
expect_plain() {
	! grep -q "$(printf '\033')" "$1" || fail "an escape byte in $1"
	n=$(LC_ALL=C tr -d '\n\040-\176\200-\377' <"$1" | wc -c)
	[ "$n" -eq 0 ] || fail "$n control bytes in $1"
}

# plain_run WANT INPUT [ARG...]: steady --plain ARG... reading the file INPUT,
# stdout to $T/out, stderr to $T/err; the status must be WANT, the output plain.
plain_run() {
	want=$1 input=$2
	shift 2
	got=0
	"$STEADY" --plain "$@" <"$input" >"$T/out" 2>"$T/err" || got=$?
	[ "$got" -eq "$want" ] || {
		cat "$T/out" "$T/err" >&2
		fail "'steady --plain $*' exited $got, expected $want"
	}
	expect_plain "$T/out"
}

# diary_init [PASS]: region GB in the settings, quick key derivation, and a
# diary made with the passphrase PASS (default "quiet harbour stones"; kept
# in $PASS and in the file $T/pass, for --passphrase-fd 3), so a test starts
# from an empty diary.
diary_init() {
	need_test_build
	export STEADY_DIARY_COSTS=min
	mkdir -p "$XDG_CONFIG_HOME/steady"
	printf 'region=GB\n' >"$XDG_CONFIG_HOME/steady/settings"
	PASS=${1:-quiet harbour stones}
	echo "$PASS" >"$T/pass"
	expect_status 0 "$STEADY" --passphrase-fd 3 diary init 3<"$T/pass"
}

# tui_unlock: from Home (Diary is the fourth row from the end), the diary
# unlocked with $PASS.
tui_unlock() {
	tui_wait "Get help now"
	tui_keys End Up Up Up Enter
	tui_type_passphrase "$PASS" ""
}

# tui_open_module ID [ARG...]: on the Modules list, goes down to module ID
# (where `steady ARG... list` puts it among those that are not self-checks)
# and opens it.
tui_open_module() {
	id=$1
	shift
	# In a pipe 'list' prints tab-separated fields and no heading.
	n=$("$STEADY" "$@" list | awk -F '\t' '$1 != "self-check" { print $1 }' |
		grep -n "^$id\$" | cut -d: -f1)
	[ -n "$n" ] || fail "no module $id"
	while [ "$n" -gt 1 ]; do
		tui_keys Down
		n=$((n - 1))
	done
	tui_keys Enter
}

# tui_enter_until TEXT [TRIES]: presses Enter until TEXT shows (pages to read).
tui_enter_until() {
	i=0
	until tui_screen | grep -qF -- "$1"; do
		tui_keys Enter
		i=$((i + 1))
		[ "$i" -lt "${2:-20}" ] || fail "'$1' never came"
		sleep 0.1
	done
}

# tui_pages N FILE: the screen, then N - 1 pages down, all into FILE.
tui_pages() {
	: >"$2"
	i=0
	while [ "$i" -lt "$1" ]; do
		tui_screen >"$T/page"
		cat "$T/page" >>"$2"
		tui_keys NPage
		# Wait for the page to move (on a slow machine the key is read
		# later), up to a second: at the end it stays as it is.
		k=0
		while [ "$k" -lt 10 ] && tui_screen | cmp -s - "$T/page"; do
			sleep 0.1
			k=$((k + 1))
		done
		i=$((i + 1))
	done
}

# tui_type_passphrase PASS WANT: on "Unlock your diary", types PASS and waits
# for WANT (nothing when WANT is empty).
tui_type_passphrase() {
	tui_wait "Unlock your diary"
	tui_keys -l "$1"
	tui_keys Enter
	[ -z "$2" ] || tui_wait "$2"
}
