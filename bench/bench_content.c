/* SPDX-FileCopyrightText: 2026 The steady authors */
/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * bench_content.c: loading and checking content, as steady does at every
 * start: library_load() over a folder (parse, build the model, check every
 * rule, resolve links), timed over several runs.
 *
 * Usage:
 *   bench_content load KEY LABEL DIR RUNS FLOOR [gettext] [cache] [floor=KEY:LABEL]
 *       a row for run.sh; "gettext" loads through the translator the
 *       screens use (translate_gettext) rather than none; "cache" takes
 *       the trees of unchanged files from the build's content.cache, as
 *       steady does (ycache.h), rather than parse every file; "floor="
 *       also times libyaml's bare parse of the folder (floor_parse.h), in
 *       turn with the load so both see the same machine, and writes its
 *       row first under that key and label
 *   bench_content gen SRC DST N
 *       writes N modules into DST: copies of SRC's modules in turn, each
 *       copy with its own id ("urges-c3") and its links and suggestions
 *       pointing at modules of the same copy (a purpose, which only one
 *       module of a folder may have, only in the first), plus SRC's helplines.yaml
 */
#include "config.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "bench.h"
#include "floor_parse.h"
#include "content/library.h"
#include "content/translate.h"
#include "content/ycache.h"

static size_t count_modules(const char *dir)
{
	size_t n, modules = 0;
	char **files = library_yaml_files(dir, &n);
	if (!files)
		bench_die("cannot read the folder %s", dir);
	for (size_t i = 0; i < n; i++) {
		modules += !library_is_helplines(files[i]);
		free(files[i]);
	}
	free(files);
	return modules;
}

static int load(int argc, char **argv)
{
	if (argc < 7)
		bench_die("usage: bench_content load KEY LABEL DIR RUNS FLOOR [gettext] [cache]");
	const char *dir = argv[4];
	size_t runs = (size_t)atol(argv[5]);
	int gettext = 0;
	struct ycache *cache = NULL;
	char *floor_key = NULL, *floor_label = NULL;
	for (int i = 7; i < argc; i++) {
		if (strcmp(argv[i], "gettext") == 0)
			gettext = 1;
		else if (strcmp(argv[i], "cache") == 0 &&
		         !(cache = ycache_open(STEADY_BUILDDIR "/content.cache")))
			bench_die("no valid %s: run make first", STEADY_BUILDDIR "/content.cache");
		else if (strncmp(argv[i], "floor=", 6) == 0 && strchr(argv[i], ':')) {
			floor_key = argv[i] + 6;
			floor_label = strchr(floor_key, ':');
			*floor_label++ = '\0';
		}
	}
	ytree_use_cache(cache);
	if (runs < 1)
		bench_die("RUNS must be at least 1");
	size_t want = count_modules(dir);
	struct content_tr tr = {NULL, NULL};
	if (gettext) {
		translate_init(STEADY_BUILDDIR "/locale");
		tr = translate_gettext();
	}
	struct library_opts o = {.bundled_dir = dir, .tr = gettext ? &tr : NULL};
	int64_t *t = calloc(runs, sizeof *t), *ft = calloc(runs, sizeof *ft);
	if (!t || !ft)
		bench_die("out of memory");
	/* One floor run before any load: the peak memory then is the floor's own. */
	long floor_peak = -1;
	if (floor_key) {
		size_t files;
		floor_parse_dir(dir, &files);
		floor_peak = bench_peak_kib();
	}
	for (size_t i = 0; i < runs; i++) {
		if (floor_key) {
			size_t files;
			int64_t f0 = bench_now();
			floor_parse_dir(dir, &files);
			ft[i] = bench_now() - f0;
			if (files != want)
				bench_die("%s: the floor found %zu modules, not %zu", dir, files,
				          want);
		}
		struct library lib;
		struct diag d;
		diag_init(&d);
		int64_t t0 = bench_now();
		int rc = library_load(&lib, &o, &d);
		t[i] = bench_now() - t0;
		/* A benchmark of content that does not load would measure the wrong thing. */
		if (rc < 0 || d.errors || d.warnings || lib.n != want || !lib.helplines) {
			diag_print(&d, stderr);
			bench_die("%s: %zu of %zu modules loaded, %zu errors", dir, lib.n, want,
			          d.errors);
		}
		library_free(&lib);
		diag_free(&d);
	}
	int64_t min, med;
	if (floor_key) {
		med = bench_median(ft, runs, &min);
		bench_row(floor_key, floor_label, (long)want, runs, med, min, "-", floor_peak);
	}
	med = bench_median(t, runs, &min);
	bench_row(argv[2], argv[3], (long)want, runs, med, min, argv[6], bench_peak_kib());
	free(t);
	free(ft);
	ytree_use_cache(NULL);
	ycache_close(cache);
	return 0;
}

