/* SPDX-FileCopyrightText: 2026 The steady authors */
/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * bench_age.c: steady's own commands against age on the same journal
 * (issue 20). A journal of N entries of about 300 bytes is made as a JSON
 * export and brought in with `steady diary import`; the same journal as
 * `diary export` writes it is encrypted with age and a key file. Then, in
 * paired runs (steady on the full diary, steady on an empty one, age, in
 * turn, so all three see the same machine):
 *
 *   add     steady diary add          age -d | cat - entry | age -e, mv
 *   list    steady diary list         age -d | grep '^## '
 *   search  steady diary search       age -d | grep -i WORD
 *   export  steady diary export       age -d
 *
 * steady's cost is its time on the full diary less its time on the empty
 * one, so start-up and the key derivation (the smallest Argon2id costs)
 * cancel out; each pair gives one ratio, steady's cost over age's time,
 * and the row's verdict is the median ratio against 1. Without age the
 * steady rows are still made and the comparison is said to be skipped.
 * Also the peak memory of `diary list` against the decrypted size.
 *
 * Usage: bench_age STEADY WORKDIR RUNS_10K RUNS_100K SIZE...
 * Every command runs through /bin/sh -c, with stdin, stdout and stderr
 * redirected by the shell; WORKDIR should be on tmpfs, where the saves'
 * fsyncs cost nothing (age does not sync).
 */
#include "config.h"

#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "bench.h"

#define PASS      "a bench passphrase, not a secret"
#define RARE_WORD "lighthouse"

static uint64_t seed = 0xA6E2026u;

static uint64_t rnd(void)
{
	uint64_t z = (seed += 0x9E3779B97F4A7C15u);
	z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9u;
	z = (z ^ (z >> 27)) * 0x94D049BB133111EBu;
	return z ^ (z >> 31);
}

/* Words made of syllables; none of them is RARE_WORD. */
static void word(FILE *f)
{
	static const char *const syl[] = {"ta", "ke", "ri", "mo", "su", "la", "ne",        "vo",
	                                  "pi", "da", "go", "be", "wu", "ze", "ch\xc3\xa4"};
	unsigned n = 1 + (unsigned)(rnd() % 3);
	for (unsigned i = 0; i < n; i++)
		fputs(syl[rnd() % (sizeof syl / sizeof syl[0])], f);
}

/* A JSON export of n journal entries of about 300 bytes, one a minute;
 * RARE_WORD in one entry of a thousand. Returns how many hold it. */
static size_t make_json(const char *path, size_t n)
{
	FILE *f = fopen(path, "w");
	if (!f)
		bench_die("%s: %s", path, strerror(errno));
	fputs("{\"format\":\"steady-diary-export\",\"version\":1,\"entries\":[", f);
	size_t hits = 0;
	const long long start = 1700000000;
	for (size_t i = 0; i < n; i++) {
		long long t = start + (long long)(n - i) * 60;
		time_t tt = (time_t)t;
		struct tm tm;
		gmtime_r(&tt, &tm);
		char when[32];
		strftime(when, sizeof when, "%Y-%m-%dT%H:%M:%S+00:00", &tm);
		fprintf(f,
		        "%s\n{\"id\":%zu,\"kind\":\"journal\",\"created\":\"%s\",\"edited\":\"%s\","
		        "\"tags\":[],\"text\":\"",
		        i ? "," : "", n - i, when, when);
		long len = 0;
		int rare = i % 1000 == 500;
		hits += rare;
		while (len < 280) {
			long at = ftell(f);
			if (rare && len > 100) {
				fputs(RARE_WORD, f);
				rare = 0;
			} else {
				word(f);
			}
			fputs(rnd() % 12 == 0 ? ".\\n" : " ", f);
			len += ftell(f) - at;
		}
		fputs("\"}", f);
	}
	fputs("\n]}\n", f);
	if (fclose(f) != 0)
		bench_die("%s: %s", path, strerror(errno));
	return hits;
}

/* Runs cmd with /bin/sh; its wall time, and its peak memory in *kib. */
static int64_t run(const char *cmd, long *kib)
{
	int64_t t0 = bench_now();
	pid_t pid = fork();
	if (pid < 0)
		bench_die("fork: %s", strerror(errno));
	if (pid == 0) {
		execl("/bin/sh", "sh", "-c", cmd, (char *)NULL);
		_exit(127);
	}
	int status;
	struct rusage ru;
	if (wait4(pid, &status, 0, &ru) < 0)
		bench_die("wait: %s", strerror(errno));
	int64_t t = bench_now() - t0;
	if (!WIFEXITED(status) || WEXITSTATUS(status) != 0)
		bench_die("failed (status %d): %s", status, cmd);
	if (kib)
		*kib = ru.ru_maxrss;
	return t;
}

