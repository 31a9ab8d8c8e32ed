/* SPDX-FileCopyrightText: 2026 The steady authors */
/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * homework.c: the homework a counsellor set in the library's modules. Each
 * shows who set it, what to do, how often and until when, and the done
 * marks of the last days or weeks. A mark is made when the module is
 * finished with its answers kept (session/homework.h), so marks need the
 * diary open; without one the homework is still there to read and start.
 */
#include "config.h"

#include <curses.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "diary/stats.h"
#include "session/diary_link.h"
#include "session/homework.h"
#include "ui/draw.h"
#include "ui/list.h"
#include "ui/pager.h"
#include "ui/screen.h"
#include "ui/screens.h"
#include "util/gettext.h"
#include "util/date_words.h"
#include "util/xalloc.h"

#define DAYS_SHOWN  7
#define WEEKS_SHOWN 4

static void marks(struct markup_doc *doc, const struct app *a, const struct module *m, int w)
{
	struct diary *d = dlink_diary(a->s);
	markup_blank(doc);
	if (a->s->preview) {
		markup_text(doc, homework_preview_hint(), w, 0, MARKUP_DIM);
		return;
	}
	if (!d) {
		markup_text(doc, homework_marks_hint(dlink_exists(a->s)), w, 0, MARKUP_DIM);
		return;
	}
	/* TRANSLATORS: a heading on a homework's screen, above the days (or weeks)
	   on which it was done, each with [x] or [ ]. */
	markup_text(doc, _("Done"), w, 0, MARKUP_STRONG);
	int64_t t = homework_today();
	enum homework_frequency f = m->homework->frequency;
	if (f == FREQ_ONCE) {
		const struct entry *e = homework_mark(d, m, t);
		char *on = e ? date_words_day(e->date) : NULL;
		char *s;
		if (e)
			/* TRANSLATORS: under "Done" on a homework's screen: %s is the day it
			   was done, in words. [x] is a ticked box; keep it. */
			s = xasprintf(_("[x] done on %s"), on);
		else
			/* TRANSLATORS: under "Done" on a homework's screen: it is not done
			   yet. [ ] is an empty box; keep it. */
			s = xstrdup(_("[ ] not done yet"));
		markup_text(doc, s, w, 2, 0);
		free(s);
		free(on);
		return;
	}
	int n = f == FREQ_DAILY ? DAYS_SHOWN : WEEKS_SHOWN;
	for (int k = 0; k < n; k++) {
		int64_t day = f == FREQ_DAILY ? t - k : stats_week_start(t) - 7 * k;
		char iso[16];
		homework_date(day, iso);
		char *date = date_words_day(iso);
		const char *mark = homework_mark(d, m, day) ? "[x]" : "[ ]";
		char *s;
		if (f == FREQ_DAILY)
			/* TRANSLATORS: under "Done" on a daily homework's screen:
			   the first %s is "[x]" (done) or "[ ]" (not done); the
			   second is today's date in words, as in "[x] 4 December
			   2026, today". */
			s = k == 0 ? xasprintf(_("%s %s, today"), mark, date)
			           : xasprintf("%s %s", mark, date);
		else
			/* TRANSLATORS: under "Done" on a weekly homework's screen:
			   the first %s is "[x]" (done) or "[ ]" (not done); the
			   second is the week's Monday in words, as in "[ ] week of
			   30 November 2026, this week". */
			s = k == 0 ? xasprintf(_("%s week of %s, this week"), mark, date)
			           /* TRANSLATORS: under "Done" on a weekly
			              homework's screen: the first %s is "[x]" (done)
			              or "[ ]" (not done); the second is the week's
			              Monday in words, as in "[x] week of 23 November
			              2026". */
			           : xasprintf(_("%s week of %s"), mark, date);
		markup_text(doc, s, w, 2, 0);
		free(s);
		free(date);
	}
}

static void one_doc(struct markup_doc *d, const struct app *a, const struct module *m, int w)
{
	const struct homework *h = m->homework;
	markup_text(d, m->title, w, 0, MARKUP_HEADING);
	markup_blank(d);
	if (h->set_by) {
		/* TRANSLATORS: %s is the name of whoever set the homework, as
		   written in its module, such as "Dr Jane Doe". */
		char *s = xasprintf(_("Set by %s."), h->set_by);
		markup_text(d, s, w, 0, 0);
		free(s);
	}
	char *when = homework_schedule(m);
	markup_text(d, when, w, 0, 0);
	free(when);
	if (h->instructions) {
		markup_blank(d);
		markup_render(d, h->instructions, w, app_bullet(a));
	}
	marks(d, a, m, w);
}

enum { TAG_MODULE = 1 };

/* One homework: who set it, what to do, how often, until when, and the marks. */
struct one {
	size_t i;
	struct pager pg;
	struct app_keyhelp keys[3];
};

