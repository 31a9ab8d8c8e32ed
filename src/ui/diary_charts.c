/* SPDX-FileCopyrightText: 2026 The steady authors */
/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * diary_charts.c: Patterns, charts of what the diary holds, drawn with
 * ui/chart.c from the figures of diary/stats.h. Generic over the module
 * model: every 0-10 (or other) scale question gets a daily sparkline and
 * weekly bars, every choice question its most frequent answers, with the
 * labels the module gives them, so a counsellor's own journal form gets
 * charts too. The trigger journal adds the skills used and the urges
 * ridden out. There are no streaks or "days clean" counters, on purpose.
 *
 * What the charts show, and which modules have records at all, is the
 * diary's: both screens go when it locks.
 */
#include "config.h"

#include <curses.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "diary/stats.h"
#include "session/diary_link.h"
#include "session/entry_words.h"
#include "session/patterns.h"
#include "ui/chart.h"
#include "ui/diary_screens.h"
#include "ui/draw.h"
#include "ui/list.h"
#include "ui/pager.h"
#include "ui/screen.h"
#include "ui/screens.h"
#include "util/buf.h"
#include "util/gettext.h"
#include "util/wrap.h"
#include "util/xalloc.h"

/* The trigger journal, and its "what did you do" options that are skills
 * (content/trigger-log.yaml). */
#define TRIGGER_LOG  "trigger-log"
#define TRIGGER_DID  "did"
#define TRIGGER_RODE "rode-it-out"
static const char *const skill_ids[] = {"rode-it-out", "left",       "talked", "helpline",
                                        "coping",      "distracted", "delayed"};

/* Most frequent answers shown per choice question, weeks of bars, days of sparkline at most. */
#define TOP_CHOICES 6
#define WEEKS_SHOWN 8
#define DAYS_MAX    60

static void date_of(int64_t day, char out[16])
{
	struct entry_time t = {day * 86400, 0};
	entry_time_date(t, out);
}

/* "label   ████▌ 3": a label column, a bar, the figure. */
static void bar_line(struct markup_doc *d, const char *label, int lw, double v, double max,
                     const char *figure, int w, int utf8)
{
	struct buf b;
	buf_init(&b);
	chart_pad(&b, label, lw, utf8);
	buf_puts(&b, " ");
	int room = w - lw - 2 - (int)strlen(figure) - 1;
	if (room < 1)
		room = 1;
	chart_bar(&b, v, max, room, utf8);
	buf_puts(&b, " ");
	buf_puts(&b, figure);
	markup_text(d, b.data, w + 8, 0, 0);
	buf_free(&b);
}

/* The label column: as wide as the longest label, at most two fifths of the width. */
static int label_width(int w, const char *const *labels, size_t n)
{
	int lw = 0;
	for (size_t i = 0; i < n; i++) {
		int x = wrap_width(labels[i], strlen(labels[i]));
		lw = x > lw ? x : lw;
	}
	return lw < w * 2 / 5 ? lw : w * 2 / 5;
}

