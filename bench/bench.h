/* SPDX-FileCopyrightText: 2026 The steady authors */
/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * bench.h: what every benchmark program shares: a monotonic clock,
 * the median and minimum of repeated timings, this process's peak memory,
 * and the tab-separated rows that bench/run.sh gathers into one table.
 */
#ifndef STEADY_BENCH_BENCH_H
#define STEADY_BENCH_BENCH_H

#include <stddef.h>
#include <stdint.h>

/* Nanoseconds on the monotonic clock. */
int64_t bench_now(void);

/* Sorts v (n > 0) in place; returns the median and sets *min to the smallest. */
int64_t bench_median(int64_t *v, size_t n, int64_t *min);

/* This process's peak resident memory (VmHWM) in KiB, or -1 when unknown. */
long bench_peak_kib(void);

/*
 * One row of the table, for run.sh: key (a name other rows refer to),
 * label, size (items measured, 0: none), runs, median and minimum in ns,
 * floor (how run.sh judges the row, see run.sh; "-" for none) and the peak
 * memory in KiB (-1: not measured).
 */
void bench_row(const char *key, const char *label, long size, size_t runs, int64_t median,
               int64_t min, const char *floor, long peak_kib);

/* Prints a message to stderr and exits with status 1. */
void bench_die(const char *fmt, ...) __attribute__((format(printf, 1, 2), noreturn));

/* A whole file as a new NUL-terminated heap block of *len bytes; dies on failure. */
char *bench_read_file(const char *path, size_t *len);

/* Writes len bytes to a new file at path; dies on failure. */
void bench_write_file(const char *path, const char *data, size_t len);

#endif
