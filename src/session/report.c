/* SPDX-FileCopyrightText: 2026 The steady authors */
/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * report.c: the homework report for a counsellor (report.h). Each record
 * is read back through the module as it is now (record_load()), so an
 * answer is told by its question's text and its options' labels; a part
 * of an old answer that no longer fits the module is counted and said,
 * never shown as an id.
 */
#include "config.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "diary/export.h"
#include "diary/sealed.h"
#include "diary/secbuf.h"
#include "session/homework.h"
#include "session/progress.h"
#include "session/record.h"
#include "session/report.h"
#include "util/gettext.h"
#include "util/json.h"
#include "util/keytext.h"
#include "util/outfile.h"
#include "util/xalloc.h"

/* Width of a chart's bar, in characters. */
#define BAR 20

const struct module **report_modules(const struct library *lib, const struct report_sel *sel,
                                     size_t *n, char **why)
{
	*n = 0;
	*why = NULL;
	if ((sel->from && !entry_date_valid(sel->from)) ||
	    (sel->to && !entry_date_valid(sel->to))) {
		/* TRANSLATORS: %s is the date as the person typed it after --from or
		   --to. YYYY-MM-DD shows the order of year, month and day. */
		*why = xasprintf(_("'%s' is not a date; write it YYYY-MM-DD, such as 2026-12-31"),
		                 sel->from && !entry_date_valid(sel->from) ? sel->from : sel->to);
		return NULL;
	}
	const struct module **v = xcalloc(lib->n + 1, sizeof *v);
	for (size_t i = 0; i < sel->n_ids; i++) {
		const struct module *m = library_find(lib, sel->ids[i]);
		if (!m) {
			/* TRANSLATORS: %s is the module id the person typed. 'steady
			   list' is a command; keep it as it is. */
			*why = xasprintf(_("there is no module with the id '%s' ('steady list' "
			                   "shows them)"),
			                 sel->ids[i]);
			free(v);
			return NULL;
		}
	}
	for (size_t i = 0; i < lib->n; i++) {
		const struct module *m = lib->mods[i];
		int want = sel->n_ids == 0 && m->homework;
		for (size_t k = 0; k < sel->n_ids && !want; k++)
			want = strcmp(sel->ids[k], m->id) == 0;
		if (want)
			v[(*n)++] = m;
	}
	if (*n == 0) {
		*why = xstrdup(_("no homework has been added yet, so there is nothing to report; "
		                 "name a module's id to report on it"));
		free(v);
		return NULL;
	}
	return v;
}

int report_key(const struct module *const *mods, size_t n, char out[64], char **why)
{
	const char *key = NULL;
	*why = NULL;
	for (size_t i = 0; i < n; i++) {
		const char *k = mods[i]->homework ? mods[i]->homework->counsellor_key : NULL;
		if (!k) {
			*why = xasprintf(
			        /* TRANSLATORS: %s is a homework module's title.
			           'counsellor_key:' is a key of the module format;
			           keep it as it is. */
			        _("\"%s\" names no counsellor's key (counsellor_key:), so "
			          "there is nobody to seal it for; leave it out, or ask your "
			          "counsellor for a version with their key"),
			        mods[i]->title);
			return -1;
		}
		if (key && strcmp(key, k) != 0) {
			*why = xstrdup(_("these modules name different counsellors' keys; make one "
			                 "report for each counsellor"));
			return -1;
		}
		key = k;
	}
	unsigned char raw[KEYTEXT_KEY_BYTES];
	if (!key || keytext_parse(key, raw) < 0) {
		/* TRANSLATORS: the reason a sealed report cannot be written: no
		   homework module in it gives a counsellor's public key, which
		   sealing (encrypting for the counsellor) needs. */
		*why = xstrdup(_("no counsellor's key to seal for"));
		return -1;
	}
	snprintf(out, 64, "%s", key);
	return 0;
}

const char *report_seal_failed(int rc)
{
	if (rc == -1)
		return _(
		        "steady: the report is too long to seal; choose fewer modules or dates.\n");
	if (rc == -2)
		return _("steady: the report could not be sealed: the counsellor's key in the "
		         "homework is not one that reports can be sealed for. Ask your counsellor "
		         "for their counsellor.pub again.\n");
	return _("steady: the report could not be sealed (not enough memory).\n");
}

