/*
 * homework.c: the homework a counsellor set in the library's modules. Each
 * shows who set it, what to do, how often and until when, and the done
 * marks of the last days or weeks. A mark is an ENTRY_HOMEWORK in the
 * diary (the module and the date), so marks need the diary open; without
 * one the homework is still there to read and start.
 */
#include "config.h"

#include <curses.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "diary/stats.h"
#include "session/diary_link.h"
#include "ui/diary_screens.h"
#include "ui/draw.h"
#include "ui/list.h"
#include "ui/pager.h"
#include "ui/screens.h"
#include "util/buf.h"
#include "util/gettext.h"
#include "util/xalloc.h"

#define DAYS_SHOWN  7
#define WEEKS_SHOWN 4

/* The day number of a valid "YYYY-MM-DD" (days since 1970-01-01). */
static int64_t day_of(const char *date)
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

static void date_of(int64_t day, char out[16])
{
	struct entry_time t = {day * 86400, 0};
	entry_time_date(t, out);
}

/* The homework entry of the module for a day (a week when weekly), or NULL. */
static const struct entry *mark_for(struct diary *d, const struct module *m, int64_t day)
{
	struct entry_list el = diary_select(d, ENTRY_HOMEWORK, m->id);
	const struct entry *found = NULL;
	enum homework_frequency f = m->homework->frequency;
	for (size_t i = 0; i < el.n && !found; i++) {
		if (!entry_date_valid(el.v[i]->date))
			continue;
		int64_t dd = day_of(el.v[i]->date);
		if (f == FREQ_ONCE || (f == FREQ_DAILY && dd == day) ||
		    (f == FREQ_WEEKLY && stats_week_start(dd) == stats_week_start(day)))
			found = el.v[i];
	}
	diary_list_free(&el);
	return found;
}

static int64_t today(void)
{
	return entry_time_day(entry_time_now());
}

/* The quiet detail in the list: how often, and whether it is done for now. */
static char *detail(const struct app *a, const struct module *m)
{
	const struct homework *h = m->homework;
	const char *often = h->frequency == FREQ_DAILY    ? _("daily")
	                    : h->frequency == FREQ_WEEKLY ? _("weekly")
	                                                  : _("once");
	struct diary *d = dlink_diary(a->s);
	if (!d)
		return xstrdup(often);
	const char *state = mark_for(d, m, today()) ? _("done") : _("to do");
	return xasprintf("%s, %s", often, state);
}

static void marks(struct markup_doc *doc, const struct app *a, const struct module *m, int w)
{
	struct diary *d = dlink_diary(a->s);
	markup_blank(doc);
	if (!d) {
		markup_text(doc,
		            dlink_exists(a->s)
		                    ? _("Unlock your diary (press d) to see and keep your "
		                        "done marks.")
		                    : _("With a diary you can mark this done here (press d)."),
		            w, 0, MARKUP_DIM);
		return;
	}
	markup_text(doc, _("Done"), w, 0, MARKUP_STRONG);
	int64_t t = today();
	enum homework_frequency f = m->homework->frequency;
	if (f == FREQ_ONCE) {
		const struct entry *e = mark_for(d, m, t);
		char *s = e ? xasprintf(_("[x] done on %s"), e->date)
		            : xstrdup(_("[ ] not done yet"));
		markup_text(doc, s, w, 2, 0);
		free(s);
		return;
	}
	int n = f == FREQ_DAILY ? DAYS_SHOWN : WEEKS_SHOWN;
	for (int k = 0; k < n; k++) {
		int64_t day = f == FREQ_DAILY ? t - k : stats_week_start(t) - 7 * k;
		char date[16];
		date_of(day, date);
		const char *mark = mark_for(d, m, day) ? "[x]" : "[ ]";
		char *s;
		if (f == FREQ_DAILY)
			s = k == 0 ? xasprintf(_("%s %s, today"), mark, date)
			           : xasprintf("%s %s", mark, date);
		else
			s = k == 0 ? xasprintf(_("%s week of %s, this week"), mark, date)
			           : xasprintf(_("%s week of %s"), mark, date);
		markup_text(doc, s, w, 2, 0);
		free(s);
	}
}

