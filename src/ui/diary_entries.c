/* SPDX-FileCopyrightText: 2026 The steady authors */
/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * diary_entries.c: the diary's main screen. Newest first, each entry with
 * its date, kind and first line; open one to read it, edit a journal entry,
 * delete with a confirmation, search as you type, see patterns, lock.
 *
 * Entry pointers live from a draw to the key after it, never longer: a
 * dialog or another screen may change the diary in between. Every screen
 * here shows the diary's text, so each goes when the diary locks (the
 * loop closes them before the entries are wiped). The words for an entry
 * are the session's (session/entry_words.h), as in plain mode.
 */
#include "config.h"

#include <curses.h>
#include <stdlib.h>
#include <string.h>

#include <sodium.h>

#include "diary/export.h"
#include "session/delete.h"
#include "session/diary_link.h"
#include "session/entry_words.h"
#include "session/plan.h"
#include "ui/diary_screens.h"
#include "ui/draw.h"
#include "ui/field.h"
#include "ui/list.h"
#include "ui/pager.h"
#include "ui/screen.h"
#include "ui/screens.h"
#include "ui/theme.h"
#include "util/gettext.h"
#include "util/date_words.h"
#include "util/xalloc.h"

/* Menu items above the entries (entries use their index in the list shown). */
enum { ID_NEW = 1000000, ID_SEARCH, ID_KIND, ID_CHARTS, ID_LOCK };

/* The entry laid out for reading; user text is shown as written, never as markup. */
static void entry_doc(struct markup_doc *d, const struct app *a, const struct entry *e, int w)
{
	char at[32];
	entry_words_when(e, at);
	char *head = xasprintf("%s  %s", at, export_kind_label(e->kind));
	markup_text(d, head, w, 0, MARKUP_DIM);
	free(head);
	char *changed = entry_words_changed(e);
	if (changed)
		markup_text(d, changed, w, 0, MARKUP_DIM);
	free(changed);
	markup_blank(d);
	const struct module *m = entry_words_module(a->s->lib, e);
	const char *name = m ? m->title : e->module;
	switch (e->kind) {
	case ENTRY_JOURNAL:
		if (e->title) {
			markup_text(d, e->title, w, 0, MARKUP_HEADING);
			markup_blank(d);
		}
		markup_text(d, e->text, w, 0, 0);
		break;
	case ENTRY_RECORD:
		markup_text(d, name, w, 0, MARKUP_HEADING);
		/* TRANSLATORS: under a module's record in the diary: the person went
		   through the module to its end. The other message is "Left part
		   way.". */
		markup_text(d, e->complete ? _("Finished.") : _("Left part way."), w, 0,
		            MARKUP_DIM);
		for (size_t i = 0; i < e->n_answers; i++) {
			const char *q = e->answers[i].question;
			const struct step *s = m ? module_step(m, q) : NULL;
			markup_blank(d);
			markup_text(d, entry_words_question(m, q), w, 0, MARKUP_STRONG);
			char *words = entry_words_answer(s, e->answers[i].value);
			markup_text(d, words, w, 2, 0);
			xfree_wiped(words);
		}
		break;
	case ENTRY_SELFCHECK: {
		markup_text(d, name, w, 0, MARKUP_HEADING);
		char *t = xasprintf(_("Your total was %d."), (int)e->score);
		markup_text(d, t, w, 0, 0);
		free(t);
		if (e->band)
			markup_text(d, e->band, w, 0, MARKUP_STRONG);
		break;
	}
	case ENTRY_SAFETY_PLAN:
		markup_text(d, _("My safety plan"), w, 0, MARKUP_HEADING);
		for (int s = 0; s < PLAN__COUNT; s++) {
			if (!e->plan[s])
				continue;
			markup_blank(d);
			markup_text(d, entry_plan_title((enum plan_section)s), w, 0, MARKUP_STRONG);
			markup_text(d, e->plan[s], w, 2, 0);
		}
		markup_blank(d);
		markup_text(
		        d,
		        plan_module(a->s)
		                ? _("Press e to change your plan in the module that made it, or x "
		                    "to export a copy to print.")
		                : _("Press x to export a copy of your plan to print."),
		        w, 0, MARKUP_DIM);
		break;
	case ENTRY_HOMEWORK: {
		markup_text(d, name, w, 0, MARKUP_HEADING);
		char *on = date_words_day(e->date);
		/* TRANSLATORS: %s is the date, in words. */
		char *t = xasprintf(_("Homework done on %s."), on);
		markup_text(d, t, w, 0, 0);
		free(t);
		free(on);
		break;
	}
	default:
		break;
	}
}

