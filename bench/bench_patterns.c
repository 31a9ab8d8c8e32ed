/* SPDX-FileCopyrightText: 2026 The steady authors */
/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * bench_patterns.c: Patterns at 100,000 trigger-journal records, on the
 * screens, as a person waits for them (issue 20). A diary of N records
 * (one every 15 minutes up to now, brought in with `steady diary
 * import`) is opened in steady in a pseudo-terminal (80x24): Home, Diary,
 * the passphrase, then p for the Patterns list, Enter for the trigger
 * journal's charts, and Down keys to scroll them. Each step is timed from
 * the key to the last byte of the screen it brings: the driver waits for
 * the step's marker text, then for the output to be quiet for QUIET_MS,
 * and takes the time of the last byte before the quiet.
 *
 * Usage: bench_patterns STEADY WORKDIR N RUNS   (rows for run.sh)
 */
#include "config.h"

#include <errno.h>
#include <poll.h>
#include <pty.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "bench.h"

#define PASS      "a bench passphrase, not a secret"
#define QUIET_MS  60
#define TIMEOUT_S 30
#define SCROLLS   6
#define OUT_MAX   (1 << 20)

/* A JSON export of n trigger-journal records, the newest now. */
static void make_records(const char *path, size_t n)
{
	static const char *const when[] = {"early-morning", "morning", "afternoon", "evening",
	                                   "late-night"};
	static const char *const where[] = {"home-alone", "bedroom", "work", "travelling"};
	static const char *const feel[] = {"stressed", "lonely", "bored", "tired,restless",
	                                   "anxious,low"};
	static const char *const did[] = {"rode-it-out", "left,talked", "distracted", "acted",
	                                  "delayed,coping"};
	FILE *f = fopen(path, "w");
	if (!f)
		bench_die("%s: %s", path, strerror(errno));
	fputs("{\"format\":\"steady-diary-export\",\"version\":1,\"entries\":[", f);
	long long now = (long long)time(NULL);
	for (size_t i = 0; i < n; i++) {
		time_t t = (time_t)(now - (long long)i * 900);
		struct tm tm;
		gmtime_r(&t, &tm);
		char at[32];
		strftime(at, sizeof at, "%Y-%m-%dT%H:%M:%S+00:00", &tm);
		fprintf(f,
		        "%s\n{\"id\":%zu,\"kind\":\"record\",\"created\":\"%s\",\"edited\":\"%s\","
		        "\"tags\":[],\"module\":\"trigger-log\",\"complete\":true,\"step\":0,"
		        "\"answers\":[{\"question\":\"when\",\"value\":\"%s\"},{\"question\":"
		        "\"where\","
		        "\"value\":\"%s\"},{\"question\":\"happening\",\"value\":\"a long day, "
		        "then "
		        "alone\"},{\"question\":\"feelings\",\"value\":\"%s\"},{\"question\":"
		        "\"urge\","
		        "\"value\":\"%zu\"},{\"question\":\"did\",\"value\":\"%s\"}]}",
		        i ? "," : "", n - i, at, at, when[i % 5], where[i % 4], feel[i % 5],
		        (i * 7) % 11, did[i % 5]);
	}
	fputs("\n]}\n", f);
	if (fclose(f) != 0)
		bench_die("%s: %s", path, strerror(errno));
}

static void sh(const char *cmd)
{
	if (system(cmd) != 0)
		bench_die("failed: %s", cmd);
}

struct term {
	int fd;
	pid_t pid;
	char out[OUT_MAX];
	size_t len; /* since the last key */
};

static void start(struct term *t, const char *steady, const char *diary)
{
	struct winsize ws = {.ws_row = 24, .ws_col = 80};
	t->len = 0;
	t->pid = forkpty(&t->fd, NULL, NULL, &ws);
	if (t->pid < 0)
		bench_die("forkpty: %s", strerror(errno));
	if (t->pid == 0) {
		execl(steady, steady, "--diary", diary, (char *)NULL);
		_exit(127);
	}
}

/* Types keys (NULL: none) and reads until marker (NULL: any output) has
 * come and the output is quiet; the time from the keys to the last byte. */
