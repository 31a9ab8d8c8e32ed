/* SPDX-FileCopyrightText: 2026 The steady authors */
/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * plain_diary.c: the diary in plain mode: write a new entry, read the
 * entries (newest first, a page at a time), edit a journal entry by
 * writing it anew, delete one after a confirmation that names it, search
 * them, Patterns, lock the diary.
 * Entries are held by id, never by pointer, across a prompt: the diary may
 * lock itself while a line is awaited, and a lock frees every entry.
 */
#include "config.h"

#include <sodium.h>
#include <stdlib.h>
#include <string.h>

#include "diary/export.h"
#include "diary/secbuf.h"
#include "plain/parts.h"
#include "plain/plain_ask.h"
#include "plain/plain_out.h"
#include "plain/plain_write.h"
#include "session/delete.h"
#include "session/diary_link.h"
#include "session/entry_words.h"
#include "session/journal.h"
#include "session/progress.h"
#include "session/plan.h"
#include "util/gettext.h"
#include "util/xalloc.h"

/* Entries listed at a time. */
#define PAGE 20

/* Lists the next page of entries, numbered from 1 for the newest; *shown counts them. */
static void page(struct plain *p, const uint64_t *ids, size_t n, size_t *shown)
{
	struct diary *d = dlink_diary(p->s);
	char day[16] = "";
	for (size_t i = *shown; d && i < n && i < *shown + PAGE; i++) {
		const struct entry *e = diary_get(d, ids[i]);
		if (!e)
			continue;
		/* By date: the day once, before its first entry on the page. */
		char on[16], at[8];
		entry_time_date(e->created, on);
		if (strcmp(on, day) != 0) {
			memcpy(day, on, sizeof day);
			plain_blank(p);
			plain_text(p, day, 0);
		}
		entry_words_clock(e, at);
		char *sum = entry_words_summary(p->s->lib, e);
		char *num = xasprintf("%zu. ", i + 1);
		char *label = xasprintf("%s  %s (%s)", at, sum, export_kind_label(e->kind));
		plain_item(p, num, label);
		secbuf_zfree_str(label);
		secbuf_zfree_str(sum);
		free(num);
	}
	*shown = *shown + PAGE < n ? *shown + PAGE : n;
}

/*
 * Takes a journal entry's text, to end with a line with only a dot, and
 * puts it in: a new entry when id is 0, else in place of entry id. With
 * draft (a draft kept before, session/journal.h), its text comes first and
 * what is typed goes on from it. A text left unfinished (the end of input,
 * a signal, a lock) is kept as a draft, offered back when the diary is next
 * opened; an unfinished rewrite never replaces what was there.
 */
static void compose(struct plain *p, uint64_t id, const struct entry *draft)
{
	struct answer text;
	memset(&text, 0, sizeof text);
	uint64_t draft_id = draft ? draft->id : 0;
	if (draft) {
		char *t = draft->title ? xasprintf("# %s\n%s", draft->title,
		                                   draft->text ? draft->text : "")
		                       : xstrdup(draft->text ? draft->text : "");
		answer_insert(&text, 0, t, strlen(t));
		xfree_wiped(t);
	}
	for (;;) {
		if (plain_ask(p, _("Write your entry"), ASK_BACK) != GOT_LINE)
			goto done;
		size_t len;
		plain_trimmed(p, &len);
		if (len > 0)
			break;
		plain_text(p, _("Write something first, or type back to leave."), 0);
	}
	plain_write_line(&text, p->line, p->len);
	int ended = plain_write_more(p, &text);
	struct diary *d = dlink_diary(p->s);
	struct diary_error err;
	size_t from;
	if (!ended || p->lock_due) {
		/* Unfinished: a draft, saved by the lock that is due or here. */
		if (text_kept(text.text ? text.text : "", text.len, &from) > 0 &&
		    journal_put_draft(d, &draft_id, id, text.text, &err) == 0) {
			if (p->lock_due)
				dlink_saved_first(p->s);
			else
				dlink_save(p->s, &err);
		}
	} else if (journal_put(d, &id, text.text ? text.text : "", &err) < 0) {
		plain_title(p, _("Not saved"));
		plain_text(p, err.msg, 0);
	} else {
		journal_draft_done(d, draft_id, &err); /* saved for real: the draft goes */
		if (plain_save(p)) {
			plain_blank(p);
			plain_text(p, _("Saved."), 0);
		}
	}
done:
	if (text.text) {
		sodium_memzero(text.text, text.cap);
		free(text.text);
	}
}