/* The screens of this file, as their parents name them. */
enum {
	T_OPEN = 1, /* the diary is opened (diary_open_push) */
	T_WRITE,    /* a new entry, or an edit */
	T_VIEW,     /* one entry read */
	T_DELETE,   /* deleting an entry */
	T_CHARTS,   /* patterns */
	T_CONFIRM,  /* "Delete this entry?" */
	T_SAVED,    /* the save after a deletion */
	T_KIND,     /* "Which entries?" */
	T_PLAN,     /* the safety plan's module, to change the plan */
	T_EXPORT,   /* "Export your safety plan?" */
	T_EXPORTED, /* where it went, or why not */
};

/*
 * Deleting: "Delete this entry?", then the deletion and the save. Its
 * parent hears 1 when the entry was deleted. It shows the entry's summary,
 * so it goes when the diary locks.
 */
struct deleter {
	uint64_t id;
};

static void deleter_draw(struct app *a, struct screen *sc)
{
	(void)sc;
	draw_frame(_("Diary"), NULL);
	draw_footer(a, NULL, 0);
}

static void deleter_key(struct app *a, struct screen *sc, enum app_event ev, wint_t ch)
{
	if (app_is_back(ev, ch))
		screen_close(a, sc, 0);
}

static void deleter_result(struct app *a, struct screen *sc, int tag, int v)
{
	struct deleter *x = sc->data;
	if (tag == T_SAVED) {
		dlink_set_note(a->s, _("The entry was deleted."));
		screen_close(a, sc, 1);
		return;
	}
	struct diary_error err;
	if (v != 1 || delete_entry(a->s, x->id, &err) < 0) {
		screen_close(a, sc, 0);
		return;
	}
	diary_save_push(a, T_SAVED);
}

static const struct screen_ops deleter_ops = {
        .name = "diary-delete",
        .draw = deleter_draw,
        .key = deleter_key,
        .lock = screen_goes,
        .result = deleter_result,
        .free = screen_free_data,
};

static void delete_push(struct app *a, uint64_t id, int tag)
{
	struct diary *d = dlink_diary(a->s);
	const struct entry *e = d ? diary_get(d, id) : NULL;
	if (!e) {
		screen_answer(a, tag, 0);
		return;
	}
	struct deleter *x = xcalloc(1, sizeof *x);
	x->id = id;
	screen_push(a, screen_new(&deleter_ops, x), tag);
	char *sum = entry_words_summary(a->s->lib, e);
	/* TRANSLATORS: the two answers to "Delete this entry?" (the diary entry):
	   "Keep it" leaves it as it is; "Delete it" removes it. */
	const char *opts[] = {_("Keep it"),
	                      /* TRANSLATORS: the second answer to "Delete this
	                         entry?" (a diary entry): removes it. */
	                      _("Delete it")};
	struct screen *c = choice_new(_("Delete this entry?"),
	                              _("It is removed from your diary and from its backup. "
	                                "This cannot be undone."),
	                              sum, opts, 2);
	xfree_wiped(sum);
	screen_push(a, c, T_CONFIRM);
}

/* One entry to read; e edits a journal entry or the safety plan, x exports the
 * plan, d deletes. It closes with 1 once deleted. */
struct viewer {
	uint64_t id;
	size_t top, n;
	int page;
	struct app_keyhelp keys[5];
	size_t nk;
};

/* The safety plan changed in its module: the plan's sections are its answers. */
static void plan_change(struct app *a)
{
	size_t step;
	int i = plan_edit_begin(a->s, &step);
	if (i >= 0)
		module_flow_push(a, (size_t)i, step, T_PLAN);
}

static void plan_export_ask(struct app *a)
{
	const char *opts[] = {_("Write the file"), _("Not now")};
	screen_push(a, choice_new(_("Export your safety plan?"), plan_export_why(), NULL, opts, 2),
	            T_EXPORT);
}

