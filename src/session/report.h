/* SPDX-FileCopyrightText: 2026 The steady authors */
/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * report.h: what the person shares with their counsellor. A report holds
 * the homework modules they choose and each time they filled one in
 * within a range of dates, in words: the question text and the chosen
 * labels, never the ids the diary stores them by, with scores and bands
 * and a text chart of each scale over time. Written as Markdown or JSON
 * (doc/report-format.md); `steady report --seal` then seals it for the
 * counsellor (diary/sealed.h). Pure: it writes to the FILE it is given.
 */
#ifndef STEADY_SESSION_REPORT_H
#define STEADY_SESSION_REPORT_H

#include <stddef.h>
#include <stdio.h>

#include "content/library.h"
#include "diary/diary.h"

enum report_format { REPORT_MARKDOWN, REPORT_JSON };

/* What goes in: the modules (none named: every homework module) and the dates. */
struct report_sel {
	char *const *ids; /* module ids, or NULL for every homework module */
	size_t n_ids;
	const char *from, *to; /* "YYYY-MM-DD", inclusive, or NULL for no bound */
	const char *region;    /* the reader's region (session_reader_region()): whose variants'
	                        * scales are charted; NULL for none */
};

/*
 * The modules the selection names, in the library's order (*n set; a new
 * array of library pointers, free() it), or NULL with *why a translated
 * message (new string): an unknown id, a bad date, or no homework at all.
 */
const struct module **report_modules(const struct library *lib, const struct report_sel *sel,
                                     size_t *n, char **why);

/*
 * The public key the chosen modules name (counsellor_key:), as text into
 * out: 0, or -1 with *why (new string) when none names one or two differ.
 */
int report_key(const struct module *const *mods, size_t n, char out[64], char **why);

/* Why sealed_seal() returned rc (< 0), in words ("steady: ...", a newline), static. */
const char *report_seal_failed(int rc);

/*
 * The words above the choice of how to write the report; why_not, when not
 * NULL, is report_key()'s reason why it cannot be sealed. A new string.
 */
char *report_how_words(const char *why_not);

/* The words of the choice to seal for key, with its fingerprint to compare; a new string. */
char *report_seal_option(const char *key);

/* The fill-ins of the chosen modules within the dates. */
size_t report_count(const struct module *const *mods, size_t n, const struct diary *d,
                    const struct report_sel *sel);

/*
 * Writes the report. flags: EXPORT_PRINTABLE (diary/export.h) when out is
 * a terminal, so that nothing written can move the cursor.
 */
void report_write(FILE *out, const struct module *const *mods, size_t n, const struct diary *d,
                  const struct report_sel *sel, enum report_format f, unsigned flags);

/*
 * The report rendered into guarded memory, as report_write() writes it:
 * *text (secbuf memory, NUL-terminated, secbuf_free() it) of *len bytes.
 * 0, or -1 when it is longer than a sealed report can hold.
 */
int report_render(const struct module *const *mods, size_t n, const struct diary *d,
                  const struct report_sel *sel, enum report_format f, unsigned char **text,
                  size_t *len);

/*
 * Writes a rendered report to path, a new file (0600, never through a
 * link, never over a file): sealed for key ("steady-key-1:...") when key is
 * not NULL, else as it is. 0, or -1 with why (translated) in err.
 */
int report_save(const unsigned char *text, size_t len, const char *key, const char *path, char *err,
                size_t errlen);

#endif
