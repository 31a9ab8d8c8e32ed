/* SPDX-FileCopyrightText: 2026 The steady authors */
/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * plain_homework.c: the homework a counsellor set, in plain mode: who set
 * it, what to do, how often and until when, and whether it is done for
 * now. It is marked done when the module is finished with its answers kept
 * (session/homework.h), so the marks need the diary open.
 */
#include "config.h"

#include <stdlib.h>

#include "plain/parts.h"
#include "plain/plain_ask.h"
#include "plain/plain_out.h"
#include "session/diary_link.h"
#include "session/homework.h"
#include "util/gettext.h"
#include "util/date_words.h"
#include "util/xalloc.h"

/* Whether it is done for the period of today. */
static void mark(struct plain *p, const struct module *m)
{
	struct diary *d = dlink_diary(p->s);
	plain_blank(p);
	if (p->s->preview) {
		plain_text(p, homework_preview_hint(), 0);
		return;
	}
	if (!d) {
		plain_text(p, homework_marks_hint(dlink_exists(p->s)), 0);
		return;
	}
	const struct entry *e = homework_mark(d, m, homework_today());
	enum homework_frequency f = m->homework->frequency;
	char *on = e && f == FREQ_ONCE ? date_words_day(e->date) : NULL;
	char *t;
	if (f == FREQ_ONCE)
		/* TRANSLATORS: %s is the day the homework was done, in words, as in
		   "Done on 3 December 2026.". */
		t = e ? xasprintf(_("Done on %s."), on) : xstrdup(_("Not done yet."));
	else if (f == FREQ_DAILY)
		t = xstrdup(e ? _("Done for today.") : _("Not done yet today."));
	else
		t = xstrdup(e ? _("Done for this week.") : _("Not done yet this week."));
	plain_text(p, t, 0);
	free(t);
	free(on);
}

int plain_homework_card(struct plain *p, const struct module *m)
{
	const struct homework *h = m->homework;
	plain_title(p, m->title);
	if (h->set_by) {
		/* TRANSLATORS: %s is the name of whoever set the homework, as
		   written in its module, such as "Dr Jane Doe". */
		char *s = xasprintf(_("Set by %s."), h->set_by);
		plain_blank(p);
		plain_text(p, s, 0);
		free(s);
	}
	char *when = homework_schedule(m);
	plain_text(p, when, 0);
	free(when);
	if (h->instructions) {
		plain_blank(p);
		plain_markup(p, h->instructions);
	}
	mark(p, m);
	for (;;) {
		if (plain_ask(p, _("Press Enter to start it"), ASK_BACK) != GOT_LINE)
			return 0;
		size_t len;
		plain_trimmed(p, &len);
		if (len == 0)
			return 1;
		plain_text(p, _("Press Enter on an empty line to start."), 0);
	}
}

static void one(struct plain *p, size_t i)
{
	if (plain_homework_card(p, p->s->lib->mods[i]))
		plain_play_open(p, i);
}

void plain_homework_run(struct plain *p)
{
	for (;;) {
		size_t n = 0, cap = p->s->lib->n + 1;
		size_t *idx = xcalloc(cap, sizeof *idx);
		const char **labels = xcalloc(cap, sizeof *labels);
		char **details = xcalloc(cap, sizeof *details);
		for (size_t i = 0; i < p->s->lib->n; i++) {
			const struct module *m = p->s->lib->mods[i];
			if (!m->homework)
				continue;
			idx[n] = i;
			labels[n] = m->title;
			details[n++] = homework_detail(dlink_diary(p->s), m);
		}
		/* Last, when there is homework: sharing it. */
		size_t share = n;
		if (n)
			labels[n++] = _("Share with my counsellor");
		plain_title(p, _("Homework"));
		plain_blank(p);
		plain_text(p, _("Set for you by your counsellor."), 0);
		int c = plain_menu(p, labels, (const char *const *)details, n, ASK_BACK);
		size_t chosen = c >= 0 && (size_t)c < share ? idx[c] : 0;
		for (size_t k = 0; k < n; k++)
			free(details[k]);
		free(details);
		free(labels);
		free(idx);
		if (c < 0)
			return;
		if ((size_t)c == share)
			plain_share_run(p);
		else
			one(p, chosen);
		if (plain_leaving(p))
			return;
	}
}