static void plan_export_done(struct app *a)
{
	struct diary_error err;
	char *path = plan_export(a->s, &err);
	/* TRANSLATORS: %s is the file the safety plan was just written to, such as
	   /home/sam/steady-safety-plan.md. */
	char *msg = path ? xasprintf(_("Your safety plan is in %s."), path) : xstrdup(err.msg);
	/* TRANSLATORS: the only button of the box that says the safety plan was (or
	   was not) exported: back to the safety plan. */
	const char *back[] = {_("Back to the plan")};
	screen_push(a,
	            /* TRANSLATORS: the title of the box after the safety plan was
	               written to a file; "Not exported" is the title when it could
	               not be. */
	            choice_new(path ? _("Safety plan exported") : _("Not exported"), NULL, msg,
	                       back, 1),
	            T_EXPORTED);
	free(msg);
	free(path);
}

static void view_draw(struct app *a, struct screen *sc)
{
	struct viewer *v = sc->data;
	struct diary *d = dlink_diary(a->s);
	const struct entry *e = d ? diary_get(d, v->id) : NULL;
	draw_frame(_("Diary"), e ? export_kind_label(e->kind) : NULL);
	if (e) {
		struct area ar = draw_body();
		struct markup_doc doc;
		markup_init(&doc);
		entry_doc(&doc, a, e, ar.w);
		v->top = draw_doc(&ar, &doc, v->top);
		v->n = doc.n;
		v->page = ar.h;
		markup_wipe(&doc);
	}
	draw_footer(a, v->keys, v->nk);
}

static void view_key(struct app *a, struct screen *sc, enum app_event ev, wint_t ch)
{
	struct viewer *v = sc->data;
	struct diary *d = dlink_diary(a->s);
	const struct entry *e = d ? diary_get(d, v->id) : NULL;
	if (!e) {
		screen_close(a, sc, 0);
		return;
	}
	if (pager_read_key(&v->top, v->n, v->page, ev, ch))
		return;
	if (ev == EV_CHAR && ch == 'e' && e->kind == ENTRY_JOURNAL)
		diary_write_push(a, v->id, T_WRITE);
	else if (ev == EV_CHAR && ch == 'e' && e->kind == ENTRY_SAFETY_PLAN && plan_module(a->s))
		plan_change(a);
	else if (ev == EV_CHAR && ch == 'x' && e->kind == ENTRY_SAFETY_PLAN)
		plan_export_ask(a);
	else if (ev == EV_CHAR && ch == 'd')
		delete_push(a, v->id, T_DELETE);
	else if (app_is_back(ev, ch) || app_is_enter(ev, ch))
		screen_close(a, sc, 0);
}

static void view_result(struct app *a, struct screen *sc, int tag, int v)
{
	if (tag == T_DELETE && v == 1)
		screen_close(a, sc, 1);
	else if (tag == T_EXPORT && v == 0)
		plan_export_done(a);
}

static const struct screen_ops view_ops = {
        .name = "diary-entry",
        .draw = view_draw,
        .key = view_key,
        .lock = screen_goes,
        .result = view_result,
        .free = screen_free_data,
};

static void view_push(struct app *a, uint64_t id, int tag)
{
	struct diary *d = dlink_diary(a->s);
	const struct entry *e = d ? diary_get(d, id) : NULL;
	if (!e) {
		screen_answer(a, tag, 0);
		return;
	}
	struct viewer *v = xcalloc(1, sizeof *v);
	v->id = id;
	v->keys[v->nk++] = (struct app_keyhelp){"Up/Down", _("scroll")};
	if (e->kind == ENTRY_JOURNAL)
		/* TRANSLATORS: a key hint in the footer under a diary entry: "e
		   edit". Keep it short. */
		v->keys[v->nk++] = (struct app_keyhelp){"e", _("edit")};
	if (e->kind == ENTRY_SAFETY_PLAN && plan_module(a->s))
		/* TRANSLATORS: a key hint in the footer, after a key: "e change"
		   (under the safety plan) or "Enter change" (in Settings). Keep it
		   short. */
		v->keys[v->nk++] = (struct app_keyhelp){"e", _("change")};
	if (e->kind == ENTRY_SAFETY_PLAN)
		/* TRANSLATORS: a key hint in the footer under the safety plan: "x
		   export" writes it to a file. Keep it short. */
		v->keys[v->nk++] = (struct app_keyhelp){"x", _("export")};
	v->keys[v->nk++] = (struct app_keyhelp){"d", _("delete")};
	v->keys[v->nk++] = (struct app_keyhelp){"Esc", _("back")};
	struct screen *sc = screen_new(&view_ops, v);
	screen_set_keys(sc, v->keys, v->nk);
	screen_push(a, sc, tag);
}