static int64_t step(struct term *t, const char *keys, const char *marker)
{
	t->len = 0;
	int64_t t0 = bench_now(), last = -1;
	if (keys && write(t->fd, keys, strlen(keys)) != (ssize_t)strlen(keys))
		bench_die("cannot type: %s", strerror(errno));
	int seen = 0;
	for (;;) {
		int wait = seen ? QUIET_MS : 1000;
		struct pollfd p = {t->fd, POLLIN, 0};
		int r = poll(&p, 1, wait);
		if (r < 0 && errno == EINTR)
			continue;
		if (r == 0) {
			if (seen)
				return last - t0;
			if (bench_now() - t0 > (int64_t)TIMEOUT_S * 1000000000) {
				fwrite(t->out, 1, t->len, stderr);
				bench_die("no '%s' within %d s", marker ? marker : "output",
				          TIMEOUT_S);
			}
			continue;
		}
		char buf[8192];
		ssize_t n = read(t->fd, buf, sizeof buf);
		if (n < 0 && errno == EINTR)
			continue;
		if (n <= 0)
			bench_die("steady ended before '%s'", marker ? marker : "output");
		last = bench_now();
		if (t->len + (size_t)n > OUT_MAX)
			t->len = 0;
		memcpy(t->out + t->len, buf, (size_t)n);
		t->len += (size_t)n;
		if (!seen && (!marker || memmem(t->out, t->len, marker, strlen(marker))))
			seen = 1;
	}
}

static void stop(struct term *t)
{
	if (write(t->fd, "\x11", 1) != 1) /* Ctrl-Q */
		bench_die("cannot type: %s", strerror(errno));
	char buf[4096];
	while (read(t->fd, buf, sizeof buf) > 0)
		;
	close(t->fd);
	int status;
	waitpid(t->pid, &status, 0);
	if (!WIFEXITED(status) || WEXITSTATUS(status) != 0)
		bench_die("steady did not end cleanly (status %d)", status);
}

int main(int argc, char **argv)
{
	if (argc != 5)
		bench_die("usage: bench_patterns STEADY WORKDIR N RUNS");
	const char *steady = argv[1], *work = argv[2];
	size_t n = strtoul(argv[3], NULL, 10), runs = strtoul(argv[4], NULL, 10);
	if (runs < 1)
		bench_die("RUNS must be at least 1");
	char json[4096], diary[4096], cmd[16384];
	snprintf(json, sizeof json, "%s/records.json", work);
	snprintf(diary, sizeof diary, "%s/diary", work);
	make_records(json, n);
	snprintf(cmd, sizeof cmd,
	         "cd %s && rm -rf diary && printf '%%s\\n' '%s' >pw && STEADY_DIARY_COSTS=min "
	         "%s --diary diary --passphrase-fd 3 diary init 3<pw >/dev/null 2>&1 && "
	         "%s --diary diary --passphrase-fd 3 diary import records.json 3<pw >/dev/null && "
	         "rm records.json pw",
	         work, PASS, steady, steady);
	sh(cmd);
	int64_t *unlock = calloc(runs, sizeof *unlock), *list = calloc(runs, sizeof *list);
	int64_t *screen = calloc(runs, sizeof *screen), *scroll = calloc(runs * SCROLLS, 8);
	static struct term t;
	if (!unlock || !list || !screen || !scroll)
		bench_die("out of memory");
	for (size_t r = 0; r < runs; r++) {
		start(&t, steady, diary);
		step(&t, NULL, "quick exit");
		step(&t, "\x1bOH\x1bOB\x1bOB\r", "Passphrase");
		unlock[r] = step(&t, PASS "\r", "entries");
		list[r] = step(&t, "p", "Charts of what your diary holds");
		screen[r] = step(&t, "\r", "records, from");
		for (size_t k = 0; k < SCROLLS; k++)
			scroll[r * SCROLLS + k] = step(&t, "\x1bOB", NULL);
		stop(&t);
	}
	int64_t mn, m;
	char label[256];
	m = bench_median(unlock, runs, &mn);
	snprintf(label, sizeof label,
	         "Patterns: unlock to the diary screen, %zu trigger-journal records", n);
	bench_row("patterns_unlock", label, (long)n, runs, m, mn, "-", -1);
	m = bench_median(list, runs, &mn);
	bench_row("patterns_list", "Patterns: p, to the list of charts", (long)n, runs, m, mn, "-",
	          -1);
	m = bench_median(screen, runs, &mn);
	bench_row("patterns_screen", "Patterns: Enter, to the trigger journal's charts", (long)n,
	          runs, m, mn, "aim:30000000@1", -1);
	m = bench_median(scroll, runs * SCROLLS, &mn);
	bench_row("patterns_scroll", "Patterns: a scroll key (Down) on the charts", (long)n,
	          runs * SCROLLS, m, mn, "aim:5000000@1", -1);
	return 0;
}
