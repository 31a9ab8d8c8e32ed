#!/bin/sh
# SPDX-FileCopyrightText: 2026 The steady authors
# SPDX-License-Identifier: GPL-3.0-or-later
# tests/fresh/run.sh (`make check-fresh`): the README's two commands on a
# fresh machine. A bare Debian (debootstrap --variant=minbase) gets a clean
# clone of HEAD in /root/steady; there, in a root login shell, `./quickstart.sh`
# runs in a terminal (tmux, from this machine, so the chroot holds nothing
# quickstart.sh did not install) until steady's first screen shows and Ctrl-Q
# leaves it, then `./quickstart.sh check` runs to its end. Both run as CI runs
# them (CI=true: warnings are errors, and a test missing a tool quickstart.sh
# installs fails rather than skips). It fails when either fails, and when the
# suite there leaves a test out (a configure conditional found its tool
# missing) or skips one: on a machine quickstart.sh set up, every test runs.
# Each step's time is printed.
#
# Needs root, debootstrap, tmux, git and the network to a Debian mirror: the
# same mirror as this machine's apt sources for the suite, or debootstrap's
# default when they have none. Exit status: 0 passed, 1 failed, 77 could not
# run here (the reason is printed).
#
# The cache, ${XDG_CACHE_HOME:-$HOME/.cache}/steady-fresh (FRESH_CACHE):
# - base-KEY/: the bare system as debootstrap made it, never changed. KEY is a
#   hash of this script's base version, the suite, the variant, the mirror
#   and the architecture; the base is made again when one of them changes or
#   it is older than FRESH_MAX_DAYS (30) days. It is not keyed by quickstart's
#   package list, since those packages are never in it: each run starts from
#   a copy of the bare base and quickstart.sh installs them itself.
# - debs/: the .deb files the last run downloaded, lent to the next one so it
#   need not download them again. apt still chooses and checks every package
#   (an updated one is downloaded), so they change nothing that is installed.
# - run.PID/: one run's copy, removed at its end.
# Everything this script mounts is unmounted at its end, also when it is
# interrupted.
set -u

base_version=1 # change when the making of the base changes, to make it again
suite=${FRESH_SUITE:-bookworm}
variant=minbase
src=${top_srcdir:-$(cd "$(dirname "$0")/../.." && pwd)}
cache=${FRESH_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/steady-fresh}
max_days=${FRESH_MAX_DAYS:-30}
run_seconds=${FRESH_RUN_SECONDS:-1800} # apt installs and the build come first
work=$cache/run.$$
root=$work/root
sock=steady-fresh-$$
t0=$(date +%s)
PATH=$PATH:/usr/sbin:/sbin # debootstrap and chroot are there

say() { echo "fresh: $*"; }
skip() {
	say "SKIP: $*"
	exit 77
}
fail() {
	say "FAIL: $*" >&2
	exit 1
}

[ "$(id -u)" -eq 0 ] || skip "not root, so no chroot can be made"
for tool in debootstrap chroot tmux git flock; do
	command -v "$tool" >/dev/null 2>&1 || skip "$tool is not installed"
done
head=$(git -C "$src" rev-parse --verify -q HEAD) || skip "$src is not a git checkout"
welcome=$(sed -n 's/^title: *//p' "$src/content/welcome.yaml")
[ -n "$welcome" ] || fail "no title in content/welcome.yaml"

