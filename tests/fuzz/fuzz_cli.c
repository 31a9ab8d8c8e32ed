/* SPDX-FileCopyrightText: 2026 The steady authors */
/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * fuzz_cli.c: steady's command line on arbitrary argument lists: main()
 * itself (src/main.c built as steady_main), its options, and every command
 * it hands them to (cli/, and plain mode without a command).
 *
 * The input is the arguments, each ended by a NUL byte (at most 16, of at
 * most 200 bytes); after an empty one ("\0\0") the rest is standard input,
 * so `diary add`, `diary search` and plain mode read something.
 *
 * Each run happens in a fresh folder, $TMPDIR/fuzz-cli.XXXXXX/run, holding
 * HOME and the XDG folders, a diary "d" (passphrase "fuzz passphrase", the
 * cheapest costs) and a module "m.yaml". On descriptor 100 are the lines
 * "fuzz passphrase" and "another passphrase", twice each, for
 * --passphrase-fd 100. TERM is dumb, so the screens never start. No
 * argument can name a file outside the folder: '/' in one becomes '_' and
 * ".." becomes "._".
 *
 * Beyond "no crash, leak or undefined behaviour": steady returns from
 * main() rather than call exit(), its exit status is one of steady(1)'s,
 * and no file descriptor is left open.
 */
#include "config.h"

#include <dirent.h>
#include <fcntl.h>
#include <ftw.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "content/library.h"
#include "content/library_std.h"
#include "content/ycache.h"
#include "content/ytree.h"
#include "fuzz.h"
#include "util/exit_status.h"
#include "util/xalloc.h"

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int steady_main(int argc, char **argv);
void fuzz_harden_process(void);

#define MAX_ARGS 16
#define MAX_ARG  200
#define PASS_FD  100
#define MODULE                                                                                     \
	"steady: 1\nid: fuzz-module\ntitle: A module\nsummary: For the fuzzer.\n"                  \
	"minutes: 1\nsteps:\n  - type: scale\n    id: mood\n    prompt: How?\n"                    \
	"    min: 0\n    max: 10\n    min_label: Low\n    max_label: High\n  - type: text\n    "   \
	"id: note\n"                                                                               \
	"    prompt: Anything?\n"
#define PASSPHRASES "fuzz passphrase\nfuzz passphrase\nanother passphrase\nanother passphrase\n"

static char *top, *run;    /* the scratch folder and the run folder in it */
static int pass_fd, in_fd; /* memfds: descriptor 100's lines and standard input */
static struct diary_file { /* the diary's files, as made at the start */
	char *name;
	char *data;
	size_t len;
} files[8];
static size_t n_files;
static int home_fd = -1; /* the fuzzer's own folder, given back after each run */

/* The process is hardened once by steady; in the fuzzer that would stop
 * LeakSanitizer (no ptrace of a process that is not dumpable). */
void fuzz_harden_process(void)
{
}

static int rm_one(const char *p, const struct stat *st, int flag, struct FTW *f)
{
	(void)st;
	(void)f;
	if ((flag == FTW_DP ? rmdir(p) : unlink(p)) < 0)
		abort();
	return 0;
}

static void put_file(const char *path, const void *p, size_t n)
{
	FILE *f = fopen(path, "wb");
	if (!f || fwrite(p, 1, n, f) != n || fclose(f) != 0)
		abort();
}

static char *get_file(const char *path, size_t *n)
{
	FILE *f = fopen(path, "rb");
	if (!f)
		abort();
	char *p = NULL;
	size_t cap = 0;
	*n = 0;
	for (;;) {
		if (*n == cap && !(p = realloc(p, cap = cap ? 2 * cap : 4096)))
			abort();
		size_t r = fread(p + *n, 1, cap - *n, f);
		if (r == 0)
			break;
		*n += r;
	}
	fclose(f);
	return p;
}

/* A fresh run folder with the module and the diary, and the descriptors rewound. */
static void reset(void)
{
	if (chdir(top) < 0)
		abort();
	struct stat st;
	if (stat(run, &st) == 0 && nftw(run, rm_one, 16, FTW_DEPTH | FTW_PHYS) != 0)
		abort();
	if (mkdir(run, 0700) < 0 || chdir(run) < 0 || mkdir("home", 0700) < 0)
		abort();
	put_file("m.yaml", MODULE, strlen(MODULE));
	if (n_files && mkdir("d", 0700) < 0)
		abort();
	for (size_t i = 0; i < n_files; i++) {
		char *p = xasprintf("d/%s", files[i].name);
		put_file(p, files[i].data, files[i].len);
		free(p);
	}
	if (lseek(pass_fd, 0, SEEK_SET) != 0 || lseek(in_fd, 0, SEEK_SET) != 0)
		abort();
	optind = 0; /* getopt starts afresh */
}

/* 1 while steady runs: exit() then is a finding (only main() decides to
 * exit, and main() returns), so the input is kept as a crash. */
static int running;

static void exited(void)
{
	if (running) {
		fprintf(stderr, "fuzz_cli: steady called exit() instead of returning\n");
		abort();
	}
}

