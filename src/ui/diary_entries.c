/*
 * diary_entries.c: the diary's main screen. Newest first, each entry with
 * its date, kind and first line; open one to read it, edit a journal entry,
 * delete with a confirmation, search as you type, see patterns, lock.
 *
 * Entry pointers are fetched again after every key: a lock (by the idle
 * clock, inside app_key) frees them, and the screen then returns at once.
 */
#include "config.h"

#include <curses.h>
#include <sodium.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "diary/export.h"
#include "ui/choice.h"
#include "session/diary_link.h"
#include "ui/diary_screens.h"
#include "ui/draw.h"
#include "ui/field.h"
#include "ui/list.h"
#include "ui/pager.h"
#include "ui/screens.h"
#include "ui/theme.h"
#include "util/buf.h"
#include "util/gettext.h"
#include "util/xalloc.h"

/* Menu items above the entries (entries use their index in the list shown). */
enum { ID_NEW = 1000000, ID_SEARCH, ID_CHARTS, ID_LOCK };

/* Summaries are cut here (the list cuts them again to the screen's width). */
#define SUMMARY_MAX 160

static const struct module *find_module(const struct app *a, const char *id)
{
	return id && a->s->lib ? library_find(a->s->lib, id) : NULL;
}

/* The first line of s, cut at max bytes on a character boundary (new string). */
static char *first_line(const char *s, size_t max)
{
	while (*s == '\n' || *s == ' ')
		s++;
	size_t n = strcspn(s, "\n");
	if (n > max) {
		n = max;
		while (n > 0 && ((unsigned char)s[n] & 0xC0) == 0x80)
			n--;
	}
	return xstrndup(s, n);
}

char *diary_entry_summary(const struct app *a, const struct entry *e)
{
	const struct module *m = find_module(a, e->module);
	const char *name = m ? m->title : e->module ? e->module : "";
	char *s;
	switch (e->kind) {
	case ENTRY_JOURNAL:
		return first_line(e->title && *e->title ? e->title
		                  : e->text             ? e->text
		                                        : "",
		                  SUMMARY_MAX);
	case ENTRY_RECORD:
		s = e->complete ? xstrdup(name) : xasprintf(_("%s (left part way)"), name);
		break;
	case ENTRY_SELFCHECK:
		s = e->band ? xasprintf(_("%s: %d, %s"), name, (int)e->score, e->band)
		            : xasprintf(_("%s: %d"), name, (int)e->score);
		break;
	case ENTRY_SAFETY_PLAN:
		s = xstrdup(_("My safety plan"));
		break;
	case ENTRY_HOMEWORK:
		s = xasprintf(_("%s, done"), name);
		break;
	default:
		s = xstrdup("");
		break;
	}
	char *cut = first_line(s, SUMMARY_MAX);
	free(s);
	return cut;
}

/* "2026-11-29 14:05" in the entry's own local time. */
static void when(const struct entry *e, char out[32])
{
	char iso[32];
	entry_time_format(e->created, iso);
	snprintf(out, 32, "%.10s %.5s", iso, iso + 11);
}

/* The answer to a question, in words: option labels, a scale with its range. */
static char *answer_words(const struct step *s, const char *v)
{
	if (!s)
		return xstrdup(v);
	struct buf b;
	buf_init(&b);
	if (s->type == STEP_SCALE) {
		buf_printf(&b, _("%s (from %d to %d)"), v, s->min, s->max);
	} else if (s->type == STEP_CHOICE || s->type == STEP_CHECKLIST) {
		for (size_t k = 0; k < s->n_options; k++) {
			if (!entry_value_has(v, s->options[k].id))
				continue;
			if (b.len)
				buf_puts(&b, "; ");
			buf_puts(&b, s->options[k].label);
		}
		if (!b.len)
			buf_puts(&b, v);
	} else {
		buf_puts(&b, v);
	}
	return buf_take(&b);
}

