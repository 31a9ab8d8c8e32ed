/* SPDX-FileCopyrightText: 2026 The steady authors */
/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * homework.c: homework due and done (see homework.h).
 */
#include "config.h"

#include <stdlib.h>

#include "diary/stats.h"
#include "session/homework.h"
#include "util/buf.h"
#include "util/gettext.h"
#include "util/date_words.h"
#include "util/xalloc.h"

int64_t homework_day_of(const char *date)
{
	int64_t y = atoi(date);
	int m = atoi(date + 5), d = atoi(date + 8);
	y -= m <= 2;
	int64_t era = (y >= 0 ? y : y - 399) / 400;
	int64_t yoe = y - era * 400;
	int64_t doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
	int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	return era * 146097 + doe - 719468;
}

void homework_date(int64_t day, char out[16])
{
	struct entry_time t = {day * 86400, 0};
	entry_time_date(t, out);
}

int64_t homework_today(void)
{
	return entry_time_day(entry_time_now());
}

const struct entry *homework_mark(struct diary *d, const struct module *m, int64_t day)
{
	if (!d || !m->homework)
		return NULL;
	struct entry_list el = diary_select(d, ENTRY_HOMEWORK, m->id);
	const struct entry *found = NULL;
	enum homework_frequency f = m->homework->frequency;
	for (size_t i = 0; i < el.n && !found; i++) {
		if (!entry_date_valid(el.v[i]->date))
			continue;
		int64_t dd = homework_day_of(el.v[i]->date);
		if (f == FREQ_ONCE || (f == FREQ_DAILY && dd == day) ||
		    (f == FREQ_WEEKLY && stats_week_start(dd) == stats_week_start(day)))
			found = el.v[i];
	}
	diary_list_free(&el);
	return found;
}

int homework_ended(const struct module *m)
{
	const char *u = m->homework ? m->homework->until : NULL;
	return u && entry_date_valid(u) && homework_day_of(u) < homework_today();
}

/* How often, one word beside a homework's title on the Homework list. */
static const char *often_word(enum homework_frequency f)
{
	switch (f) {
	case FREQ_DAILY:
		/* TRANSLATORS: how often a homework is to be done, beside its title
		   on the Homework list, followed by ", done" or ", to do", as in
		   "daily, to do". */
		return _("daily");
	case FREQ_WEEKLY:
		/* TRANSLATORS: how often a homework is to be done, beside its title
		   on the Homework list, as in "weekly, done". */
		return _("weekly");
	default:
		/* TRANSLATORS: how often a homework is to be done, beside its title
		   on the Homework list, as in "once, to do": one time only. */
		return _("once");
	}
}

/* How often, as a sentence under a homework's title. */
static const char *often_sentence(enum homework_frequency f)
{
	switch (f) {
	case FREQ_DAILY:
		/* TRANSLATORS: how often a homework is to be done, under its title;
		   " Until <a date>." may follow. */
		return _("Every day.");
	case FREQ_WEEKLY:
		/* TRANSLATORS: how often a homework is to be done, under its title;
		   " Until <a date>." may follow. */
		return _("Every week.");
	default:
		/* TRANSLATORS: how often a homework is to be done, under its title:
		   one time only. " Until <a date>." may follow. */
		return _("Once.");
	}
}

char *homework_detail(struct diary *d, const struct module *m)
{
	const struct homework *h = m->homework;
	const char *often = often_word(h->frequency);
	if (!d)
		return xstrdup(often);
	/* TRANSLATORS: after how often a homework is done, beside its title on the
	   Homework list, as in "daily, done": it is done today (this week for
	   weekly homework). */
	const char *done = _("done");
	/* TRANSLATORS: after how often a homework is done, beside its title on the
	   Homework list, as in "daily, to do": it is not done yet today (this week
	   for weekly homework). */
	const char *to_do = _("to do");
	const char *state = homework_mark(d, m, homework_today()) ? done : to_do;
	return xasprintf("%s, %s", often, state);
}

char *homework_schedule(const struct module *m)
{
	const struct homework *h = m->homework;
	struct buf b;
	buf_init(&b);
	buf_puts(&b, often_sentence(h->frequency));
	if (h->until) {
		char *until = date_words_day(h->until);
		if (homework_ended(m))
			/* TRANSLATORS: after "Every day." or the like, with a space at
			   the start: %s is the homework's last day, in words, as in
			   " Until 31 December 2026 (this has ended)."; that day is past. */
			buf_printf(&b, _(" Until %s (this has ended)."), until);
		else
			/* TRANSLATORS: after "Every day." or the like, with a space at
			   the start: %s is the homework's last day, in words, as in
			   " Until 31 December 2026.". */
			buf_printf(&b, _(" Until %s."), until);
		free(until);
	}
	return buf_take(&b);
}

const char *homework_marks_hint(int exists)
{
	return exists ? _("Unlock your diary to see your done marks. Finishing this module with "
	                  "your diary open marks it done.")
	              : _("With a diary, finishing this module and keeping your answers marks it "
	                  "done here.");
}

const char *homework_preview_hint(void)
{
	return _("This is a preview: your client sees here whether it is done. Finishing it "
	         "with their diary open marks it done; a preview marks nothing.");
}

const char *homework_preview_end(void)
{
	return _("The preview has ended. Nothing was saved: a preview keeps no answers, opens no "
	         "diary and changes no settings.");
}
