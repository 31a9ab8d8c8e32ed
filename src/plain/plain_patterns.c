/* SPDX-FileCopyrightText: 2026 The steady authors */
/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * plain_patterns.c: Patterns in plain mode, the screens' charts in words
 * for a screen reader: each scale question week by week (average, lowest,
 * highest, how many answers), the answers given most often, when the
 * records were made, and the self-check results over time. The figures
 * are the session's (session/patterns.h) and the diary's (diary/stats.h),
 * as on the screens. No bars, no block characters, no streaks.
 *
 * A module is held by pointer into the library (which outlives the diary);
 * the diary's entries only while one module's patterns are printed.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "diary/stats.h"
#include "plain/parts.h"
#include "plain/plain_ask.h"
#include "plain/plain_out.h"
#include "session/diary_link.h"
#include "session/entry_words.h"
#include "session/patterns.h"
#include "util/buf.h"
#include "util/gettext.h"
#include "util/date_words.h"
#include "util/xalloc.h"

/* Weeks of a scale question, answers of a choice question, self-check results shown at most. */
#define WEEKS_SHOWN  8
#define TOP_CHOICES  6
#define CHECKS_SHOWN 10

/* A day (days since 1970) in words, newly allocated. */
static char *date_of(int64_t day)
{
	char iso[16];
	struct entry_time t = {day * 86400, 0};
	entry_time_date(t, iso);
	return date_words_day(iso);
}

static const char *step_name(const struct step *s)
{
	return s->prompt ? s->prompt : s->title ? s->title : s->id;
}

static void line(struct plain *p, char *text)
{
	plain_text(p, text, 2);
	free(text);
}

static void scale(struct plain *p, const struct entry_list *el, const struct step *s)
{
	struct patterns_week *w;
	size_t nw = patterns_scale_weeks(el->v, el->n, s->id, &w);
	if (nw == 0)
		return;
	plain_title(p, step_name(s));
	size_t first = nw > WEEKS_SHOWN ? nw - WEEKS_SHOWN : 0;
	if (first > 0)
		/* TRANSLATORS: in plain mode's Patterns, above the weeks of a scale
		   question: %zu is how many older weeks are left out. */
		line(p, xasprintf(ngettext("%zu earlier week is not shown.",
		                           "%zu earlier weeks are not shown.", first),
		                  first));
	for (size_t i = first; i < nw; i++) {
		char *day = date_of(w[i].day);
		if (w[i].n == 1)
			/* TRANSLATORS: in plain mode's Patterns: %s is the week's
			   Monday, in words; %ld is the one answer on the scale that
			   week, as in "Week of 30 November 2026: 6 from one
			   record.". */
			line(p, xasprintf(_("Week of %s: %ld from one record."), day, w[i].lo));
		else
			/* TRANSLATORS: in plain mode's Patterns: %s is the week's
			   Monday, in words; %.1f the average of the answers on the
			   scale; %zu how many records; the %ld the lowest and
			   highest answer, as in "Week of 30 November 2026: average
			   5.5 from 4 records (lowest 3, highest 8).". */
			line(p, xasprintf(ngettext("Week of %s: average %.1f from %zu record "
			                           "(lowest %ld, highest %ld).",
			                           "Week of %s: average %.1f from %zu records "
			                           "(lowest %ld, highest %ld).",
			                           w[i].n),
			                  day, w[i].mean, w[i].n, w[i].lo, w[i].hi));
		free(day);
	}
	free(w);
}

static void choice(struct plain *p, const struct entry_list *el, const struct step *s)
{
	struct stats_count *c;
	size_t nc = stats_choice_counts(el->v, el->n, s->id, &c);
	if (nc == 0)
		return;
	plain_title(p, step_name(s));
	plain_text(p, _("Your answers, the most frequent first:"), 0);
	for (size_t i = 0; i < nc && i < TOP_CHOICES; i++)
		/* TRANSLATORS: in Patterns, under "Your answers, the most frequent
		   first:": %s is an answer's label, such as "Lonely"; %zu how many
		   times it was chosen, as in "Lonely: 4 times.". */
		line(p, xasprintf(ngettext("%s: %zu time.", "%s: %zu times.", c[i].count),
		                  entry_words_option(s, c[i].option), c[i].count));
	stats_counts_free(c, nc);
}

