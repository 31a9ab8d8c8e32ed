/* SPDX-FileCopyrightText: 2026 The steady authors */
/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * helpnow.c: "Get help now", one key away on every screen (Ctrl-G, or h
 * where nothing is being typed). It leads with the emergency number and a
 * line each for the region's prevention and crisis lines, so that a number
 * to call is on the first screen at any size; then, with the diary open,
 * the person's own safety plan; then the region's helplines in full, what
 * happens when you call, and when the list was last checked.
 */
#include "config.h"

#include <curses.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "content/helplines_text.h"
#include "diary/diary.h"
#include "session/diary_link.h"
#include "ui/draw.h"
#include "ui/helpnow.h"
#include "ui/pager.h"
#include "ui/screen.h"
#include "ui/screens.h"
#include "util/buf.h"
#include "util/gettext.h"
#include "util/wrap.h"
#include "util/xalloc.h"

static void field(struct markup_doc *d, const char *label, int lw, const char *value, int width)
{
	if (!value || !*value)
		return;
	/* "Phone  0808 1000 900": the label padded so the values line up. */
	char pad[32];
	int w = wrap_width(label, strlen(label));
	int n = lw - w + 2;
	if (n < 1)
		n = 1;
	if (n > (int)sizeof pad - 1)
		n = (int)sizeof pad - 1;
	memset(pad, ' ', (size_t)n);
	pad[n] = '\0';
	char *prefix = xasprintf("  %s%s", label, pad);
	if (wrap_width(prefix, strlen(prefix)) > width / 2) {
		free(prefix);
		prefix = xasprintf("  %s ", label);
	}
	markup_item(d, prefix, value, width, 0);
	free(prefix);
}

void helpnow_cards(struct markup_doc *d, const struct app *a, unsigned kinds, int width)
{
	const struct region *r = session_region(a->s);
	if (!r) {
		markup_text(
		        d,
		        _("The helpline list could not be loaded. In an emergency, call your "
		          "local emergency number: 112 in Europe, 999 in the UK, 911 in the US."),
		        width, 0, MARKUP_STRONG);
		return;
	}
	const char *labels[] = {_("Phone"), _("Text"), _("Web"), _("Chat"), _("Email")};
	int lw = 0;
	for (size_t i = 0; i < sizeof labels / sizeof labels[0]; i++) {
		int w = wrap_width(labels[i], strlen(labels[i]));
		if (w > lw)
			lw = w;
	}
	int shown = 0;
	for (size_t k = 0; k < HELPLINE_KINDS; k++) {
		if (!(kinds & helpline_order[k]))
			continue;
		for (size_t i = 0; i < r->n_services; i++) {
			const struct helpline *h = &r->services[i];
			if (h->kind != helpline_order[k])
				continue;
			if (!markup_ends_blank(d))
				markup_blank(d);
			markup_text(d, h->name, width, 0, MARKUP_STRONG);
			field(d, labels[0], lw, h->phone, width);
			field(d, labels[1], lw, h->text, width);
			field(d, labels[2], lw, h->web, width);
			field(d, labels[3], lw, h->chat, width);
			field(d, labels[4], lw, h->email, width);
			if (h->notes)
				markup_text(d, h->notes, width, 2, MARKUP_DIM);
			shown++;
		}
	}
	if (!shown) {
		if (!markup_ends_blank(d))
			markup_blank(d);
		char *msg =
		        /* TRANSLATORS: %s is the region's name, as in "No services of
		           this kind are listed for Ireland. ...". Get help now is the
		           screen of helplines; Ctrl-G is its key. */
		        xasprintf(HELPLINES_WHOLE(N_("No services of this kind are listed for %s. "
		                                     "Get help now (Ctrl-G) shows every service."),
		                                  r->name, r->name_en));
		markup_text(d, msg, width, 0, 0);
		free(msg);
	}
}

