/*
 * export.c: the diary as Markdown (for reading) or JSON (for other
 * programs). Text is written as the person wrote it, unless it goes to a
 * terminal (EXPORT_PRINTABLE); JSON strings are escaped here and nowhere
 * else.
 */
#include "config.h"

#include <inttypes.h>
#include <stdio.h>
#include <string.h>

#include "diary/export.h"
#include "util/gettext.h"
#include "util/json.h"
#include "util/wrap.h"

const char *export_kind_label(enum entry_kind k)
{
	switch (k) {
	case ENTRY_JOURNAL:
		return _("Journal");
	case ENTRY_RECORD:
		return _("Module record");
	case ENTRY_SELFCHECK:
		return _("Self-check");
	case ENTRY_SAFETY_PLAN:
		return _("Safety plan");
	case ENTRY_HOMEWORK:
		return _("Homework done");
	case ENTRY__COUNT:
		break;
	}
	return "";
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

void export_entry_markdown(FILE *out, const struct entry *e, unsigned flags)
{
	char when[32], edited[32];
	entry_time_format(e->created, when);
	fprintf(out, "## %s · %s", when, export_kind_label(e->kind));
	if (e->kind == ENTRY_JOURNAL && e->title && e->title[0]) {
		fputs(": ", out);
		put_str(out, e->title, flags);
	} else if (e->module) {
		fputs(": ", out);
		put_str(out, e->module, flags);
	}
	fprintf(out, " (#%" PRIu64 ")\n\n", e->id);
	if (e->edited.epoch != e->created.epoch || e->edited.offset != e->created.offset)
		fprintf(out, "%s %s\n\n", _("Edited:"), entry_time_format(e->edited, edited));
	if (e->n_tags) {
		fprintf(out, "%s ", _("Tags:"));
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
		fprintf(out, "%s\n\n", e->complete ? _("Completed.") : _("Not finished yet."));
		for (size_t i = 0; i < e->n_answers; i++) {
			fputs("- ", out);
			put_str(out, e->answers[i].question, flags);
			fputs(": ", out);
			put_text(out, e->answers[i].value, flags);
		}
		break;
	case ENTRY_SELFCHECK:
		fprintf(out, "%s %d", _("Score:"), (int)e->score);
		if (e->band) {
			fputs(" (", out);
			put_str(out, e->band, flags);
			fputc(')', out);
		}
		fputc('\n', out);
		break;
	case ENTRY_SAFETY_PLAN:
		for (int s = 0; s < PLAN__COUNT; s++) {
			fprintf(out, "### %s\n\n", entry_plan_title((enum plan_section)s));
			put_text(out, e->plan[s] ? e->plan[s] : "", flags);
			fputc('\n', out);
		}
		break;
	case ENTRY_HOMEWORK:
		fprintf(out, "%s ", _("Done on:"));
		put_text(out, e->date ? e->date : "", flags);
		break;
	case ENTRY__COUNT:
		break;
	}
	fputc('\n', out);
}

void export_markdown(FILE *out, const struct diary *d, unsigned flags)
{
	fprintf(out, "# %s\n\n", _("My steady diary"));
	for (size_t i = 0; i < diary_count(d); i++)
		export_entry_markdown(out, diary_at(d, i), flags);
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
	fprintf(out, "{\"id\":%" PRIu64 ",\"kind\":", e->id);
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