static void when(struct plain *p, const struct entry_list *el, const char *module)
{
	size_t map[7][STATS_BANDS];
	stats_week_map(el->v, el->n, module, map);
	struct patterns_slot slot[7 * STATS_BANDS];
	size_t n = patterns_busiest((const size_t(*)[STATS_BANDS])map, slot);
	if (n == 0)
		return;
	const char *days[7] = {
	        /* TRANSLATORS: a weekday in plain mode's Patterns, as in "Monday,
	           evening: 3 records." and "(Monday 2, Friday 1)". */
	        _("Monday"),
	        /* TRANSLATORS: a weekday in plain mode's Patterns (as "Monday"). */
	        _("Tuesday"),
	        /* TRANSLATORS: a weekday in plain mode's Patterns (as "Monday"). */
	        _("Wednesday"),
	        /* TRANSLATORS: a weekday in plain mode's Patterns (as "Monday"). */
	        _("Thursday"),
	        /* TRANSLATORS: a weekday in plain mode's Patterns (as "Monday"). */
	        _("Friday"),
	        /* TRANSLATORS: a weekday in plain mode's Patterns (as "Monday"). */
	        _("Saturday"),
	        /* TRANSLATORS: a weekday in plain mode's Patterns (as "Monday"). */
	        _("Sunday"),
	};
	const char *bands[STATS_BANDS] = {_("night"), _("morning"), _("afternoon"), _("evening")};
	plain_title(p, _("When the records were made (weekday and time of day)"));
	plain_text(p, _("night 0-6h, morning 6-12h, afternoon 12-18h, evening 18-24h"), 0);
	for (size_t i = 0; i < n; i++)
		line(p,
		     /* TRANSLATORS: in plain mode's Patterns: a weekday, a time of
		        day (night, morning, afternoon or evening) and how many
		        records were made then, as in "Monday, evening: 3 records.". */
		     xasprintf(ngettext("%s, %s: %zu record.", "%s, %s: %zu records.", slot[i].n),
		               days[slot[i].weekday], bands[slot[i].band], slot[i].n));
}

/* When it happened, as the person answered the module's time_of_day question. */
static void answer_when(struct plain *p, const struct entry_list *el, const struct step *s)
{
	size_t no = s->n_options, any = 0;
	const char **ids = xcalloc(no, sizeof *ids);
	for (size_t k = 0; k < no; k++)
		ids[k] = s->options[k].id;
	size_t(*map)[7] = xcalloc(no, sizeof *map);
	stats_answer_week_map(el->v, el->n, s->id, ids, no, map);
	const char *days[7] = {_("Monday"), _("Tuesday"),  _("Wednesday"), _("Thursday"),
	                       _("Friday"), _("Saturday"), _("Sunday")};
	for (size_t k = 0; k < no; k++) {
		size_t n = 0;
		for (int r = 0; r < 7; r++)
			n += map[k][r];
		if (n == 0)
			continue;
		if (!any++) {
			plain_title(p, _("When it happened (weekday and time of day)"));
			plain_text(
			        p,
			        _("the time of day as you answered it, the weekday of the record"),
			        0);
		}
		struct buf b;
		buf_init(&b);
		for (int r = 0; r < 7; r++)
			if (map[k][r])
				buf_printf(&b, "%s%s %zu", b.len ? ", " : "", days[r], map[k][r]);
		/* TRANSLATORS: in plain mode's Patterns: the first %s is an answer's
		   label (a time of day), %zu how many records chose it, and the last
		   %s the weekdays with their counts, as in "evening: 4 records
		   (Monday 2, Friday 2).". */
		line(p, xasprintf(ngettext("%s: %zu record (%s).", "%s: %zu records (%s).", n),
		                  s->options[k].label, n, b.data));
		buf_free(&b);
	}
	free(map);
	free(ids);
}