void plain_draft_offer(struct plain *p)
{
	uint64_t of;
	const struct entry *draft = journal_draft(dlink_diary(p->s), &of);
	if (!draft)
		return;
	const char *title, *opts[2];
	const char *why = journal_draft_offer(&title, opts);
	plain_title(p, title);
	if (plain_choice(p, NULL, why, opts, 2) != 0 || plain_leaving(p))
		return;
	plain_blank(p);
	plain_text(p, _("Your entry so far:"), 0);
	char *now = draft->title
	                    ? xasprintf("# %s\n%s", draft->title, draft->text ? draft->text : "")
	                    : xstrdup(draft->text ? draft->text : "");
	plain_text(p, now, 2);
	xfree_wiped(now);
	plain_blank(p);
	plain_text(p,
	           _("Go on writing: what you write comes after it. A line with only a dot (.) "
	             "ends it, and it is saved."),
	           0);
	compose(p, of, draft);
}

static void write_entry(struct plain *p)
{
	plain_title(p, _("New entry"));
	plain_blank(p);
	plain_text(p, _("Write freely. A first line starting with '# ' is the title."), 0);
	plain_text(p,
	           _("Your entry may take several lines. A line with only a dot (.) ends it, and "
	             "it is saved."),
	           0);
	compose(p, 0, NULL);
}

/* A journal entry written anew: its text as it is, then the new text in its place. */
static void edit_entry(struct plain *p, uint64_t id)
{
	struct diary *d = dlink_diary(p->s);
	const struct entry *e = d ? diary_get(d, id) : NULL;
	if (!e || e->kind != ENTRY_JOURNAL)
		return;
	plain_title(p, _("Edit this entry"));
	plain_blank(p);
	plain_text(p, _("This is the entry as it is now, its title on the first line:"), 0);
	plain_blank(p);
	char *now = e->title ? xasprintf("# %s\n%s", e->title, e->text ? e->text : "")
	                     : xstrdup(e->text ? e->text : "");
	plain_text(p, now, 2);
	sodium_memzero(now, strlen(now));
	free(now);
	plain_blank(p);
	plain_text(p,
	           _("Write the entry anew: what you write takes the place of this text. A first "
	             "line starting with '# ' is the title. A line with only a dot (.) ends it, "
	             "and it is saved. Type back to keep the entry as it is."),
	           0);
	compose(p, id, NULL);
}

/* Asks before deleting entry id, naming it; 1 when it was deleted. */
static int delete_asked(struct plain *p, uint64_t id)
{
	struct diary *d = dlink_diary(p->s);
	const struct entry *e = d ? diary_get(d, id) : NULL;
	if (!e)
		return 0;
	char at[32];
	entry_words_when(e, at);
	char *sum = entry_words_summary(p->s->lib, e);
	char *label = xasprintf("%s  %s (%s)", at, sum, export_kind_label(e->kind));
	plain_title(p, _("Delete this entry?"));
	plain_text(p, label, 2);
	secbuf_zfree_str(label);
	secbuf_zfree_str(sum);
	/* TRANSLATORS: the two answers to "Delete this entry?" (the diary entry):
	   "Keep it" leaves it as it is; "Delete it" removes it. */
	const char *opts[] = {_("Keep it"), _("Delete it")};
	int c = plain_choice(p, NULL,
	                     _("It is removed from your diary and from its backup. This cannot be "
	                       "undone."),
	                     opts, 2);
	if (c != 1 || plain_leaving(p))
		return 0;
	struct diary_error err;
	if (delete_entry(p->s, id, &err) < 0) {
		/* TRANSLATORS: a title in plain mode after the person chose not to
		   delete a diary entry, or its deletion failed. */
		plain_title(p, _("Not deleted"));
		plain_text(p, err.msg, 0);
		return 0;
	}
	if (plain_save(p)) {
		plain_blank(p);
		plain_text(p, _("The entry was deleted."), 0);
	}
	return 1;
}

