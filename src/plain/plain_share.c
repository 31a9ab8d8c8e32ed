/* SPDX-FileCopyrightText: 2026 The steady authors */
/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * plain_share.c: "Share with my counsellor", from Homework, in plain mode.
 * The person chooses the homework and the dates, reads the whole report,
 * then chooses whether to seal it for their counsellor or write it plain
 * (said not to be encrypted) and where; nothing is written before that,
 * and nothing is sent anywhere. The report itself is the session's
 * (session/report.h), the same as `steady report`'s.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "diary/entry.h"
#include "diary/secbuf.h"
#include "plain/parts.h"
#include "plain/plain_ask.h"
#include "plain/plain_out.h"
#include "session/diary_link.h"
#include "session/report.h"
#include "util/gettext.h"
#include "util/xalloc.h"

/* Which of the n homework modules go in: all, or the numbers typed. 0 to go on, -1 back. */
static int choose_modules(struct plain *p, const struct module **mods, size_t *n)
{
	plain_title(p, _("Which homework to share?"));
	for (size_t i = 0; i < *n; i++) {
		char num[24];
		snprintf(num, sizeof num, "%zu.", i + 1);
		plain_item(p, num, mods[i]->title);
	}
	for (;;) {
		if (plain_ask(p,
		              _("Press Enter for all of them, or type their numbers (such as 1 3)"),
		              ASK_BACK) != GOT_LINE)
			return -1;
		size_t len;
		const char *s = plain_trimmed(p, &len);
		if (len == 0)
			return 0;
		unsigned char *want = xcalloc(*n, 1);
		int ok = 1;
		for (size_t i = 0; i < len && ok;) {
			size_t w = strcspn(s + i, " ,");
			long v;
			if (w > len - i)
				w = len - i;
			if (w && !plain_number(s + i, w, 1, (long)*n, &v))
				ok = 0;
			else if (w)
				want[v - 1] = 1;
			i += w + 1;
		}
		size_t k = 0;
		for (size_t i = 0; ok && i < *n; i++)
			k += want[i];
		/* Nothing chosen (a "," alone) keeps all of them to choose from again. */
		if (ok && k) {
			k = 0;
			for (size_t i = 0; i < *n; i++)
				if (want[i])
					mods[k++] = mods[i];
			*n = k;
		}
		free(want);
		if (ok && k)
			return 0;
		plain_text(
		        p,
		        _("Type the numbers of the homework, such as 1 3, or press Enter for all."),
		        0);
	}
}

/* A date typed, or none (Enter); into out. 0 to go on, -1 back. */
static int ask_date(struct plain *p, const char *hint, char out[16])
{
	for (;;) {
		out[0] = '\0';
		if (plain_ask(p, hint, ASK_BACK) != GOT_LINE)
			return -1;
		size_t len;
		const char *s = plain_trimmed(p, &len);
		if (len == 0)
			return 0;
		if (len == 10) {
			memcpy(out, s, 10);
			out[10] = '\0';
			if (entry_date_valid(out))
				return 0;
		}
		plain_text(p, _("Write the day as YYYY-MM-DD, such as 2026-12-01, or press Enter."),
		           0);
	}
}

/* Makes the report and shows it whole; its text (secbuf), or NULL when it could not be made. */
static unsigned char *show(struct plain *p, const struct module *const *mods, size_t n,
                           const struct report_sel *sel, size_t *len)
{
	unsigned char *text;
	const struct diary *d = dlink_diary(p->s);
	if (!d || report_render(mods, n, d, sel, REPORT_MARKDOWN, &text, len) < 0) {
		if (d)
			plain_text(p, _("The report is too long; choose fewer modules or dates."),
			           0);
		return NULL;
	}
	plain_title(p, _("Your report, as it will be written"));
	/* Line by line, so that its own layout (the charts) is kept. */
	for (const char *s = (const char *)text; *s;) {
		size_t l = strcspn(s, "\n");
		char *line = secbuf_strndup(s, l);
		if (l)
			plain_text(p, line, 0);
		else
			plain_blank(p);
		secbuf_free(line);
		s += l + (s[l] == '\n');
	}
	return text;
}

/* Where and how: sealed, plain, or not at all; then writes the text shown. */
static void write_it(struct plain *p, const struct module *const *mods, size_t n,
                     const unsigned char *text, size_t tlen)
{
	char key[64], *why = NULL;
	int can_seal = report_key(mods, n, key, &why) == 0;
	char *how = report_how_words(can_seal ? NULL : why);
	free(why);
	const char *opts[3];
	size_t k = 0;
	char *seal_words = can_seal ? report_seal_option(key) : NULL;
	if (seal_words)
		opts[k++] = seal_words;
	opts[k++] = _("Write it as plain text, NOT encrypted");
	opts[k++] = _("Do not write it");
	int c = plain_choice(p, _("Write the report?"), how, opts, k);
	free(seal_words);
	free(how);
	if (c < 0 || c == (int)k - 1 || plain_leaving(p))
		return;
	int seal = can_seal && c == 0;
	if (plain_ask(p, _("The name of the new file to write"), ASK_BACK) != GOT_LINE ||
	    plain_leaving(p))
		return;
	size_t len;
	const char *s = plain_trimmed(p, &len);
	if (len == 0)
		return;
	char *path = xstrndup(s, len);
	char err[512] = "";
	if (report_save(text, tlen, seal ? key : NULL, path, err, sizeof err) == 0) {
		/* TRANSLATORS: %s is the name of the report file just written, such
		   as report-december; "sealed" means encrypted so that only the
		   counsellor can open it. The other message says "as plain text". */
		char *done = xasprintf(seal ? _("Written to %s, sealed for your counsellor.")
		                            : _("Written to %s, as plain text."),
		                       path);
		plain_text(p, done, 0);
		free(done);
	} else {
		plain_text(p, err, 0);
	}
	free(path);
}

void plain_share_run(struct plain *p)
{
	if (!dlink_diary(p->s) &&
	    !plain_unlock_run(p, _("Your answers are in your diary. Unlock it to make a report of "
	                           "them for your counsellor.")))
		return;
	size_t n;
	char *why = NULL;
	struct report_sel all = {0};
	const struct module **mods = report_modules(p->s->lib, &all, &n, &why);
	free(why);
	if (!mods)
		return;
	char from[16], to[16];
	struct report_sel sel = {.region = session_reader_region(p->s)};
	if (choose_modules(p, mods, &n) == 0 &&
	    ask_date(p, _("From which day? YYYY-MM-DD, or Enter for the first"), from) == 0 &&
	    ask_date(p, _("Up to which day? YYYY-MM-DD, or Enter for the last"), to) == 0) {
		sel.from = from[0] ? from : NULL;
		sel.to = to[0] ? to : NULL;
		/* The report on show came from the diary: the idle lock goes Home first. */
		p->in_diary++;
		size_t len;
		unsigned char *text = show(p, mods, n, &sel, &len);
		if (text && !plain_leaving(p))
			write_it(p, mods, n, text, len);
		secbuf_free(text);
		p->in_diary--;
	}
	free(mods);
}
