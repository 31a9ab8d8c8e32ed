/* SPDX-FileCopyrightText: 2026 The steady authors */
/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * bench_startup.c: the time from starting a terminal program to its first
 * complete screen, as a person sees it: the program runs in a
 * pseudo-terminal (80x24) that this driver reads until every marker has
 * appeared in the output (the footer is drawn last, so it marks a complete
 * screen); then it sends Ctrl-Q and waits for the program to end. The
 * clock runs from just before the fork to the read that completes the
 * markers. One run of each first, untimed, warms the page cache; then the
 * floor and the program take turns.
 *
 * Usage: bench_startup RUNS FLOOR_MARKERS FLOOR_PROGRAM MARKERS PROGRAM [ARG]...
 *        (two rows for run.sh: startup_floor and startup)
 *    or: bench_startup once MARKERS PROGRAM [ARG]...   (one run, no row: callgrind)
 * MARKERS is a list of texts separated by '|' that must all appear. The
 * environment (TERM, LANG, XDG folders) is passed on as it is. With
 * BENCH_USER_DATA=DIR, steady also takes turns with XDG_DATA_HOME=DIR,
 * where DIR/steady/modules holds modules added with `steady add` (and so
 * their .modules.cache), with and without the caches: two more rows.
 */
#include "config.h"

#include <errno.h>
#include <poll.h>
#include <pty.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include "bench.h"

#define TIMEOUT_NS (10LL * 1000000000)
#define OUT_MAX    (1 << 20)

struct markers {
	char *v[16];
	size_t n;
};

static int all_seen(const char *out, size_t len, const struct markers *m)
{
	for (size_t i = 0; i < m->n; i++)
		if (!memmem(out, len, m->v[i], strlen(m->v[i])))
			return 0;
	return 1;
}

/* Shows the end of what the program wrote, for a run that failed. */
static void show_tail(const char *out, size_t len)
{
	size_t from = len > 600 ? len - 600 : 0;
	fputs("bench: the program wrote (end, escaped):\n", stderr);
	for (size_t i = from; i < len; i++) {
		unsigned char c = (unsigned char)out[i];
		if (c >= 0x20 && c < 0x7f)
			fputc(c, stderr);
		else if (c == '\n')
			fputs("\\n\n", stderr);
		else
			fprintf(stderr, "\\x%02x", c);
	}
	fputc('\n', stderr);
}

/* One run, with the variables env and env2 ("NAME=VALUE") set when not
 * NULL; returns the time to the complete screen and sets *peak_kib. */
static int64_t run_env(char **argv, const struct markers *m, char *env, char *env2, long *peak_kib);

static int64_t run_once(char **argv, const struct markers *m, char *env, long *peak_kib)
{
	return run_env(argv, m, env, NULL, peak_kib);
}

static int64_t run_env(char **argv, const struct markers *m, char *env, char *env2, long *peak_kib)
{
	static char out[OUT_MAX];
	size_t len = 0;
	struct winsize ws = {.ws_row = 24, .ws_col = 80};
	int master;
	int64_t t0 = bench_now(), shown = -1;
	pid_t pid = forkpty(&master, NULL, NULL, &ws);
	if (pid < 0)
		bench_die("forkpty: %s", strerror(errno));
	if (pid == 0) {
		if (env)
			putenv(env);
		if (env2)
			putenv(env2);
		execvp(argv[0], argv);
		fprintf(stderr, "bench: cannot run %s: %s\n", argv[0], strerror(errno));
		_exit(127);
	}
	int sent = 0;
	for (;;) {
		int64_t left = t0 + TIMEOUT_NS - bench_now();
		struct pollfd p = {master, POLLIN, 0};
		int r = left > 0 ? poll(&p, 1, (int)(left / 1000000) + 1) : 0;
		if (r < 0 && errno == EINTR)
			continue;
		if (r == 0) {
			kill(pid, SIGKILL);
			waitpid(pid, NULL, 0);
			show_tail(out, len);
			bench_die("%s: no complete screen within 10 s", argv[0]);
		}
		char buf[4096];
		ssize_t n = read(master, buf, sizeof buf);
		if (n < 0 && errno == EINTR)
			continue;
		if (n <= 0)
			break; /* EIO: the program ended and closed the terminal */
		if (len + (size_t)n > OUT_MAX)
			len = 0; /* a program that floods is past its first screen anyway */
		memcpy(out + len, buf, (size_t)n);
		len += (size_t)n;
		if (!sent && all_seen(out, len, m)) {
			shown = bench_now() - t0;
			if (write(master, "\x11", 1) != 1) /* Ctrl-Q */
				bench_die("cannot type into the terminal: %s", strerror(errno));
			sent = 1;
		}
	}
	close(master);
	int status;
	struct rusage ru;
	if (wait4(pid, &status, 0, &ru) < 0)
		bench_die("wait4: %s", strerror(errno));
	if (shown < 0) {
		show_tail(out, len);
		bench_die("%s ended before its screen was complete", argv[0]);
	}
	if (!WIFEXITED(status) || WEXITSTATUS(status) != 0)
		bench_die("%s did not end cleanly after Ctrl-Q (status %d)", argv[0], status);
	*peak_kib = ru.ru_maxrss;
	return shown;
}

