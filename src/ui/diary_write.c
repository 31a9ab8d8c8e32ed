/* SPDX-FileCopyrightText: 2026 The steady authors */
/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * diary_write.c: writing a journal entry in the built-in editor (never an
 * external one, which would put the text in a temporary file). A first
 * line starting with "# " is the entry's title, by the one rule of every
 * front end and `steady diary add` (session/journal.h). The text is saved
 * on Ctrl-S or when leaving; when the save fails the text stays in the
 * editor and in the diary's memory, to try again. Before the diary locks,
 * and when steady closes by any way out, what is not saved goes into the
 * diary as a draft (session/journal.h), offered back when it is next
 * opened.
 */
#include "config.h"

#include <curses.h>
#include <sodium.h>
#include <stdlib.h>
#include <string.h>

#include "session/diary_link.h"
#include "session/journal.h"
#include "session/progress.h"
#include "ui/diary_screens.h"
#include "ui/draw.h"
#include "ui/editor.h"
#include "ui/screen.h"
#include "ui/screens.h"
#include "ui/theme.h"
#include "util/buf.h"
#include "util/gettext.h"
#include "util/xalloc.h"

/* The writer's dialogs. */
enum {
	T_SAVE = 1, /* the save (diary_save_push) */
	T_LEAVE,    /* "Save this entry?" on Esc */
	T_NOT_SAVED /* the text could not go into the diary */
};

struct writer {
	struct answer text; /* the text being written (progress.h wipes as it grows) */
	struct editor ed;
	uint64_t id;    /* the entry, once it is in the diary; 0 before */
	uint64_t draft; /* the draft of it kept in the diary (journal.h), or 0 */
	char *original; /* the text as opened or last saved, to know whether it changed */
	int edit;       /* opened to edit an entry (the title says so) */
	int put;        /* the text went into the diary (saved or not) */
	int saved;      /* something was saved */
	int leaving;    /* the save was asked for on the way out */
	const char *note;
	struct area ea; /* the editor's area, as last drawn */
	struct app_keyhelp keys[7];
	size_t n_keys;
};

static int changed(const struct writer *w)
{
	const char *t = w->text.text ? w->text.text : "";
	return strcmp(t, w->original ? w->original : "") != 0;
}

/* Wipes and frees the text as opened or last saved. */
static void drop_original(struct writer *w)
{
	xfree_wiped(w->original);
	w->original = NULL;
}

/* Puts the text into the diary (in memory); 0, or -1 with err filled. */
static int put(struct app *a, struct writer *w, struct diary_error *err)
{
	const char *t = w->text.text ? w->text.text : "";
	if (journal_put(dlink_diary(a->s), &w->id, t, err) < 0)
		return -1;
	w->put = 1;
	return 0;
}

/* Ctrl-S, or leaving with changes: into the diary, then to disk (the answer under T_SAVE). */
static void save(struct app *a, struct writer *w)
{
	size_t from;
	if (!w->text.text || text_kept(w->text.text, w->text.len, &from) == 0) {
		w->note = _("Write something first, or press Esc to leave.");
		w->leaving = 0;
		return;
	}
	struct diary_error err;
	if (put(a, w, &err) < 0) {
		w->note = NULL;
		w->leaving = 0;
		/* TRANSLATORS: the only button of the box that says a diary entry
		   could not be saved: back to what the person was writing. */
		const char *back[] = {_("Back to the text")};
		/* TRANSLATORS: the title of a box shown when a diary entry could not
		   be saved; the reason follows. */
		screen_push(a, choice_new(_("Not saved"), NULL, err.msg, back, 1), T_NOT_SAVED);
		return;
	}
	/* Saved for real: a draft of it kept before goes in the same save. */
	if (journal_draft_done(dlink_diary(a->s), w->draft, &err) == 0)
		w->draft = 0;
	diary_save_push(a, T_SAVE);
}

static void leave(struct app *a, struct screen *sc)
{
	struct writer *w = sc->data;
	screen_close(a, sc, w->saved || w->put);
}

static void writer_draw(struct app *a, struct screen *sc)
{
	struct writer *w = sc->data;
	/* TRANSLATORS: the title of the writing screen when the person changes a
	   diary entry written before; "New entry" when writing a new one. */
	draw_frame(w->edit ? _("Edit entry") : _("New entry"), NULL);
	struct area ar = draw_body();
	const char *hint =
	        w->note ? w->note
	                : _("Write freely. A first line starting with '# ' is the title.");
	int hh = ar.h >= 6 ? 2 : 0;
	if (hh)
		draw_str(ar.y, ar.x, ar.w, hint, strlen(hint),
		         theme_attr(w->note ? THEME_ACCENT : THEME_DIM));
	w->ea = (struct area){ar.y + hh, ar.x, ar.h - hh, ar.w};
	draw_footer(a, w->keys, w->n_keys);
	if (w->ed.full) {
		const char *full = _("This entry is as long as it can be.");
		draw_str(w->ea.y + w->ea.h - 1, w->ea.x, w->ea.w, full, strlen(full),
		         theme_attr(THEME_ACCENT));
		w->ea.h--;
	}
	editor_draw(&w->ed, &w->text, &w->ea, _("Start writing here."));
}

