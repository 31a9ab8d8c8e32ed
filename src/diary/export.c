/* SPDX-FileCopyrightText: 2026 The steady authors */
/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * export.c: the diary as Markdown (for reading) or JSON (for other
 * programs). Text is written as the person wrote it, unless it goes to a
 * terminal (EXPORT_PRINTABLE); JSON strings are escaped here and nowhere
 * else.
 */
#include "config.h"

#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "diary/export.h"
#include "util/gettext.h"
#include "util/json.h"
#include "util/wrap.h"

/* The labels of the kinds, untranslated (export_kind_msgid()). */
static const char *const kind_labels[ENTRY__COUNT] = {
        [ENTRY_JOURNAL] = N_("Journal"),        [ENTRY_RECORD] = N_("Module record"),
        [ENTRY_SELFCHECK] = N_("Self-check"),   [ENTRY_SAFETY_PLAN] = N_("Safety plan"),
        [ENTRY_HOMEWORK] = N_("Homework done"),
};

const char *export_kind_msgid(enum entry_kind k)
{
	return (k > 0 && k < ENTRY__COUNT) ? kind_labels[k] : "";
}

const char *export_kind_label(enum entry_kind k)
{
	const char *id = export_kind_msgid(k);
	return *id ? _(id) : id;
}

void export_text(FILE *out, const char *s, size_t len, unsigned flags)
{
	if (!(flags & EXPORT_PRINTABLE)) {
		fwrite(s, 1, len, out);
		return;
	}
	for (size_t i = 0; i < len;) {
		const char *shown;
		size_t n = wrap_printable(s, len, &i, 1, &shown);
		fwrite(shown, 1, n, out);
	}
}

/* A string of an entry, as export_text(). */
static void put_str(FILE *out, const char *s, unsigned flags)
{
	export_text(out, s, strlen(s), flags);
}

/* A block of text, ending with exactly one newline. */
static void put_text(FILE *out, const char *s, unsigned flags)
{
	size_t n = strlen(s);
	while (n && s[n - 1] == '\n')
		n--;
	export_text(out, s, n, flags);
	fputc('\n', out);
}

void export_kind_labels(const char *labels[ENTRY__COUNT])
{
	for (int k = 0; k < ENTRY__COUNT; k++)
		labels[k] = export_kind_label((enum entry_kind)k);
}

void export_put_u64(FILE *out, uint64_t v)
{
	char b[24], *p = b + sizeof b;
	do {
		*--p = (char)('0' + v % 10);
		v /= 10;
	} while (v);
	fwrite(p, 1, (size_t)(b + sizeof b - p), out);
}

/* The translated words of the Markdown, looked up once a document rather
 * than once an entry: gettext was a tenth of an export's time. */
struct words {
	const char *kind[ENTRY__COUNT];
	const char *plan[PLAN__COUNT];
	const char *edited, *tags, *completed, *unfinished, *score, *done_on;
};

static void words_init(struct words *w)
{
	export_kind_labels(w->kind);
	for (int s = 0; s < PLAN__COUNT; s++)
		w->plan[s] = entry_plan_title((enum plan_section)s);
	w->edited = _("Edited:");
	w->tags = _("Tags:");
	w->completed = _("Completed.");
	w->unfinished = _("Not finished yet.");
	w->score = _("Score:");
	w->done_on = _("Done on:");
}

/* "LABEL " */
static void put_label(FILE *out, const char *label)
{
	fputs(label, out);
	fputc(' ', out);
}

