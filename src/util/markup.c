/* SPDX-FileCopyrightText: 2026 The steady authors */
/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * markup.c: the content's markup as laid-out lines. The markup is small on
 * purpose (doc/module-format.md); anything it does not know is shown as
 * written, never dropped, so a typo in a module is visible, not lost.
 */
#include "config.h"

#include <sodium.h>
#include <stdlib.h>
#include <string.h>

#include "util/markup.h"
#include "util/buf.h"
#include "util/wrap.h"
#include "util/xalloc.h"

enum block_kind { BLOCK_NONE, BLOCK_PARA, BLOCK_HEADING, BLOCK_BULLET };

/* A block's text with the emphasis markers taken out, and where they were. */
struct plain {
	struct buf text;
	struct markup_span *emph;
	size_t n_emph, cap_emph;
};

void markup_init(struct markup_doc *d)
{
	memset(d, 0, sizeof *d);
}

void markup_free(struct markup_doc *d)
{
	for (size_t i = 0; i < d->n; i++) {
		free(d->lines[i].text);
		free(d->lines[i].spans);
	}
	free(d->lines);
	markup_init(d);
}

void markup_wipe(struct markup_doc *d)
{
	for (size_t i = 0; i < d->n; i++)
		sodium_memzero(d->lines[i].text, d->lines[i].len);
	markup_free(d);
}

static struct markup_line *add_line(struct markup_doc *d, const char *s, size_t len, int indent,
                                    unsigned attr)
{
	if (d->n == d->cap) {
		d->cap = d->cap ? d->cap * 2 : 32;
		d->lines = xreallocarray(d->lines, d->cap, sizeof *d->lines);
	}
	struct markup_line *l = &d->lines[d->n++];
	memset(l, 0, sizeof *l);
	l->text = xstrndup(s, len);
	l->len = strlen(l->text);
	l->indent = indent;
	l->width = wrap_width(l->text, l->len);
	l->attr = attr;
	return l;
}

/* The hyphen of a line that ends inside a word (wrap_line.hyphen). */
static void add_hyphen(struct markup_line *l, int hyphen)
{
	if (!hyphen)
		return;
	/* A new copy rather than a realloc: the line may hold diary text, and a
	 * moved block would leave the old one behind unwiped. */
	char *t = xmalloc(l->len + 2);
	memcpy(t, l->text, l->len);
	memcpy(t + l->len, "-", 2);
	xfree_wiped(l->text);
	l->text = t;
	l->len++;
	l->width++;
}

static void add_span(struct markup_line *l, size_t start, size_t end, unsigned attr)
{
	l->spans = xreallocarray(l->spans, l->n_spans + 1, sizeof *l->spans);
	l->spans[l->n_spans].start = start;
	l->spans[l->n_spans].end = end;
	l->spans[l->n_spans].attr = attr;
	l->n_spans++;
}

void markup_blank(struct markup_doc *d)
{
	add_line(d, "", 0, 0, 0);
}

int markup_ends_blank(const struct markup_doc *d)
{
	return d->n == 0 || d->lines[d->n - 1].len == 0;
}

static size_t trim_end(const char *s, size_t len)
{
	while (len > 0 && (s[len - 1] == ' ' || s[len - 1] == '\t' || s[len - 1] == '\r'))
		len--;
	return len;
}

/*
 * Lays out text (with emphasis ranges) wrapped to width: the first line
 * after first_indent columns, the others after indent.
 */
static void layout(struct markup_doc *d, const char *text, size_t len,
                   const struct markup_span *emph, size_t n_emph, int width, int indent,
                   unsigned attr)
{
	struct wrap w;
	wrap_init(&w);
	int avail = width - indent;
	if (avail < 1)
		avail = 1;
	wrap_text(&w, text, len, avail);
	for (size_t i = 0; i < w.n; i++) {
		size_t s = w.lines[i].start;
		size_t e = s + trim_end(text + s, w.lines[i].end - s);
		struct markup_line *l = add_line(d, text + s, e - s, indent, attr);
		add_hyphen(l, w.lines[i].hyphen);
		for (size_t k = 0; k < n_emph; k++) {
			size_t a = emph[k].start > s ? emph[k].start : s;
			size_t b = emph[k].end < e ? emph[k].end : e;
			if (a < b)
				add_span(l, a - s, b - s, emph[k].attr);
		}
	}
	wrap_free(&w);
}

void markup_text(struct markup_doc *d, const char *text, int width, int indent, unsigned attr)
{
	if (!text)
		return;
	layout(d, text, strlen(text), NULL, 0, width, indent, attr);
}

void markup_item(struct markup_doc *d, const char *prefix, const char *text, int width,
                 unsigned attr)
{
	struct buf b;
	buf_init(&b);
	buf_puts(&b, prefix);
	size_t plen = b.len;
	buf_puts(&b, text ? text : "");
	int pw = wrap_width(prefix, plen);
	if (pw >= width)
		pw = 0;
	struct wrap w;
	wrap_init(&w);
	/* Wrap the label alone so its continuation lines align under it. */
	wrap_text(&w, b.data + plen, b.len - plen, width - pw);
	for (size_t i = 0; i < w.n; i++) {
		size_t s = plen + w.lines[i].start;
		size_t e = s + trim_end(b.data + s, w.lines[i].end - w.lines[i].start);
		struct markup_line *l;
		if (i == 0) {
			l = add_line(d, b.data, e, 0, attr);
			add_span(l, 0, plen, MARKUP_ACCENT);
		} else {
			l = add_line(d, b.data + s, e - s, pw, attr);
		}
		add_hyphen(l, w.lines[i].hyphen);
	}
	wrap_free(&w);
	buf_free(&b);
}