char *report_how_words(const char *why_not)
{
	const char *base =
	        _("steady sends nothing anywhere: you hand the file to your counsellor yourself. "
	          "A plain text file is not encrypted: anyone who has it can read it.");
	if (!why_not)
		return xstrdup(base);
	/* TRANSLATORS: %s is why, such as "these modules name different counsellors' keys". */
	char *cannot = xasprintf(_("It cannot be sealed: %s."), why_not);
	char *all = xasprintf("%s %s", base, cannot);
	free(cannot);
	return all;
}

char *report_seal_option(const char *key)
{
	char fp[KEYTEXT_FP_BYTES];
	keytext_fingerprint(key, fp);
	/* TRANSLATORS: %s is the key's fingerprint, such as 1a2b 3c4d 5e6f 7a8b 9c0d. */
	return xasprintf(_("Seal it: only my counsellor can open it (their key: %s)"), fp);
}

/* 1 when the record of module m falls within the dates. */
static int chosen(const struct entry *e, const struct module *m, const struct report_sel *sel)
{
	if (e->kind != ENTRY_RECORD || !e->module || strcmp(e->module, m->id) != 0)
		return 0;
	char date[16];
	entry_time_date(e->created, date);
	return (!sel->from || strcmp(date, sel->from) >= 0) &&
	       (!sel->to || strcmp(date, sel->to) <= 0);
}

/* The records of m within the dates, oldest first (the diary keeps them newest first). */
static const struct entry **records(const struct module *m, const struct diary *d,
                                    const struct report_sel *sel, size_t *n)
{
	const struct entry **v = xcalloc(diary_count(d) + 1, sizeof *v);
	*n = 0;
	for (size_t i = diary_count(d); i-- > 0;)
		if (chosen(diary_at(d, i), m, sel))
			v[(*n)++] = diary_at(d, i);
	return v;
}

size_t report_count(const struct module *const *mods, size_t n, const struct diary *d,
                    const struct report_sel *sel)
{
	size_t total = 0;
	for (size_t i = 0; i < n; i++)
		for (size_t k = 0; k < diary_count(d); k++)
			total += (size_t)chosen(diary_at(d, k), mods[i], sel);
	return total;
}

/* 1 when the id is one of the step's options. */
static int has_option(const struct step *s, const char *id, size_t len)
{
	for (size_t i = 0; i < s->n_options; i++)
		if (strlen(s->options[i].id) == len && strncmp(s->options[i].id, id, len) == 0)
			return 1;
	return 0;
}

/* How many parts of the record no longer fit the module: a question or an option gone. */
static size_t misfits(const struct module *m, const struct entry *e)
{
	size_t n = 0;
	for (size_t i = 0; i < e->n_answers; i++) {
		const struct step *s = module_step(m, e->answers[i].question);
		if (!s || !step_is_question(s)) {
			n++;
			continue;
		}
		if (s->type != STEP_CHOICE && s->type != STEP_CHECKLIST)
			continue;
		for (const char *p = e->answers[i].value; *p;) {
			size_t len = strcspn(p, ",");
			n += len && !has_option(s, p, len);
			p += len + (p[len] == ',');
		}
	}
	return n;
}

/* The question's words: its prompt, else its title, else its text. */
static const char *question_text(const struct step *s)
{
	return s->prompt ? s->prompt : s->title ? s->title : s->text ? s->text : "";
}

/* Text as written, or made safe for a terminal. */
static void put(FILE *out, const char *s, unsigned flags)
{
	export_text(out, s, strlen(s), flags);
}

/* Free text as a Markdown quote, each line behind "> ". */
static void md_quote(FILE *out, const char *s, unsigned flags)
{
	while (*s) {
		size_t len = strcspn(s, "\n");
		fputs("> ", out);
		export_text(out, s, len, flags);
		fputc('\n', out);
		s += len + (s[len] == '\n');
	}
}

/* A bar of BAR characters for value within min..max. */
static void bar(FILE *out, int value, int min, int max)
{
	int fill = max > min ? (value - min) * BAR / (max - min) : BAR;
	for (int i = 0; i < BAR; i++)
		fputc(i < fill ? '#' : '.', out);
}

/* "2026-12-01 14:05" of the record. */
static void when(const struct entry *e, char out[32])
{
	entry_time_format(e->created, out);
	out[16] = '\0';
	out[10] = ' ';
}