/* Entry id read, then what may be done with it; 1 when the entries changed. */
static int read_entry(struct plain *p, uint64_t id)
{
	struct diary *d = dlink_diary(p->s);
	const struct entry *e = d ? diary_get(d, id) : NULL;
	if (!e)
		return 0;
	plain_entry_show(p, e);
	int journal = e->kind == ENTRY_JOURNAL;
	const char *labels[] = {_("Edit this entry"), _("Delete this entry")};
	const char *const *offer = journal ? labels : labels + 1;
	size_t n = journal ? 2 : 1;
	plain_blank(p);
	for (size_t i = 0; i < n; i++) {
		char *num = xasprintf("%zu. ", i + 1);
		plain_item(p, num, offer[i]);
		free(num);
	}
	char *hint =
	        n == 1 ? xstrdup(_("Type 1 to delete this entry, or press Enter for the list"))
	               /* TRANSLATORS: a prompt's hint in plain mode under a diary
	                  entry: %zu is the number of the last action offered, as in
	                  "Type a number from 1 to 2, or press Enter for the list". */
	               : xasprintf(_("Type a number from 1 to %zu, or press Enter for the list"),
	                           n);
	int changed = 0;
	for (;;) {
		if (plain_ask(p, hint, ASK_BACK) != GOT_LINE)
			break;
		size_t len;
		const char *t = plain_trimmed(p, &len);
		long v;
		if (len == 0)
			break;
		if (!plain_number(t, len, 1, (long)n, &v)) {
			plain_text(p, _("That is not one of the numbers."), 0);
			continue;
		}
		if (offer[v - 1] == labels[0]) {
			edit_entry(p, id);
			changed = 1;
		} else {
			changed = delete_asked(p, id);
			if (!changed && !plain_leaving(p))
				continue;
		}
		break;
	}
	free(hint);
	return changed;
}

/* The entries (all, or those containing query; of one kind, or 0 for all): a
 * page, then one to read at a time. */
static void entries(struct plain *p, const char *query, enum entry_kind kind)
{
	for (int again = 1; again && !plain_leaving(p);) {
		struct diary *d = dlink_diary(p->s);
		if (!d)
			return;
		again = 0;
		struct entry_list el = query ? diary_search(d, query) : diary_select(d, kind, NULL);
		entry_words_only(&el, kind);
		size_t n = el.n;
		uint64_t *ids = xcalloc(n ? n : 1, sizeof *ids);
		for (size_t i = 0; i < n; i++)
			ids[i] = el.v[i]->id;
		diary_list_free(&el);
		char *head =
		        /* TRANSLATORS: the heading above the diary entries in plain
		           mode: %zu is how many entries contain what the person
		           searched for, as in "Entries containing the search: 3". */
		        query ? xasprintf(_("Entries containing the search: %zu"), n)
		        /* TRANSLATORS: the heading above the diary entries: %s is a
		           kind of entry, such as "Journal" or "Self-check"; %zu is
		           how many there are, as in "Journal, newest first: 12". */
		        : kind   ? xasprintf(_("%s, newest first: %zu"), export_kind_label(kind), n)
		        : n == 0 ? xstrdup(_("No entries yet."))
		                 : xstrdup(_("Entries, newest first"));
		plain_title(p, head);
		free(head);
		size_t shown = 0;
		if (n > 0)
			page(p, ids, n, &shown);
		while (n > 0 && !again) {
			const char *hint = shown < n
			                           ? _("Type the number of an entry to read it, or "
			                               "press Enter for more")
			                           : _("Type the number of an entry to read it");
			if (plain_ask(p, hint, ASK_BACK) != GOT_LINE)
				break;
			size_t len;
			const char *t = plain_trimmed(p, &len);
			long v;
			if (len == 0) {
				if (shown < n)
					page(p, ids, n, &shown);
				else
					plain_text(p, _("Those are all the entries."), 0);
				continue;
			}
			if (!plain_number(t, len, 1, (long)shown, &v)) {
				plain_text(p, _("That is not one of the numbers."), 0);
				continue;
			}
			/* An edit or a deletion changes the list: it is read again. */
			again = read_entry(p, ids[v - 1]);
			if (plain_leaving(p))
				break;
		}
		free(ids);
	}
}

static void search(struct plain *p)
{
	/* TRANSLATORS: the title in plain mode where the person types words to find
	   in the diary's entries; also an entry of the Diary's menu. */
	plain_title(p, _("Search"));
	plain_blank(p);
	plain_text(p, _("Entries that contain what you type are listed; case does not matter."), 0);
	if (plain_ask(p, _("Type what to look for"), ASK_BACK) != GOT_LINE)
		return;
	size_t len;
	const char *t = plain_trimmed(p, &len);
	if (len == 0)
		return;
	/* What is searched for is as private as the entries: guarded, then wiped. */
	char *q = secbuf_strndup(t, len);
	entries(p, q, 0);
	secbuf_free(q);
}

/* One kind of entry: the kinds the diary holds, with how many of each, then their entries. */
static void by_kind(struct plain *p)
{
	struct diary *d = dlink_diary(p->s);
	enum entry_kind kinds[ENTRY__COUNT];
	size_t count[ENTRY__COUNT];
	size_t n = d ? entry_words_kinds(d, kinds, count) : 0;
	if (n == 0) {
		plain_text(p, _("No entries yet."), 0);
		return;
	}
	char *labels[ENTRY__COUNT];
	for (size_t i = 0; i < n; i++)
		labels[i] = xasprintf("%s (%zu)", export_kind_label(kinds[i]), count[i]);
	plain_title(p, _("Which entries?"));
	plain_blank(p);
	plain_text(p,
	           _("Choose the kind of entry to see. The list shows them by date, newest first."),
	           0);
	int c = plain_menu(p, (const char *const *)labels, NULL, n, ASK_BACK);
	for (size_t i = 0; i < n; i++)
		free(labels[i]);
	if (c >= 0 && !plain_leaving(p))
		entries(p, NULL, kinds[c]);
}