/* ---- gen ----------------------------------------------------------------- */

struct source {
	char **text; /* each module file */
	char **id;   /* its id */
	size_t n;
	char *helplines; /* the helpline directory's path */
};

/* The id on a module's top-level "id:" line (new string). */
static char *module_id(const char *text, const char *path)
{
	for (const char *p = text; p; p = strchr(p, '\n')) {
		if (*p == '\n')
			p++;
		if (strncmp(p, "id: ", 4) == 0) {
			size_t n = strcspn(p + 4, " \r\n#");
			char *id = malloc(n + 1);
			if (!id)
				bench_die("out of memory");
			memcpy(id, p + 4, n);
			id[n] = '\0';
			return id;
		}
	}
	bench_die("%s has no top-level id line", path);
}

static void read_source(const char *dir, struct source *s)
{
	size_t n;
	char **files = library_yaml_files(dir, &n);
	if (!files)
		bench_die("cannot read the folder %s", dir);
	memset(s, 0, sizeof *s);
	s->text = calloc(n + 1, sizeof *s->text);
	s->id = calloc(n + 1, sizeof *s->id);
	if (!s->text || !s->id)
		bench_die("out of memory");
	for (size_t i = 0; i < n; i++) {
		if (library_is_helplines(files[i])) {
			s->helplines = files[i];
			continue;
		}
		size_t len;
		s->text[s->n] = bench_read_file(files[i], &len);
		s->id[s->n] = module_id(s->text[s->n], files[i]);
		s->n++;
		free(files[i]);
	}
	free(files);
	if (!s->n || !s->helplines)
		bench_die("%s needs modules and a helplines.yaml", dir);
}

static size_t index_of(const struct source *s, const char *id, size_t n)
{
	for (size_t i = 0; i < s->n; i++)
		if (strlen(s->id[i]) == n && strncmp(s->id[i], id, n) == 0)
			return i;
	return (size_t)-1;
}

/* Copy k of module m exists when it is among the first total modules. */
static int exists(const struct source *s, size_t m, size_t k, size_t total)
{
	return k * s->n + m < total;
}

/* Appends the copy-k id of module m to out. */
static void put_id(char **out, size_t *len, const struct source *s, size_t m, size_t k)
{
	*len += (size_t)sprintf(*out + *len, "%s-c%zu", s->id[m], k);
}

/*
 * Rewrites a flow list of module ids ("modules: [a, b]") for copy k of
 * module self. A target whose copy k was not generated (the last, partial
 * copy) points at a first-copy module not yet in the list instead, so
 * every link still leads somewhere and none repeats.
 */