static void md_answer(FILE *out, const struct step *s, const struct answer *a, unsigned flags)
{
	fputs("**", out);
	put(out, question_text(s), flags);
	fputs("**\n", out);
	switch (s->type) {
	case STEP_SCALE:
		if (a->set)
			/* TRANSLATORS: in a homework report (Markdown): the number
			   chosen on a scale and the scale's two ends, as in "7 (on a
			   scale from 0 to 10)". */
			fprintf(out, _("%d (on a scale from %d to %d)\n"), a->value, s->min,
			        s->max);
		break;
	case STEP_CHOICE:
	case STEP_CHECKLIST:
		for (size_t i = 0; i < s->n_options && i < a->n_chosen; i++)
			if (a->chosen[i]) {
				fputs("- ", out);
				put(out, s->options[i].label, flags);
				fputc('\n', out);
			}
		break;
	default:
		if (a->text)
			md_quote(out, a->text, flags);
		break;
	}
	fputc('\n', out);
}

static int answered(const struct step *s, const struct answer *a)
{
	if (!step_is_question(s))
		return 0;
	if (s->type == STEP_SCALE)
		return a->set;
	if (s->type == STEP_CHOICE || s->type == STEP_CHECKLIST) {
		for (size_t i = 0; i < a->n_chosen; i++)
			if (a->chosen[i])
				return 1;
		return 0;
	}
	return a->text && a->text[0];
}

/* The score and band of a self-check's record, with its score. */
static void md_score(FILE *out, const struct module *m, const struct progress *p, unsigned flags)
{
	if (!module_is_selfcheck(m))
		return;
	int score = progress_score(p, m);
	const struct band *b = module_band(m, score);
	/* TRANSLATORS: in a homework report (Markdown): a self-check's total, as in
	   "Score: 14"; the name of its range may follow in brackets. */
	fprintf(out, _("Score: %d"), score);
	if (b) {
		fputs(" (", out);
		put(out, b->title, flags);
		fputc(')', out);
	}
	fputs("\n\n", out);
}

static void md_misfits(FILE *out, size_t n)
{
	if (n)
		fprintf(out,
		        ngettext(
		                /* TRANSLATORS: in a homework report (Markdown): %zu is
		                   how many parts of an answer steady leaves out because
		                   a newer version of the module removed their
		                   questions or options. */
		                "(%zu part of this answer is to a question or option that is no "
		                "longer in the module, so it is left out.)\n\n",
		                "(%zu parts of this answer are to questions or options that are no "
		                "longer in the module, so they are left out.)\n\n",
		                n),
		        n);
}

/* Each scale's answers over time, as bars. */
static void md_charts(FILE *out, const struct module *m, const struct entry **v, size_t nv,
                      const char *region, unsigned flags)
{
	int any = 0;
	for (size_t k = 0; k < m->n_steps; k++) {
		const struct step *s = &m->steps[k];
		if (s->type != STEP_SCALE || nv < 1 || !module_step_shown(m, k, region))
			continue;
		if (!any)
			/* TRANSLATORS: a heading in a homework report (Markdown),
			   above each scale's answers shown as bars over the days. */
			fprintf(out, "### %s\n\n", _("Scales over time"));
		any = 1;
		put(out, question_text(s), flags);
		/* TRANSLATORS: in a homework report (Markdown), after a scale's
		   question: the scale's two ends, as in "How tense were you? (from 0
		   to 10)". Keep the space at the start. */
		fprintf(out, _(" (from %d to %d)\n\n"), s->min, s->max);
		for (size_t i = 0; i < nv; i++) {
			struct progress p = {0};
			record_load(&p, m, v[i]);
			char t[32];
			when(v[i], t);
			fprintf(out, "    %s  ", t);
			if (p.answers && p.answers[k].set) {
				bar(out, p.answers[k].value, s->min, s->max);
				fprintf(out, "  %d\n", p.answers[k].value);
			} else {
				fprintf(out, "%-*s  -\n", BAR, "");
			}
			progress_wipe(&p);
		}
		fputc('\n', out);
	}
}

/* "Set by Sam. Every day. Until 2026-12-31." for a homework module; new string or NULL. */
static char *md_set_by(const struct module *m)
{
	if (!m->homework)
		return NULL;
	char *sched = homework_schedule(m);
	/* TRANSLATORS: %s is the name of whoever set the homework, as written in the
	   module, such as "Dr Jane Doe". */
	char *by = xasprintf(_("Set by %s."), m->homework->set_by);
	char *s = xasprintf("%s %s", by, sched);
	free(by);
	free(sched);
	return s;
}