static void scale_charts(struct markup_doc *d, const struct entry_list *el, const struct step *s,
                         int w, int utf8)
{
	struct stats_point *p;
	size_t np = stats_scale_daily(el->v, el->n, s->id, &p);
	if (np == 0)
		return;
	markup_blank(d);
	markup_text(d, s->prompt ? s->prompt : s->title ? s->title : s->id, w, 0, MARKUP_STRONG);
	/* Daily: one cell a day, the days before today as far as the width allows. */
	int64_t today = entry_time_day(entry_time_now());
	int64_t span = today - p[0].day + 1;
	size_t days = (size_t)(w - 2 < DAYS_MAX ? w - 2 : DAYS_MAX);
	if (span > 0 && (size_t)span < days)
		days = (size_t)span < 7 ? 7 : (size_t)span;
	if (days < 1)
		days = 1;
	double *v = xcalloc(days, sizeof *v);
	unsigned char *has = xcalloc(days, 1);
	chart_days(p, np, today, days, v, has);
	struct buf b;
	buf_init(&b);
	buf_puts(&b, "  ");
	chart_spark(&b, v, has, days, s->min, s->max, utf8);
	markup_text(d, b.data, w + 8, 0, MARKUP_ACCENT);
	buf_free(&b);
	char from[16];
	date_of(today - (int64_t)days + 1, from);
	char *axis =
	        /* TRANSLATORS: under a chart of a scale's answers, one mark a day:
	           %s is the first day, written YYYY-MM-DD; the %d are the scale's
	           two ends, as in "one mark a day, 2026-11-04 to today; low 0, high
	           10". */
	        xasprintf(_("one mark a day, %s to today; low %d, high %d"), from, s->min, s->max);
	markup_text(d, axis, w, 2, MARKUP_DIM);
	free(axis);
	free(v);
	free(has);
	/* Weekly averages, from the daily ones. */
	struct stats_point *daily = p;
	np = stats_weeks_of_days(daily, np, &p);
	free(daily);
	size_t first = np > WEEKS_SHOWN ? np - WEEKS_SHOWN : 0;
	char sample[16];
	date_of(0, sample);
	/* TRANSLATORS: a bar's label in a chart of weekly averages: %s is the week's
	   Monday, written YYYY-MM-DD, as in "week of 2026-11-30". Keep it short. */
	char *longest = xasprintf(_("week of %s"), sample);
	int lw = label_width(w, (const char *const *)&longest, 1);
	/* Too narrow for "week of": the date alone, rather than a label without it. */
	int dates_only = lw < wrap_width(longest, strlen(longest));
	free(longest);
	if (dates_only)
		lw = wrap_width(sample, strlen(sample));
	for (size_t i = first; i < np; i++) {
		char day[16], fig[32];
		date_of(p[i].day, day);
		char *label = dates_only ? xstrdup(day) : xasprintf(_("week of %s"), day);
		snprintf(fig, sizeof fig, "%.1f", p[i].value);
		bar_line(d, label, lw, p[i].value - s->min, s->max - s->min, fig, w, utf8);
		free(label);
	}
	free(p);
}

static void choice_charts(struct markup_doc *d, const struct entry_list *el, const struct step *s,
                          int w, int utf8)
{
	struct stats_count *c;
	size_t nc = stats_choice_counts(el->v, el->n, s->id, &c);
	if (nc == 0)
		return;
	markup_blank(d);
	markup_text(d, s->prompt ? s->prompt : s->title ? s->title : s->id, w, 0, MARKUP_STRONG);
	const char *labels[TOP_CHOICES];
	for (size_t i = 0; i < nc && i < TOP_CHOICES; i++)
		labels[i] = entry_words_option(s, c[i].option);
	int lw = label_width(w, labels, nc < TOP_CHOICES ? nc : TOP_CHOICES);
	for (size_t i = 0; i < nc && i < TOP_CHOICES; i++) {
		char fig[32];
		snprintf(fig, sizeof fig, "%zu", c[i].count);
		bar_line(d, entry_words_option(s, c[i].option), lw, (double)c[i].count,
		         (double)c[0].count, fig, w, utf8);
	}
	stats_counts_free(c, nc);
}

/* One cell of a map: its shade and count, cw columns, then a space. */
static void map_cell(struct buf *b, size_t n, size_t max, int cw, int utf8)
{
	struct buf cell;
	buf_init(&cell);
	chart_shade(&cell, n, max, utf8);
	if (n)
		buf_printf(&cell, " %zu", n);
	chart_pad(b, cell.data, cw, utf8);
	buf_putc(b, ' ');
	buf_free(&cell);
}

