/*
 * player.c: plays a module step by step. Back and forward move between
 * steps; leaving keeps the answers (in memory, for this run) and the place,
 * so "Continue" on the home screen comes back to it. A self-check ends
 * with the band its total falls in.
 */
#include "config.h"

#include <curses.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "session/diary_link.h"
#include "ui/draw.h"
#include "ui/editor.h"
#include "ui/form.h"
#include "ui/helpnow.h"
#include "ui/pager.h"
#include "ui/screens.h"
#include "ui/theme.h"
#include "ui/timer.h"
#include "util/gettext.h"
#include "util/xalloc.h"

/* Modules opened from links inside modules, at most this deep. */
#define MAX_DEPTH 8

struct player {
	struct app *a;
	const struct module *m;
	struct progress *p;
	size_t step;  /* m->n_steps is the self-check's result */
	size_t top;   /* scroll position */
	size_t focus; /* option, link or suggestion */
	int acc;      /* digits typed on a scale */
	struct timer timer;
	struct editor ed;
	const char *note;           /* a gentle word when something is needed first */
	int follow;                 /* keep the focus in view (once a key has moved it) */
	int focus_seen;             /* the focused link was on the screen when last drawn */
	struct app_keyhelp keys[8]; /* the footer's keys: the keys overlay reads them later */
};

static int depth;

static size_t total_steps(const struct player *pl)
{
	return pl->m->n_steps + (module_is_selfcheck(pl->m) ? 1 : 0);
}

static const struct step *cur_step(const struct player *pl)
{
	return pl->step < pl->m->n_steps ? &pl->m->steps[pl->step] : NULL;
}

static struct answer *cur_answer(const struct player *pl)
{
	return pl->step < pl->p->n ? &pl->p->answers[pl->step] : NULL;
}

static void enter_step(struct player *pl, size_t step)
{
	pl->step = step;
	pl->p->step = step < pl->m->n_steps ? step : 0;
	pl->top = 0;
	pl->focus = 0;
	pl->acc = -1;
	pl->note = NULL;
	pl->follow = 0;
	const struct step *s = cur_step(pl);
	struct answer *an = cur_answer(pl);
	if (!s)
		return;
	if (s->type == STEP_TIMER)
		timer_reset(&pl->timer, s->seconds);
	if (s->type == STEP_TEXT)
		editor_start(&pl->ed, an);
	/* A single choice opens on what was chosen before. */
	if (s->type == STEP_CHOICE && !s->multiple && an)
		for (size_t i = 0; i < an->n_chosen; i++)
			if (an->chosen[i])
				pl->focus = i;
}

/* The modules a links step or a band points to, those that exist. */
static const struct module *linked(const struct player *pl, const char *id)
{
	return pl->a->s->lib ? library_find(pl->a->s->lib, id) : NULL;
}

static size_t add_links(struct player *pl, struct markup_doc *d, char *const *ids, size_t n,
                        int width)
{
	size_t focus_line = SIZE_MAX;
	size_t shown = 0;
	for (size_t i = 0; i < n; i++) {
		const struct module *m = linked(pl, ids[i]);
		if (!m)
			continue;
		char *label = xasprintf(_("%s (%d min)"), m->title, m->minutes);
		if (shown == pl->focus)
			focus_line = d->n;
		markup_item(d, "> ", label, width, shown == pl->focus ? MARKUP_SELECTED : 0);
		free(label);
		if (m->summary)
			markup_text(d, m->summary, width, 2, MARKUP_DIM);
		shown++;
	}
	return focus_line;
}

static size_t count_links(const struct player *pl, char *const *ids, size_t n)
{
	size_t k = 0;
	for (size_t i = 0; i < n; i++)
		k += linked(pl, ids[i]) != NULL;
	return k;
}

static const struct module *nth_link(const struct player *pl, char *const *ids, size_t n,
                                     size_t want)
{
	for (size_t i = 0; i < n; i++) {
		const struct module *m = linked(pl, ids[i]);
		if (m && want-- == 0)
			return m;
	}
	return NULL;
}

static const struct band *result_band(const struct player *pl)
{
	return module_band(pl->m, progress_score(pl->p, pl->m));
}