static void wipe_str(char *s)
{
	if (s) {
		sodium_memzero(s, strlen(s));
		free(s);
	}
}

/* The entry laid out for reading; user text is shown as written, never as markup. */
static void entry_doc(struct markup_doc *d, const struct app *a, const struct entry *e, int w)
{
	char at[32];
	when(e, at);
	char *head = xasprintf("%s  %s", at, export_kind_label(e->kind));
	markup_text(d, head, w, 0, MARKUP_DIM);
	free(head);
	if (e->edited.epoch != e->created.epoch) {
		char ed[32];
		entry_time_format(e->edited, ed);
		char *c = xasprintf(_("Changed %.10s %.5s"), ed, ed + 11);
		markup_text(d, c, w, 0, MARKUP_DIM);
		free(c);
	}
	markup_blank(d);
	const struct module *m = find_module(a, e->module);
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
		markup_text(d, e->complete ? _("Finished.") : _("Left part way."), w, 0,
		            MARKUP_DIM);
		for (size_t i = 0; i < e->n_answers; i++) {
			const struct step *s = m ? module_step(m, e->answers[i].question) : NULL;
			const char *q = s && s->prompt  ? s->prompt
			                : s && s->title ? s->title
			                                : e->answers[i].question;
			markup_blank(d);
			markup_text(d, q, w, 0, MARKUP_STRONG);
			char *words = answer_words(s, e->answers[i].value);
			markup_text(d, words, w, 2, 0);
			wipe_str(words);
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
		break;
	case ENTRY_HOMEWORK: {
		markup_text(d, name, w, 0, MARKUP_HEADING);
		char *t = xasprintf(_("Homework done on %s."), e->date);
		markup_text(d, t, w, 0, 0);
		free(t);
		break;
	}
	default:
		break;
	}
}

/* The module progress that a deleted record fed: it goes too, so nothing resumes from it. */
static void forget_record(struct app *a, uint64_t id)
{
	for (size_t i = 0; i < a->s->lib->n; i++) {
		if (a->s->prog[i].record != id)
			continue;
		progress_restart(&a->s->prog[i]);
		if (a->s->last_module == (int)i)
			a->s->last_module = -1;
	}
}

/* Asks, then deletes; 1 when deleted. */
static int delete_entry(struct app *a, uint64_t id)
{
	const struct entry *e = dlink_diary(a->s) ? diary_get(dlink_diary(a->s), id) : NULL;
	if (!e)
		return 0;
	char *sum = diary_entry_summary(a, e);
	const char *opts[] = {_("Keep it"), _("Delete it")};
	int c = choice_run(a, _("Delete this entry?"),
	                   _("It is removed from your diary and from its backup. This cannot be "
	                     "undone."),
	                   sum, opts, 2);
	wipe_str(sum);
	struct diary *d = dlink_diary(a->s);
	if (c != 1 || !d)
		return 0;
	struct diary_error err;
	if (diary_delete(d, id, &err) < 0)
		return 0;
	forget_record(a, id);
	diary_save_run(a);
	dlink_set_note(a->s, _("The entry was deleted."));
	return 1;
}