static char *fmt(const char *f, ...) __attribute__((format(printf, 1, 2)));
static char *fmt(const char *f, ...)
{
	va_list ap;
	va_start(ap, f);
	char *s;
	if (vasprintf(&s, f, ap) < 0)
		bench_die("out of memory");
	va_end(ap);
	return s;
}

/* tmpl with @S, @D and @W replaced by s, d and w. */
static char *subst(const char *tmpl, const char *s, const char *d, const char *w)
{
	size_t cap = strlen(tmpl) + 1;
	for (const char *p = tmpl; (p = strchr(p, '@')) != NULL; p++)
		cap += strlen(s) + strlen(d) + strlen(w);
	char *out = malloc(cap), *o = out;
	if (!out)
		bench_die("out of memory");
	for (const char *p = tmpl; *p; p++) {
		const char *r = p[0] == '@' && p[1] == 'S'   ? s
		                : p[0] == '@' && p[1] == 'D' ? d
		                : p[0] == '@' && p[1] == 'W' ? w
		                                             : NULL;
		if (r) {
			o = stpcpy(o, r);
			p++;
		} else {
			*o++ = *p;
		}
	}
	*o = '\0';
	return out;
}

/* The commands of one operation: steady on a diary, and age. */
struct op {
	const char *key, *what;
	const char *steady; /* @S steady, @D the diary, @W the work folder */
	const char *age;    /* @W the work folder */
	const char *age_what;
};

static const struct op ops[] = {
        {"add", "add one entry",
         "@S --diary @D --passphrase-fd 3 diary add <@W/entry 3<@W/pw >/dev/null",
         "{ age -d -i @W/key @W/j.age && cat @W/entry; } | age -e -i @W/key -o "
         "@W/j.new && mv @W/j.new @W/j.age",
         "append and age -e"},
        {"list", "list every entry",
         "@S --diary @D --passphrase-fd 3 diary list 3<@W/pw >/dev/null 2>&1",
         "age -d -i @W/key @W/j.age | grep '^## ' >/dev/null", "grep the headings"},
        {"search", "search for a rare word",
         "@S --diary @D --passphrase-fd 0 diary search <@W/words >/dev/null 2>&1",
         "age -d -i @W/key @W/j.age | grep -i " RARE_WORD " >/dev/null", "grep -i"},
        {"export", "export as Markdown",
         "@S --diary @D --passphrase-fd 3 diary export 3<@W/pw >/dev/null 2>&1",
         "age -d -i @W/key @W/j.age >/dev/null", "nothing"},
};

static int cmp_double(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;
	return x < y ? -1 : x > y;
}