/*
 * The entries screen. The list of entries (pointers into the diary) is
 * built for a draw and kept for the key after it, and dropped as soon as
 * that key has told what is selected: whatever the key or a dialog does
 * next may change the diary. The screen goes when the diary locks.
 */
struct entries {
	struct field q;
	int typing;                          /* the search field has the keyboard */
	int searched;                        /* a search is applied */
	int sel;                             /* the selected id: an action, or an index in el */
	enum entry_kind kind;                /* the entries shown: one kind, or 0 for all */
	enum entry_kind kinds[ENTRY__COUNT]; /* the kinds offered by "Which entries?" */
	size_t n_kinds;
	uint64_t sel_entry;
	int note_shown;
	int page;
	struct entry_list el;
	struct list l;
	int built;
	struct app_keyhelp keys_list[9], keys_search[3];
};

static void drop(struct entries *es)
{
	if (!es->built)
		return;
	list_wipe(&es->l);
	diary_list_free(&es->el);
	es->built = 0;
}

/* The heading above the entries: what is shown, and how many. */
static char *entries_head(const struct entries *es, const char *query, size_t n)
{
	const char *kind = es->kind ? export_kind_label(es->kind) : NULL;
	if (query && kind)
		/* TRANSLATORS: the heading above the diary entries: %s is a kind of
		   entry, such as "Journal" or "Self-check"; %zu is how many of that
		   kind contain what the person searched for, as in "Journal
		   containing the search: 3". */
		return xasprintf(_("%s containing the search: %zu"), kind, n);
	if (query)
		/* TRANSLATORS: the heading above the diary entries: %zu is how many
		   entries contain what the person searched for, as in "Entries
		   containing the search: 3". */
		return xasprintf(_("Entries containing the search: %zu"), n);
	if (n == 0 && !kind)
		return xstrdup(_("No entries yet."));
	if (kind)
		/* TRANSLATORS: the heading above the diary entries: %s is a kind of
		   entry, such as "Journal" or "Self-check"; %zu is how many there
		   are, as in "Journal, newest first: 12". */
		return xasprintf(_("%s, newest first: %zu"), kind, n);
	if (es->typing)
		return xstrdup(_("All entries, newest first. Type to search."));
	return xstrdup(_("Entries, newest first"));
}

