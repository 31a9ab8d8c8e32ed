/* SPDX-FileCopyrightText: 2026 The steady authors */
/* SPDX-License-Identifier: GPL-3.0-or-later */
/* bench.c: the clock, statistics, peak memory and rows of the benchmarks. */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "bench.h"

int64_t bench_now(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec;
}

static int cmp_i64(const void *a, const void *b)
{
	int64_t x = *(const int64_t *)a, y = *(const int64_t *)b;
	return x < y ? -1 : x > y;
}

int64_t bench_median(int64_t *v, size_t n, int64_t *min)
{
	qsort(v, n, sizeof *v, cmp_i64);
	*min = v[0];
	return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

long bench_peak_kib(void)
{
	/* VmHWM belongs to this address space alone: unlike ru_maxrss it is
	 * not carried over from the parent across fork and exec. */
	FILE *f = fopen("/proc/self/status", "r");
	if (!f)
		return -1;
	char line[256];
	long kib = -1;
	while (fgets(line, sizeof line, f))
		if (strncmp(line, "VmHWM:", 6) == 0) {
			kib = strtol(line + 6, NULL, 10);
			break;
		}
	fclose(f);
	return kib;
}

void bench_row(const char *key, const char *label, long size, size_t runs, int64_t median,
               int64_t min, const char *floor, long peak_kib)
{
	printf("row\t%s\t%s\t%ld\t%zu\t%lld\t%lld\t%s\t%ld\n", key, label, size, runs,
	       (long long)median, (long long)min, floor, peak_kib);
	fflush(stdout);
}

void bench_die(const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	fputs("bench: ", stderr);
	vfprintf(stderr, fmt, ap);
	fputc('\n', stderr);
	va_end(ap);
	exit(1);
}

char *bench_read_file(const char *path, size_t *len)
{
	int fd = open(path, O_RDONLY | O_CLOEXEC);
	struct stat st;
	if (fd < 0 || fstat(fd, &st) < 0)
		bench_die("cannot read %s: %s", path, strerror(errno));
	size_t n = (size_t)st.st_size;
	char *p = malloc(n + 1);
	if (!p)
		bench_die("out of memory");
	size_t got = 0;
	while (got < n) {
		ssize_t r = read(fd, p + got, n - got);
		if (r < 0 && errno == EINTR)
			continue;
		if (r <= 0)
			bench_die("cannot read %s: %s", path,
			          r < 0 ? strerror(errno) : "cut short");
		got += (size_t)r;
	}
	close(fd);
	p[n] = '\0';
	*len = n;
	return p;
}

void bench_write_file(const char *path, const char *data, size_t len)
{
	int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
	if (fd < 0)
		bench_die("cannot write %s: %s", path, strerror(errno));
	size_t off = 0;
	while (off < len) {
		ssize_t w = write(fd, data + off, len - off);
		if (w < 0 && errno == EINTR)
			continue;
		if (w <= 0)
			bench_die("cannot write %s: %s", path, strerror(errno));
		off += (size_t)w;
	}
	if (close(fd) < 0)
		bench_die("cannot write %s: %s", path, strerror(errno));
}