static void parse_markers(char *list, struct markers *m)
{
	char *save = NULL;
	m->n = 0;
	for (char *s = strtok_r(list, "|", &save); s && m->n < 16; s = strtok_r(NULL, "|", &save))
		m->v[m->n++] = s;
	if (!m->n)
		bench_die("no markers");
}

int main(int argc, char **argv)
{
	if (argc >= 4 && strcmp(argv[1], "once") == 0) {
		struct markers m;
		long kib;
		parse_markers(argv[2], &m);
		run_once(argv + 3, &m, NULL, &kib);
		return 0;
	}
	if (argc < 6)
		bench_die("usage: bench_startup RUNS FLOOR_MARKERS FLOOR_PROGRAM MARKERS PROGRAM "
		          "[ARG]...\n   or: bench_startup once MARKERS PROGRAM [ARG]...");
	size_t runs = (size_t)atol(argv[1]);
	if (runs < 1)
		bench_die("RUNS must be at least 1");
	struct markers fm, m;
	parse_markers(argv[2], &fm);
	parse_markers(argv[4], &m);
	char *floor_argv[] = {argv[3], NULL};
	int64_t *ft = calloc(runs, sizeof *ft), *t = calloc(runs, sizeof *t);
	int64_t *nt = calloc(runs, sizeof *nt);
	int64_t *ut = calloc(runs, sizeof *ut), *unt = calloc(runs, sizeof *unt);
	if (!ft || !t || !nt || !ut || !unt)
		bench_die("out of memory");
	/* Modules added with `steady add`, cached by it, and the same parsed. */
	const char *user_data = getenv("BENCH_USER_DATA");
	char *user_env = NULL;
	if (user_data && *user_data) {
		size_t len = strlen(user_data) + sizeof "XDG_DATA_HOME=";
		user_env = malloc(len);
		if (!user_env)
			bench_die("out of memory");
		snprintf(user_env, len, "XDG_DATA_HOME=%s", user_data);
	}
	long upeak = 0, unpeak = 0;
	/* steady as shipped, and parsing every file as it did before content.cache. */
	char nocache[] = "STEADY_NO_CONTENT_CACHE=1";
	long fpeak = 0, peak = 0, npeak = 0, kib;
	run_once(floor_argv, &fm, NULL, &kib);
	run_once(argv + 5, &m, NULL, &kib);
	/* Turn about, so that all see the same load from the rest of the machine. */
	for (size_t i = 0; i < runs; i++) {
		ft[i] = run_once(floor_argv, &fm, NULL, &kib);
		if (kib > fpeak)
			fpeak = kib;
		t[i] = run_once(argv + 5, &m, NULL, &kib);
		if (kib > peak)
			peak = kib;
		nt[i] = run_once(argv + 5, &m, nocache, &kib);
		if (kib > npeak)
			npeak = kib;
		if (!user_env)
			continue;
		ut[i] = run_env(argv + 5, &m, user_env, NULL, &kib);
		if (kib > upeak)
			upeak = kib;
		unt[i] = run_env(argv + 5, &m, user_env, nocache, &kib);
		if (kib > unpeak)
			unpeak = kib;
	}
	int64_t min, med = bench_median(ft, runs, &min);
	bench_row("startup_floor", "start-up floor: floor_curses, one screen", 0, runs, med, min,
	          "-", fpeak);
	med = bench_median(t, runs, &min);
	bench_row("startup", "start-up: steady to its complete home screen", 0, runs, med, min,
	          "row:startup_floor@2", peak);
	med = bench_median(nt, runs, &min);
	bench_row("startup_nocache",
	          "start-up: the same, every file parsed (STEADY_NO_CONTENT_CACHE=1)", 0, runs, med,
	          min, "-", npeak);
	if (user_env) {
		med = bench_median(ut, runs, &min);
		bench_row("startup_user",
		          "start-up: with 1000 modules added by steady add (cached)", 0, runs, med,
		          min, "row:startup@2", upeak);
		med = bench_median(unt, runs, &min);
		bench_row("startup_user_nocache",
		          "start-up: the same, every file parsed (STEADY_NO_CONTENT_CACHE=1)", 0,
		          runs, med, min, "-", unpeak);
	}
	free(ft);
	free(t);
	free(nt);
	free(ut);
	free(unt);
	free(user_env);
	return 0;
}