/* Reads one entry; e edits a journal entry, d deletes. Returns when done. */
static void view(struct app *a, uint64_t id)
{
	size_t top = 0;
	for (;;) {
		struct diary *d = dlink_diary(a->s);
		const struct entry *e = d ? diary_get(d, id) : NULL;
		if (!e)
			return;
		struct app_keyhelp keys[4];
		size_t nk = 0;
		keys[nk++] = (struct app_keyhelp){"Up/Down", _("scroll")};
		if (e->kind == ENTRY_JOURNAL)
			keys[nk++] = (struct app_keyhelp){"e", _("edit")};
		keys[nk++] = (struct app_keyhelp){"d", _("delete")};
		keys[nk++] = (struct app_keyhelp){"Esc", _("back")};
		app_set_keys(a, keys, nk);
		curs_set(0);
		draw_frame(_("Diary"), export_kind_label(e->kind));
		struct area ar = draw_body();
		struct markup_doc doc;
		markup_init(&doc);
		entry_doc(&doc, a, e, ar.w);
		top = draw_doc(&ar, &doc, top);
		size_t n = doc.n;
		markup_wipe(&doc);
		draw_footer(a, keys, nk);
		int journal = e->kind == ENTRY_JOURNAL;
		wint_t ch;
		enum app_event ev = app_key(a, &ch);
		if (ev == EV_QUIT || !dlink_diary(a->s))
			return;
		if (pager_read_key(&top, n, ar.h, ev, ch))
			continue;
		if (ev == EV_CHAR && ch == 'e' && journal) {
			diary_write_run(a, id);
		} else if (ev == EV_CHAR && ch == 'd') {
			if (delete_entry(a, id))
				return;
		} else if (app_is_back(ev, ch) || app_is_enter(ev, ch)) {
			return;
		}
		if (a->quit || a->to_home)
			return;
	}
}

/* Fills the list: the actions, then the entries shown (matching the search when there is one). */
static void build(struct app *a, struct list *l, const struct entry_list *el, const char *query)
{
	list_add(l, _("Write a new entry"), NULL, ID_NEW);
	list_add(l, query ? _("Search: Esc clears") : _("Search"), NULL, ID_SEARCH);
	list_add(l, _("Patterns"), _("charts of your records"), ID_CHARTS);
	list_add(l, _("Lock the diary"), NULL, ID_LOCK);
	list_heading(l, NULL);
	char *head;
	if (query)
		head = xasprintf(_("Entries containing the search: %zu"), el->n);
	else if (el->n == 0)
		head = xstrdup(_("No entries yet."));
	else
		head = xstrdup(_("Entries, newest first"));
	list_heading(l, head);
	free(head);
	for (size_t k = 0; k < el->n; k++) {
		char at[32];
		when(el->v[k], at);
		char *sum = diary_entry_summary(a, el->v[k]);
		char *label = xasprintf("%s  %s", at, sum);
		list_add(l, label, export_kind_label(el->v[k]->kind), (int)k);
		wipe_str(label);
		wipe_str(sum);
	}
}