/* Lays out the step (all but the editor); returns the line to keep in view, or SIZE_MAX. */
static size_t build(struct player *pl, struct markup_doc *d, int width)
{
	const struct step *s = cur_step(pl);
	const char *bullet = app_bullet(pl->a);
	size_t focus = SIZE_MAX;
	if (!s) {
		const struct band *b = result_band(pl);
		/* The bands cover every possible total, so the highest band's top is the most. */
		int most = 0;
		for (size_t k = 0; k < pl->m->n_bands; k++)
			if (pl->m->bands[k].max > most)
				most = pl->m->bands[k].max;
		char *t = xasprintf(_("Your total is %d out of %d."), progress_score(pl->p, pl->m),
		                    most);
		markup_text(d, t, width, 0, MARKUP_STRONG);
		free(t);
		markup_blank(d);
		if (b) {
			markup_text(d, b->title, width, 0, MARKUP_HEADING);
			markup_blank(d);
			markup_render(d, b->feedback, width, bullet);
			if (count_links(pl, b->suggest, b->n_suggest) > 0) {
				markup_blank(d);
				markup_text(d, _("You could open next:"), width, 0, MARKUP_STRONG);
				focus = add_links(pl, d, b->suggest, b->n_suggest, width);
			}
		}
		goto note;
	}
	if (s->title) {
		markup_text(d, s->title, width, 0, MARKUP_HEADING);
		markup_blank(d);
	}
	if (s->text)
		markup_render(d, s->text, width, bullet);
	struct answer *an = cur_answer(pl);
	switch (s->type) {
	case STEP_PAGE:
		break;
	case STEP_SCALE:
		if (!markup_ends_blank(d))
			markup_blank(d);
		markup_text(d, s->prompt, width, 0, MARKUP_STRONG);
		markup_blank(d);
		focus = form_scale_doc(d, s, an, width);
		break;
	case STEP_CHOICE:
	case STEP_CHECKLIST:
		if (!markup_ends_blank(d))
			markup_blank(d);
		if (s->prompt) {
			markup_text(d, s->prompt, width, 0, MARKUP_STRONG);
			if (s->type == STEP_CHOICE && s->multiple)
				markup_text(d, _("Choose as many as fit."), width, 0, MARKUP_DIM);
			markup_blank(d);
		}
		focus = form_options_doc(d, s, an, pl->focus, width);
		break;
	case STEP_TEXT:
		if (!markup_ends_blank(d))
			markup_blank(d);
		markup_text(d, s->prompt, width, 0, MARKUP_STRONG);
		break;
	case STEP_TIMER:
		if (!markup_ends_blank(d))
			markup_blank(d);
		timer_doc(d, &pl->timer, s, width, pl->a->utf8);
		break;
	case STEP_HELPLINES:
		helpnow_cards(d, pl->a, s->kinds ? s->kinds : HELPLINE_ALL, width);
		break;
	case STEP_LINKS:
		if (!markup_ends_blank(d))
			markup_blank(d);
		focus = add_links(pl, d, s->links, s->n_links, width);
		break;
	default:
		break;
	}
note:
	if (pl->note) {
		markup_blank(d);
		markup_text(d, pl->note, width, 0, MARKUP_ACCENT);
		focus = d->n - 1;
	}
	return focus;
}

/* The footer keys for the step. */
static size_t step_keys(const struct player *pl, struct app_keyhelp *k)
{
	const struct step *s = cur_step(pl);
	size_t n = 0;
#define KEY(a_, b_) (k[n].key = (a_), k[n].what = (b_), n++)
	if (!s) {
		if (count_links(pl, result_band(pl) ? result_band(pl)->suggest : NULL,
		                result_band(pl) ? result_band(pl)->n_suggest : 0)) {
			KEY("Enter", _("open"));
			KEY("n", _("finish"));
		} else {
			KEY("Enter", _("finish"));
		}
		KEY("b", _("back"));
		return n;
	}
	switch (s->type) {
	case STEP_SCALE:
		KEY("Left/Right", _("choose"));
		KEY("0-9", _("number"));
		KEY("Enter", _("next"));
		KEY("b", _("back"));
		break;
	case STEP_CHOICE:
		KEY("Up/Down", _("move"));
		if (s->multiple) {
			KEY("Space", _("tick"));
			KEY("Enter", _("next"));
		} else {
			KEY("Enter", _("choose"));
		}
		KEY("b", _("back"));
		break;
	case STEP_CHECKLIST:
		KEY("Up/Down", _("move"));
		KEY("Space", _("tick"));
		KEY("Enter", _("next"));
		KEY("b", _("back"));
		break;
	case STEP_TEXT:
		KEY("Tab", _("next"));
		KEY("Shift-Tab", _("back"));
		KEY("Esc", _("leave"));
		break;
	case STEP_TIMER:
		KEY("Space", timer_running(&pl->timer) ? _("pause") : _("start"));
		KEY("s", _("stop"));
		KEY("Enter", _("next"));
		KEY("b", _("back"));
		break;
	case STEP_LINKS:
		KEY("Enter", _("open"));
		KEY("n", _("next"));
		KEY("b", _("back"));
		break;
	default:
		KEY("Enter", _("next"));
		KEY("b", _("back"));
		KEY("Up/Down", _("scroll"));
		break;
	}
	if (s->type != STEP_TEXT)
		KEY("Esc", _("leave"));
#undef KEY
	return n;
}

