/* SPDX-FileCopyrightText: 2026 The steady authors */
/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * floor_yaml.c: the floor for loading content on its own (floor_parse.h),
 * for callgrind; the timed rows measure it in bench_content, in turn with
 * the load, so that both see the same machine.
 *
 * Usage: floor_yaml KEY LABEL DIR RUNS (a row for run.sh; its size counts
 * the modules, so helplines.yaml is parsed but not counted)
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>

#include "bench.h"
#include "floor_parse.h"

int main(int argc, char **argv)
{
	if (argc != 5)
		bench_die("usage: floor_yaml KEY LABEL DIR RUNS");
	size_t runs = (size_t)atol(argv[4]);
	if (runs < 1)
		bench_die("RUNS must be at least 1");
	int64_t *t = calloc(runs, sizeof *t);
	if (!t)
		bench_die("out of memory");
	size_t files = 0, events = 0;
	for (size_t i = 0; i < runs; i++) {
		int64_t t0 = bench_now();
		events = floor_parse_dir(argv[3], &files);
		t[i] = bench_now() - t0;
	}
	if (files == 0 || events == 0)
		bench_die("no modules in %s", argv[3]);
	int64_t min, med = bench_median(t, runs, &min);
	bench_row(argv[1], argv[2], (long)files, runs, med, min, "-", bench_peak_kib());
	free(t);
	return 0;
}