# The processes whose root is inside DIR, that is, started in our chroot.
procs_in() {
	for d in /proc/[0-9]*; do
		case $(readlink "$d/root" 2>/dev/null) in
		"$1" | "$1"/*) echo "${d#/proc/}" ;;
		esac
	done
}

# The mount points under DIR, deepest first.
mounts_in() {
	awk -v d="$1" 'index($2, d "/") == 1 { print $2 }' /proc/self/mounts | sort -r
}

# unmount_all DIR: ends our processes in DIR, then unmounts all under it.
# Returns 1 when something stays mounted.
unmount_all() {
	for p in $(procs_in "$1"); do kill -KILL "$p" 2>/dev/null; done
	for m in $(mounts_in "$1"); do
		umount "$m" 2>/dev/null || umount -l "$m" || say "could not unmount $m" >&2
	done
	[ -z "$(mounts_in "$1")" ]
}

# remove DIR: removes a tree of ours, never across a mount point.
remove() {
	[ -e "$1" ] || return 0
	if unmount_all "$1"; then
		rm -rf --one-file-system "$1"
	else
		say "left $1 in place: something in it is still mounted" >&2
	fi
}

cleanup() {
	# A closed terminal sends more than one hangup: let none stop the clean-up.
	trap '' HUP INT TERM
	tmux -L "$sock" kill-server 2>/dev/null
	remove "$work"
	[ -z "${making:-}" ] || remove "$making"
}
trap cleanup EXIT
trap 'exit 129' HUP
trap 'exit 130' INT
trap 'exit 143' TERM

# The URI this machine's apt uses for $suite (one-line and deb822 sources).
mirror() {
	for f in /etc/apt/sources.list /etc/apt/sources.list.d/*.list; do
		[ -f "$f" ] || continue
		awk -v s="$suite" '$1 == "deb" {
			i = 2
			if ($i ~ /^\[/) { while (i < NF && $i !~ /\]$/) i++; i++ }
			if ($(i + 1) == s) print $i
		}' "$f"
	done
	for f in /etc/apt/sources.list.d/*.sources; do
		[ -f "$f" ] || continue
		awk -v s="$suite" 'BEGIN { RS = ""; FS = "\n" }
		{
			types = uris = suites = ""; enabled = "yes"
			for (i = 1; i <= NF; i++) {
				if ($i ~ /^#/ || !match($i, /^[A-Za-z-]+:/)) continue
				k = tolower(substr($i, 1, RLENGTH - 1)); v = " " substr($i, RLENGTH + 1) " "
				if (k == "types") types = v; else if (k == "uris") uris = v
				else if (k == "suites") suites = v; else if (k == "enabled") enabled = v
			}
			if (types ~ / deb / && suites ~ (" " s " ") && enabled !~ /no/) {
				split(uris, u, " "); print u[1]
			}
		}' "$f"
	done
}
mirror=$(mirror | head -n 1)
arch=$(dpkg --print-architecture 2>/dev/null || uname -m)
key=$(printf '%s\n' "$base_version" "$suite" "$variant" "$mirror" "$arch" | sha256sum | cut -c1-12)
base=$cache/base-$key
from=${mirror:-the default mirror of debootstrap}

mkdir -p "$cache" || fail "cannot make $cache"
# Runs that were killed outright leave their copy behind: remove those.
for d in "$cache"/run.*; do
	[ -d "$d" ] || continue
	kill -0 "${d##*.}" 2>/dev/null || remove "$d"
done

# Under the lock: make the base when needed, and copy it for this run.
exec 9>"$cache/lock"
flock 9
if [ -f "$base/made" ] && [ -z "$(find "$base/made" -mtime +"$max_days")" ]; then
	say "base system: $suite $variant from $from, made $(cat "$base/made")"
else
	making=$base.new
	remove "$making"
	mkdir -p "$making"
	say "base system: making $suite $variant from $from"
	t=$(date +%s)
	# shellcheck disable=SC2086
	debootstrap --variant="$variant" "$suite" "$making/root" $mirror >"$making/log" 2>&1 || {
		tail -n 30 "$making/log" >&2
		fail "debootstrap could not make the base system"
	}
	chroot "$making/root" apt-get clean
	date -u '+%Y-%m-%d %H:%M UTC' >"$making/made"
	remove "$base"
	mv "$making" "$base"
	making=
	say "base system: made in $(($(date +%s) - t)) s"
fi
t=$(date +%s)
mkdir -p "$work"
cp -a "$base/root" "$root" || fail "could not copy the base system"
cp -l "$cache"/debs/*.deb "$root/var/cache/apt/archives/" 2>/dev/null
flock -u 9

# The fresh machine's network settings, and a clean clone of HEAD.
cp -L /etc/resolv.conf "$root/etc/resolv.conf" || fail "no /etc/resolv.conf to copy"
if ! { git clone -q --no-checkout "$src" "$root/root/steady" &&
	git -C "$root/root/steady" fetch -q origin "$head" &&
	git -C "$root/root/steady" checkout -q --detach "$head"; }; then
	fail "could not clone $src"
fi
[ -z "$(git -C "$src" status --porcelain 2>/dev/null)" ] ||
	say "testing HEAD $(git -C "$src" rev-parse --short HEAD); changes not committed are not in it"
if ! { mount -t proc proc "$root/proc" && mount -t sysfs sysfs "$root/sys" &&
	mount --bind /dev "$root/dev" && mount --bind /dev/pts "$root/dev/pts"; }; then
	fail "could not mount /proc, /sys and /dev in the chroot"
fi
copy_s=$(($(date +%s) - t))
say "copy and clone: $copy_s s"

# A root login's shell on the fresh machine, running the command after it
# ($TERM is the terminal's, expanded where the command runs).
# shellcheck disable=SC2016
login='chroot '"'$root'"' /usr/bin/env -i HOME=/root TERM="$TERM" CI=true /bin/bash -l -c'

# 1. ./quickstart.sh, in a terminal, until steady's first screen shows.
say "./quickstart.sh (in an 80x24 terminal, until \"$welcome\" shows)"
t=$(date +%s)
printf '%s\n' 'set -g history-limit 100000' 'set -g remain-on-exit on' >"$work/tmux.conf"
# The exit status is written into the pane: tmux's #{pane_dead_status} is
# at times empty for a process that exited 0. It is read from the pane's
# history too: the quick exit clears the screen, and tmux's "Pane is dead"
# line scrolls what follows out of view.
tmux -L "$sock" -f "$work/tmux.conf" new-session -d -s fresh -x 80 -y 24 \
	"$login 'cd /root/steady && ./quickstart.sh'; echo __EXITED__ \$?" 9>&- ||
	fail "tmux could not start"
pane() {
	cmd=$1
	shift
	tmux -L "$sock" "$cmd" -t fresh "$@"
}
shown=no
while [ $(($(date +%s) - t)) -le "$run_seconds" ]; do
	# The login's locale names no country: the region comes first; Enter keeps it.
	if pane capture-pane -p | grep -qF "Your region"; then
		pane send-keys Enter
		sleep 1
		continue
	fi
	if pane capture-pane -p | grep -qF -- "$welcome"; then
		pane capture-pane -p | grep -qF "Step 1 of" && shown=yes && break
	fi
	[ "$(pane display-message -p '#{pane_dead}')" = 1 ] && break
	sleep 1
done
run_s=$(($(date +%s) - t))
if [ "$shown" = yes ]; then
	pane send-keys C-q
	end=$(($(date +%s) + 15))
	until pane capture-pane -p -S - | grep -q '^__EXITED__ '; do
		[ "$(date +%s)" -le "$end" ] || break
		sleep 0.2
	done
fi
run_status=$(pane capture-pane -p -S - | sed -n 's/^__EXITED__ \([0-9]*\)$/\1/p' | tail -n 1)
[ -n "$run_status" ] || run_status=running
if [ "$shown" != yes ] || [ "$run_status" != 0 ]; then
	pane capture-pane -p -S - | grep -v '^$' | tail -n 60 >&2
	[ "$shown" = yes ] || fail "./quickstart.sh: steady's first screen did not show ($run_s s, status $run_status)"
	fail "./quickstart.sh: steady did not leave cleanly on Ctrl-Q (status $run_status)"
fi
tmux -L "$sock" kill-server
say "./quickstart.sh: first screen after $run_s s; Ctrl-Q left it"

# 2. ./quickstart.sh check, to its end.
say "./quickstart.sh check"
t=$(date +%s)
# In the background, so that a signal is heard at once (cleanup ends it).
TERM=${TERM:-dumb} sh -c "$login 'cd /root/steady && ./quickstart.sh check'" </dev/null 9>&- &
check_status=0 summary=
wait $! || check_status=$?
check_s=$(($(date +%s) - t))
b=$root/root/steady/build
[ -d "$b/tests" ] && summary=$(sh "$src/tests/summary.sh" "$b")

# The debs this run used, for the next run.
flock 9
rm -rf "$cache/debs.new" && mkdir "$cache/debs.new" &&
	cp -l "$root/var/cache/apt/archives/"*.deb "$cache/debs.new/" 2>/dev/null &&
	rm -rf "$cache/debs" && mv "$cache/debs.new" "$cache/debs"
flock -u 9

say "./quickstart.sh check: $check_s s, status $check_status${summary:+, $summary}"
[ "$check_status" -eq 0 ] || fail "./quickstart.sh check failed on a fresh machine"

# Every test ran: configure found every tool a test needs, and none skipped.
grep -q '^S\["HAVE_[A-Z0-9_]*_TRUE"\]=' "$b/config.status" ||
	fail "no HAVE_ conditional in $b/config.status: cannot tell which tests configure left out"
left_out=$(sed -n 's/^S\["\(HAVE_[A-Z0-9_]*\)_TRUE"\]="#"$/\1/p' "$b/config.status" | tr '\n' ' ')
[ -z "$left_out" ] ||
	fail "configure found a test tool missing (${left_out% }), so its tests were left out: add its package to quickstart.sh"
# A test that cannot run because the machine forbids it (no mount namespace
# inside a chroot), not because a package is missing, says so with
# "SKIP (environment):"; it is listed, and only the others fail the step.
skipped=$(find "$b/tests" -name '*.trs' -exec grep -l '^:test-result: SKIP' {} +)
missing=
for s in $skipped; do
	why=$(grep -h 'SKIP' "${s%.trs}.log" | head -n 1)
	echo "${s#"$b/"}: $why" >&2
	case $why in
	"SKIP (environment):"*) ;;
	*) missing=yes ;;
	esac
done
if [ -n "$missing" ]; then
	fail "tests skipped on a machine quickstart.sh set up: it misses what they need"
fi
t=$(date +%s)
cleanup
say "passed: copy $copy_s s, run $run_s s, check $check_s s, clean-up $(($(date +%s) - t)) s; in all $(($(date +%s) - t0)) s"
