/* SPDX-FileCopyrightText: 2026 The steady authors */
/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * floor_parse.h: the floor for loading content. Loading the same files into
 * steady's model (bench_content) cannot be faster than this.
 */
#ifndef STEADY_BENCH_FLOOR_PARSE_H
#define STEADY_BENCH_FLOOR_PARSE_H

#include <stddef.h>

/* Lists dir, reads every *.yaml file and parses its events with libyaml;
 * returns the number of events and sets *files to the number of modules
 * (helplines.yaml is parsed but not counted). Not static, so that callgrind
 * can count it alone (--toggle-collect=floor_parse_dir). */
size_t floor_parse_dir(const char *dir, size_t *files);

#endif