static void md_module(FILE *out, const struct module *m, const struct diary *d,
                      const struct report_sel *sel, unsigned flags)
{
	fputs("## ", out);
	put(out, m->title, flags);
	fputs("\n\n", out);
	char *by = md_set_by(m);
	if (by) {
		put(out, by, flags);
		fputs("\n\n", out);
	}
	free(by);
	size_t nv;
	const struct entry **v = records(m, d, sel, &nv);
	if (nv == 0)
		fprintf(out, "%s\n\n", _("Not filled in within these dates."));
	for (size_t i = 0; i < nv; i++) {
		char t[32];
		when(v[i], t);
		/* TRANSLATORS: in a homework report (Markdown), after the date and
		   time of a record the person left part way. Keep the space at the
		   start. */
		fprintf(out, "### %s%s\n\n", t, v[i]->complete ? "" : _(" (not finished)"));
		struct progress p = {0};
		record_load(&p, m, v[i]);
		for (size_t k = 0; p.answers && k < m->n_steps; k++)
			if (answered(&m->steps[k], &p.answers[k]))
				md_answer(out, &m->steps[k], &p.answers[k], flags);
		md_score(out, m, &p, flags);
		md_misfits(out, misfits(m, v[i]));
		progress_wipe(&p);
	}
	md_charts(out, m, v, nv, sel->region, flags);
	free(v);
}

/* "From 2026-12-01 to 2026-12-31." or the like; new string. */
static char *dates_line(const struct report_sel *sel)
{
	if (sel->from && sel->to)
		/* TRANSLATORS: in a homework report, the dates it covers: each %s is
		   a date written YYYY-MM-DD, as in "From 2026-12-01 to 2026-12-31.". */
		return xasprintf(_("From %s to %s."), sel->from, sel->to);
	if (sel->from)
		/* TRANSLATORS: in a homework report, the dates it covers: %s is the
		   first day, written YYYY-MM-DD, as in "From 2026-12-01 on.". */
		return xasprintf(_("From %s on."), sel->from);
	if (sel->to)
		/* TRANSLATORS: in a homework report, the dates it covers: %s is the
		   last day, written YYYY-MM-DD, as in "Up to 2026-12-31.". */
		return xasprintf(_("Up to %s."), sel->to);
	/* TRANSLATORS: in a homework report, under its title: it covers every day. */
	return xstrdup(_("All dates."));
}

static void md_write(FILE *out, const struct module *const *mods, size_t n, const struct diary *d,
                     const struct report_sel *sel, unsigned flags)
{
	char *dates = dates_line(sel);
	fprintf(out, "# %s\n\n%s\n\n", _("Homework report"), dates);
	free(dates);
	for (size_t i = 0; i < n; i++)
		md_module(out, mods[i], d, sel, flags);
}

/* ,"key":"value", or nothing for NULL. */
static void json_field(FILE *out, const char *key, const char *value)
{
	if (!value)
		return;
	fprintf(out, ",\"%s\":", key);
	json_string(out, value);
}

static void json_answer(FILE *out, const struct step *s, const struct answer *a)
{
	fputs("{\"question\":", out);
	json_string(out, question_text(s));
	fputs(",\"type\":", out);
	json_string(out, step_type_name(s->type));
	switch (s->type) {
	case STEP_SCALE:
		fprintf(out, ",\"value\":%d,\"min\":%d,\"max\":%d", a->value, s->min, s->max);
		json_field(out, "min_label", s->min_label);
		json_field(out, "max_label", s->max_label);
		break;
	case STEP_CHOICE:
	case STEP_CHECKLIST:
		fputs(",\"labels\":[", out);
		for (size_t i = 0, first = 1; i < s->n_options && i < a->n_chosen; i++)
			if (a->chosen[i]) {
				if (!first)
					fputc(',', out);
				first = 0;
				json_string(out, s->options[i].label);
			}
		fputc(']', out);
		break;
	default:
		json_field(out, "text", a->text ? a->text : "");
		break;
	}
	fputc('}', out);
}