static void entry_markdown(FILE *out, const struct entry *e, unsigned flags, const struct words *w)
{
	char when[32];
	fputs("## ", out);
	fputs(entry_time_format(e->created, when), out);
	fputs(" · ", out);
	fputs(w->kind[e->kind > 0 && e->kind < ENTRY__COUNT ? e->kind : 0], out);
	if (e->kind == ENTRY_JOURNAL && e->title && e->title[0]) {
		fputs(": ", out);
		put_str(out, e->title, flags);
	} else if (e->module) {
		fputs(": ", out);
		put_str(out, e->module, flags);
	}
	fputs(" (#", out);
	export_put_u64(out, e->id);
	fputs(")\n\n", out);
	if (e->edited.epoch != e->created.epoch || e->edited.offset != e->created.offset) {
		put_label(out, w->edited);
		fputs(entry_time_format(e->edited, when), out);
		fputs("\n\n", out);
	}
	if (e->n_tags) {
		put_label(out, w->tags);
		for (size_t i = 0; i < e->n_tags; i++) {
			fputs(i ? ", " : "", out);
			put_str(out, e->tags[i], flags);
		}
		fputs("\n\n", out);
	}
	switch (e->kind) {
	case ENTRY_JOURNAL:
		put_text(out, e->text ? e->text : "", flags);
		break;
	case ENTRY_RECORD:
		fputs(e->complete ? w->completed : w->unfinished, out);
		fputs("\n\n", out);
		for (size_t i = 0; i < e->n_answers; i++) {
			fputs("- ", out);
			put_str(out, e->answers[i].question, flags);
			fputs(": ", out);
			put_text(out, e->answers[i].value, flags);
		}
		break;
	case ENTRY_SELFCHECK:
		fprintf(out, "%s %d", w->score, (int)e->score);
		if (e->band) {
			fputs(" (", out);
			put_str(out, e->band, flags);
			fputc(')', out);
		}
		fputc('\n', out);
		break;
	case ENTRY_SAFETY_PLAN:
		for (int s = 0; s < PLAN__COUNT; s++) {
			fprintf(out, "### %s\n\n", w->plan[s]);
			put_text(out, e->plan[s] ? e->plan[s] : "", flags);
			fputc('\n', out);
		}
		break;
	case ENTRY_HOMEWORK:
		put_label(out, w->done_on);
		put_text(out, e->date ? e->date : "", flags);
		break;
	case ENTRY__COUNT:
		break;
	}
	fputc('\n', out);
}

void export_entry_markdown(FILE *out, const struct entry *e, unsigned flags)
{
	struct words w;
	words_init(&w);
	entry_markdown(out, e, flags, &w);
}

void export_markdown(FILE *out, const struct diary *d, unsigned flags)
{
	struct words w;
	words_init(&w);
	fprintf(out, "# %s\n\n", _("My steady diary"));
	for (size_t i = 0; i < diary_count(d); i++)
		entry_markdown(out, diary_at(d, i), flags, &w);
}

/* ,"key":"value" (skipped when value is NULL). */
static void json_field(FILE *out, const char *key, const char *value)
{
	if (!value)
		return;
	fprintf(out, ",\"%s\":", key);
	json_string(out, value);
}

static void json_entry(FILE *out, const struct entry *e)
{
	char t[32];
	fputs("{\"id\":", out);
	export_put_u64(out, e->id);
	fputs(",\"kind\":", out);
	json_string(out, entry_kind_name(e->kind));
	json_field(out, "created", entry_time_format(e->created, t));
	json_field(out, "edited", entry_time_format(e->edited, t));
	fputs(",\"tags\":[", out);
	for (size_t i = 0; i < e->n_tags; i++) {
		if (i)
			fputc(',', out);
		json_string(out, e->tags[i]);
	}
	fputc(']', out);
	switch (e->kind) {
	case ENTRY_JOURNAL:
		json_field(out, "title", e->title);
		json_field(out, "text", e->text);
		break;
	case ENTRY_RECORD:
		json_field(out, "module", e->module);
		fprintf(out, ",\"complete\":%s,\"step\":%u,\"answers\":[",
		        e->complete ? "true" : "false", (unsigned)e->step);
		for (size_t i = 0; i < e->n_answers; i++) {
			fputs(i ? ",{\"question\":" : "{\"question\":", out);
			json_string(out, e->answers[i].question);
			fputs(",\"value\":", out);
			json_string(out, e->answers[i].value);
			fputc('}', out);
		}
		fputc(']', out);
		break;
	case ENTRY_SELFCHECK:
		json_field(out, "module", e->module);
		fprintf(out, ",\"score\":%d", (int)e->score);
		json_field(out, "band", e->band);
		break;
	case ENTRY_SAFETY_PLAN:
		fputs(",\"plan\":{", out);
		for (int s = 0, first = 1; s < PLAN__COUNT; s++) {
			if (!e->plan[s])
				continue;
			if (!first)
				fputc(',', out);
			first = 0;
			json_string(out, entry_plan_name((enum plan_section)s));
			fputc(':', out);
			json_string(out, e->plan[s]);
		}
		fputc('}', out);
		break;
	case ENTRY_HOMEWORK:
		json_field(out, "module", e->module);
		json_field(out, "date", e->date);
		break;
	case ENTRY__COUNT:
		break;
	}
	fputc('}', out);
}

void export_json(FILE *out, const struct diary *d)
{
	fputs("{\"format\":\"steady-diary-export\",\"version\":1,\"entries\":[", out);
	for (size_t i = 0; i < diary_count(d); i++) {
		fputs(i ? ",\n" : "\n", out);
		json_entry(out, diary_at(d, i));
	}
	fputs("\n]}\n", out);
}