/* Fills the list: the actions, then the entries shown (matching the search when there is one). */
static void build(struct app *a, struct entries *es)
{
	drop(es);
	struct diary *d = dlink_diary(a->s);
	if (!d)
		return;
	/* An empty search field is no search: every entry shows, and the heading says so. */
	const char *query = (es->searched || es->typing) && es->q.len > 0 ? es->q.text : NULL;
	es->el = query ? diary_search(d, query) : diary_select(d, es->kind, NULL);
	entry_words_only(&es->el, es->kind);
	es->n_kinds = entry_words_kinds(d, es->kinds, NULL);
	const struct entry_list *el = &es->el;
	struct list *l = &es->l;
	memset(l, 0, sizeof *l);
	list_add(l, _("Write a new entry"), NULL, ID_NEW);
	/* TRANSLATORS: an entry of the Diary's list while a search is shown: "Esc
	   clears" says that the Esc key ends the search. Keep "Esc" as it is. */
	list_add(l, es->searched || es->typing ? _("Search: Esc clears") : _("Search"), NULL,
	         ID_SEARCH);
	if (es->n_kinds > 1 || es->kind) {
		/* TRANSLATORS: an entry of the Diary's list that chooses which kind
		   of entries is shown: %s is the kind shown now, such as "Journal",
		   or "all entries", as in "Show: all entries". */
		char *show = xasprintf(_("Show: %s"),
		                       /* TRANSLATORS: fills "Show: %s" on the Diary
		                          screen when every kind of entry is shown:
		                          "Show: all entries". */
		                       es->kind ? export_kind_label(es->kind) : _("all entries"));
		list_add(l, show, NULL, ID_KIND);
		free(show);
	}
	/* TRANSLATORS: an entry of the Diary's list: "Patterns" opens charts of what
	   the diary holds; "charts of your records" is shown beside it. */
	list_add(l, _("Patterns"), _("charts of your records"), ID_CHARTS);
	list_add(l, _("Lock the diary"), NULL, ID_LOCK);
	list_heading(l, NULL);
	char *head = entries_head(es, query, el->n);
	list_heading(l, head);
	free(head);
	/* Translated once, not once an entry (a quarter of the screen at 100,000). */
	const char *kinds[ENTRY__COUNT];
	export_kind_labels(kinds);
	/* "time  summary": the summary is at most ENTRY_WORDS_SUMMARY_MAX bytes. */
	char label[8 + 2 + ENTRY_WORDS_SUMMARY_MAX + 1];
	/* By date: a heading for each day, the time of day on each entry. */
	char day[16] = "";
	for (size_t k = 0; k < el->n; k++) {
		char on[16];
		entry_time_date(el->v[k]->created, on);
		if (strcmp(on, day) != 0) {
			memcpy(day, on, sizeof day);
			char *words = date_words_day(day);
			list_heading(l, words);
			free(words);
		}
		entry_words_clock(el->v[k], label);
		char *sum = entry_words_summary(a->s->lib, el->v[k]);
		size_t at = strlen(label), n = strlen(sum);
		if (n > sizeof label - at - 3)
			n = sizeof label - at - 3;
		memcpy(label + at, "  ", 2);
		memcpy(label + at + 2, sum, n);
		label[at + 2 + n] = '\0';
		enum entry_kind kind = el->v[k]->kind;
		list_add(l, label, kinds[kind > 0 && kind < ENTRY__COUNT ? kind : 0], (int)k);
		xfree_wiped(sum);
	}
	/* The label held an entry's text: wiped before the function returns. */
	sodium_memzero(label, sizeof label);
	if (es->sel_entry) {
		for (size_t k = 0; k < el->n; k++)
			if (el->v[k]->id == es->sel_entry)
				es->sel = (int)k;
	}
	list_select_id(l, es->sel);
	es->built = 1;
}

static void set_mode(struct screen *sc, struct entries *es, int typing)
{
	es->typing = typing;
	sc->typing = typing;
	if (typing)
		screen_set_keys(sc, es->keys_search, 3);
	else
		screen_set_keys(sc, es->keys_list, 9);
}

static void entries_draw(struct app *a, struct screen *sc)
{
	struct entries *es = sc->data;
	struct diary *d = dlink_diary(a->s);
	build(a, es);
	size_t count = d ? diary_count(d) : 0;
	char *right = xasprintf(ngettext("%zu entry", "%zu entries", count), count);
	draw_frame(_("Diary"), right);
	free(right);
	struct area ar = draw_body();
	struct area la = ar;
	const char *note = dlink_note(a->s);
	es->note_shown = 0;
	if (note && ar.h >= 8) {
		struct markup_doc nd;
		markup_init(&nd);
		markup_text(&nd, note, ar.w, 0, MARKUP_ACCENT);
		int h = (int)nd.n < ar.h / 3 ? (int)nd.n : ar.h / 3;
		draw_doc(&(struct area){ar.y, ar.x, h, ar.w}, &nd, 0);
		markup_free(&nd);
		la.y += h + 1;
		la.h -= h + 1;
		es->note_shown = 1;
	}
	int fy = la.y;
	if (es->typing || es->searched) {
		la.y += 2;
		la.h -= 2;
	}
	/* The cursor rests on the search field while typing, else on the selected row. */
	if (es->searched && !es->typing)
		/* TRANSLATORS: the label before the field where the person types
		   what to look for in the diary. */
		field_draw(&es->q, fy, la.x, la.w, _("Search:"), a->utf8);
	if (es->built)
		list_draw(&es->l, &la);
	if (es->typing)
		/* TRANSLATORS: the label before the field where the person types
		   what to look for in the diary. */
		field_draw(&es->q, fy, la.x, la.w, _("Search:"), a->utf8);
	es->page = la.h;
	draw_footer(a, sc->keys, sc->n_keys);
}