static void draw(struct player *pl)
{
	struct app *a = pl->a;
	const struct step *s = cur_step(pl);
	char right[64];
	if (s && a->s->preview) /* a counsellor checking a module: say that nothing is kept */
		snprintf(right, sizeof right, _("Preview, step %zu of %zu"), pl->step + 1,
		         pl->m->n_steps);
	else if (s)
		snprintf(right, sizeof right, _("Step %zu of %zu"), pl->step + 1, pl->m->n_steps);
	else
		snprintf(right, sizeof right, "%s", _("Your result"));
	draw_frame(pl->m->title, right);
	struct area ar = draw_body();
	struct markup_doc d;
	markup_init(&d);
	size_t focus = build(pl, &d, ar.w);
	struct area da = ar;
	struct area ea = {0, 0, 0, 0};
	if (s && s->type == STEP_TEXT) {
		/* The question above, the editor below it with the rest of the room. */
		int dh = (int)d.n;
		if (dh > ar.h - 4)
			dh = ar.h - 4 > 0 ? ar.h - 4 : 0;
		da.h = dh;
		ea = (struct area){ar.y + dh + 1, ar.x, ar.h - dh - 1, ar.w};
		if (ea.h < 1)
			ea = (struct area){ar.y, ar.x, ar.h, ar.w};
	}
	size_t h = da.h > 0 ? (size_t)da.h : 0;
	if (focus != SIZE_MAX && h > 0 && (pl->follow || pl->note)) {
		if (focus < pl->top)
			pl->top = focus;
		if (focus >= pl->top + h)
			pl->top = focus - h + 1;
	}
	if (h > 0)
		pl->top = draw_doc(&da, &d, pl->top);
	pl->focus_seen = focus != SIZE_MAX && focus >= pl->top && focus < pl->top + h;
	markup_free(&d);

	size_t nk = step_keys(pl, pl->keys);
	app_set_keys(a, pl->keys, nk);
	draw_footer(a, pl->keys, nk);
	if (s && s->type == STEP_TEXT) {
		if (ea.y > ar.y) {
			attr_t dim = theme_attr(THEME_DIM);
			attr_set(dim, PAIR_NUMBER(dim), NULL);
			mvhline(ea.y - 1, ea.x, ACS_HLINE, ea.w);
			attr_set(A_NORMAL, 0, NULL);
		}
		struct answer *an = cur_answer(pl);
		if (pl->ed.full) {
			const char *full = _("This answer is as long as it can be.");
			draw_str(ea.y + ea.h - 1, ea.x, ea.w, full, strlen(full),
			         theme_attr(THEME_ACCENT));
			ea.h--;
		}
		curs_set(1);
		editor_draw(&pl->ed, an, &ea, s->placeholder);
	} else {
		curs_set(0);
	}
}

/* 1 when the step may be left forwards; otherwise a note says what is missing. */
static int may_leave(struct player *pl)
{
	const struct step *s = cur_step(pl);
	if (!s || !step_is_question(s) || s->optional || s->type == STEP_CHECKLIST)
		return 1;
	if (progress_answered(pl->p, pl->m, pl->step))
		return 1;
	switch (s->type) {
	case STEP_SCALE:
		pl->note = _("Choose a number first, with the arrow keys or a digit.");
		break;
	case STEP_TEXT:
		pl->note = _("Write a few words first; there is no right answer.");
		break;
	default:
		pl->note = _("Choose an answer first.");
		break;
	}
	return 0;
}