/* Writes the plan to a file once the person has read that it is not encrypted. */
static void plan_export_asked(struct plain *p)
{
	plain_title(p, _("Export your safety plan?"));
	plain_blank(p);
	plain_markup(p, plan_export_why());
	const char *opts[] = {_("Write the file"), _("Not now")};
	if (plain_menu(p, opts, NULL, 2, ASK_BACK) != 0 || plain_leaving(p))
		return;
	struct diary_error err;
	char *path = plan_export(p->s, &err);
	/* TRANSLATORS: %s is the file the safety plan was just written to, such as
	   /home/sam/steady-safety-plan.md. */
	char *msg = path ? xasprintf(_("Your safety plan is in %s."), path) : xstrdup(err.msg);
	plain_text(p, msg, 0);
	free(msg);
	free(path);
}

/* The safety plan: read it, change it in the module that made it, export it. */
static void safety_plan(struct plain *p)
{
	struct diary *d = dlink_diary(p->s);
	const struct entry *e = d ? diary_latest(d, ENTRY_SAFETY_PLAN, NULL) : NULL;
	const struct module *m = plan_module(p->s);
	if (!e) {
		plain_text(p, _("Your diary holds no safety plan yet."), 0);
		if (m) {
			/* TRANSLATORS: after "Your diary holds no safety plan yet.":
			   %s is the title of the module that makes a safety plan,
			   such as "My safety plan". */
			char *t = xasprintf(_("The module \"%s\" helps you write one."), m->title);
			plain_text(p, t, 0);
			free(t);
		}
		return;
	}
	plain_entry_show(p, e);
	/* TRANSLATORS: the choices under the safety plan in plain mode: change the
	   plan (in the module that made it), or write it to a file to print. */
	const char *labels[] = {_("Change it"),
	                        /* TRANSLATORS: a choice under the safety plan in
	                           plain mode: write it to a file to print. */
	                        _("Export it to a file")};
	const char *const *offer = m ? labels : labels + 1;
	int c = plain_menu(p, offer, NULL, m ? 2 : 1, ASK_BACK);
	if (c < 0 || plain_leaving(p))
		return;
	if (offer[c] == labels[1]) {
		plan_export_asked(p);
		return;
	}
	size_t step;
	int i = plan_edit_begin(p->s, &step);
	if (i >= 0)
		plain_play_run(p, (size_t)i, step);
}

static void menu(struct plain *p)
{
	for (;;) {
		struct diary *d = dlink_diary(p->s);
		if (!d)
			return;
		size_t count = diary_count(d);
		plain_title(p, _("Diary"));
		/* TRANSLATORS: how many entries the diary holds, under the Diary's
		   title and beside its menu, as in "12 entries". */
		char *n = xasprintf(ngettext("%zu entry", "%zu entries", count), count);
		plain_text(p, n, 0);
		free(n);
		if (dlink_note(p->s)) {
			plain_blank(p);
			plain_text(p, dlink_note(p->s), 0);
			dlink_set_note(p->s, NULL);
		}
		/* New items go before the lock, so the numbers people know stay. */
		const char *labels[] = {
		        _("Write a new entry"), _("Read your entries"),      _("Search"),
		        _("Patterns"),          _("Read one kind of entry"), _("Your safety plan"),
		        _("Lock the diary")};
		int c = plain_menu(p, labels, NULL, 7, ASK_BACK);
		if (c < 0)
			return;
		if (c == 0)
			write_entry(p);
		else if (c == 1)
			entries(p, NULL, 0);
		else if (c == 2)
			search(p);
		else if (c == 3)
			plain_patterns_run(p);
		else if (c == 4)
			by_kind(p);
		else if (c == 5)
			safety_plan(p);
		else {
			p->to_home = 1; /* Home locks it, once this part has let go */
			p->lock_due = 2;
		}
		if (plain_leaving(p))
			return;
	}
}

void plain_diary_run(struct plain *p)
{
	if (!p->s->dl)
		return; /* a preview keeps nothing */
	if (!plain_open_run(p, NULL) || plain_leaving(p))
		return;
	p->in_diary++;
	menu(p);
	p->in_diary--;
}