static void one_size(const char *steady, const char *work, size_t n, size_t runs, int have_age)
{
	char *full = fmt("%s/full-%zu", work, n), *empty = fmt("%s/empty-%zu", work, n);
	char *json = fmt("%s/j-%zu.json", work, n);
	make_json(json, n);
	run(fmt("rm -rf %s %s && STEADY_DIARY_COSTS=min %s --diary %s --passphrase-fd 3 diary init "
	        "3<%s/pw >/dev/null && STEADY_DIARY_COSTS=min %s --diary %s --passphrase-fd 3 "
	        "diary "
	        "init 3<%s/pw >/dev/null && %s --diary %s --passphrase-fd 3 diary import %s "
	        "3<%s/pw >/dev/null && rm %s",
	        full, empty, steady, full, work, steady, empty, work, steady, full, json, work,
	        json),
	    NULL);
	if (have_age)
		run(subst("@S --diary @D --passphrase-fd 3 diary export 3<@W/pw 2>/dev/null | "
		          "age -e -i @W/key -o @W/j.age",
		          steady, full, work),
		    NULL);
	for (size_t o = 0; o < sizeof ops / sizeof ops[0]; o++) {
		const struct op *op = &ops[o];
		char *sf = subst(op->steady, steady, full, work);
		char *se = subst(op->steady, steady, empty, work);
		char *ag = subst(op->age, steady, full, work);
		int64_t *tf = calloc(runs, sizeof *tf), *te = calloc(runs, sizeof *te),
		        *ta = calloc(runs, sizeof *ta), *cost = calloc(runs, sizeof *cost);
		double *ratio = calloc(runs, sizeof *ratio);
		long peak = -1, kib;
		if (!tf || !te || !ta || !cost || !ratio)
			bench_die("out of memory");
		run(sf, NULL); /* warm the page cache */
		for (size_t r = 0; r < runs; r++) {
			/* In turn, starting with each in a different run. */
			for (int k = 0; k < 3; k++) {
				switch ((k + (int)r) % 3) {
				case 0:
					tf[r] = run(sf, &kib);
					peak = kib > peak ? kib : peak;
					break;
				case 1:
					te[r] = run(se, NULL);
					break;
				case 2:
					ta[r] = have_age ? run(ag, NULL) : 1;
					break;
				}
			}
			cost[r] = tf[r] - te[r];
			ratio[r] = (double)cost[r] / (double)ta[r];
		}
		qsort(ratio, runs, sizeof *ratio, cmp_double);
		double med_ratio =
		        runs % 2 ? ratio[runs / 2] : (ratio[runs / 2 - 1] + ratio[runs / 2]) / 2;
		int64_t mn, m;
		char *key = fmt("age_steady_%s_%zu", op->key, n);
		char *label = fmt("vs age: steady diary %s, full diary less empty (%s)", op->key,
		                  op->what);
		m = bench_median(cost, runs, &mn);
		bench_row(key, label, (long)n, runs, m, mn,
		          have_age ? fmt("ratio:%.3f@1", med_ratio) : "-", peak);
		if (have_age) {
			m = bench_median(ta, runs, &mn);
			bench_row(fmt("age_%s_%zu", op->key, n),
			          fmt("vs age: age -d, then %s", op->age_what), (long)n, runs, m,
			          mn, "-", -1);
		}
		if (strcmp(op->key, "list") == 0) {
			/* The decrypted size, near enough: the diary file is the body
			 * padded to 4 KiB and sealed (17 bytes a 64 KiB chunk). */
			struct stat st;
			char *file = fmt("%s/diary", full);
			if (stat(file, &st) < 0)
				bench_die("%s: %s", file, strerror(errno));
			m = bench_median(tf, runs, &mn);
			bench_row(fmt("list_peak_%zu", n),
			          fmt("steady diary list: peak memory against the diary file (%.1f "
			              "MiB)",
			              (double)st.st_size / 1048576),
			          (long)n, runs, m, mn,
			          n >= 100000 ? fmt("mem:%lld@2", (long long)st.st_size) : "-",
			          peak);
		}
	}
	run(fmt("rm -rf %s %s", full, empty), NULL);
}

int main(int argc, char **argv)
{
	if (argc < 6)
		bench_die("usage: bench_age STEADY WORKDIR RUNS_10K RUNS_100K SIZE...");
	const char *steady = argv[1], *work = argv[2];
	size_t runs_small = strtoul(argv[3], NULL, 10), runs_big = strtoul(argv[4], NULL, 10);
	int have_age = system("command -v age >/dev/null 2>&1 && command -v age-keygen "
	                      ">/dev/null 2>&1") == 0;
	if (!have_age)
		fputs("bench_age: age is not installed: skipped the comparison with age\n", stderr);
	bench_write_file(fmt("%s/pw", work), PASS "\n", strlen(PASS) + 1);
	bench_write_file(fmt("%s/words", work), RARE_WORD "\n" PASS "\n",
	                 strlen(RARE_WORD PASS) + 2);
	const char entry[] =
	        "A new entry of about three hundred bytes, as the others: the urge came "
	        "after work, I went for a walk instead and it passed in twenty minutes. "
	        "Tired, but glad I did not open the laptop. Tomorrow I will call Sam "
	        "before the evening starts, and keep the phone out of the bedroom.\n";
	bench_write_file(fmt("%s/entry", work), entry, strlen(entry));
	if (have_age)
		run(subst("rm -f @W/key && age-keygen -o @W/key 2>/dev/null", "", "", work), NULL);
	for (int i = 5; i < argc; i++) {
		size_t n = strtoul(argv[i], NULL, 10);
		one_size(steady, work, n, n >= 100000 ? runs_big : runs_small, have_age);
	}
	return 0;
}
