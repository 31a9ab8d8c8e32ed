/* SPDX-FileCopyrightText: 2026 The steady authors */
/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * markup.h: lays out the content's light markup (paragraphs, "# "
 * headings, "- " bullets, *emphasis*) and plain text as lines for a given
 * width, each line carrying its attributes. Pure (no curses): the screens
 * map the attributes to colours and draw the lines.
 */
#ifndef STEADY_UTIL_MARKUP_H
#define STEADY_UTIL_MARKUP_H

#include <stddef.h>

/* Attributes of a line or part of a line; the screens give them a look. */
enum {
	MARKUP_EMPH = 1 << 0,     /* *emphasis* */
	MARKUP_HEADING = 1 << 1,  /* a "# " heading */
	MARKUP_STRONG = 1 << 2,   /* a prompt, a name */
	MARKUP_SELECTED = 1 << 3, /* the highlighted choice */
	MARKUP_DIM = 1 << 4,      /* quiet detail */
	MARKUP_ACCENT = 1 << 5,   /* a mark, a number */
};

/* Part of a line, bytes [start, end) of its text, with extra attributes. */
struct markup_span {
	size_t start, end;
	unsigned attr;
};

struct markup_line {
	char *text; /* UTF-8, NUL-terminated, no newline */
	size_t len;
	int indent;    /* columns of blank before the text */
	int width;     /* display width of the text */
	unsigned attr; /* for the whole line */
	int tag;       /* the caller's, for a mouse click on the line (0: none) */
	struct markup_span *spans;
	size_t n_spans;
};

struct markup_doc {
	struct markup_line *lines;
	size_t n, cap;
};

/* Starts an empty document. */
void markup_init(struct markup_doc *d);

/* Frees every line. */
void markup_free(struct markup_doc *d);

/* Wipes every line's text, then frees them (for documents holding diary text). */
void markup_wipe(struct markup_doc *d);

/*
 * Appends markup src laid out for width columns. bullet is the glyph
 * before list items ("•" or "-"). A blank line separates blocks, except
 * between items of one list.
 */
void markup_render(struct markup_doc *d, const char *src, int width, const char *bullet);

/*
 * Appends plain text (no markup; '\n' breaks lines) wrapped to width,
 * every line indented by indent and carrying attr.
 */
void markup_text(struct markup_doc *d, const char *text, int width, int indent, unsigned attr);

/*
 * Appends text wrapped to width, the first line starting with prefix and
 * the rest indented by the prefix's width (a list item: "(*) label").
 */
void markup_item(struct markup_doc *d, const char *prefix, const char *text, int width,
                 unsigned attr);

/* Appends an empty line. */
void markup_blank(struct markup_doc *d);

/* 1 when the last line is empty (or there are none), so callers avoid doubling gaps. */
int markup_ends_blank(const struct markup_doc *d);

#endif
