#!/bin/sh
# SPDX-FileCopyrightText: 2026 The steady authors
# SPDX-License-Identifier: GPL-3.0-or-later
# bench/run.sh: runs steady's benchmarks and prints one table (Markdown),
# with the machine it ran on. Started by `make bench`, which sets
# top_srcdir and top_builddir. Every figure is measured in this run.
#
# Each benchmark program prints rows, tab-separated:
#   row KEY LABEL SIZE RUNS MEDIAN_NS MIN_NS FLOOR PEAK_KIB
# FLOOR says how the row is judged:
#   -                   not judged
#   row:KEY@L           against the median of row KEY: at most L times it
#   aim:NS@L            against an aim from the brief (NS nanoseconds)
#   lin:KEY:F@L         against F times row KEY's median (linear growth)
#   ratio:R@L           R is the median of paired ratios (bench_age): at most L
#   mem:BYTES@L         the row's peak memory against BYTES: at most L times
# and callgrind adds "ir KEY COUNT" lines: instructions of that row's work.
#
# Environment: BENCH_RUNS (start-up runs, default 50), BENCH_CALLGRIND=0
# to skip the instruction counts, BENCH_ONLY=callgrind for them alone (or
# BENCH_ONLY=age or patterns for the comparison with age or Patterns alone),
# BENCH_PATTERNS_RECORDS (records for Patterns, default 100000; 0 skips it),
# BENCH_PATTERNS_RUNS (default 5),
# BENCH_SIZES (diary sizes, default "100 1000 10000 100000"), BENCH_AGE_SIZES
# (the comparison with age, default "10000 100000"; "" skips it), BENCH_AGE_RUNS
# (paired runs at 10,000 and at 100,000 entries, default "11 5"), BENCH_REV (the
# revision to name in the heading, for a tree without git). age is optional:
# without it the steady rows of the comparison are made and it says so.
set -eu

src=${top_srcdir:?run me with make bench}
build=${top_builddir:?run me with make bench}
b=$build/bench
runs=${BENCH_RUNS:-50}
sizes=${BENCH_SIZES:-100 1000 10000 100000}
only=${BENCH_ONLY:-}