/* The search field has the keyboard. */
static void search_key(struct screen *sc, struct entries *es, enum app_event ev, wint_t ch,
                       int enter)
{
	if (field_key(&es->q, ev, ch))
		return;
	if (enter) {
		es->searched = es->q.len > 0;
		es->sel = 0; /* the first entry found, when there is one */
		es->sel_entry = 0;
		set_mode(sc, es, 0);
	} else if (ev == EV_CHAR && ch == 27) {
		es->searched = 0;
		field_clear(&es->q);
		set_mode(sc, es, 0);
	}
}

/* "Which entries?": all, or the kinds the diary holds, with how many of each. */
static void kind_push(struct app *a, struct entries *es)
{
	struct diary *d = dlink_diary(a->s);
	size_t count[ENTRY__COUNT];
	es->n_kinds = entry_words_kinds(d, es->kinds, count);
	char *labels[ENTRY__COUNT + 1];
	/* TRANSLATORS: the first choice in "Which entries?": every entry of the
	   diary; %zu is how many there are, as in "All entries (42)". */
	labels[0] = xasprintf(_("All entries (%zu)"), diary_count(d));
	for (size_t i = 0; i < es->n_kinds; i++)
		labels[i + 1] = xasprintf("%s (%zu)", export_kind_label(es->kinds[i]), count[i]);
	struct screen *c = choice_new(_("Which entries?"),
	                              _("Choose the kind of entry to see. The list shows them "
	                                "by date, newest first."),
	                              NULL, (const char *const *)labels, es->n_kinds + 1);
	for (size_t i = 0; i <= es->n_kinds; i++)
		free(labels[i]);
	screen_push(a, c, T_KIND);
}

static void entries_key(struct app *a, struct screen *sc, enum app_event ev, wint_t ch)
{
	struct entries *es = sc->data;
	if (!dlink_diary(a->s)) {
		screen_close(a, sc, 0);
		return;
	}
	if (!es->built)
		build(a, es);
	int moved = es->typing && ev == EV_CHAR ? 0 : list_key(&es->l, ev, ch, es->page);
	es->sel = list_selected(&es->l);
	es->sel_entry = es->sel >= 0 && es->sel < ID_NEW && (size_t)es->sel < es->el.n
	                        ? es->el.v[es->sel]->id
	                        : 0;
	drop(es); /* from here on, only ids */
	if (es->note_shown) {
		dlink_set_note(a->s, NULL);
		es->note_shown = 0;
	}
	if (moved)
		return;
	int enter = (ev == EV_CHAR && (ch == '\r' || ch == '\n')) ||
	            (ev == EV_KEY && (ch == KEY_ENTER || (!es->typing && ch == KEY_RIGHT)));
	if (es->typing) {
		search_key(sc, es, ev, ch, enter);
		return;
	}
	if (ev == EV_CHAR && ch == ' ')
		enter = 1;
	int action = enter ? es->sel : -1;
	if (ev == EV_CHAR && ch == 'n') {
		action = ID_NEW;
	} else if (ev == EV_CHAR && ch == '/') {
		action = ID_SEARCH;
	} else if (ev == EV_CHAR && ch == 'p') {
		action = ID_CHARTS;
	} else if (ev == EV_CHAR && ch == 'f') {
		action = ID_KIND;
	} else if (ev == EV_CHAR && ch == 'l') {
		action = ID_LOCK;
	} else if (ev == EV_CHAR && ch == 'd') {
		if (es->sel_entry)
			delete_push(a, es->sel_entry, T_DELETE);
		return;
	} else if (ev == EV_CHAR && ch == 27 && es->searched) {
		es->searched = 0;
		field_clear(&es->q);
		return;
	} else if (app_is_back(ev, ch)) {
		screen_close(a, sc, 0);
		return;
	}
	switch (action) {
	case ID_NEW:
		es->sel = ID_NEW;
		es->sel_entry = 0;
		diary_write_push(a, 0, T_WRITE);
		break;
	case ID_SEARCH:
		if (es->searched) {
			field_clear(&es->q);
			es->searched = 0;
		}
		set_mode(sc, es, 1);
		break;
	case ID_KIND:
		kind_push(a, es);
		break;
	case ID_CHARTS:
		diary_charts_push(a, T_CHARTS);
		break;
	case ID_LOCK:
		screen_lock_all(a, 0); /* this screen goes with the diary */
		break;
	default:
		if (action >= 0 && es->sel_entry)
			view_push(a, es->sel_entry, T_VIEW);
		break;
	}
}

