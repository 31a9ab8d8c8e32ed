/*
 * floor_yaml.c: the floor for loading content: every *.yaml file of a
 * folder listed, read into memory and run through libyaml's event parser,
 * with no model built and nothing checked. Loading the same files into
 * steady's model (bench_content) cannot be faster than this.
 *
 * Usage: floor_yaml KEY LABEL DIR RUNS (a row for run.sh; its size counts
 * the modules, so helplines.yaml is parsed but not counted)
 */
#include "config.h"

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <yaml.h>

#include "bench.h"

static int is_yaml(const char *name)
{
	size_t n = strlen(name);
	return name[0] != '.' && n > 5 && strcmp(name + n - 5, ".yaml") == 0;
}

/* Parses one file's events; returns their number. */
static size_t parse_file(const char *path)
{
	size_t len;
	char *text = bench_read_file(path, &len);
	yaml_parser_t p;
	if (!yaml_parser_initialize(&p))
		bench_die("libyaml could not start");
	yaml_parser_set_input_string(&p, (const unsigned char *)text, len);
	size_t events = 0;
	for (;;) {
		yaml_event_t e;
		if (!yaml_parser_parse(&p, &e))
			bench_die("%s: YAML error: %s", path, p.problem ? p.problem : "?");
		int end = e.type == YAML_STREAM_END_EVENT;
		yaml_event_delete(&e);
		events++;
		if (end)
			break;
	}
	yaml_parser_delete(&p);
	free(text);
	return events;
}

/* The measured work: list the folder, read and parse every file. Not
 * static, so that callgrind can count it alone (--toggle-collect). */
size_t floor_parse_dir(const char *dir, size_t *files);
size_t floor_parse_dir(const char *dir, size_t *files)
{
	DIR *dp = opendir(dir);
	if (!dp)
		bench_die("cannot read the folder %s", dir);
	size_t events = 0;
	*files = 0;
	struct dirent *de;
	char path[4096];
	while ((de = readdir(dp)) != NULL) {
		if (!is_yaml(de->d_name))
			continue;
		snprintf(path, sizeof path, "%s/%s", dir, de->d_name);
		events += parse_file(path);
		/* Sizes count modules, so the helpline directory is not one. */
		if (strcmp(de->d_name, "helplines.yaml") != 0)
			(*files)++;
	}
	closedir(dp);
	return events;
}

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