static void json_record(FILE *out, const struct module *m, const struct entry *e)
{
	char t[32];
	fputs("{\"date\":", out);
	json_string(out, entry_time_format(e->created, t));
	fprintf(out, ",\"complete\":%s,\"answers\":[", e->complete ? "true" : "false");
	struct progress p = {0};
	record_load(&p, m, e);
	for (size_t k = 0, first = 1; p.answers && k < m->n_steps; k++)
		if (answered(&m->steps[k], &p.answers[k])) {
			if (!first)
				fputc(',', out);
			first = 0;
			json_answer(out, &m->steps[k], &p.answers[k]);
		}
	fputc(']', out);
	if (module_is_selfcheck(m)) {
		int score = progress_score(&p, m);
		const struct band *b = module_band(m, score);
		fprintf(out, ",\"score\":%d", score);
		json_field(out, "band", b ? b->title : NULL);
	}
	fprintf(out, ",\"left_out\":%zu}", misfits(m, e));
	progress_wipe(&p);
}

static void json_module(FILE *out, const struct module *m, const struct diary *d,
                        const struct report_sel *sel)
{
	static const char *const freq[] = {"once", "daily", "weekly"};
	fputs("{\"id\":", out);
	json_string(out, m->id);
	json_field(out, "title", m->title);
	if (m->homework) {
		json_field(out, "set_by", m->homework->set_by);
		json_field(out, "frequency", freq[m->homework->frequency]);
		json_field(out, "until", m->homework->until);
	}
	fputs(",\"fill_ins\":[", out);
	size_t nv;
	const struct entry **v = records(m, d, sel, &nv);
	for (size_t i = 0; i < nv; i++) {
		if (i)
			fputc(',', out);
		json_record(out, m, v[i]);
	}
	fputs("]}", out);
	free(v);
}

static void json_write(FILE *out, const struct module *const *mods, size_t n, const struct diary *d,
                       const struct report_sel *sel)
{
	fputs("{\"format\":\"steady-report\",\"version\":1", out);
	json_field(out, "from", sel->from);
	json_field(out, "to", sel->to);
	fputs(",\"modules\":[", out);
	for (size_t i = 0; i < n; i++) {
		if (i)
			fputc(',', out);
		json_module(out, mods[i], d, sel);
	}
	fputs("]}\n", out);
}

void report_write(FILE *out, const struct module *const *mods, size_t n, const struct diary *d,
                  const struct report_sel *sel, enum report_format f, unsigned flags)
{
	if (f == REPORT_JSON)
		json_write(out, mods, n, d, sel);
	else
		md_write(out, mods, n, d, sel, flags);
}

int report_render(const struct module *const *mods, size_t n, const struct diary *d,
                  const struct report_sel *sel, enum report_format f, unsigned char **text,
                  size_t *len)
{
	*text = NULL;
	*len = 0;
	size_t cap = SEALED_MAX_FILE;
	unsigned char *mem = secbuf_alloc(cap);
	FILE *out = fmemopen(mem, cap, "w");
	if (!out) {
		secbuf_free(mem);
		return -1;
	}
	/* Unbuffered, so that no copy of the text is left in a stdio buffer. */
	setvbuf(out, NULL, _IONBF, 0);
	report_write(out, mods, n, d, sel, f, 0);
	long got = ftell(out);
	int full = ferror(out) || got < 0 || (size_t)got + sealed_size(0) >= cap;
	fclose(out);
	if (full) {
		secbuf_free(mem);
		return -1;
	}
	mem[got] = '\0';
	*text = mem;
	*len = (size_t)got;
	return 0;
}

int report_save(const unsigned char *text, size_t len, const char *key, const char *path, char *err,
                size_t errlen)
{
	unsigned char pk[KEYTEXT_KEY_BYTES], *sealed = NULL;
	size_t slen = len;
	if (key && keytext_parse(key, pk) < 0) {
		snprintf(err, errlen, "%s", _("no counsellor's key to seal for"));
		return -1;
	}
	int sealed_rc = key ? sealed_seal(pk, text, len, &sealed, &slen) : 0;
	if (sealed_rc < 0) {
		snprintf(err, errlen, "%s", report_seal_failed(sealed_rc));
		return -1;
	}
	struct outfile f;
	int rc = -1;
	if (outfile_open_err(&f, path, 0, err, errlen) == 0) {
		const unsigned char *p = sealed ? sealed : text;
		int ok = fwrite(p, 1, slen, f.fp) == slen;
		rc = outfile_close(&f, ok) == 0 && ok ? 0 : -1;
		if (!ok && !err[0])
			/* TRANSLATORS: the first %s is the file's name, such as
			   report.md; the second is the system's reason, such as
			   "Permission denied". */
			snprintf(err, errlen, _("steady: could not write %s (%s).\n"), path,
			         strerror(errno ? errno : EIO));
	}
	free(sealed);
	return rc;
}