static void module_words(struct plain *p, struct diary *dy, const struct module *m)
{
	struct entry_list el = diary_select(dy, ENTRY_RECORD, m->id);
	plain_title(p, m->title);
	if (el.n == 0) {
		plain_text(
		        p,
		        _("Nothing here yet. This fills in as you keep records of this module in "
		          "your diary."),
		        0);
		diary_list_free(&el);
		return;
	}
	char a[16], b[16];
	entry_time_date(el.v[el.n - 1]->created, a);
	entry_time_date(el.v[0]->created, b);
	char *t = xasprintf(
	        /* TRANSLATORS: how many records a module has in the diary and the
	           dates of the first and last, each written YYYY-MM-DD, as in "12
	           records, from 2026-10-01 to 2026-12-03.". */
	        ngettext("%zu record, from %s to %s.", "%zu records, from %s to %s.", el.n), el.n,
	        a, b);
	plain_text(p, t, 0);
	free(t);
	for (size_t i = 0; i < m->n_steps; i++) {
		const struct step *s = &m->steps[i];
		if (!s->id)
			continue;
		if (s->type == STEP_SCALE)
			scale(p, &el, s);
		else if (s->type == STEP_CHOICE || s->type == STEP_CHECKLIST)
			choice(p, &el, s);
	}
	const struct step *ts = module_time_step(m);
	if (ts)
		answer_when(p, &el, ts);
	else
		when(p, &el, m->id);
	diary_list_free(&el);
}

static void selfcheck_words(struct plain *p, struct diary *dy)
{
	struct entry_list el = diary_select(dy, ENTRY_SELFCHECK, NULL);
	plain_title(p, _("Self-check results"));
	for (size_t i = 0; i < p->s->lib->n; i++) {
		const struct module *m = p->s->lib->mods[i];
		if (!module_is_selfcheck(m))
			continue;
		size_t n = 0; /* this module's results, newest first in el */
		for (size_t k = 0; k < el.n; k++)
			n += el.v[k]->module && strcmp(el.v[k]->module, m->id) == 0;
		if (n == 0)
			continue;
		plain_title(p, m->title);
		size_t skip = n > CHECKS_SHOWN ? n - CHECKS_SHOWN : 0, seen = 0;
		if (skip > 0)
			/* TRANSLATORS: in plain mode's Patterns, above a self-check's results: %zu
			   is how many older results are left out. */
			line(p, xasprintf(ngettext("%zu earlier result is not shown.",
			                           "%zu earlier results are not shown.", skip),
			                  skip));
		for (size_t k = el.n; k-- > 0;) { /* oldest first */
			const struct entry *e = el.v[k];
			if (!e->module || strcmp(e->module, m->id) != 0 || seen++ < skip)
				continue;
			char iso[16];
			entry_time_date(e->created, iso);
			char *day = date_words_day(iso);
			const struct band *bd = module_band(m, (int)e->score);
			const char *band = e->band ? e->band : bd ? bd->title : NULL;
			/* TRANSLATORS: in plain mode's Patterns, a self-check's
			   result: %s is the day, in words; %d the total; the last %s
			   the name of the total's range, as in "3 December 2026:
			   total 14, moderate.". */
			line(p, band ? xasprintf(_("%s: total %d, %s."), day, (int)e->score, band)
			             /* TRANSLATORS: in plain mode's Patterns, a
			                self-check's result: %s is the day, in words;
			                %d the total, as in "3 December 2026: total
			                14.". */
			             : xasprintf(_("%s: total %d."), day, (int)e->score));
			free(day);
		}
	}
	diary_list_free(&el);
}

void plain_patterns_run(struct plain *p)
{
	for (;;) {
		struct diary *dy = dlink_diary(p->s);
		if (!dy)
			return;
		const struct module **mods = xcalloc(p->s->lib->n + 1, sizeof *mods);
		const char **labels = xcalloc(p->s->lib->n + 1, sizeof *labels);
		size_t n = patterns_modules(p->s->lib, dy, mods);
		for (size_t i = 0; i < n; i++)
			labels[i] = mods[i]->title;
		if (diary_latest(dy, ENTRY_SELFCHECK, NULL)) {
			mods[n] = NULL; /* the self-check results */
			labels[n++] = _("Self-check results");
		}
		plain_title(p, _("Patterns"));
		plain_blank(p);
		plain_text(p,
		           _("What your diary holds, in words: week by week, the answers you gave "
		             "most often, and when you made your records. Choose one to read it."),
		           0);
		int c = n > 0 ? plain_menu(p, labels, NULL, n, ASK_BACK) : -1;
		free(labels);
		dy = dlink_diary(p->s); /* the diary may have locked while a line was awaited */
		if (c >= 0 && dy && !plain_leaving(p)) {
			if (mods[c])
				module_words(p, dy, mods[c]);
			else
				selfcheck_words(p, dy);
			plain_flush(p);
		}
		free(mods);
		if (c < 0 || plain_leaving(p))
			return;
	}
}
