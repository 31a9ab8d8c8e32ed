/* SPDX-FileCopyrightText: 2026 The steady authors */
/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * floor_parse.c: the floor for loading content (floor_parse.h): list a
 * folder's *.yaml files, read each into memory and run libyaml's event
 * parser over it, building nothing and checking nothing.
 */
#include "config.h"

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <yaml.h>

#include "bench.h"
#include "floor_parse.h"

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