static void rewrite_list(const char *line, size_t linelen, char **out, size_t *len,
                         const struct source *s, size_t self, size_t k, size_t total)
{
	const char *open = memchr(line, '[', linelen);
	const char *close = open ? memchr(open, ']', linelen - (size_t)(open - line)) : NULL;
	if (!open || !close)
		bench_die("module %s: a list of module ids is not on one line", s->id[self]);
	memcpy(*out + *len, line, (size_t)(open - line) + 1);
	*len += (size_t)(open - line) + 1;
	char used[256] = {0};
	if (s->n > sizeof used)
		bench_die("too many source modules");
	/* First the targets that keep their own copy, so no fallback repeats one. */
	for (int pass = 0; pass < 2; pass++) {
		int first = 1;
		for (const char *p = open + 1; p < close;) {
			p += strspn(p, " ");
			size_t n = strcspn(p, ", ]");
			size_t m = index_of(s, p, n), kk = k;
			if (m == (size_t)-1)
				bench_die("module %s links to an unknown id", s->id[self]);
			p += n;
			p += strspn(p, ", ");
			if (pass == 0) {
				if (exists(s, m, k, total))
					used[m] = 1;
				continue;
			}
			if (!exists(s, m, k, total)) {
				kk = 0;
				for (m = 0;
				     m < s->n && (used[m] || m == self || !exists(s, m, 0, total));
				     m++)
					;
				if (m == s->n)
					bench_die("too few modules to keep every link of %s",
					          s->id[self]);
				used[m] = 1;
			}
			if (!first) {
				memcpy(*out + *len, ", ", 2);
				*len += 2;
			}
			first = 0;
			put_id(out, len, s, m, kk);
		}
	}
	size_t rest = linelen - (size_t)(close - line);
	memcpy(*out + *len, close, rest);
	*len += rest;
}

static int starts_list(const char *line, size_t n)
{
	const char *keys[] = {"modules:", "suggest:"};
	size_t sp = strspn(line, " -");
	for (size_t i = 0; i < 2; i++) {
		size_t kl = strlen(keys[i]);
		if (sp + kl <= n && strncmp(line + sp, keys[i], kl) == 0)
			return 1;
	}
	return 0;
}

/* Writes copy k of module m into dst. */
static void write_copy(const struct source *s, size_t m, size_t k, size_t total, const char *dst)
{
	const char *text = s->text[m];
	/* Room for the longest ids a copy gets, even for a file of short lists. */
	size_t cap = strlen(text) * 8 + 4096, len = 0;
	char *out = malloc(cap);
	if (!out)
		bench_die("out of memory");
	for (const char *p = text; *p;) {
		const char *nl = strchr(p, '\n');
		size_t n = nl ? (size_t)(nl - p) + 1 : strlen(p);
		if (strncmp(p, "id: ", 4) == 0) {
			len += (size_t)sprintf(out + len, "id: ");
			put_id(&out, &len, s, m, k);
			out[len++] = '\n';
		} else if (starts_list(p, n)) {
			rewrite_list(p, n, &out, &len, s, m, k, total);
		} else if (k > 0 && (strncmp(p, "purpose: ", 9) == 0 ||
		                     strncmp(p + strspn(p, " "), "plan: ", 6) == 0)) {
			/* Only one module in a folder may have a purpose (and so a
			 * safety plan's steps): the first copy. */
		} else {
			memcpy(out + len, p, n);
			len += n;
		}
		if (len + 1024 > cap)
			bench_die("module %s grew too much", s->id[m]);
		p += n;
	}
	char path[4096];
	snprintf(path, sizeof path, "%s/%s-c%zu.yaml", dst, s->id[m], k);
	bench_write_file(path, out, len);
	free(out);
}

static int gen(int argc, char **argv)
{
	if (argc != 5)
		bench_die("usage: bench_content gen SRC DST N");
	size_t total = (size_t)atol(argv[4]);
	struct source s;
	read_source(argv[2], &s);
	if (mkdir(argv[3], 0700) < 0 && errno != EEXIST)
		bench_die("cannot make %s: %s", argv[3], strerror(errno));
	for (size_t j = 0; j < total; j++)
		write_copy(&s, j % s.n, j / s.n, total, argv[3]);
	size_t len;
	char *h = bench_read_file(s.helplines, &len);
	char path[4096];
	snprintf(path, sizeof path, "%s/helplines.yaml", argv[3]);
	bench_write_file(path, h, len);
	free(h);
	for (size_t i = 0; i < s.n; i++) {
		free(s.text[i]);
		free(s.id[i]);
	}
	free(s.text);
	free(s.id);
	free(s.helplines);
	return 0;
}

int main(int argc, char **argv)
{
	if (argc >= 2 && strcmp(argv[1], "load") == 0)
		return load(argc, argv);
	if (argc >= 2 && strcmp(argv[1], "gen") == 0)
		return gen(argc, argv);
	bench_die("usage: bench_content load|gen ...");
}
