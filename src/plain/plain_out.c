/* SPDX-FileCopyrightText: 2026 The steady authors */
/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * plain_out.c: wrapped plain output (see plain_out.h). The layout is the
 * screens' own (markup and wrapping by display width); only the drawing
 * differs: lines are written once, top to bottom, and nothing else. Both
 * layout units (util/markup.h, util/wrap.h) sit below the two front ends.
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "plain/plain_out.h"
#include "util/markup.h"
#include "util/wrap.h"

void plain_out_init(struct plain *p)
{
	p->width = 80;
	const char *c = getenv("COLUMNS");
	if (c && *c) {
		char *end;
		long w = strtol(c, &end, 10);
		if (*end == '\0' && w >= 20 && w <= 1000)
			p->width = (int)w;
	}
}

/* Writes s[0, len) as printable text. */
static void put_printable(const char *s, size_t len)
{
	for (size_t i = 0; i < len;) {
		const char *shown;
		size_t n = wrap_printable(s, len, &i, 0, &shown);
		fwrite(shown, 1, n, stdout);
	}
}

/* One line: indent spaces, the text without the spaces at its end, a newline. */
static void put_line(struct plain *p, int indent, const char *s, size_t len)
{
	while (len > 0 && (s[len - 1] == ' ' || s[len - 1] == '\t'))
		len--;
	if (len == 0) {
		plain_blank(p);
		return;
	}
	for (int i = 0; i < indent; i++)
		putchar(' ');
	put_printable(s, len);
	putchar('\n');
	p->blank = 0;
	p->written = 1;
}

static void put_doc(struct plain *p, struct markup_doc *d)
{
	for (size_t i = 0; i < d->n; i++)
		put_line(p, d->lines[i].indent, d->lines[i].text, d->lines[i].len);
	/* The text may be the person's own (a diary entry): wiped, not just freed. */
	markup_wipe(d);
}

void plain_blank(struct plain *p)
{
	if (p->blank || !p->written)
		return;
	putchar('\n');
	p->blank = 1;
}

void plain_text(struct plain *p, const char *text, int indent)
{
	if (!text)
		return;
	struct markup_doc d;
	markup_init(&d);
	markup_text(&d, text, p->width, indent, 0);
	put_doc(p, &d);
}

void plain_markup(struct plain *p, const char *src)
{
	if (!src)
		return;
	struct markup_doc d;
	markup_init(&d);
	/* A dash, not a bullet glyph: a screen reader says less about it. */
	markup_render(&d, src, p->width, "-");
	put_doc(p, &d);
}

void plain_item(struct plain *p, const char *prefix, const char *text)
{
	struct markup_doc d;
	markup_init(&d);
	markup_item(&d, prefix, text, p->width, 0);
	put_doc(p, &d);
}

void plain_prompt(struct plain *p, const char *hint)
{
	p->last_hint = hint;
	plain_text(p, hint, 0);
	if (p->tty_out)
		fputs("> ", stdout);
	plain_flush(p);
}

void plain_after_input(struct plain *p)
{
	/* A terminal echoed the Enter; a pipe did not, so the "> " is still open. */
	if (p->tty_out && !p->tty_in)
		putchar('\n');
	p->blank = 0;
}

void plain_flush(struct plain *p)
{
	if (fflush(stdout) != 0 || ferror(stdout))
		p->quit = 1;
}