static void writer_key(struct app *a, struct screen *sc, enum app_event ev, wint_t ch)
{
	struct writer *w = sc->data;
	if (ev == EV_CHAR && ch == 0x13) { /* Ctrl-S */
		w->leaving = 0;
		save(a, w);
	} else if (ev == EV_CHAR && ch == 27) {
		if (!changed(w) || w->text.len == 0) {
			leave(a, sc);
			return;
		}
		/* TRANSLATORS: the answers to "Save this entry?" when the person leaves
		   the writing screen: save the diary entry; go back to writing it; leave
		   and lose what was written. */
		const char *opts[] = {_("Save it"),
		                      /* TRANSLATORS: an answer to "Save this entry?": go
		                         back to writing. */
		                      _("Keep writing"),
		                      /* TRANSLATORS: an answer to "Save this entry?": what
		                         was written is lost. */
		                      _("Leave without saving")};
		screen_push(a, choice_new(_("Save this entry?"), NULL, NULL, opts, 3), T_LEAVE);
	} else if (ev == EV_CHAR && ch == '\t' && a->in_burst) {
		/* Pasted text: a Tab in it is text, not a key. */
		if (editor_insert(&w->ed, &w->text, ch))
			w->note = NULL;
	} else if (editor_key(&w->ed, &w->text, ev, ch, w->ea.w, w->ea.h)) {
		w->note = NULL;
	}
}

static void writer_result(struct app *a, struct screen *sc, int tag, int v)
{
	struct writer *w = sc->data;
	switch (tag) {
	case T_SAVE:
		if (v != 1) {
			w->leaving = 0;
			return;
		}
		/* Saved: what is on screen is now the original. */
		drop_original(w);
		w->original = xstrdup(w->text.text ? w->text.text : "");
		w->note = _("Saved.");
		w->saved = 1;
		if (w->leaving)
			leave(a, sc);
		break;
	case T_LEAVE:
		if (v == 0) {
			w->leaving = 1;
			save(a, w);
		} else if (v == 2) {
			/* Left without saving: a draft kept from before goes too. */
			struct diary_error err;
			journal_draft_done(dlink_diary(a->s), w->draft, &err);
			leave(a, sc);
		}
		break;
	default: /* T_NOT_SAVED: back to the text */
		break;
	}
}

/*
 * Before the diary locks or steady closes (by any way out): what is not
 * saved goes into the diary as a draft, offered back when it is next
 * opened; the lock or the closing saves it. Then this screen goes.
 */
static enum screen_lock writer_lock(struct app *a, struct screen *sc)
{
	struct writer *w = sc->data;
	struct diary_error err;
	size_t from;
	if (w->text.text && text_kept(w->text.text, w->text.len, &from) > 0 && changed(w) &&
	    journal_put_draft(dlink_diary(a->s), &w->draft, w->id, w->text.text, &err) == 0)
		dlink_saved_first(a->s);
	return SCREEN_GOES;
}

static void writer_free(struct screen *sc)
{
	struct writer *w = sc->data;
	if (w->text.text) {
		sodium_memzero(w->text.text, w->text.cap);
		free(w->text.text);
	}
	drop_original(w);
	editor_free(&w->ed);
	free(w);
}

static const struct screen_ops writer_ops = {
        .name = "diary-write",
        .draw = writer_draw,
        .key = writer_key,
        .lock = writer_lock,
        .result = writer_result,
        .free = writer_free,
};

/* The text to edit: an entry's title on the first line, then its text. */
static void fill(struct answer *an, const struct entry *e)
{
	struct buf b;
	buf_init(&b);
	if (e->title)
		buf_printf(&b, "# %s\n", e->title);
	buf_puts(&b, e->text ? e->text : "");
	answer_insert(an, 0, b.data ? b.data : "", b.len);
	if (b.data)
		sodium_memzero(b.data, b.cap);
	buf_free(&b);
}

/* The writer of entry id (0: a new one), opened on draft's text when there is one. */
static struct screen *writer_new(struct app *a, uint64_t id, const struct entry *draft)
{
	struct diary *d = dlink_diary(a->s);
	const struct entry *old = id ? diary_get(d, id) : NULL;
	struct writer *w = xcalloc(1, sizeof *w);
	if (old) {
		w->id = id;
		w->edit = 1;
		fill(&w->text, old);
	}
	w->original = xstrdup(w->text.text ? w->text.text : "");
	if (draft) {
		w->draft = draft->id;
		answer_delete(&w->text, 0, w->text.len);
		fill(&w->text, draft);
	}
	editor_start(&w->ed, &w->text);
	w->ea = draw_body();
	/* TRANSLATORS: a key hint in the footer of the writing screen, after "^S"
	   (Ctrl-S). Keep it short. */
	w->keys[0] = (struct app_keyhelp){"^S", _("save")};
	/* A diary entry is written in lines: Enter makes a new one, ^S and Esc go on. */
	/* TRANSLATORS: a key hint in the footer of a writing field, after "Enter" or
	   "^J", as in "Enter new line". Keep it short. */
	w->keys[1] = (struct app_keyhelp){"Enter", _("new line")};
	/* TRANSLATORS: a key hint in the footer of a writing field, after "Esc", as
	   in "Esc leave": leaves the writing screen (asking first whether to save).
	   Keep it short. */
	w->keys[2] = (struct app_keyhelp){"Esc", _("leave")};
	w->n_keys = 3 + editor_keys(&w->keys[3]);
	struct screen *sc = screen_new(&writer_ops, w);
	sc->typing = 1;
	screen_set_keys(sc, w->keys, w->n_keys);
	return sc;
}

void diary_write_push(struct app *a, uint64_t id, int tag)
{
	struct diary *d = dlink_diary(a->s);
	const struct entry *old = d && id ? diary_get(d, id) : NULL;
	if (!d || (id && (!old || old->kind != ENTRY_JOURNAL))) {
		screen_answer(a, tag, 0);
		return;
	}
	screen_push(a, writer_new(a, id, NULL), tag);
}

void diary_write_draft_push(struct app *a)
{
	uint64_t of;
	const struct entry *draft = journal_draft(dlink_diary(a->s), &of);
	if (draft)
		screen_push_free(a, writer_new(a, of, draft));
}