static void week_map(struct markup_doc *d, const struct entry_list *el, const char *module, int w,
                     int utf8)
{
	size_t map[7][STATS_BANDS];
	stats_week_map(el->v, el->n, module, map);
	size_t max = 0;
	for (int r = 0; r < 7; r++)
		for (int c = 0; c < STATS_BANDS; c++)
			if (map[r][c] > max)
				max = map[r][c];
	if (max == 0)
		return;
	const char *days[7] = {
	        /* TRANSLATORS: Monday, short: a column heading of a chart of when
	           records were made. The columns are narrow: three letters or so. */
	        _("Mon"),
	        /* TRANSLATORS: Tuesday, short, a narrow column heading (as "Mon"). */
	        _("Tue"),
	        /* TRANSLATORS: Wednesday, short, a narrow column heading (as "Mon"). */
	        _("Wed"),
	        /* TRANSLATORS: Thursday, short, a narrow column heading (as "Mon"). */
	        _("Thu"),
	        /* TRANSLATORS: Friday, short, a narrow column heading (as "Mon"). */
	        _("Fri"),
	        /* TRANSLATORS: Saturday, short, a narrow column heading (as "Mon"). */
	        _("Sat"),
	        /* TRANSLATORS: Sunday, short, a narrow column heading (as "Mon"). */
	        _("Sun"),
	};
	const char *bands[STATS_BANDS] = {
	        /* TRANSLATORS: a time of day, 0-6h, as a row label of a chart of
	           when records were made, and in plain mode as in "Monday, night:
	           2 records.". One word, in lower case. */
	        _("night"),
	        /* TRANSLATORS: a time of day, 6-12h, as a row label of a chart of
	           when records were made, and in plain mode as in "Monday, morning:
	           2 records.". One word, in lower case. */
	        _("morning"),
	        /* TRANSLATORS: a time of day, 12-18h, as a row label of a chart of
	           when records were made, and in plain mode as in "Monday,
	           afternoon: 2 records.". One word, in lower case. */
	        _("afternoon"),
	        /* TRANSLATORS: a time of day, 18-24h, as a row label of a chart of
	           when records were made, and in plain mode as in "Monday, evening:
	           2 records.". One word, in lower case. */
	        _("evening"),
	};
	int dw = 0, cw = 5;
	for (int r = 0; r < 7; r++) {
		int x = wrap_width(days[r], strlen(days[r]));
		dw = x > dw ? x : dw;
	}
	for (int c = 0; c < STATS_BANDS; c++) {
		int x = wrap_width(bands[c], strlen(bands[c]));
		cw = x > cw ? x : cw;
	}
	if (dw + 1 + STATS_BANDS * (cw + 1) > w)
		cw = (w - dw - 1) / STATS_BANDS - 1;
	if (cw < 4)
		return;
	markup_blank(d);
	markup_text(d, _("When the records were made (weekday and time of day)"), w, 0,
	            MARKUP_STRONG);
	struct buf b;
	buf_init(&b);
	chart_pad(&b, "", dw + 1, utf8);
	for (int c = 0; c < STATS_BANDS; c++) {
		chart_pad(&b, bands[c], cw, utf8);
		buf_putc(&b, ' ');
	}
	markup_text(d, b.data, w + 8, 0, MARKUP_DIM);
	buf_free(&b);
	for (int r = 0; r < 7; r++) {
		buf_init(&b);
		chart_pad(&b, days[r], dw + 1, utf8);
		for (int c = 0; c < STATS_BANDS; c++)
			map_cell(&b, map[r][c], max, cw, utf8);
		markup_text(d, b.data, w + 8, 0, 0);
		buf_free(&b);
	}
	markup_text(d, _("night 0-6h, morning 6-12h, afternoon 12-18h, evening 18-24h"), w, 0,
	            MARKUP_DIM);
}

/*
 * When it happened, as the person answered (the module's time_of_day
 * question): a row for each of its options, a column for each weekday.
 */