static void one_draw(struct app *a, struct screen *sc)
{
	struct one *o = sc->data;
	draw_frame(_("Homework"), NULL);
	struct area ar = draw_body();
	struct markup_doc d;
	markup_init(&d);
	one_doc(&d, a, a->s->lib->mods[o->i], ar.w);
	pager_draw(&o->pg, &ar, &d);
	markup_free(&d);
	draw_footer(a, o->keys, 3);
}

static void one_key(struct app *a, struct screen *sc, enum app_event ev, wint_t ch)
{
	struct one *o = sc->data;
	if (pager_take(&o->pg, ev, ch))
		return;
	if (app_is_enter(ev, ch))
		module_flow_push(a, o->i, (size_t)-1, TAG_MODULE);
	else if (app_is_back(ev, ch))
		screen_close(a, sc, -1);
}

/* It reads the marks afresh at each draw and holds nothing from the diary: it stays. */
static const struct screen_ops one_ops = {
        .name = "homework-one",
        .draw = one_draw,
        .key = one_key,
        .free = screen_free_data,
};

void homework_one_push(struct app *a, size_t i)
{
	struct one *o = xcalloc(1, sizeof *o);
	o->i = i;
	/* TRANSLATORS: a key hint in the footer, after "Enter" or "Space": "Enter
	   start" starts the homework (or the timer). Keep it short. */
	o->keys[0] = (struct app_keyhelp){"Enter", _("start")};
	o->keys[1] = (struct app_keyhelp){"Up/Down", _("scroll")};
	o->keys[2] = (struct app_keyhelp){"Esc", _("back")};
	struct screen *s1 = screen_new(&one_ops, o);
	screen_set_keys(s1, o->keys, 3);
	screen_push(a, s1, 0);
}

/* The list's last item, sharing the homework with the counsellor: an id no module index has. */
#define SHARE_ID (1 << 30)

struct hw_list {
	struct list l;
	int sel;
	int page;
	struct app_keyhelp keys[3];
};

static void list_draw_hw(struct app *a, struct screen *sc)
{
	struct hw_list *hl = sc->data;
	list_free(&hl->l);
	int any = 0;
	for (size_t i = 0; i < a->s->lib->n; i++) {
		const struct module *m = a->s->lib->mods[i];
		if (!m->homework)
			continue;
		char *det = homework_detail(dlink_diary(a->s), m);
		list_add(&hl->l, m->title, det, (int)i);
		free(det);
		any = 1;
	}
	if (any && !a->s->preview)
		list_add(&hl->l, _("Share with my counsellor"), NULL, SHARE_ID);
	if (hl->sel >= 0)
		list_select_id(&hl->l, hl->sel);
	draw_frame(_("Homework"), NULL);
	struct area ar = draw_body();
	const char *intro = _("Set for you by your counsellor.");
	draw_str(ar.y, ar.x, ar.w, intro, strlen(intro), 0);
	struct area la = {ar.y + 2, ar.x, ar.h - 2, ar.w};
	hl->page = la.h;
	list_draw(&hl->l, &la);
	draw_footer(a, hl->keys, 3);
}

static void list_key_hw(struct app *a, struct screen *sc, enum app_event ev, wint_t ch)
{
	struct hw_list *hl = sc->data;
	int moved = list_key(&hl->l, ev, ch, hl->page);
	hl->sel = list_selected(&hl->l);
	if (moved)
		return;
	if (app_is_choose(ev, ch) && hl->sel == SHARE_ID) {
		share_push(a);
	} else if (app_is_choose(ev, ch) && hl->sel >= 0) {
		homework_one_push(a, (size_t)hl->sel);
	} else if (app_is_back(ev, ch)) {
		screen_close(a, sc, -1);
	}
}

static void list_free_hw(struct screen *sc)
{
	struct hw_list *hl = sc->data;
	list_free(&hl->l);
	free(hl);
}

static void list_click_hw(struct app *a, struct screen *sc, int y, int x)
{
	(void)x;
	list_click(a, sc, &((struct hw_list *)sc->data)->l, y);
}

static const struct screen_ops list_ops = {
        .name = "homework",
        .draw = list_draw_hw,
        .key = list_key_hw,
        .click = list_click_hw,
        .free = list_free_hw,
};

void homework_push(struct app *a)
{
	struct hw_list *hl = xcalloc(1, sizeof *hl);
	hl->sel = -1;
	hl->keys[0] = (struct app_keyhelp){"Up/Down", _("move")};
	/* TRANSLATORS: a key hint in the footer, after "Enter", as in "Enter open":
	   opens the highlighted entry. Keep it short. */
	hl->keys[1] = (struct app_keyhelp){"Enter", _("open")};
	hl->keys[2] = (struct app_keyhelp){"Esc", _("back")};
	struct screen *sc = screen_new(&list_ops, hl);
	screen_set_keys(sc, hl->keys, 3);
	screen_push(a, sc, 0);
}
