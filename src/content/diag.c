/* SPDX-FileCopyrightText: 2026 The steady authors */
/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * diag.c: collects diagnostics about content files so that every problem is
 * reported at once, capped per file so a file of garbage cannot flood the
 * terminal or memory.
 */
#include "config.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "content/diag.h"
#include "util/gettext.h"
#include "util/xalloc.h"

#define DIAG_DEFAULT_LIMIT 10000

void diag_init(struct diag *d)
{
	memset(d, 0, sizeof *d);
}

void diag_free(struct diag *d)
{
	for (size_t i = 0; i < d->n; i++) {
		free(d->msgs[i].file);
		free(d->msgs[i].text);
	}
	free(d->msgs);
	diag_init(d);
}

static int same_file(const char *a, const char *b)
{
	if (!a || !b)
		return a == b;
	return strcmp(a, b) == 0;
}

size_t diag_count_file(const struct diag *d, const char *file)
{
	size_t n = 0;
	for (size_t i = 0; i < d->n; i++)
		if (same_file(d->msgs[i].file, file))
			n++;
	return n;
}

static void push(struct diag *d, enum diag_level level, const char *file, int line, int col,
                 char *text)
{
	if (d->n == d->cap) {
		d->cap = d->cap ? d->cap * 2 : 16;
		d->msgs = xreallocarray(d->msgs, d->cap, sizeof *d->msgs);
	}
	struct diag_msg *m = &d->msgs[d->n++];
	m->level = level;
	m->file = xstrdup(file);
	m->line = line;
	m->col = col;
	m->text = text;
}

/* 1 when the message may be recorded; adds the one "too many" note per file. */
static int room_for(struct diag *d, const char *file)
{
	size_t limit = d->limit ? d->limit : DIAG_DEFAULT_LIMIT;
	if (d->n >= limit)
		return 0;
	size_t n = diag_count_file(d, file);
	if (n < DIAG_MAX_PER_FILE)
		return 1;
	if (n == DIAG_MAX_PER_FILE)
		push(d, DIAG_NOTE, file, 0, 0,
		     xstrdup(_("too many problems in this file; the rest are not shown")));
	return 0;
}

void diag_vadd(struct diag *d, enum diag_level level, const char *file, int line, int col,
               const char *fmt, va_list ap)
{
	if (level == DIAG_ERROR)
		d->errors++;
	else if (level == DIAG_WARNING)
		d->warnings++;
	if (!room_for(d, file))
		return;
	va_list again;
	va_copy(again, ap);
	int n = vsnprintf(NULL, 0, fmt, ap);
	char *text = xmalloc(n > 0 ? (size_t)n + 1 : 1);
	text[0] = '\0';
	if (n > 0)
		vsnprintf(text, (size_t)n + 1, fmt, again);
	va_end(again);
	push(d, level, file, line, col, text);
}

void diag_add(struct diag *d, enum diag_level level, const char *file, int line, int col,
              const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	diag_vadd(d, level, file, line, col, fmt, ap);
	va_end(ap);
}

static const char *level_name(enum diag_level l)
{
	switch (l) {
	case DIAG_ERROR:
		/* TRANSLATORS: the level of a problem 'steady check' finds, after
		   the file name and line, as in "modules/x.yaml:4:3: error: 'title'
		   is missing". One word, in lower case. */
		return _("error");
	case DIAG_WARNING:
		/* TRANSLATORS: the level of a problem 'steady check' finds, after
		   the file name and line, as in "modules/x.yaml:4:3: warning: ...".
		   One word, in lower case. */
		return _("warning");
	default:
		/* TRANSLATORS: the level of a remark 'steady check' makes, after the
		   file name and line, as in "modules/x.yaml:4:3: note: ...". One
		   word, in lower case. */
		return _("note");
	}
}

void diag_print_msg(const struct diag_msg *m, FILE *out)
{
	if (m->file && m->line > 0)
		fprintf(out, "%s:%d:%d: ", m->file, m->line, m->col > 0 ? m->col : 1);
	else if (m->file)
		fprintf(out, "%s: ", m->file);
	else
		fputs("steady: ", out);
	fprintf(out, "%s: %s\n", level_name(m->level), m->text);
}

void diag_print(const struct diag *d, FILE *out)
{
	for (size_t i = 0; i < d->n; i++)
		diag_print_msg(&d->msgs[i], out);
}