static void entries_result(struct app *a, struct screen *sc, int tag, int v)
{
	struct entries *es = sc->data;
	drop(es); /* the diary may have changed */
	if (tag == T_KIND && v >= 0 && (size_t)v <= es->n_kinds) {
		es->kind = v == 0 ? 0 : es->kinds[v - 1];
		es->sel = ID_KIND;
		es->sel_entry = 0;
	}
	if (tag != T_OPEN)
		return;
	if (v != 1)
		screen_close(a, sc, v); /* not opened: nothing to show */
}

static void entries_free(struct screen *sc)
{
	struct entries *es = sc->data;
	drop(es);
	field_free(&es->q);
	free(es);
}

/* A click on a row: the list as drawn is built again for it, then only ids are kept. */
static void entries_click(struct app *a, struct screen *sc, int y, int x)
{
	(void)x;
	struct entries *es = sc->data;
	if (!dlink_diary(a->s) || es->typing)
		return;
	if (!es->built)
		build(a, es);
	list_click(a, sc, &es->l, y);
}

static const struct screen_ops entries_ops = {
        .name = "diary",
        .draw = entries_draw,
        .key = entries_key,
        .click = entries_click,
        .lock = screen_goes,
        .result = entries_result,
        .free = entries_free,
};

void diary_push(struct app *a)
{
	if (!a->s->dl)
		return;
	struct entries *es = xcalloc(1, sizeof *es);
	field_init(&es->q, 0);
	es->sel = ID_NEW;
	struct app_keyhelp kl[] = {
	        {"Up/Down", _("move")},
	        /* TRANSLATORS: a key hint in the footer, after "Enter", as in
	           "Enter open": opens the highlighted entry. Keep it short. */
	        {"Enter", _("open")},
	        /* TRANSLATORS: a key hint in the Diary's footer, after "n", as in
	           "n new": writes a new entry. Keep it short. */
	        {"n", _("new")},
	        /* TRANSLATORS: a key hint in the Diary's footer, after "/", as in
	           "/ search": looks for words in the entries. Keep it short. */
	        {"/", _("search")},
	        /* TRANSLATORS: a key hint in the Diary's footer, after "f", as in
	           "f show a kind": shows one kind of entry only. Keep it short. */
	        {"f", _("show a kind")},
	        /* TRANSLATORS: a key hint in the Diary's footer, after "p", as in
	           "p patterns": opens charts of the diary's records. Keep it
	           short. */
	        {"p", _("patterns")},
	        /* TRANSLATORS: a key hint in the Diary's footer, after "l", as in
	           "l lock": locks the diary. Keep it short. */
	        {"l", _("lock")},
	        /* TRANSLATORS: a key hint in the footer, after "d", as in
	           "d delete": deletes the entry (asking first). Keep it short. */
	        {"d", _("delete")},
	        {"Esc", _("back")},
	};
	struct app_keyhelp ks[] = {
	        /* TRANSLATORS: a key hint in the footer while the person types a
	           search in the Diary: "Enter done" ends the search. Keep it short. */
	        {"Enter", _("done")},
	        {"Up/Down", _("move")},
	        /* TRANSLATORS: a key hint in the footer while the person types a
	           search in the Diary: "Esc clear" empties the search. Keep it
	           short. */
	        {"Esc", _("clear")},
	};
	memcpy(es->keys_list, kl, sizeof kl);
	memcpy(es->keys_search, ks, sizeof ks);
	struct screen *sc = screen_new(&entries_ops, es);
	set_mode(sc, es, 0);
	/* The entries screen first: it hears whether the diary opened, and shows it. */
	screen_push(a, sc, 0);
	diary_open_push(a, DIARY_EITHER, NULL, T_OPEN);
}