/* Moves on; returns 1 when the module is finished. */
static int next(struct player *pl)
{
	if (!may_leave(pl))
		return 0;
	if (pl->step + 1 < total_steps(pl)) {
		enter_step(pl, pl->step + 1);
		return 0;
	}
	return 1;
}

static void back(struct player *pl)
{
	if (pl->step > 0)
		enter_step(pl, pl->step - 1);
}

static void open_linked(struct player *pl, const struct module *m)
{
	struct app *a = pl->a;
	if (!m || depth >= MAX_DEPTH)
		return;
	for (size_t i = 0; i < a->s->lib->n; i++)
		if (a->s->lib->mods[i] == m) {
			player_open(a, i);
			return;
		}
}

static int is_enter(enum app_event ev, wint_t ch)
{
	return app_is_enter(ev, ch);
}

/* Enter on a list of links: opens the focused one, but only once it is on
 * the screen; before that the first Enter brings it into view (the caller
 * then follows the focus), so nothing opens that the person has not seen. */
static void enter_on_links(struct player *pl, char *const *ids, size_t n)
{
	if (pl->focus_seen)
		open_linked(pl, nth_link(pl, ids, n, pl->focus));
}

/* Keys for the step itself; returns 1 when used. */
static int step_key(struct player *pl, enum app_event ev, wint_t ch, int *done)
{
	const struct step *s = cur_step(pl);
	struct answer *an = cur_answer(pl);
	if (!s) {
		const struct band *b = result_band(pl);
		size_t n = b ? count_links(pl, b->suggest, b->n_suggest) : 0;
		if (ev == EV_KEY && ch == KEY_UP && pl->focus > 0)
			pl->focus--;
		else if (ev == EV_KEY && ch == KEY_DOWN && pl->focus + 1 < n)
			pl->focus++;
		else if (is_enter(ev, ch) && n > 0)
			enter_on_links(pl, b->suggest, b->n_suggest);
		else if (is_enter(ev, ch))
			*done = 1;
		else
			return 0;
		return 1;
	}
	switch (s->type) {
	case STEP_SCALE:
		if (form_scale_key(s, an, &pl->acc, ev, ch)) {
			pl->note = NULL;
			return 1;
		}
		break;
	case STEP_CHOICE:
	case STEP_CHECKLIST:
		if (form_options_key(s, an, &pl->focus, ev, ch)) {
			pl->note = NULL;
			return 1;
		}
		if (is_enter(ev, ch) && s->type == STEP_CHOICE && !s->multiple)
			form_choose(s, an, pl->focus); /* then on to the next step */
		break;
	case STEP_TEXT:
		if (editor_key(&pl->ed, an, ev, ch, draw_body().w, draw_body().h)) {
			pl->note = NULL;
			return 1;
		}
		break;
	case STEP_TIMER:
		if (ev == EV_CHAR && ch == ' ') {
			timer_toggle(&pl->timer);
			return 1;
		}
		if (ev == EV_CHAR && ch == 's') {
			timer_stop(&pl->timer);
			return 1;
		}
		break;
	case STEP_LINKS: {
		size_t n = count_links(pl, s->links, s->n_links);
		if (ev == EV_KEY && ch == KEY_UP && pl->focus > 0) {
			pl->focus--;
			return 1;
		}
		if (ev == EV_KEY && ch == KEY_DOWN && pl->focus + 1 < n) {
			pl->focus++;
			return 1;
		}
		if (is_enter(ev, ch) && n > 0) {
			enter_on_links(pl, s->links, s->n_links);
			return 1;
		}
		break;
	}
	default:
		break;
	}
	return 0;
}

/* One key of a burst in the editor: text, a Tab inside pasted text too
 * (not "next"); a key the editor does not take is left for the player. */
struct burst {
	struct player *pl;
	struct answer *an;
	struct area ar;
};

static int take_key(void *ctx, enum app_event ev, wint_t ch)
{
	struct burst *b = ctx;
	if (ev == EV_CHAR && ch == '\t') {
		editor_insert(&b->pl->ed, b->an, ch);
		return 1;
	}
	return editor_key(&b->pl->ed, b->an, ev, ch, b->ar.w, b->ar.h);
}