static void answer_map(struct markup_doc *d, const struct entry_list *el, const struct step *s,
                       int w, int utf8)
{
	size_t no = s->n_options, max = 0;
	const char **ids = xcalloc(no, sizeof *ids), **labels = xcalloc(no, sizeof *labels);
	for (size_t k = 0; k < no; k++) {
		ids[k] = s->options[k].id;
		labels[k] = s->options[k].label;
	}
	size_t(*map)[7] = xcalloc(no, sizeof *map);
	stats_answer_week_map(el->v, el->n, s->id, ids, no, map);
	for (size_t k = 0; k < no; k++)
		for (int r = 0; r < 7; r++)
			max = map[k][r] > max ? map[k][r] : max;
	const char *days[7] = {_("Mon"), _("Tue"), _("Wed"), _("Thu"),
	                       _("Fri"), _("Sat"), _("Sun")};
	char most[32];
	int cw = snprintf(most, sizeof most, "# %zu", max);
	for (int r = 0; r < 7; r++) {
		int x = wrap_width(days[r], strlen(days[r]));
		cw = x > cw ? x : cw;
	}
	int lw = label_width(w, labels, no);
	if (lw + 1 + 7 * (cw + 1) > w)
		lw = w - 1 - 7 * (cw + 1);
	if (max > 0 && lw >= 4) {
		markup_blank(d);
		markup_text(d, _("When it happened (weekday and time of day)"), w, 0,
		            MARKUP_STRONG);
		struct buf b;
		buf_init(&b);
		chart_pad(&b, "", lw + 1, utf8);
		for (int r = 0; r < 7; r++) {
			chart_pad(&b, days[r], cw, utf8);
			buf_putc(&b, ' ');
		}
		markup_text(d, b.data, w + 8, 0, MARKUP_DIM);
		buf_free(&b);
		for (size_t k = 0; k < no; k++) {
			buf_init(&b);
			chart_pad(&b, labels[k], lw, utf8);
			buf_putc(&b, ' ');
			for (int r = 0; r < 7; r++)
				map_cell(&b, map[k][r], max, cw, utf8);
			markup_text(d, b.data, w + 8, 0, 0);
			buf_free(&b);
		}
		markup_text(d, _("the time of day as you answered it, the weekday of the record"),
		            w, 0, MARKUP_DIM);
	}
	free(map);
	free(ids);
	free(labels);
}

/* Skills used and urges ridden out, from the trigger journal's "what did you do". */
static void skills(struct markup_doc *d, const struct entry_list *el, const struct module *m, int w)
{
	const struct step *s = module_step(m, TRIGGER_DID);
	if (!s)
		return;
	size_t answered;
	size_t with = stats_count_any(el->v, el->n, TRIGGER_DID, skill_ids,
	                              sizeof skill_ids / sizeof skill_ids[0], &answered);
	if (answered == 0)
		return;
	markup_blank(d);
	/* TRANSLATORS: a heading in the diary's Patterns: above a chart of how often
	   each skill was ticked in the records. */
	markup_text(d, _("Skills you used"), w, 0, MARKUP_STRONG);
	char *t =
	        /* TRANSLATORS: under "Skills you used": the first %zu is how many
	           records have at least one skill ticked, the second how many
	           records there are, as in "In 3 of 5 records you used at least
	           one skill."; the plural follows the second number. */
	        xasprintf(ngettext("In %zu of %zu record you used at least one skill.",
	                           "In %zu of %zu records you used at least one skill.", answered),
	                  with, answered);
	markup_text(d, t, w, 2, 0);
	free(t);
	size_t rode = stats_count_answer(el->v, el->n, TRIGGER_DID, TRIGGER_RODE);
	t = xasprintf(ngettext("%s: %zu time.", "%s: %zu times.", rode),
	              entry_words_option(s, TRIGGER_RODE), rode);
	markup_text(d, t, w, 2, 0);
	free(t);
}

/* The charts of one module's records. */
static void module_doc(struct markup_doc *d, struct diary *dy, const struct module *m, int w,
                       int utf8)
{
	struct entry_list el = diary_select(dy, ENTRY_RECORD, m->id);
	markup_text(d, m->title, w, 0, MARKUP_HEADING);
	if (el.n == 0) {
		markup_blank(d);
		markup_text(d,
		            _("Nothing here yet. The charts fill in as you keep records of this "
		              "module in your diary."),
		            w, 0, 0);
		diary_list_free(&el);
		return;
	}
	char a[16], b[16];
	entry_time_date(el.v[el.n - 1]->created, a);
	entry_time_date(el.v[0]->created, b);
	char *t = xasprintf(
	        ngettext("%zu record, from %s to %s.", "%zu records, from %s to %s.", el.n), el.n,
	        a, b);
	markup_text(d, t, w, 0, MARKUP_DIM);
	free(t);
	if (strcmp(m->id, TRIGGER_LOG) == 0)
		skills(d, &el, m, w);
	for (size_t i = 0; i < m->n_steps; i++) {
		const struct step *s = &m->steps[i];
		if (!s->id)
			continue;
		if (s->type == STEP_SCALE)
			scale_charts(d, &el, s, w, utf8);
		else if (s->type == STEP_CHOICE || s->type == STEP_CHECKLIST)
			choice_charts(d, &el, s, w, utf8);
	}
	const struct step *when = module_time_step(m);
	if (when)
		answer_map(d, &el, when, w, utf8);
	else
		week_map(d, &el, m->id, w, utf8);
	diary_list_free(&el);
}