static void homework_doc(struct markup_doc *d, const struct app *a, const struct module *m, int w)
{
	const struct homework *h = m->homework;
	markup_text(d, m->title, w, 0, MARKUP_HEADING);
	markup_blank(d);
	if (h->set_by) {
		char *s = xasprintf(_("Set by %s."), h->set_by);
		markup_text(d, s, w, 0, 0);
		free(s);
	}
	struct buf b;
	buf_init(&b);
	buf_puts(&b, h->frequency == FREQ_DAILY    ? _("Every day.")
	             : h->frequency == FREQ_WEEKLY ? _("Every week.")
	                                           : _("Once."));
	if (h->until) {
		int ended = entry_date_valid(h->until) && day_of(h->until) < today();
		char *s = xasprintf(ended ? _(" Until %s (this has ended).") : _(" Until %s."),
		                    h->until);
		buf_puts(&b, s);
		free(s);
	}
	markup_text(d, b.data, w, 0, 0);
	buf_free(&b);
	if (h->instructions) {
		markup_blank(d);
		markup_render(d, h->instructions, w, app_bullet(a));
	}
	marks(d, a, m, w);
}

/* d: marks done for now, or takes the mark back. */
static void toggle(struct app *a, const struct module *m)
{
	if (!dlink_diary(a->s)) {
		char *why = xasprintf(_("Done marks for *%s* are kept in your diary."), m->title);
		diary_open_run(a, why);
		free(why);
		if (!dlink_diary(a->s) || a->quit || a->to_home)
			return;
	}
	struct diary *d = dlink_diary(a->s);
	struct diary_error err;
	const struct entry *e = mark_for(d, m, today());
	if (e) {
		if (diary_delete(d, e->id, &err) < 0)
			return;
	} else {
		struct entry *n = entry_new(ENTRY_HOMEWORK);
		entry_set(n, &n->module, m->id);
		char date[16];
		date_of(today(), date);
		entry_set(n, &n->date, date);
		if (!diary_add(d, n, &err))
			return;
	}
	diary_save_run(a);
}

static void one(struct app *a, size_t i)
{
	const struct module *m = a->s->lib->mods[i];
	struct app_keyhelp keys[] = {
	        {"Enter", _("start")},
	        {"d", _("done")},
	        {"Up/Down", _("scroll")},
	        {"Esc", _("back")},
	};
	size_t top = 0;
	for (;;) {
		app_set_keys(a, keys, 4);
		curs_set(0);
		draw_frame(_("Homework"), NULL);
		struct area ar = draw_body();
		struct markup_doc d;
		markup_init(&d);
		homework_doc(&d, a, m, ar.w);
		top = draw_doc(&ar, &d, top);
		size_t n = d.n;
		markup_free(&d);
		draw_footer(a, keys, 4);
		wint_t ch;
		enum app_event ev = app_key(a, &ch);
		if (ev == EV_QUIT)
			return;
		if (pager_key(&top, n, ar.h, ev, ch))
			continue;
		if (app_is_enter(ev, ch)) {
			player_open(a, i);
		} else if (ev == EV_CHAR && ch == 'd') {
			toggle(a, m);
		} else if (app_is_back(ev, ch)) {
			return;
		}
		if (a->quit || a->to_home)
			return;
	}
}

void homework_run(struct app *a)
{
	struct app_keyhelp keys[] = {
	        {"Up/Down", _("move")},
	        {"Enter", _("open")},
	        {"Esc", _("back")},
	};
	int sel = -1;
	for (;;) {
		struct list l;
		memset(&l, 0, sizeof l);
		for (size_t i = 0; i < a->s->lib->n; i++) {
			const struct module *m = a->s->lib->mods[i];
			if (!m->homework)
				continue;
			char *det = detail(a, m);
			list_add(&l, m->title, det, (int)i);
			free(det);
		}
		if (sel >= 0)
			list_select_id(&l, sel);
		app_set_keys(a, keys, 3);
		curs_set(0);
		draw_frame(_("Homework"), NULL);
		struct area ar = draw_body();
		const char *intro = _("Set for you by your counsellor.");
		draw_str(ar.y, ar.x, ar.w, intro, strlen(intro), 0);
		struct area la = {ar.y + 2, ar.x, ar.h - 2, ar.w};
		wint_t ch;
		int moved;
		enum app_event ev = list_round(a, &l, &la, keys, 3, &ch, &sel, &moved);
		if (ev == EV_QUIT)
			return;
		if (moved)
			continue;
		if (app_is_choose(ev, ch) && sel >= 0)
			one(a, (size_t)sel);
		else if (app_is_back(ev, ch))
			return;
		if (a->quit || a->to_home)
			return;
	}
}