static int is_blank(const char *s, size_t len)
{
	for (size_t i = 0; i < len; i++)
		if (s[i] != ' ' && s[i] != '\t' && s[i] != '\r')
			return 0;
	return 1;
}

/* Takes the emphasis markers out of src, recording where the emphasis falls. */
static void strip_emphasis(struct plain *p, const char *src, size_t len)
{
	size_t i = 0;
	while (i < len) {
		if (src[i] == '*' && i + 1 < len && src[i + 1] != ' ' && src[i + 1] != '*') {
			/* A closing star preceded by something other than a space. */
			size_t j = i + 2;
			while (j < len && !(src[j] == '*' && src[j - 1] != ' '))
				j++;
			if (j < len) {
				if (p->n_emph == p->cap_emph) {
					p->cap_emph = p->cap_emph ? p->cap_emph * 2 : 8;
					p->emph = xreallocarray(p->emph, p->cap_emph,
					                        sizeof *p->emph);
				}
				struct markup_span *s = &p->emph[p->n_emph++];
				s->start = p->text.len;
				buf_append(&p->text, src + i + 1, j - i - 1);
				s->end = p->text.len;
				s->attr = MARKUP_EMPH;
				i = j + 1;
				continue;
			}
		}
		buf_putc(&p->text, src[i]);
		i++;
	}
}

static void flush(struct markup_doc *d, enum block_kind kind, struct buf *raw,
                  enum block_kind *last, int width, const char *bullet)
{
	if (kind == BLOCK_NONE)
		return;
	/* One blank line between blocks, none between items of one list. */
	if (*last != BLOCK_NONE && !(kind == BLOCK_BULLET && *last == BLOCK_BULLET) &&
	    !markup_ends_blank(d))
		markup_blank(d);
	*last = kind;

	struct plain p;
	memset(&p, 0, sizeof p);
	buf_init(&p.text);
	strip_emphasis(&p, raw->data ? raw->data : "", raw->len);
	if (!p.text.data)
		buf_append(&p.text, "", 0);
	if (kind == BLOCK_BULLET) {
		size_t before = d->n;
		int bw = wrap_width(bullet, strlen(bullet)) + 1;
		if (bw >= width)
			bw = 0;
		layout(d, p.text.data, p.text.len, p.emph, p.n_emph, width, bw, 0);
		/* The bullet goes in the first line's indent. */
		if (bw > 0 && d->n > before) {
			struct markup_line *l = &d->lines[before];
			char *t = xasprintf("%s %s", bullet, l->text);
			size_t blen = strlen(bullet) + 1;
			for (size_t k = 0; k < l->n_spans; k++) {
				l->spans[k].start += blen;
				l->spans[k].end += blen;
			}
			free(l->text);
			l->text = t;
			l->len = strlen(t);
			l->width += bw;
			l->indent = 0;
			add_span(l, 0, blen - 1, MARKUP_ACCENT);
		}
	} else {
		layout(d, p.text.data, p.text.len, p.emph, p.n_emph, width, 0,
		       kind == BLOCK_HEADING ? MARKUP_HEADING : 0);
	}
	buf_free(&p.text);
	free(p.emph);
	buf_free(raw);
}

void markup_render(struct markup_doc *d, const char *src, int width, const char *bullet)
{
	if (!src)
		return;
	if (width < 1)
		width = 1;
	enum block_kind kind = BLOCK_NONE, last = markup_ends_blank(d) ? BLOCK_NONE : BLOCK_PARA;
	struct buf raw;
	buf_init(&raw);
	const char *s = src;
	for (;;) {
		const char *nl = strchr(s, '\n');
		size_t len = nl ? (size_t)(nl - s) : strlen(s);
		len = trim_end(s, len);
		const char *t = s;
		size_t tlen = len;
		while (tlen > 0 && (*t == ' ' || *t == '\t'))
			t++, tlen--;

		if (is_blank(s, len)) {
			flush(d, kind, &raw, &last, width, bullet);
			kind = BLOCK_NONE;
		} else if (tlen >= 2 && t[0] == '#' && t[1] == ' ') {
			flush(d, kind, &raw, &last, width, bullet);
			buf_append(&raw, t + 2, tlen - 2);
			flush(d, BLOCK_HEADING, &raw, &last, width, bullet);
			kind = BLOCK_NONE;
		} else if (tlen >= 2 && t[0] == '-' && t[1] == ' ') {
			flush(d, kind, &raw, &last, width, bullet);
			kind = BLOCK_BULLET;
			buf_append(&raw, t + 2, tlen - 2);
		} else {
			if (kind == BLOCK_NONE)
				kind = BLOCK_PARA;
			else
				buf_putc(&raw, ' ');
			buf_append(&raw, t, tlen);
		}
		if (!nl)
			break;
		s = nl + 1;
	}
	flush(d, kind, &raw, &last, width, bullet);
	buf_free(&raw);
}