/* The person's own safety plan from the diary, when it is open and holds one; 1 when shown. */
static int plan(struct markup_doc *d, const struct app *a, int width)
{
	struct diary *dy = dlink_diary(a->s);
	const struct entry *e = dy ? diary_latest(dy, ENTRY_SAFETY_PLAN, NULL) : NULL;
	if (!e)
		return 0;
	markup_text(d, _("Your safety plan"), width, 0, MARKUP_HEADING);
	for (int s = 0; s < PLAN__COUNT; s++) {
		if (!e->plan[s])
			continue;
		markup_blank(d);
		markup_text(d, entry_plan_title((enum plan_section)s), width, 0, MARKUP_STRONG);
		markup_text(d, e->plan[s], width, 2, 0);
	}
	markup_blank(d);
	markup_text(d, _("Helplines"), width, 0, MARKUP_HEADING);
	markup_blank(d);
	return 1;
}

/*
 * Before a long safety plan: the region's prevention and crisis lines, a
 * line each with a number, so that one is on the first screen at any size.
 */
static void first_lines(struct markup_doc *d, const struct region *r, int width)
{
	struct buf b;
	buf_init(&b);
	helplines_text_first(&b, r, HELPLINE_PREVENTION | HELPLINE_CRISIS, 0);
	for (char *line = b.data, *nl; line && *line; line = nl + 1) {
		nl = strchr(line, '\n');
		if (!nl)
			break;
		*nl = '\0';
		markup_text(d, line, width, 0, 0);
	}
	buf_free(&b);
	if (!markup_ends_blank(d))
		markup_blank(d);
}

/* The emergency sentence, first on the screen (the plan may follow). */
static void danger(struct markup_doc *d, const struct region *r, int width)
{
	if (!r || !r->emergency)
		return;
	char *e = xasprintf(HELPLINES_WHOLE(N_("If you or anyone else is in danger right now, "
	                                       "call %s."),
	                                    r->emergency, r->emergency_en));
	markup_text(d, e, width, 0, MARKUP_STRONG);
	free(e);
	markup_blank(d);
}

static void build(struct markup_doc *d, const struct app *a, int width)
{
	const struct region *r = session_region(a->s);
	/* First, on the smallest screen too: the emergency number and a line
	 * each for the prevention and crisis lines; then the plan, if there is
	 * one; then the words about confidentiality and the full cards. */
	int has_plan =
	        dlink_diary(a->s) && diary_latest(dlink_diary(a->s), ENTRY_SAFETY_PLAN, NULL);
	danger(d, r, width);
	first_lines(d, r, width);
	plan(d, a, width);
	markup_text(d,
	            _("You can talk to someone now. The helplines below are confidential, and "
	              "you do not have to give your name. Each has its own rules about what it "
	              "must pass on: you can ask about them first."),
	            width, 0, 0);
	markup_blank(d);
	if (!has_plan && dlink_exists(a->s) && !dlink_diary(a->s)) {
		markup_text(d,
		            _("If your safety plan is in your diary, unlock the diary "
		              "(Home, then Diary) to see it here."),
		            width, 0, MARKUP_DIM);
		markup_blank(d);
	}
	if (r) {
		/* TRANSLATORS: %s is the region's name; r is the key that changes it. */
		char *s = xasprintf(HELPLINES_WHOLE(N_("Showing services for: %s (r changes this)"),
		                                    r->name, r->name_en));
		markup_text(d, s, width, 0, MARKUP_DIM);
		free(s);
	}
	helpnow_cards(d, a, HELPLINE_ALL, width);
	const struct helplines *h = a->s->lib ? a->s->lib->helplines : NULL;
	if (h && h->calling) {
		markup_blank(d);
		markup_render(d, h->calling, width, app_bullet(a));
	}
	if (h && h->checked) {
		char month[64];
		markup_blank(d);
		char *c =
		        xasprintf(_("This list was last checked in %s. If a number does not work, "
		                    "use the service's website."),
		                  helplines_month(h->checked, month, sizeof month));
		markup_text(d, c, width, 0, MARKUP_DIM);
		free(c);
	}
}