static int call(int argc, char **argv)
{
	running = 1;
	int rc = steady_main(argc, argv);
	running = 0;
	if (rc != EXIT_OK && rc != EXIT_INVALID && rc != EXIT_USAGE && rc != EXIT_PASSPHRASE &&
	    rc != EXIT_LOCKED) {
		fprintf(stderr, "fuzz_cli: steady exited %d\n", rc);
		abort();
	}
	return rc;
}

static int open_fds(void)
{
	DIR *d = opendir("/proc/self/fd");
	int n = 0;
	if (!d)
		abort();
	while (readdir(d))
		n++;
	closedir(d);
	return n;
}

/* The bundled content's trees, parsed once, so each run need not parse them. */
static void content_cache(void)
{
	size_t n;
	char **f = library_yaml_files(FUZZ_SRCDIR "/content", &n);
	char *path = xasprintf("%s/content.cache", top);
	struct diag d;
	diag_init(&d);
	if (!f || ycache_write(path, (const char *const *)f, n, &d) < 0)
		abort();
	library_std_use_cache(ycache_open(path)); /* kept for the life of the fuzzer */
	setenv("STEADY_NO_CONTENT_CACHE", "1", 1);
	for (size_t i = 0; i < n; i++)
		free(f[i]);
	free(f);
	diag_free(&d);
	free(path);
}

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void)argc;
	(void)argv;
	home_fd = open(".", O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	atexit(exited);
	top = fuzz_scratch("fuzz-cli");
	run = xasprintf("%s/run", top);
	char *home = xasprintf("%s/home", run);
	char *config = xasprintf("%s/.config", home), *data = xasprintf("%s/.local/share", home);
	setenv("HOME", home, 1);
	setenv("XDG_CONFIG_HOME", config, 1);
	setenv("XDG_DATA_HOME", data, 1);
	setenv("TERM", "dumb", 1);
	setenv("LC_ALL", "C.UTF-8", 1);
	setenv("STEADY_DIARY_COSTS", "min", 1);
	unsetenv("COLUMNS");
	unsetenv("NO_COLOR");
	unsetenv("STEADY_LOCK_SECONDS");
	free(home);
	free(config);
	free(data);
	pass_fd = fuzz_memfd("fuzz-cli-pass", NULL);
	in_fd = fuzz_memfd("fuzz-cli-stdin", NULL);
	fuzz_fill(pass_fd, PASSPHRASES, strlen(PASSPHRASES));
	if (dup2(pass_fd, PASS_FD) < 0) /* where --passphrase-fd 100 reads */
		abort();
	close(pass_fd);
	pass_fd = PASS_FD;
	content_cache();

	/* The diary every run starts with, made once by steady itself. */
	reset();
	char *init[] = {"steady", "--passphrase-fd", "100", "--diary", "d", "diary", "init", NULL};
	if (call(7, init) != EXIT_OK)
		abort();
	DIR *d = opendir("d");
	struct dirent *e;
	while (d && (e = readdir(d)) && n_files < 8) {
		if (e->d_name[0] == '.')
			continue;
		char *p = xasprintf("d/%s", e->d_name);
		files[n_files].name = xstrdup(e->d_name);
		files[n_files].data = get_file(p, &files[n_files].len);
		n_files++;
		free(p);
	}
	if (!d || n_files == 0)
		abort();
	closedir(d);
	if (home_fd < 0 || fchdir(home_fd) < 0)
		abort(); /* the fuzzer's paths are relative to where it started */
	return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *argv[MAX_ARGS + 2];
	int argc = 0;
	argv[argc++] = xstrdup("steady");
	size_t off = 0;
	while (off < size && argc <= MAX_ARGS) {
		const uint8_t *nul = memchr(data + off, '\0', size - off);
		size_t n = nul ? (size_t)(nul - (data + off)) : size - off;
		if (n == 0) { /* "\0\0": standard input follows */
			off++;
			break;
		}
		if (n > MAX_ARG)
			n = MAX_ARG;
		char *a = xmalloc(n + 1);
		memcpy(a, data + off, n);
		a[n] = '\0';
		for (char *p = a; *p; p++) {
			if (*p == '/')
				*p = '_';
			if (p[0] == '.' && p[1] == '.')
				p[1] = '_';
		}
		argv[argc++] = a;
		off += (nul ? (size_t)(nul - (data + off)) : size - off) + 1;
	}
	argv[argc] = NULL;
	const uint8_t *in = off < size ? data + off : data;
	size_t in_len = off < size ? size - off : 0;
	fuzz_fill(in_fd, in, in_len);
	reset();
	int saved = dup(STDIN_FILENO);
	if (saved < 0 || dup2(in_fd, STDIN_FILENO) < 0)
		abort();
	int fds = open_fds();
	/* getopt permutes argv: keep the pointers to free them after. */
	char *mine[MAX_ARGS + 2];
	memcpy(mine, argv, sizeof argv);
	call(argc, argv);
	fflush(stdout);
	if (open_fds() != fds) {
		fprintf(stderr, "fuzz_cli: a file descriptor was left open\n");
		abort();
	}
	dup2(saved, STDIN_FILENO);
	close(saved);
	if (fchdir(home_fd) < 0)
		abort();
	for (int i = 0; i < argc; i++)
		free(mine[i]);
	return 0;
}
