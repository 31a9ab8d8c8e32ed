/* SPDX-FileCopyrightText: 2026 The steady authors */
/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * pot.c: the content's translatable strings as a gettext template. Entries
 * are merged by (msgctxt, msgid), keeping every FILE:LINE reference and a
 * translator comment naming the module and the field.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "content/pot.h"
#include "util/buf.h"
#include "util/xalloc.h"

struct pot_entry {
	char *ctx;
	char *msgid;
	struct buf comments; /* "#. module: field" lines */
	struct buf refs;     /* "#: file:line" lines */
};

void pot_init(struct pot *p, const char *domain)
{
	memset(p, 0, sizeof *p);
	p->domain = domain;
}

void pot_free(struct pot *p)
{
	for (size_t i = 0; i < p->n; i++) {
		free(p->entries[i].ctx);
		free(p->entries[i].msgid);
		buf_free(&p->entries[i].comments);
		buf_free(&p->entries[i].refs);
	}
	free(p->entries);
	memset(p, 0, sizeof *p);
}

static struct pot_entry *find_or_add(struct pot *p, const char *ctx, const char *msgid)
{
	for (size_t i = 0; i < p->n; i++)
		if (strcmp(p->entries[i].ctx, ctx) == 0 && strcmp(p->entries[i].msgid, msgid) == 0)
			return &p->entries[i];
	if (p->n == p->cap) {
		p->cap = p->cap ? p->cap * 2 : 64;
		p->entries = xreallocarray(p->entries, p->cap, sizeof *p->entries);
	}
	struct pot_entry *e = &p->entries[p->n++];
	e->ctx = xstrdup(ctx);
	e->msgid = xstrdup(msgid);
	buf_init(&e->comments);
	buf_init(&e->refs);
	return e;
}

static char *collect(void *ctx, const struct content_string *s)
{
	struct pot *p = ctx;
	if (!s->msgid || !s->msgid[0])
		return NULL;
	if (p->domain && s->domain && strcmp(p->domain, s->domain) != 0)
		return NULL;
	struct pot_entry *e = find_or_add(p, s->field, s->msgid);
	char *comment = xasprintf("#. %s: %s\n", s->module ? s->module : "?", s->field);
	if (!e->comments.data || !strstr(e->comments.data, comment))
		buf_puts(&e->comments, comment);
	free(comment);
	buf_printf(&e->refs, "#: %s:%d\n", s->file, s->line);
	return NULL;
}

struct content_tr pot_collector(struct pot *p)
{
	struct content_tr tr = {collect, p};
	return tr;
}

/* Writes s as a PO string: quoted, escaped, split after each newline. */
static void write_string(FILE *out, const char *key, const char *s)
{
	int multi = strchr(s, '\n') && strchr(s, '\n')[1] != '\0';
	fprintf(out, "%s ", key);
	if (multi)
		fputs("\"\"\n", out);
	fputc('"', out);
	for (const char *c = s; *c; c++) {
		switch (*c) {
		case '"':
			fputs("\\\"", out);
			break;
		case '\\':
			fputs("\\\\", out);
			break;
		case '\t':
			fputs("\\t", out);
			break;
		case '\r':
			fputs("\\r", out);
			break;
		case '\n':
			fputs("\\n", out);
			if (c[1])
				fputs("\"\n\"", out);
			break;
		default:
			fputc(*c, out);
		}
	}
	fputs("\"\n", out);
}

void pot_write(const struct pot *p, FILE *out)
{
	fputs("# Translatable text of steady's modules and helpline directory.\n"
	      "# Template made by `steady strings`: translate in the .po files, not here.\n"
	      "#\n"
	      "#, fuzzy\n"
	      "msgid \"\"\n"
	      "msgstr \"\"\n"
	      "\"Project-Id-Version: steady-content\\n\"\n"
	      "\"PO-Revision-Date: YEAR-MO-DA HO:MI+ZONE\\n\"\n"
	      "\"Last-Translator: FULL NAME <EMAIL@ADDRESS>\\n\"\n"
	      "\"Language-Team: LANGUAGE <LL@li.org>\\n\"\n"
	      "\"Language: \\n\"\n"
	      "\"MIME-Version: 1.0\\n\"\n"
	      "\"Content-Type: text/plain; charset=UTF-8\\n\"\n"
	      "\"Content-Transfer-Encoding: 8bit\\n\"\n",
	      out);
	for (size_t i = 0; i < p->n; i++) {
		const struct pot_entry *e = &p->entries[i];
		fputc('\n', out);
		fputs(e->comments.data, out);
		fputs(e->refs.data, out);
		write_string(out, "msgctxt", e->ctx);
		write_string(out, "msgid", e->msgid);
		fputs("msgstr \"\"\n", out);
	}
}