/* The editor takes the rest of a paste before the screen is drawn again. */
static void take_burst(struct player *pl)
{
	const struct step *s = cur_step(pl);
	if (!s || s->type != STEP_TEXT)
		return;
	struct burst b = {pl, cur_answer(pl), draw_body()};
	app_take_burst(pl->a, take_key, &b);
}

int player_run_module(struct app *a, const struct module *m, struct progress *p, size_t step)
{
	struct player pl;
	memset(&pl, 0, sizeof pl);
	pl.a = a;
	pl.m = m;
	pl.p = p;
	progress_open(p, m);
	if (m->n_steps == 0)
		return 1;
	enter_step(&pl, step < m->n_steps ? step : 0);
	depth++;
	int done = 0;
	int saved_typing = a->typing;
	while (!done) {
		const struct step *s = cur_step(&pl);
		a->typing = s && s->type == STEP_TEXT;
		a->ticks = s && s->type == STEP_TIMER && timer_running(&pl.timer);
		draw(&pl);
		wint_t ch;
		enum app_event ev = app_key(a, &ch);
		if (ev == EV_QUIT)
			break;
		if (ev == EV_REDRAW || ev == EV_TICK)
			continue;
		if (step_key(&pl, ev, ch, &done)) {
			if (a->quit)
				break;
			pl.follow = 1;
			take_burst(&pl);
			continue;
		}
		s = cur_step(&pl);
		int text = s && s->type == STEP_TEXT;
		int arrows_free = !s || (s->type != STEP_SCALE && s->type != STEP_TEXT);
		if (is_enter(ev, ch) || (ev == EV_CHAR && (ch == '\t' || (!text && ch == 'n'))) ||
		    (ev == EV_KEY && ch == KEY_RIGHT && arrows_free)) {
			if (s && s->type == STEP_TIMER)
				timer_stop(&pl.timer);
			done = next(&pl);
		} else if ((ev == EV_KEY && ch == KEY_BTAB) ||
		           (!text && ev == EV_CHAR && (ch == 'b' || ch == 0x7F)) ||
		           (!text && ev == EV_KEY && ch == KEY_BACKSPACE) ||
		           (ev == EV_KEY && ch == KEY_LEFT && arrows_free)) {
			back(&pl);
		} else if ((ev == EV_CHAR && (ch == 27 || (!text && ch == 'q')))) {
			/* Leaving from the closing "where next" links has finished the
			 * module (a self-check still needs its result screen). */
			if (s && s->type == STEP_LINKS && pl.step + 1 == pl.m->n_steps &&
			    !module_is_selfcheck(pl.m))
				done = 1;
			break;
		} else if (!text) {
			/* Scrolling, for long pages, cards, timers with cues and results. */
			struct area ar = draw_body();
			struct markup_doc d;
			markup_init(&d);
			build(&pl, &d, ar.w);
			if (s && s->type == STEP_PAGE)
				pager_read_key(&pl.top, d.n, ar.h, ev, ch);
			else
				pager_key(&pl.top, d.n, ar.h, ev, ch);
			markup_free(&d);
		}
	}
	a->typing = saved_typing;
	a->ticks = 0;
	curs_set(0);
	depth--;
	if (done) {
		p->state = PROGRESS_DONE;
		p->step = 0;
	}
	return done;
}

void player_run(struct app *a, size_t module_index, size_t step)
{
	if (!a->s->lib || module_index >= a->s->lib->n)
		return;
	struct progress *p = &a->s->prog[module_index];
	int fresh = p->state == PROGRESS_DONE;
	diary_module_open(a, module_index);
	if (a->quit || a->to_home)
		return;
	if (fresh && p->state == PROGRESS_NONE)
		step = 0; /* a journal filled in again starts at its beginning */
	dlink_play_begin(a->s, module_index);
	int done = player_run_module(a, a->s->lib->mods[module_index], p, step);
	dlink_play_end(a->s);
	/* Left part way (even a module done before): "Continue" comes back here. */
	if (!done)
		a->s->last_module = (int)module_index;
	else if (a->s->last_module == (int)module_index)
		a->s->last_module = -1;
	diary_module_leave(a, module_index, done);
}

void player_open(struct app *a, size_t module_index)
{
	if (!a->s->lib || module_index >= a->s->lib->n)
		return;
	const struct progress *p = &a->s->prog[module_index];
	player_run(a, module_index, p->state == PROGRESS_STARTED ? p->step : 0);
}
