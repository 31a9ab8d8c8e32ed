/* SPDX-FileCopyrightText: 2026 The steady authors */
/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * import.h: reading back what `steady diary export` wrote, as Markdown or
 * JSON, into entries for diary_import(). The whole file is read before
 * anything reaches a diary, so a malformed file imports nothing. The ids
 * in the file are checked but not kept: diary_import() gives new ones.
 */
#ifndef STEADY_DIARY_IMPORT_H
#define STEADY_DIARY_IMPORT_H

#include <stddef.h>

#include "diary/entry.h"

enum import_format {
	IMPORT_GUESS,    /* JSON when the first character that is not a space is "{" */
	IMPORT_MARKDOWN, /* export_markdown(), in English or the current language */
	IMPORT_JSON,     /* export_json() */
};

/*
 * Reads the entries of an export held in p (len bytes, NUL-terminated;
 * changed in place: strings are unescaped there). 0 with *v a new array
 * of *n new entries, each valid for its kind (codec_entry_valid()); or -1
 * with *line the line of the first problem and *why a new string saying
 * it, translated.
 */
int import_parse(char *p, size_t len, enum import_format f, struct entry ***v, size_t *n,
                 size_t *line, char **why);

/* The Markdown half of import_parse() (import_markdown.c). */
int import_markdown(char *p, size_t len, struct entry ***v, size_t *n, size_t *line, char **why);

/* Frees the entries of import_parse() and the array; NULL is fine. */
void import_free(struct entry **v, size_t n);

/* Adds e to the array (*n entries so far), for the two readers. */
void import_push(struct entry ***v, size_t *n, struct entry *e);

/* 1 when the entry is valid for its kind once it has an id. */
int import_entry_ok(struct entry *e);

#endif
