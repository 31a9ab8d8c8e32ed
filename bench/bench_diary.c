/* SPDX-FileCopyrightText: 2026 The steady authors */
/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * bench_diary.c: the encrypted diary at 100 to 100,000 entries: open,
 * add one entry and save, search, export, and the key derivation on its
 * own at each preset.
 *
 * The driver ("run") starts every measurement in a fresh process of this
 * program, so the peak memory it reports (VmHWM) is that measurement's
 * alone; it collects what the children print and writes rows for run.sh.
 *
 * Diaries are made by "gen" with a fixed seed: three in five entries are
 * journal entries of 100 to 400 words, two in five module records with
 * eight answers. They are written with the calls diary_save() makes
 * (codec_encode, cryptfile_seal_to, store_write), because adding 100,000
 * entries one by one through diary_add() would take far longer than every
 * measurement together (each add shifts the list). The diaries use the
 * smallest Argon2id costs, so the open measures the diary, not the KDF;
 * the KDF's time at those costs is measured in the same process and taken
 * out, and each preset's KDF has rows of its own.
 *
 * Usage:
 *   bench_diary run WORKDIR TMPFSDIR|- SIZE...   rows for run.sh
 *   bench_diary gen DIR N                        a diary of N entries
 *   bench_diary open DIR                         one open (as the driver's child)
 *   bench_diary opencg DIR                       one open, nothing else (callgrind)
 *   bench_diary add|search|export DIR RUNS [HITS]
 *   bench_diary kdf PRESET RUNS
 *   bench_diary wipe DIR
 */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/vfs.h>
#include <sys/wait.h>
#include <unistd.h>

#include <sodium.h>

#include "bench.h"
#include "diary/codec.h"
#include "diary/cryptfile.h"
#include "diary/diary.h"
#include "diary/export.h"
#include "diary/fault.h"
#include "diary/secbuf.h"
#include "diary/store.h"
#include "util/buf.h"

#define PASS      "a bench passphrase, not a secret"
#define RARE_WORD "lighthouse"
#define SEED      0x5EED2026u

/* ---- generated text ------------------------------------------------------- */

static uint64_t rng_state;

/* splitmix64: small, fast, and the same sequence on every machine. */
static uint64_t rng(void)
{
	uint64_t z = (rng_state += 0x9E3779B97F4A7C15u);
	z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9u;
	z = (z ^ (z >> 27)) * 0x94D049BB133111EBu;
	return z ^ (z >> 31);
}

static unsigned below(unsigned n)
{
	return (unsigned)(rng() % n);
}

/* Everyday words; a few carry accents, as real diaries do. None contains RARE_WORD. */
static const char *const words[] = {
        "today",     "I",        "felt",     "the",     "urge",      "again",      "after",
        "work",      "and",      "went",     "for",     "a",         "walk",       "instead",
        "it",        "was",      "hard",     "but",     "passed",    "in",         "about",
        "twenty",    "minutes",  "tired",    "evening", "alone",     "phone",      "bed",
        "called",    "my",       "brother",  "we",      "talked",    "football",   "dinner",
        "slept",     "badly",    "woke",     "early",   "coffee",    "café",       "naïve",
        "thought",   "about",    "what",     "matters", "to",        "me",         "family",
        "trust",     "honest",   "with",     "myself",  "stress",    "deadline",   "boss",
        "angry",     "lonely",   "bored",    "anxious", "calm",      "proud",      "small",
        "step",      "plan",     "kept",     "laptop",  "in",        "kitchen",    "door",
        "open",      "no",       "browsing", "after",   "ten",       "read",       "book",
        "music",     "run",      "gym",      "shower",  "breathing", "exercise",   "helped",
        "noticed",   "trigger",  "weekend",  "Sunday",  "Monday",    "late",       "night",
        "screen",    "time",     "limit",    "friend",  "message",   "counsellor", "session",
        "Thursday",  "homework", "wrote",    "down",    "reasons",   "stop",       "children",
        "harm",      "real",     "people",   "shame",   "guilt",     "hope",       "better",
        "than",      "last",     "week",     "month",   "day",       "seven",      "since",
        "lapse",     "learned",  "chain",    "warning", "sign",      "ignored",    "next",
        "will",      "go",       "out",      "rain",    "cold",      "garden",     "dog",
        "neighbour", "rézumé",   "über",     "is",      "that",      "of",         "on",
};
#define N_WORDS (sizeof words / sizeof words[0])

/* n words of sentences and paragraphs; the rare word once when rare. */
static void put_text(struct buf *b, unsigned n, int rare)
{
	unsigned rare_at = rare ? below(n) : n;
	unsigned in_sentence = 0, sentences = 0;
	for (unsigned i = 0; i < n; i++) {
		const char *w = i == rare_at ? RARE_WORD : words[below(N_WORDS)];
		if (in_sentence == 0 && i > 0)
			buf_puts(b, ++sentences % 5 == 0 ? "\n\n" : " ");
		else if (i > 0)
			buf_putc(b, ' ');
		if (in_sentence == 0 && w[0] >= 'a' && w[0] <= 'z') {
			buf_putc(b, (char)(w[0] - 32));
			buf_puts(b, w + 1);
		} else {
			buf_puts(b, w);
		}
		if (++in_sentence >= 8 + below(12) || i + 1 == n) {
			buf_putc(b, '.');
			in_sentence = 0;
		}
	}
}

static struct entry *journal(int rare)
{
	struct entry *e = entry_new(ENTRY_JOURNAL);
	struct buf b;
	buf_init(&b);
	put_text(&b, 100 + below(301), rare);
	entry_set(e, &e->text, b.data);
	buf_free(&b);
	if (below(10) < 3) {
		buf_init(&b);
		put_text(&b, 2 + below(4), 0);
		entry_set(e, &e->title, b.data);
		buf_free(&b);
	}
	static const char *const tags[] = {"urge", "lapse", "win", "sleep", "work"};
	for (unsigned i = below(3); i > 0; i--)
		entry_add_tag(e, tags[below(5)]);
	return e;
}

static struct entry *record(void)
{
	static const char *const modules[] = {"urges",    "triggers", "trigger-log",
	                                      "feelings", "lapse",    "values"};
	static const char *const places[] = {"home", "work", "travel", "other"};
	static const char *const feelings[] = {"bored", "lonely", "stressed", "angry", "tired"};
	struct entry *e = entry_new(ENTRY_RECORD);
	entry_set(e, &e->module, modules[below(6)]);
	char v[64];
	snprintf(v, sizeof v, "%u", below(11));
	entry_set_answer(e, "strength", v);
	entry_set_answer(e, "where", places[below(4)]);
	snprintf(v, sizeof v, "%s,%s", feelings[below(5)], feelings[below(5)]);
	entry_set_answer(e, "feelings", v);
	entry_set_answer(e, "trigger", places[below(4)]);
	snprintf(v, sizeof v, "%u", below(11));
	entry_set_answer(e, "before", v);
	snprintf(v, sizeof v, "%u", below(11));
	entry_set_answer(e, "after", v);
	struct buf b;
	buf_init(&b);
	put_text(&b, 10 + below(51), 0);
	entry_set_answer(e, "what-helped", b.data);
	buf_free(&b);
	buf_init(&b);
	put_text(&b, 10 + below(31), 0);
	entry_set_answer(e, "next-time", b.data);
	buf_free(&b);
	e->complete = 1;
	e->step = 8;
	return e;
}

/* The i-th entry (0: the newest) of a generated diary; *rare says whether it has RARE_WORD. */
static struct entry *gen_entry(size_t i, size_t n, int *rare)
{
	*rare = 0;
	struct entry *e;
	if (below(5) < 3) {
		*rare = i == n / 2 || below(1000) == 0;
		e = journal(*rare);
	} else {
		e = record();
	}
	e->id = n - i;
	/* One entry every two hours, back from the start of 2026. */
	e->created.epoch = 1767225600 - (int64_t)i * 7200;
	e->created.offset = 3600;
	e->edited = e->created;
	return e;
}

static int do_gen(const char *dir, size_t n)
{
	rng_state = SEED;
	struct entry **v = calloc(n ? n : 1, sizeof *v);
	if (!v)
		bench_die("out of memory");
	size_t hits = 0;
	for (size_t i = 0; i < n; i++) {
		int rare;
		v[i] = gen_entry(i, n, &rare);
		hits += (size_t)rare;
		if (!codec_entry_valid(v[i]))
			bench_die("generated entry %zu is not valid", i);
	}
	if (mkdir(dir, 0700) < 0 && errno != EEXIST)
		bench_die("cannot make %s: %s", dir, strerror(errno));
	struct cryptfile_keys k;
	if (cryptfile_new_keys(PASS, strlen(PASS), crypto_pwhash_argon2id_OPSLIMIT_MIN,
	                       crypto_pwhash_argon2id_MEMLIMIT_MIN, &k) != CRYPTFILE_OK)
		bench_die("cannot make keys");
	/* The same steps as diary_save(). */
	struct cryptfile_body g = {&k, NULL, 0};
	codec_encode((const struct entry *const *)v, n, n + 1, &g.body, &g.len);
	size_t len = cryptfile_sealed_size(g.len);
	struct store_content c = {cryptfile_seal_body, &g};
	struct diary_error err;
	if (store_write(dir, &c, 0, &err) < 0)
		bench_die("%s", err.msg);
	secbuf_free(g.body);
	cryptfile_keys_wipe(&k);
	for (size_t i = 0; i < n; i++)
		entry_free(v[i]);
	free(v);
	printf("hits=%zu bytes=%zu\n", hits, len);
	return 0;
}

/* ---- measurements, each in its own process -------------------------------- */

static struct diary *open_or_die(const char *dir)
{
	struct diary *d;
	struct diary_error err;
	if (diary_open(dir, PASS, strlen(PASS), &d, &err) < 0)
		bench_die("%s", err.msg);
	return d;
}

/* The KDF at the open diary's costs, timed alone (median of 5). */
static int64_t kdf_time(const struct diary *d)
{
	struct diary_costs c = diary_costs_of(d);
	unsigned char salt[crypto_pwhash_SALTBYTES] = {0}, key[32];
	int64_t t[5], min;
	for (int i = 0; i < 5; i++) {
		int64_t t0 = bench_now();
		if (crypto_pwhash(key, sizeof key, PASS, strlen(PASS), salt, c.opslimit,
		                  (size_t)c.memlimit, crypto_pwhash_ALG_ARGON2ID13) != 0)
			bench_die("the KDF failed");
		t[i] = bench_now() - t0;
	}
	return bench_median(t, 5, &min);
}

static int do_open(const char *dir)
{
	int64_t t0 = bench_now();
	struct diary *d = open_or_die(dir);
	int64_t t = bench_now() - t0;
	long peak = bench_peak_kib();
	int64_t kdf = kdf_time(d);
	printf("t=%lld kdf=%lld peak=%ld n=%zu\n", (long long)(t - kdf), (long long)kdf, peak,
	       diary_count(d));
	diary_close(d);
	return 0;
}

/* Time spent in fsync: from the hook's call before an fsync to its next
 * call (or the end of the save), which covers the fsync and a close. */
static int64_t sync_from, sync_total;

static int on_store_op(enum fault_op op, void *ctx)
{
	int64_t now = bench_now();
	if (sync_from) {
		sync_total += now - sync_from;
		sync_from = 0;
	}
	if (op == FAULT_FSYNC || op == FAULT_FSYNC_DIR)
		sync_from = now;
	return 0;
}

static int do_add(const char *dir, size_t runs)
{
	struct diary *d = open_or_die(dir);
	rng_state = SEED ^ 0xADD;
	fault_set(on_store_op, NULL);
	for (size_t i = 0; i < runs; i++) {
		struct entry *e = journal(0);
		struct diary_error err;
		sync_total = sync_from = 0;
		int64_t t0 = bench_now();
		if (diary_add(d, e, &err) == 0 || diary_save(d, &err) < 0)
			bench_die("%s", err.msg);
		int64_t t1 = bench_now();
		if (sync_from)
			sync_total += t1 - sync_from;
		printf("t=%lld sync=%lld\n", (long long)(t1 - t0), (long long)sync_total);
	}
	fault_set(NULL, NULL);
	printf("peak=%ld\n", bench_peak_kib());
	diary_close(d);
	return 0;
}

static int do_search(const char *dir, size_t runs, size_t hits)
{
	struct diary *d = open_or_die(dir);
	for (size_t i = 0; i < runs; i++) {
		int64_t t0 = bench_now();
		struct entry_list l = diary_search(d, RARE_WORD);
		int64_t t = bench_now() - t0;
		if (l.n != hits)
			bench_die("search found %zu entries, not %zu", l.n, hits);
		diary_list_free(&l);
		printf("t=%lld\n", (long long)t);
	}
	printf("peak=%ld\n", bench_peak_kib());
	diary_close(d);
	return 0;
}

static int do_export(const char *dir, size_t runs)
{
	struct diary *d = open_or_die(dir);
	FILE *out = fopen("/dev/null", "w");
	if (!out)
		bench_die("cannot open /dev/null");
	for (size_t i = 0; i < runs; i++) {
		int64_t t0 = bench_now();
		export_markdown(out, d, 0);
		fflush(out);
		printf("t=%lld\n", (long long)(bench_now() - t0));
	}
	fclose(out);
	printf("peak=%ld\n", bench_peak_kib());
	diary_close(d);
	return 0;
}

struct preset {
	const char *name;
	unsigned long long ops;
	size_t mem;
};

static const struct preset presets[] = {
        {"min", crypto_pwhash_argon2id_OPSLIMIT_MIN, crypto_pwhash_argon2id_MEMLIMIT_MIN},
        {"interactive", crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE},
        {"moderate", crypto_pwhash_OPSLIMIT_MODERATE, crypto_pwhash_MEMLIMIT_MODERATE},
        {"sensitive", crypto_pwhash_OPSLIMIT_SENSITIVE, crypto_pwhash_MEMLIMIT_SENSITIVE},
};
#define N_PRESETS (sizeof presets / sizeof presets[0])

static const struct preset *preset_named(const char *name)
{
	for (size_t i = 0; i < N_PRESETS; i++)
		if (strcmp(presets[i].name, name) == 0)
			return &presets[i];
	bench_die("no preset %s", name);
}

static int do_kdf(const char *name, size_t runs)
{
	const struct preset *p = preset_named(name);
	if (sodium_init() < 0)
		bench_die("libsodium could not start");
	long base = bench_peak_kib();
	unsigned char salt[crypto_pwhash_SALTBYTES], key[32];
	randombytes_buf(salt, sizeof salt);
	for (size_t i = 0; i < runs; i++) {
		int64_t t0 = bench_now();
		if (crypto_pwhash(key, sizeof key, PASS, strlen(PASS), salt, p->ops, p->mem,
		                  crypto_pwhash_ALG_ARGON2ID13) != 0)
			bench_die("the KDF could not get its memory");
		printf("t=%lld\n", (long long)(bench_now() - t0));
	}
	printf("peak=%ld base=%ld\n", bench_peak_kib(), base);
	return 0;
}

/* ---- the driver ----------------------------------------------------------- */

/* What a child printed. */
struct result {
	int64_t t[64], sync[64];
	size_t n;
	long peak, base;
	int64_t kdf;
	size_t hits, entries, bytes;
};

/* Runs this program with args in a new process and parses what it prints. */
static void child(struct result *r, const char *a1, const char *a2, const char *a3, const char *a4)
{
	int fds[2];
	if (pipe(fds) < 0)
		bench_die("pipe: %s", strerror(errno));
	fflush(stdout);
	pid_t pid = fork();
	if (pid < 0)
		bench_die("fork: %s", strerror(errno));
	if (pid == 0) {
		close(fds[0]);
		dup2(fds[1], STDOUT_FILENO);
		close(fds[1]);
		char *argv[] = {"bench_diary", (char *)a1, (char *)a2,
		                (char *)a3,    (char *)a4, NULL};
		execv("/proc/self/exe", argv);
		_exit(127);
	}
	close(fds[1]);
	FILE *in = fdopen(fds[0], "r");
	if (!in)
		bench_die("fdopen: %s", strerror(errno));
	char line[256];
	while (fgets(line, sizeof line, in)) {
		long long t, x;
		long p, b;
		size_t h, e, n;
		if (sscanf(line, "t=%lld sync=%lld", &t, &x) == 2 && r->n < 64) {
			r->sync[r->n] = x;
			r->t[r->n++] = t;
		} else if (sscanf(line, "t=%lld kdf=%lld peak=%ld n=%zu", &t, &x, &p, &n) == 4) {
			r->t[r->n++] = t;
			r->kdf = x;
			r->peak = p;
			r->entries = n;
		} else if (sscanf(line, "t=%lld", &t) == 1 && r->n < 64) {
			r->t[r->n++] = t;
		} else if (sscanf(line, "peak=%ld base=%ld", &p, &b) == 2) {
			r->peak = p;
			r->base = b;
		} else if (sscanf(line, "peak=%ld", &p) == 1) {
			r->peak = p;
		} else if (sscanf(line, "hits=%zu bytes=%zu", &h, &e) == 2) {
			r->hits = h;
			r->bytes = e;
		}
	}
	fclose(in);
	int status;
	if (waitpid(pid, &status, 0) < 0 || !WIFEXITED(status) || WEXITSTATUS(status) != 0)
		bench_die("bench_diary %s %s failed", a1, a2 ? a2 : "");
}

static size_t runs_for(size_t n)
{
	return n <= 10000 ? 20 : 3;
}

static const char *fs_name(const char *dir)
{
	struct statfs s;
	if (statfs(dir, &s) < 0)
		return "?";
	switch ((unsigned long)s.f_type) {
	case 0xEF53:
		return "ext2/3/4";
	case 0x01021994:
		return "tmpfs";
	case 0x58465342:
		return "xfs";
	case 0x9123683E:
		return "btrfs";
	case 0x794C7630:
		return "overlayfs";
	case 0x2FC12FC1:
		return "zfs";
	default:
		return "other fs";
	}
}

/* The judgement of a row at size n: the brief's aim at 10,000 entries,
 * linear growth at 100,000 (see run.sh for the forms). */
static void floor_for(char *out, size_t len, const char *key, size_t n, long long aim_ns)
{
	if (n == 10000 && aim_ns > 0)
		snprintf(out, len, "aim:%lld@1", aim_ns);
	else if (n == 100000)
		snprintf(out, len, "lin:%s_10000:10@1.5", key);
	else
		snprintf(out, len, "-");
}

#define MAX_SIZES 8
enum { R_OPEN, R_SAVE, R_NOSYNC, R_SEARCH, R_EXPORT, R__COUNT };
static char rows[R__COUNT][MAX_SIZES][512];
static char tmpfs_row[512]; /* printed after the saves on disk */

static void keep_row(int what, size_t si, const char *key, const char *label, size_t n, int64_t *t,
                     size_t runs, long peak, long long aim_ns)
{
	char k[64], fl[96];
	snprintf(k, sizeof k, "%s_%zu", key, n);
	floor_for(fl, sizeof fl, key, n, aim_ns);
	int64_t min, med = bench_median(t, runs, &min);
	snprintf(rows[what][si], sizeof rows[what][si],
	         "row\t%s\t%s\t%zu\t%zu\t%lld\t%lld\t%s\t%ld\n", k, label, n, runs, (long long)med,
	         (long long)min, fl, peak);
}

static void save_rows(size_t si, size_t n, const char *fs, const struct result *a, int tmpfs)
{
	int64_t t[64], nosync[64];
	for (size_t i = 0; i < a->n; i++) {
		t[i] = a->t[i];
		nosync[i] = a->t[i] - a->sync[i];
	}
	char label[128];
	if (tmpfs) {
		int64_t min, med = bench_median(t, a->n, &min);
		snprintf(tmpfs_row, sizeof tmpfs_row,
		         "row\tdiary_save_tmpfs_%zu\tdiary: add 1 + save, on "
		         "tmpfs\t%zu\t%zu\t%lld\t%lld"
		         "\t-\t%ld\n",
		         n, n, a->n, (long long)med, (long long)min, a->peak);
		return;
	}
	snprintf(label, sizeof label, "diary: add 1 + save, with fsync (%s)", fs);
	keep_row(R_SAVE, si, "diary_save", label, n, t, a->n, a->peak, 0);
	snprintf(label, sizeof label, "diary: add 1 + save, fsync time taken out");
	keep_row(R_NOSYNC, si, "diary_nosync", label, n, nosync, a->n, a->peak, 50000000);
}

static int do_run(int argc, char **argv)
{
	const char *work = argv[2], *tmpfs = argv[3];
	size_t nsizes = (size_t)argc - 4;
	if (nsizes < 1 || nsizes > MAX_SIZES)
		bench_die("give 1 to %d sizes", MAX_SIZES);
	const char *fs = fs_name(work);
	for (size_t si = 0; si < nsizes; si++) {
		size_t n = (size_t)atol(argv[4 + si]);
		size_t runs = runs_for(n);
		char dir[4096], nruns[32], nhits[32];
		snprintf(dir, sizeof dir, "%s/diary-%zu", work, n);
		snprintf(nruns, sizeof nruns, "%zu", runs);
		struct result g = {0};
		child(&g, "gen", dir, argv[4 + si], NULL);

		int64_t t[64];
		long peak = 0;
		for (size_t i = 0; i < runs; i++) {
			struct result one = {0};
			child(&one, "open", dir, NULL, NULL);
			if (one.entries != n)
				bench_die("opened %zu entries, not %zu", one.entries, n);
			t[i] = one.t[0];
			if (one.peak > peak)
				peak = one.peak;
		}
		char label[128];
		snprintf(label, sizeof label, "diary: open (%.1f MB file), KDF taken out",
		         (double)g.bytes / 1e6);
		keep_row(R_OPEN, si, "diary_open", label, n, t, runs, peak, 30000000);

		struct result a = {0};
		child(&a, "add", dir, nruns, NULL);
		save_rows(si, n, fs, &a, 0);

		snprintf(nhits, sizeof nhits, "%zu", g.hits);
		struct result s = {0};
		child(&s, "search", dir, nruns, nhits);
		snprintf(label, sizeof label, "diary: search, word in %zu entries", g.hits);
		keep_row(R_SEARCH, si, "diary_search", label, n, s.t, s.n, s.peak, 10000000);

		struct result x = {0};
		child(&x, "export", dir, nruns, NULL);
		keep_row(R_EXPORT, si, "diary_export", "diary: export Markdown to /dev/null", n,
		         x.t, x.n, x.peak, 0);

		struct result w = {0};
		child(&w, "wipe", dir, NULL, NULL);

		if (n == 10000 && strcmp(tmpfs, "-") != 0) {
			snprintf(dir, sizeof dir, "%s/diary-%zu", tmpfs, n);
			struct result tg = {0}, ta = {0}, tw = {0};
			child(&tg, "gen", dir, argv[4 + si], NULL);
			child(&ta, "add", dir, nruns, NULL);
			child(&tw, "wipe", dir, NULL, NULL);
			save_rows(si, n, "tmpfs", &ta, 1);
		}
	}
	for (int what = 0; what < R__COUNT; what++) {
		for (size_t si = 0; si < nsizes; si++)
			fputs(rows[what][si], stdout);
		if (what == R_NOSYNC)
			fputs(tmpfs_row, stdout);
	}

	/* The KDF alone, at each preset: its time and its own memory. */
	static const size_t kdf_runs[N_PRESETS] = {20, 5, 3, 3};
	for (size_t i = 0; i < N_PRESETS; i++) {
		char nruns[32], key[64], label[160];
		snprintf(nruns, sizeof nruns, "%zu", kdf_runs[i]);
		struct result k = {0};
		child(&k, "kdf", presets[i].name, nruns, NULL);
		snprintf(key, sizeof key, "kdf_%s", presets[i].name);
		snprintf(label, sizeof label,
		         "KDF Argon2id %s (ops %llu, %zu KiB; RSS %ld KiB before it)",
		         presets[i].name, presets[i].ops, presets[i].mem >> 10, k.base);
		int64_t min, med = bench_median(k.t, k.n, &min);
		printf("row\t%s\t%s\t0\t%zu\t%lld\t%lld\t-\t%ld\n", key, label, k.n, (long long)med,
		       (long long)min, k.peak);
	}
	return 0;
}

static int do_wipe(const char *dir)
{
	struct diary_error err;
	if (diary_wipe(dir, NULL, &err) < 0)
		bench_die("%s", err.msg);
	return 0;
}

int main(int argc, char **argv)
{
	/* The diaries measured have the weakest costs, so the rows time the
	 * files and not the key derivation: a test build takes them so. */
	setenv("STEADY_DIARY_COSTS", "min", 1);
	const char *cmd = argc > 1 ? argv[1] : "";
	size_t runs = argc > 3 ? (size_t)atol(argv[3]) : 0;
	if (strcmp(cmd, "run") == 0 && argc >= 5)
		return do_run(argc, argv);
	if (strcmp(cmd, "gen") == 0 && argc == 4)
		return do_gen(argv[2], (size_t)atol(argv[3]));
	if (strcmp(cmd, "open") == 0 && argc == 3)
		return do_open(argv[2]);
	if (strcmp(cmd, "opencg") == 0 && argc == 3) {
		diary_close(open_or_die(argv[2])); /* the open alone, for callgrind */
		return 0;
	}
	if (strcmp(cmd, "add") == 0 && argc == 4 && runs > 0 && runs <= 64)
		return do_add(argv[2], runs);
	if (strcmp(cmd, "search") == 0 && argc == 5 && runs > 0 && runs <= 64)
		return do_search(argv[2], runs, (size_t)atol(argv[4]));
	if (strcmp(cmd, "export") == 0 && argc == 4 && runs > 0 && runs <= 64)
		return do_export(argv[2], runs);
	if (strcmp(cmd, "kdf") == 0 && argc == 4 && runs > 0 && runs <= 64)
		return do_kdf(argv[2], runs);
	if (strcmp(cmd, "wipe") == 0 && argc == 3)
		return do_wipe(argv[2]);
	bench_die("usage: bench_diary run WORKDIR TMPFSDIR|- SIZE... (see bench_diary.c)");
}