/* The entries screen; returns when the person goes back, or the diary locked. */
static void entries(struct app *a)
{
	struct field q;
	field_init(&q, 0);
	int typing = 0;   /* the search field has the keyboard */
	int searched = 0; /* a search is applied */
	int sel = ID_NEW;
	uint64_t sel_entry = 0;
	const char *note_shown = NULL;
	int saved_typing = a->typing;
	for (;;) {
		struct diary *d = dlink_diary(a->s);
		if (!d)
			break;
		struct entry_list el =
		        searched || typing ? diary_search(d, q.text) : diary_select(d, 0, NULL);
		struct list l;
		memset(&l, 0, sizeof l);
		build(a, &l, &el, searched || typing ? q.text : NULL);
		if (sel_entry) {
			for (size_t k = 0; k < el.n; k++)
				if (el.v[k]->id == sel_entry)
					sel = (int)k;
		}
		list_select_id(&l, sel);

		struct app_keyhelp keys_list[] = {
		        {"Up/Down", _("move")}, {"Enter", _("open")}, {"n", _("new")},
		        {"/", _("search")},     {"p", _("patterns")}, {"l", _("lock")},
		        {"d", _("delete")},     {"Esc", _("back")},
		};
		struct app_keyhelp keys_search[] = {
		        {"Enter", _("done")},
		        {"Up/Down", _("move")},
		        {"Esc", _("clear")},
		};
		const struct app_keyhelp *keys = typing ? keys_search : keys_list;
		size_t nk = typing ? 3 : 8;
		a->typing = typing;
		app_set_keys(a, keys, nk);
		curs_set(0);
		size_t count = diary_count(d);
		char *right = xasprintf(ngettext("%zu entry", "%zu entries", count), count);
		draw_frame(_("Diary"), right);
		free(right);
		struct area ar = draw_body();
		struct area la = ar;
		const char *note = dlink_note(a->s);
		if (note && ar.h >= 8) {
			struct markup_doc nd;
			markup_init(&nd);
			markup_text(&nd, note, ar.w, 0, MARKUP_ACCENT);
			int h = (int)nd.n < ar.h / 3 ? (int)nd.n : ar.h / 3;
			draw_doc(&(struct area){ar.y, ar.x, h, ar.w}, &nd, 0);
			markup_free(&nd);
			la.y += h + 1;
			la.h -= h + 1;
			note_shown = note;
		}
		if (typing || searched) {
			field_draw(&q, la.y, la.x, la.w, _("Search:"), a->utf8);
			la.y += 2;
			la.h -= 2;
		}
		list_draw(&l, &la);
		draw_footer(a, keys, nk);
		if (typing) {
			curs_set(1);
			field_draw(&q, la.y - 2, la.x, la.w, _("Search:"), a->utf8);
		}
		wint_t ch;
		enum app_event ev = app_key(a, &ch);
		int moved = typing && ev == EV_CHAR ? 0 : list_key(&l, ev, ch, la.h);
		sel = list_selected(&l);
		sel_entry = sel >= 0 && sel < ID_NEW && (size_t)sel < el.n ? el.v[sel]->id : 0;
		list_wipe(&l);
		diary_list_free(&el);
		if (ev == EV_QUIT || !dlink_diary(a->s))
			break;
		if (note_shown && (ev == EV_CHAR || ev == EV_KEY)) {
			dlink_set_note(a->s, NULL);
			note_shown = NULL;
		}
		if (moved)
			continue;
		int enter = (ev == EV_CHAR && (ch == '\r' || ch == '\n')) ||
		            (ev == EV_KEY && (ch == KEY_ENTER || (!typing && ch == KEY_RIGHT)));
		if (typing) {
			if (field_key(&q, ev, ch))
				continue;
			if (enter) {
				typing = 0;
				searched = q.len > 0;
				sel = 0; /* the first entry found, when there is one */
				sel_entry = 0;
			} else if (ev == EV_CHAR && ch == 27) {
				typing = searched = 0;
				field_clear(&q);
			}
			continue;
		}
		if (ev == EV_CHAR && ch == ' ')
			enter = 1;
		int action = enter ? sel : -1;
		if (ev == EV_CHAR && ch == 'n')
			action = ID_NEW;
		else if (ev == EV_CHAR && ch == '/')
			action = ID_SEARCH;
		else if (ev == EV_CHAR && ch == 'p')
			action = ID_CHARTS;
		else if (ev == EV_CHAR && ch == 'l')
			action = ID_LOCK;
		else if (ev == EV_CHAR && ch == 'd' && sel_entry)
			delete_entry(a, sel_entry);
		else if (ev == EV_CHAR && ch == 27 && searched) {
			searched = 0;
			field_clear(&q);
			continue;
		} else if (app_is_back(ev, ch))
			break;
		switch (action) {
		case -1:
			break;
		case ID_NEW:
			diary_write_run(a, 0);
			sel = ID_NEW;
			sel_entry = 0;
			break;
		case ID_SEARCH:
			typing = 1;
			if (searched) {
				field_clear(&q);
				searched = 0;
			}
			break;
		case ID_CHARTS:
			diary_charts_run(a);
			break;
		case ID_LOCK:
			a->to_home |= dlink_lock(a->s, 0);
			break;
		default:
			if (sel_entry)
				view(a, sel_entry);
			break;
		}
		if (a->quit || a->to_home)
			break;
	}
	a->typing = saved_typing;
	field_free(&q);
}

void diary_run(struct app *a)
{
	if (!a->s->dl)
		return;
	if (!diary_open_run(a, NULL))
		return;
	if (a->quit || a->to_home)
		return;
	dlink_in_screens(a->s, 1);
	entries(a);
	dlink_in_screens(a->s, -1);
}