/* Self-check totals over time, one mark per result. */
static void selfcheck_doc(struct markup_doc *d, struct diary *dy, const struct app *a, int w)
{
	struct entry_list el = diary_select(dy, ENTRY_SELFCHECK, NULL);
	markup_text(d, _("Self-check results"), w, 0, MARKUP_HEADING);
	for (size_t i = 0; i < a->s->lib->n; i++) {
		const struct module *m = a->s->lib->mods[i];
		if (!module_is_selfcheck(m))
			continue;
		struct stats_point *p;
		size_t np = stats_selfcheck_scores(el.v, el.n, m->id, &p);
		if (np == 0)
			continue;
		int lo = m->bands[0].min, hi = m->bands[0].max;
		for (size_t k = 1; k < m->n_bands; k++) {
			lo = m->bands[k].min < lo ? m->bands[k].min : lo;
			hi = m->bands[k].max > hi ? m->bands[k].max : hi;
		}
		markup_blank(d);
		markup_text(d, m->title, w, 0, MARKUP_STRONG);
		size_t first = np > (size_t)(w - 2) ? np - (size_t)(w - 2) : 0;
		double *v = xcalloc(np, sizeof *v);
		for (size_t k = 0; k < np; k++)
			v[k] = p[k].value;
		struct buf b;
		buf_init(&b);
		buf_puts(&b, "  ");
		chart_spark(&b, v + first, NULL, np - first, lo, hi, a->utf8);
		markup_text(d, b.data, w + 8, 0, MARKUP_ACCENT);
		buf_free(&b);
		/* TRANSLATORS: under a chart of a self-check's results: the %d are
		   the lowest and highest total the self-check can give, as in "one
		   mark per result, oldest first; totals from 0 to 27". */
		char *axis = xasprintf(_("one mark per result, oldest first; totals from %d to %d"),
		                       lo, hi);
		markup_text(d, axis, w, 2, MARKUP_DIM);
		free(axis);
		char sample[16];
		date_of(0, sample);
		const char *dl = sample;
		int lw = label_width(w, &dl, 1);
		for (size_t k = np > WEEKS_SHOWN ? np - WEEKS_SHOWN : 0; k < np; k++) {
			char day[16], fig[32];
			date_of(p[k].day, day);
			snprintf(fig, sizeof fig, "%d", (int)p[k].value);
			bar_line(d, day, lw, p[k].value - lo, hi - lo, fig, w, a->utf8);
		}
		free(v);
		free(p);
	}
	diary_list_free(&el);
}

/* The screens of Patterns, as their parent names them. */
enum {
	T_PICK = 1, /* the list of charts */
	T_CHART,    /* one chart */
};

/* One chart document, built at the first draw and kept for the next ones
 * (a scroll key used to build it again from every record); built again
 * when the width changes. The diary cannot change under it: the screen
 * goes when the diary locks. */
struct chart_view {
	const struct module *m; /* NULL: the self-check results */
	struct pager pg;
	struct app_keyhelp keys[2];
	struct markup_doc doc;
	int built, w, utf8; /* doc holds the charts at width w */
};

static void chart_draw(struct app *a, struct screen *sc)
{
	struct chart_view *c = sc->data;
	draw_frame(_("Patterns"), NULL);
	struct diary *dy = dlink_diary(a->s);
	if (dy) {
		struct area ar = draw_body();
		if (!c->built || c->w != ar.w || c->utf8 != a->utf8) {
			if (c->built)
				markup_wipe(&c->doc);
			markup_init(&c->doc);
			if (c->m)
				module_doc(&c->doc, dy, c->m, ar.w, a->utf8);
			else
				selfcheck_doc(&c->doc, dy, a, ar.w);
			c->built = 1;
			c->w = ar.w;
			c->utf8 = a->utf8;
		}
		pager_draw(&c->pg, &ar, &c->doc);
	}
	draw_footer(a, c->keys, 2);
}