struct screen *helpnow_region_new(struct app *a, const char *why)
{
	const struct helplines *h = a->s->lib ? a->s->lib->helplines : NULL;
	if (!h || h->n_regions == 0)
		return NULL;
	const char **names = xcalloc(h->n_regions, sizeof *names);
	const struct region *cur = session_region(a->s);
	size_t at = 0;
	for (size_t i = 0; i < h->n_regions; i++) {
		names[i] = h->regions[i].name;
		if (&h->regions[i] == cur)
			at = i;
	}
	/* TRANSLATORS: the title of the list of regions (countries) whose helplines
	   steady can show. */
	struct screen *sc = list_pick_new(_("Your region"), why, names, h->n_regions, at);
	free(names);
	return sc;
}

void helpnow_region_set(struct app *a, int picked)
{
	const struct helplines *h = a->s->lib ? a->s->lib->helplines : NULL;
	if (!h || picked < 0 || (size_t)picked >= h->n_regions)
		return;
	snprintf(a->s->set.region, sizeof a->s->set.region, "%s", h->regions[picked].id);
	session_save_settings(a->s);
}

enum { TAG_REGION = 1 };

struct helpnow {
	struct pager pg;
	struct app_keyhelp keys[3];
};

static void help_draw(struct app *a, struct screen *sc)
{
	struct helpnow *hn = sc->data;
	draw_frame(_("Get help now"), NULL);
	struct area ar = draw_body();
	struct markup_doc d;
	markup_init(&d);
	build(&d, a, ar.w);
	pager_draw(&hn->pg, &ar, &d);
	markup_wipe(&d); /* it may hold the safety plan */
	draw_footer(a, hn->keys, 3);
	/* The reader starts at the top of what is shown: the emergency number. */
	draw_cursor(ar.y, ar.x);
}

static void help_key(struct app *a, struct screen *sc, enum app_event ev, wint_t ch)
{
	struct helpnow *hn = sc->data;
	if (pager_take(&hn->pg, ev, ch))
		return;
	if (ev == EV_CHAR && ch == 'r') {
		struct screen *pick =
		        helpnow_region_new(a, _("Which helplines should steady show?"));
		if (pick)
			screen_push(a, pick, TAG_REGION);
	} else if ((ev == EV_KEY && (ch == KEY_LEFT || ch == KEY_BACKSPACE)) ||
	           (ev == EV_CHAR && (ch == 27 || ch == 'q' || ch == '\r' || ch == '\n' ||
	                              ch == 'b' || ch == 0x7F))) {
		screen_close(a, sc, -1);
	}
}

static void help_result(struct app *a, struct screen *sc, int tag, int value)
{
	struct helpnow *hn = sc->data;
	if (tag == TAG_REGION && value >= 0) {
		helpnow_region_set(a, value);
		hn->pg.top = 0;
	}
}

/*
 * Help stays through a lock: it holds nothing from the diary between two
 * draws, and the next draw, with the diary locked, leaves the plan out.
 */
static const struct screen_ops help_ops = {
        .name = "help",
        .draw = help_draw,
        .key = help_key,
        .result = help_result,
        .free = screen_free_data,
};

struct screen *helpnow_screen_new(struct app *a)
{
	(void)a;
	struct helpnow *hn = xcalloc(1, sizeof *hn);
	hn->keys[0] = (struct app_keyhelp){"Up/Down", _("scroll")};
	/* TRANSLATORS: a key hint in Get help now's footer, after "r", as in "r
	   region": chooses which region's helplines are shown. Keep it short. */
	hn->keys[1] = (struct app_keyhelp){"r", _("region")};
	hn->keys[2] = (struct app_keyhelp){"Esc", _("back")};
	struct screen *sc = screen_new(&help_ops, hn);
	sc->is_help = 1;
	screen_set_keys(sc, hn->keys, 3);
	return sc;
}