work=$(mktemp -d "$build/bench/work.XXXXXX")
shm=
cleanup() {
	rm -rf "$work"
	if [ -n "$shm" ]; then rm -rf "$shm"; fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM
rows=$work/rows.tsv
: >"$rows"

say() { printf '%s\n' "$*" >&2; }

# ---- start-up, in a pseudo-terminal --------------------------------------
# A settings file means this is not a first run, so the home screen comes
# first (not the welcome module); empty data folders mean no diary and no
# modules of one's own. Call in a subshell: it changes the environment.
tui_env() {
	mkdir -p "$work/xdg/config/steady" "$work/xdg/data" "$work/xdg/home"
	printf 'region=\ncolor=on\nlock-minutes=10\n' >"$work/xdg/config/steady/settings"
	export TERM=xterm-256color LANG=C.UTF-8 LC_ALL= HOME="$work/xdg/home"
	export XDG_CONFIG_HOME="$work/xdg/config" XDG_DATA_HOME="$work/xdg/data"
	unset NO_COLOR LANGUAGE COLUMNS LINES 2>/dev/null || true
}

# 1000 modules added with `steady add`, which caches them: copies of the
# bundled modules under new ids (without a purpose, which only one module
# may have; their links still name the bundled modules, as a counsellor's do).
user_modules() {
	ud=$work/user-data
	um=$work/user-mods
	rm -rf "$ud" "$um"
	mkdir -p "$ud" "$um"
	n=0
	i=0
	while [ "$n" -lt 1000 ]; do
		i=$((i + 1))
		for f in "$src"/content/*.yaml; do
			id=$(basename "$f" .yaml)
			[ "$n" -lt 1000 ] || break
			grep -q '^purpose:' "$f" && continue
			[ "$id" = helplines ] && continue
			sed "s/^id: $id\$/id: $id-c$i/" "$f" >"$um/$id-c$i.yaml"
			n=$((n + 1))
		done
	done
	(
		tui_env
		export XDG_DATA_HOME="$ud"
		"$build/steady" add "$um"/*.yaml >/dev/null
	)
	rm -rf "$um"
}

startup() {
	say "start-up: $runs runs each, floor and steady in turn (and with 1000 added modules)"
	user_modules
	(
		tui_env
		BENCH_USER_DATA=$ud "$b/bench_startup" "$runs" "quick exit" "$b/floor_curses" \
			"Get help now|quick exit" "$build/steady"
	) >>"$rows"
}

# ---- content ---------------------------------------------------------------
content() {
	say "content: bundled, then 10, 100 and 1000 generated modules"
	"$b/bench_content" load content_bundled "content: library_load, bundled" \
		"$src/content" 200 "row:yaml_bundled@2" \
		"floor=yaml_bundled:content floor: libyaml events, bundled files" >>"$rows"
	# Each load has its own floor, timed in turn with it in one process.
	"$b/bench_content" load content_bundled_tr \
		"content: library_load, bundled, with gettext" \
		"$src/content" 200 "row:yaml_bundled_tr@2" gettext \
		"floor=yaml_bundled_tr:content floor: the same, beside the gettext row" >>"$rows"
	"$b/bench_content" load content_bundled_cache \
		"content: library_load, bundled, with gettext, from content.cache" \
		"$src/content" 200 "row:yaml_bundled_cache@2" gettext cache \
		"floor=yaml_bundled_cache:content floor: the same, beside the cache row" >>"$rows"
	for n in 10 100 1000; do
		case $n in 10) r=200 ;; 100) r=20 ;; *) r=5 ;; esac
		"$b/bench_content" gen "$src/content" "$work/mods-$n" "$n"
		"$b/bench_content" load "content_$n" "content: library_load, $n modules" \
			"$work/mods-$n" "$r" "row:yaml_$n@2" \
			"floor=yaml_$n:content floor: libyaml events, $n modules" >>"$rows"
	done
}

# ---- the diary ---------------------------------------------------------------
diary() {
	tmpfs=-
	if [ -d /dev/shm ] && [ -w /dev/shm ]; then
		shm=$(mktemp -d /dev/shm/steady-bench.XXXXXX)
		tmpfs=$shm
	fi
	say "diary: $sizes entries, then the KDF presets (the sensitive one takes seconds)"
	# shellcheck disable=SC2086
	"$b/bench_diary" run "$work" "$tmpfs" $sizes >>"$rows"
}

# ---- Patterns, on the screens ---------------------------------------------------
patterns() {
	np=${BENCH_PATTERNS_RECORDS:-100000}
	[ "$np" -gt 0 ] || return 0
	say "patterns: the screens at $np trigger-journal records"
	pw=${shm:-$work}/patterns
	mkdir -p "$pw"
	(
		tui_env
		"$b/bench_patterns" "$build/steady" "$pw" "$np" "${BENCH_PATTERNS_RUNS:-5}"
	) >>"$rows"
	rm -rf "$pw"
}

# ---- steady's commands against age -----------------------------------------
vs_age() {
	age_sizes=${BENCH_AGE_SIZES-10000 100000}
	[ -n "$age_sizes" ] || return 0
	# shellcheck disable=SC2086
	set -- ${BENCH_AGE_RUNS:-11 5}
	if command -v age >/dev/null 2>&1 && command -v age-keygen >/dev/null 2>&1; then
		say "vs age: steady's commands and age on the same journal, $age_sizes entries"
	else
		say "vs age: age is not installed; skipped the comparison (steady's rows only)"
		age_skipped=1
	fi
	aw=${shm:-$work}/age
	mkdir -p "$aw"
	# shellcheck disable=SC2086
	"$b/bench_age" "$build/steady" "$aw" "$1" "$2" $age_sizes >>"$rows"
	rm -rf "$aw"
}

# ---- instructions (callgrind) ----------------------------------------------
# Counts only inside the measured function (--toggle-collect), so program
# start-up and the benchmark's own bookkeeping are left out; the start-up
# rows count the whole program, as a person waits for all of it.
cg() { # KEY [--toggle-collect=FUNCTION] PROGRAM [ARG]...
	cg_key=$1
	shift
	valgrind --tool=callgrind --callgrind-out-file="$work/cg.out" "$@" \
		>/dev/null 2>"$work/cg.err" || {
		cat "$work/cg.err" >&2
		return 1
	}
	cg_total "$cg_key"
}

cg_total() { # KEY: records the total of the last callgrind run
	cg_n=$(sed -n 's/^totals: *\([0-9]*\).*/\1/p' "$work/cg.out")
	printf 'ir\t%s\t%s\n' "$1" "${cg_n:-0}" >>"$rows"
}

callgrind() {
	if ! command -v valgrind >/dev/null 2>&1; then
		say "callgrind: valgrind is not installed; no instruction counts"
		return 0
	fi
	say "callgrind: start-up, content loading, and the diary at 10,000 entries"
	vg="valgrind --tool=callgrind --callgrind-out-file=$work/cg.out"
	(
		tui_env
		# shellcheck disable=SC2086
		"$b/bench_startup" once "quick exit" $vg "$b/floor_curses"
	)
	cg_total startup_floor
	(
		tui_env
		# shellcheck disable=SC2086
		"$b/bench_startup" once "Get help now|quick exit" $vg "$build/steady"
	)
	cg_total startup
	(
		tui_env
		export STEADY_NO_CONTENT_CACHE=1
		# shellcheck disable=SC2086
		"$b/bench_startup" once "Get help now|quick exit" $vg "$build/steady"
	)
	cg_total startup_nocache
	cg yaml_bundled --toggle-collect=floor_parse_dir "$b/floor_yaml" x x "$src/content" 1
	# The floors beside the other bundled rows parse the same files: the same count.
	for k in yaml_bundled_tr yaml_bundled_cache; do
		printf 'ir\t%s\t%s\n' "$k" "$cg_n" >>"$rows"
	done
	cg content_bundled --toggle-collect=library_load \
		"$b/bench_content" load x x "$src/content" 1 -
	cg content_bundled_tr --toggle-collect=library_load \
		"$b/bench_content" load x x "$src/content" 1 - gettext
	cg content_bundled_cache --toggle-collect=library_load \
		"$b/bench_content" load x x "$src/content" 1 - gettext cache
	for n in 10 100 1000; do
		if [ ! -d "$work/mods-$n" ]; then
			"$b/bench_content" gen "$src/content" "$work/mods-$n" "$n"
		fi
		cg "yaml_$n" --toggle-collect=floor_parse_dir \
			"$b/floor_yaml" x x "$work/mods-$n" 1
		cg "content_$n" --toggle-collect=library_load \
			"$b/bench_content" load x x "$work/mods-$n" 1 -
	done
	hits=$("$b/bench_diary" gen "$work/cg-diary" 10000 | sed -n 's/^hits=\([0-9]*\).*/\1/p')
	cg diary_open_10000 --toggle-collect=diary_open "$b/bench_diary" opencg "$work/cg-diary"
	cg diary_kdf_in_open --toggle-collect=crypto_pwhash \
		"$b/bench_diary" opencg "$work/cg-diary"
	cg diary_nosync_10000 --toggle-collect=diary_save "$b/bench_diary" add "$work/cg-diary" 1
	cg diary_search_10000 --toggle-collect=diary_search \
		"$b/bench_diary" search "$work/cg-diary" 1 "$hits"
	cg diary_export_10000 --toggle-collect=export_markdown \
		"$b/bench_diary" export "$work/cg-diary" 1
	"$b/bench_diary" wipe "$work/cg-diary"
}

# ---- the table ---------------------------------------------------------------
machine() {
	cpu=$(sed -n 's/^model name[[:space:]]*: *//p' /proc/cpuinfo | head -n 1)
	mem=$(awk '/^MemTotal:/ { printf "%.1f GiB", $2 / 1048576 }' /proc/meminfo)
	rev=${BENCH_REV:-$(git -C "$src" describe --always --dirty 2>/dev/null || echo '(no git)')}
	printf -- '- steady %s, %s\n' "$rev" "$(date -u '+%Y-%m-%d %H:%M UTC')"
	printf -- '- Machine: %s cores (nproc), %s, %s memory, %s; work folder on %s\n' \
		"$(nproc)" "${cpu:-unknown CPU}" "$mem" "$(uname -sr)" \
		"$(stat -f -c %T "$work" 2>/dev/null || echo '?')"
	# Other work on the machine slows wall times; callgrind counts are immune.
	printf -- '- Load average at the start: %s; at the end: %s\n' "$load0" \
		"$(cut -d ' ' -f 1-3 /proc/loadavg)"
	if [ -n "${age_skipped:-}" ]; then
		printf -- '- age is not installed: the comparison with age was skipped\n'
	elif [ -n "${BENCH_AGE_SIZES-10000 100000}" ]; then
		printf -- '- %s\n' "$(age --version 2>/dev/null | sed 's/^/age /')"
	fi
	printf '\n'
}

table() {
	awk -F '\t' '
	function t(ns) {
		if (ns < 0) return "-"
		if (ns < 1000) return sprintf("%d ns", ns)
		if (ns < 1000000) return sprintf("%.1f µs", ns / 1000)
		if (ns < 100000000) return sprintf("%.2f ms", ns / 1000000)
		if (ns < 1000000000) return sprintf("%.0f ms", ns / 1000000)
		return sprintf("%.2f s", ns / 1000000000)
	}
	function count(n) {
		if (n >= 1e9) return sprintf("%.2f G", n / 1e9)
		if (n >= 1e6) return sprintf("%.1f M", n / 1e6)
		if (n >= 1e3) return sprintf("%.1f k", n / 1e3)
		return sprintf("%d", n)
	}
	$1 == "row" { n++; key[n] = $2; label[n] = $3; size[n] = $4; runs[n] = $5
		med[n] = $6; mn[n] = $7; fl[n] = $8; peak[n] = $9; med_of[$2] = $6; min_of[$2] = $7 }
	$1 == "ir" { ir[$2] = $3 }
	END {
		print "| measurement | size | runs | median | min | per item | floor or aim | median ÷ floor | peak RSS | instructions |"
		print "| --- | ---: | ---: | ---: | ---: | ---: | --- | --- | ---: | ---: |"
		for (i = 1; i <= n; i++) {
			floor = "-"; ratio = "-"; f = -1; limit = 0
			spec = fl[i]
			if (spec != "-") {
				at = index(spec, "@"); limit = substr(spec, at + 1) + 0
				body = substr(spec, 1, at - 1)
				split(body, p, ":")
				if (p[1] == "row") { f = med_of[p[2]]; fm = min_of[p[2]]; floor = t(f) " (" p[2] ")" }
				else if (p[1] == "aim") { f = p[2]; fm = f; floor = "aim " t(f) }
				else if (p[1] == "lin") { f = med_of[p[2]] * p[3]; fm = min_of[p[2]] * p[3]; floor = p[3] " × " p[2] " = " t(f) }
				else if (p[1] == "ratio") { floor = "age, paired runs"; r = p[2] + 0
					ratio = sprintf("%.2f× %s (median of the paired ratios)", r, r <= limit ? "ok" : "**MISS** (limit " limit "×)") }
				else if (p[1] == "mem" && peak[i] > 0) { floor = sprintf("%d × %.1f MiB", limit, p[2] / 1048576); r = peak[i] * 1024 / p[2]
					ratio = sprintf("%.2f× %s (peak RSS ÷ diary file)", r, r <= limit ? "ok" : "**MISS** (limit " limit "×)") }
				if (f > 0) {
					r = med[i] / f
					ratio = sprintf("%.2f× %s", r, r <= limit ? "ok" : "**MISS** (limit " limit "×)")
					# The minimums, less disturbed by the rest of the machine.
					if (fm > 0) ratio = ratio sprintf("; min ÷ min %.2f×", mn[i] / fm)
				}
			}
			per = size[i] > 0 ? t(med[i] / size[i]) : "-"
			mem = peak[i] >= 0 ? sprintf("%.1f MiB", peak[i] / 1024) : "-"
			ins = "-"
			if (key[i] in ir) {
				ins = count(ir[key[i]])
				if (substr(fl[i], 1, 4) == "row:") {
					fk = substr(fl[i], 5); sub(/@.*/, "", fk)
					if ((fk in ir) && ir[fk] > 0)
						ins = ins sprintf(" (%.2f× floor)", ir[key[i]] / ir[fk])
				}
				if (size[i] > 0)
					ins = ins " = " count(ir[key[i]] / size[i]) " per item"
				if (key[i] == "diary_open_10000" && ("diary_kdf_in_open" in ir))
					ins = ins " (KDF " count(ir["diary_kdf_in_open"]) ")"
			}
			printf "| %s | %s | %s | %s | %s | %s | %s | %s | %s | %s |\n", label[i], (size[i] > 0 ? size[i] : "-"), runs[i], t(med[i]), t(mn[i]), per, floor, ratio, mem, ins
		}
	}' "$rows"
}

case $only in
age | patterns)
	# The comparison with age, or Patterns, alone: BENCH_ONLY=age make bench.
	load0=$(cut -d ' ' -f 1-3 /proc/loadavg)
	if [ -d /dev/shm ] && [ -w /dev/shm ]; then shm=$(mktemp -d /dev/shm/steady-bench.XXXXXX); fi
	if [ "$only" = age ]; then vs_age; else patterns; fi
	machine
	table
	exit 0
	;;
callgrind)
	callgrind
	awk -F '\t' '$1 == "ir" { printf "%s: %s instructions\n", $2, $3 }' "$rows"
	exit 0
	;;
esac
load0=$(cut -d ' ' -f 1-3 /proc/loadavg)
startup
content
diary
patterns
vs_age
if [ "${BENCH_CALLGRIND:-1}" != 0 ]; then callgrind; fi
machine
table
# The raw rows stay for a closer look (bench/last-rows.tsv in the build folder).
cp "$rows" "$build/bench/last-rows.tsv"