static void chart_key(struct app *a, struct screen *sc, enum app_event ev, wint_t ch)
{
	struct chart_view *c = sc->data;
	if (!dlink_diary(a->s)) {
		screen_close(a, sc, 0);
		return;
	}
	if (pager_take(&c->pg, ev, ch))
		return;
	if (app_is_back(ev, ch) || app_is_enter(ev, ch))
		screen_close(a, sc, 0);
}

static void chart_free(struct screen *sc)
{
	struct chart_view *c = sc->data;
	if (c->built)
		markup_wipe(&c->doc);
	free(c);
}

static const struct screen_ops chart_ops = {
        .name = "chart",
        .draw = chart_draw,
        .key = chart_key,
        .lock = screen_goes,
        .free = chart_free,
};

static void chart_push(struct app *a, const struct module *m)
{
	struct chart_view *c = xcalloc(1, sizeof *c);
	c->m = m;
	/* TRANSLATORS: a key hint in the footer, after "Up/Down", as in "Up/Down
	   scroll": the arrow keys move the text up and down. Keep it short. */
	c->keys[0] = (struct app_keyhelp){"Up/Down", _("scroll")};
	c->keys[1] = (struct app_keyhelp){"Esc", _("back")};
	struct screen *sc = screen_new(&chart_ops, c);
	screen_set_keys(sc, c->keys, 2);
	screen_push(a, sc, T_CHART);
}

/*
 * The Patterns flow: the list of charts, then the chart picked, then the
 * list again, until the person goes back. It is never on top by itself.
 */
struct patterns {
	const struct module **mods; /* what each label of the list shows (NULL: self-checks) */
	size_t n;
	size_t at; /* the label picked last */
};

/* Pushes the list of charts: the modules with records, and journals even before their first. */
static void pick_push(struct app *a, struct screen *sc)
{
	struct patterns *p = sc->data;
	struct diary *dy = dlink_diary(a->s);
	if (!dy) {
		screen_close(a, sc, 0);
		return;
	}
	free(p->mods);
	p->n = 0;
	const char **labels = xcalloc(a->s->lib->n + 1, sizeof *labels);
	p->mods = xcalloc(a->s->lib->n + 1, sizeof *p->mods);
	p->n = patterns_modules(a->s->lib, dy, p->mods);
	for (size_t i = 0; i < p->n; i++)
		labels[i] = p->mods[i]->title;
	if (diary_latest(dy, ENTRY_SELFCHECK, NULL)) {
		p->mods[p->n] = NULL;
		labels[p->n++] = _("Self-check results");
	}
	struct screen *list = list_pick_new(
	        _("Patterns"), _("Charts of what your diary holds. Choose one to see it."), labels,
	        p->n, p->at < p->n ? p->at : 0);
	free(labels);
	screen_push(a, list, T_PICK);
}

static void patterns_draw(struct app *a, struct screen *sc)
{
	(void)sc;
	draw_frame(_("Patterns"), NULL);
	draw_footer(a, NULL, 0);
}

static void patterns_key(struct app *a, struct screen *sc, enum app_event ev, wint_t ch)
{
	if (app_is_back(ev, ch))
		screen_close(a, sc, 0);
}

static void patterns_result(struct app *a, struct screen *sc, int tag, int v)
{
	struct patterns *p = sc->data;
	if (tag == T_CHART) {
		pick_push(a, sc);
		return;
	}
	if (v < 0 || (size_t)v >= p->n || !dlink_diary(a->s)) {
		screen_close(a, sc, 0);
		return;
	}
	p->at = (size_t)v;
	chart_push(a, p->mods[v]);
}

static void patterns_free(struct screen *sc)
{
	struct patterns *p = sc->data;
	free(p->mods);
	free(p);
}

static const struct screen_ops patterns_ops = {
        .name = "patterns",
        .draw = patterns_draw,
        .key = patterns_key,
        .lock = screen_goes,
        .result = patterns_result,
        .free = patterns_free,
};

void diary_charts_push(struct app *a, int tag)
{
	if (!dlink_diary(a->s)) {
		screen_answer(a, tag, 0);
		return;
	}
	struct screen *sc = screen_new(&patterns_ops, xcalloc(1, sizeof(struct patterns)));
	screen_push(a, sc, tag);
	pick_push(a, sc);
}
