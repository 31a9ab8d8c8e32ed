/* SPDX-FileCopyrightText: 2026 The steady authors */
/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * diary_unlock.c: setting up the diary, opening it with the passphrase,
 * and saving it. Passphrases are typed into guarded memory with nothing
 * shown but dots, and wiped as soon as the key derivation has used them.
 * Ctrl-Q works here as everywhere: the fields are wiped as the screens
 * close. What a passphrase must be, how the diary is made or opened, and
 * what is said about it are the session's (session/pass_rules.h,
 * session/unlock.h), as in plain mode.
 *
 * Opening is a flow screen that is never on top by itself: each of its
 * states has a dialog or a passphrase field above it, whose answer moves it
 * to the next state, or it closes with its own answer.
 */
#include "config.h"

#include <curses.h>
#include <stdlib.h>
#include <string.h>

#include "session/diary_link.h"
#include "session/journal.h"
#include "session/pass_rules.h"
#include "session/unlock.h"
#include "ui/diary_screens.h"
#include "ui/draw.h"
#include "ui/field.h"
#include "ui/screen.h"
#include "ui/screens.h"
#include "ui/theme.h"
#include "util/gettext.h"
#include "util/xalloc.h"

/*
 * The passphrase field: a screen of its own. Enter with something typed
 * hands the passphrase to the caller's field (out) and closes with 1; Esc
 * closes with -1. What it holds is wiped when it closes.
 */
struct ask {
	const char *title, *label; /* translated literals */
	char *text, *note;
	const char *hint; /* a translated literal, or NULL */
	struct field f;
	struct field *out;
	struct app_keyhelp keys[2];
};

static void ask_draw(struct app *a, struct screen *sc)
{
	struct ask *k = sc->data;
	draw_frame(k->title, NULL);
	struct area ar = draw_body();
	struct markup_doc d;
	markup_init(&d);
	markup_render(&d, k->text, ar.w, app_bullet(a));
	if (k->note || k->hint) {
		markup_blank(&d);
		markup_text(&d, k->hint ? k->hint : k->note, ar.w, 0, MARKUP_ACCENT);
	}
	/* The field always shows: the text gives way when the screen is small. */
	int th = ar.h - 2 > 0 ? ar.h - 2 : 0;
	if ((int)d.n < th)
		th = (int)d.n;
	draw_doc(&(struct area){ar.y, ar.x, th, ar.w}, &d, 0);
	markup_free(&d);
	draw_footer(a, k->keys, 2);
	field_draw(&k->f, ar.y + th + (th > 0 ? 1 : 0), ar.x, ar.w, k->label, a->utf8);
}

static void ask_key(struct app *a, struct screen *sc, enum app_event ev, wint_t ch)
{
	struct ask *k = sc->data;
	if (field_key(&k->f, ev, ch)) {
		k->hint = k->f.full ? _("That is as long as a passphrase can be.") : NULL;
		return;
	}
	if (app_is_enter(ev, ch)) {
		if (k->f.len == 0) {
			k->hint = _("Type the passphrase first.");
			return;
		}
		/* The caller's field takes the text; this one takes its empty buffer. */
		struct field t = *k->out;
		*k->out = k->f;
		k->f = t;
		screen_close(a, sc, 1);
	} else if (ev == EV_CHAR && ch == 27) {
		screen_close(a, sc, -1);
	}
}

static void ask_free(struct screen *sc)
{
	struct ask *k = sc->data;
	field_free(&k->f);
	free(k->text);
	free(k->note);
	free(k);
}

static const struct screen_ops ask_ops = {
        .name = "passphrase",
        .draw = ask_draw,
        .key = ask_key,
        .free = ask_free,
};

/* Asks for a passphrase into out (an empty field); the caller hears 1 with it there, or -1. */
static void ask_push(struct app *a, int tag, const char *title, const char *text, const char *note,
                     const char *label, struct field *out)
{
	struct ask *k = xcalloc(1, sizeof *k);
	k->title = title;
	k->label = label;
	k->text = xstrdup(text);
	k->note = note ? xstrdup(note) : NULL;
	field_init(&k->f, 1);
	k->out = out;
	/* TRANSLATORS: a key hint in the footer of the passphrase screens, after
	   "Enter". Keep it short. */
	k->keys[0] = (struct app_keyhelp){"Enter", _("continue")};
	k->keys[1] = (struct app_keyhelp){"Esc", _("back")};
	struct screen *sc = screen_new(&ask_ops, k);
	sc->typing = 1; /* letters are the passphrase, even "h" and "?" */
	screen_set_keys(sc, k->keys, 2);
	screen_push(a, sc, tag);
}

/* Shows a line while the key derivation works (about a second); it blocks, so draw now. */
static void working(const char *title, const char *msg)
{
	draw_frame(title, NULL);
	struct area ar = draw_body();
	draw_str(ar.y, ar.x, ar.w, msg, strlen(msg), theme_attr(THEME_DIM));
	move(ar.y, ar.x); /* a screen reader reads the message */
	refresh();
}

/* A flow screen's own draw: only seen for a moment, if ever (its dialogs are on top). */
static void flow_draw(struct app *a, struct screen *sc)
{
	(void)sc;
	/* TRANSLATORS: the title of the screens that set up or unlock the diary. */
	draw_frame(_("Your diary"), NULL);
	draw_footer(a, NULL, 0);
}

static void flow_key(struct app *a, struct screen *sc, enum app_event ev, wint_t ch)
{
	if (app_is_back(ev, ch))
		screen_close(a, sc, -1);
}

/* The children of the opening flow. */
enum {
	T_NO_HOME = 1, /* "there is no home folder" */
	T_EXPLAIN,     /* "A private diary": set one up, or not now */
	T_PASS,        /* choose a passphrase */
	T_SHORT,       /* the short-passphrase warning */
	T_AGAIN,       /* the passphrase again */
	T_MADE_ERR,    /* the diary could not be made: try again? */
	T_UNLOCK,      /* the passphrase to unlock */
	T_DAMAGED,     /* what to do about a damaged diary */
	T_OPEN_ERR,    /* the diary could not be opened: try again? */
	T_DRAFT,       /* a draft was kept: go on writing it? */
};

struct opener {
	const char *mismatch; /* the note over the first passphrase (a mismatch), or NULL */
	char *unlock_text;    /* the unlock field's text, intro first */
	char *note;           /* the unlock field's note (a wrong passphrase, a lock) */
	struct field pass, again;
};

static void push_choice(struct app *a, int tag, const char *title, const char *markup,
                        const char *note, const char *const *opts, size_t n)
{
	screen_push(a, choice_new(title, markup, note, opts, n), tag);
}

static void no_home(struct app *a)
{
	/* TRANSLATORS: the only button of a box that explains a problem: it closes
	   the box and goes back. */
	const char *back[] = {_("Back")};
	push_choice(a, T_NO_HOME, _("Your diary"), NULL, unlock_no_home(), back, 1);
}

static void choose_first(struct app *a, struct opener *o)
{
	field_clear(&o->pass);
	field_clear(&o->again);
	ask_push(a, T_PASS, _("Choose a passphrase"),
	         _("Type a passphrase for your diary. Only dots show as you type.\n\n"
	           "A few unrelated words are easy to remember and hard to guess. Nobody "
	           "can recover the diary if the passphrase is forgotten."),
	         /* TRANSLATORS: the label before the field where the person types
	            the passphrase. Keep it short. */
	         o->mismatch, _("Passphrase:"), &o->pass);
}

static void choose_again(struct app *a, struct opener *o)
{
	field_clear(&o->again);
	ask_push(a, T_AGAIN, _("Choose a passphrase"), _("Type the same passphrase again."), NULL,
	         /* TRANSLATORS: the label before the field where the person types
	            the passphrase a second time, to be sure it is the same. Keep it
	            short. */
	         _("Again:"), &o->again);
}

static void short_warning(struct app *a, struct opener *o)
{
	char *msg = pass_rules_short_text(pass_rules_chars(o->pass.text, o->pass.len));
	/* TRANSLATORS: the first answer to "A short passphrase": go back and type
	   a longer passphrase. */
	const char *opts[] = {_("Choose a longer one"),
	                      /* TRANSLATORS: the second answer to "A short
	                         passphrase": keep the short passphrase. */
	                      _("Use it anyway")};
	push_choice(a, T_SHORT, _("A short passphrase"), msg, NULL, opts, 2);
	free(msg);
}

/* Both passphrases match: make the diary. */
static void create(struct app *a, struct screen *sc)
{
	struct opener *o = sc->data;
	working(_("A private diary"), _("Setting up your diary..."));
	struct diary_error err;
	int rc = unlock_setup(a->s, o->pass.text, o->pass.len, &err);
	field_clear(&o->pass);
	field_clear(&o->again);
	if (rc == 0) {
		screen_close(a, sc, 1);
		return;
	}
	/* TRANSLATORS: a button after the diary could not be set up, opened or
	   saved: try the same thing once more. */
	const char *again[] = {_("Try again"), _("Not now")};
	push_choice(a, T_MADE_ERR, _("A private diary"), NULL, err.msg, again, 2);
}

static void setup_start(struct app *a, const char *intro)
{
	if (!dlink_dir(a->s)) {
		no_home(a);
		return;
	}
	dlink_set_offered(a->s);
	char *text = unlock_setup_text(a->s, intro);
	const char *opts[] = {_("Set up a diary"), _("Not now")};
	push_choice(a, T_EXPLAIN, _("A private diary"), text, NULL, opts, 2);
	free(text);
}

static void unlock_ask(struct app *a, struct opener *o)
{
	field_clear(&o->pass);
	ask_push(a, T_UNLOCK, _("Unlock your diary"), o->unlock_text, o->note, _("Passphrase:"),
	         &o->pass);
}

/* What to do about a damaged diary: the message, the backup, and the steps. */
static void damaged(struct app *a, const struct diary_error *err)
{
	char *what = unlock_damaged_advice(a->s);
	char *full = xasprintf("%s\n\n%s", err->msg, what);
	const char *back[] = {_("Back")};
	push_choice(a, T_DAMAGED, _("Your diary could not be opened"), full, NULL, back, 1);
	free(full);
	free(what);
}

/* A passphrase was typed: open the diary with it. */
static void try_unlock(struct app *a, struct screen *sc)
{
	struct opener *o = sc->data;
	working(_("Unlock your diary"), _("Opening your diary..."));
	struct diary_error err;
	int rc = unlock_open(a->s, o->pass.text, o->pass.len, &err);
	field_clear(&o->pass);
	uint64_t of;
	if (rc == 0 && journal_draft(dlink_diary(a->s), &of)) {
		/* What was being written when steady closed is offered back first. */
		const char *title, *opts[2];
		const char *why = journal_draft_offer(&title, opts);
		push_choice(a, T_DRAFT, title, why, NULL, opts, 2);
		return;
	}
	if (rc == 0) {
		screen_close(a, sc, 1);
		return;
	}
	free(o->note);
	o->note = NULL;
	if (err.status == DIARY_ERR_PASSPHRASE) {
		o->note = xstrdup(err.msg);
		unlock_ask(a, o);
	} else if (err.status == DIARY_ERR_CORRUPT) {
		damaged(a, &err);
	} else {
		const char *again[] = {_("Try again"), _("Back")};
		push_choice(a, T_OPEN_ERR, _("Your diary could not be opened"), NULL, err.msg,
		            again, 2);
	}
}

static void unlock_start(struct app *a, struct opener *o, const char *intro)
{
	if (!dlink_handle(a->s) && !dlink_dir(a->s)) {
		no_home(a);
		return;
	}
	o->unlock_text = unlock_open_text(intro);
	o->note = dlink_note(a->s) ? xstrdup(dlink_note(a->s)) : NULL;
	unlock_ask(a, o);
}

static void opener_result(struct app *a, struct screen *sc, int tag, int v)
{
	struct opener *o = sc->data;
	switch (tag) {
	case T_EXPLAIN:
		if (v == 0) {
			o->mismatch = NULL;
			choose_first(a, o);
		} else {
			screen_close(a, sc, v < 0 ? -1 : 0);
		}
		break;
	case T_PASS:
		if (v != 1)
			screen_close(a, sc, -1);
		else if (pass_rules_short(o->pass.text, o->pass.len))
			short_warning(a, o);
		else
			choose_again(a, o);
		break;
	case T_SHORT:
		if (v == 1) {
			choose_again(a, o);
		} else {
			o->mismatch = NULL;
			choose_first(a, o);
		}
		break;
	case T_AGAIN:
		if (v == 1 &&
		    pass_rules_same(o->pass.text, o->pass.len, o->again.text, o->again.len)) {
			create(a, sc);
			break;
		}
		o->mismatch = v == 1 ? _("The two passphrases were not the same. Please type it "
		                         "again.")
		                     : NULL;
		choose_first(a, o);
		break;
	case T_MADE_ERR:
		if (v == 0) {
			o->mismatch = NULL;
			choose_first(a, o);
		} else {
			screen_close(a, sc, 0);
		}
		break;
	case T_UNLOCK:
		if (v == 1)
			try_unlock(a, sc);
		else
			screen_close(a, sc, -1);
		break;
	case T_OPEN_ERR:
		if (v == 0)
			unlock_ask(a, o);
		else
			screen_close(a, sc, 0);
		break;
	case T_DRAFT: /* open either way; the writer comes on top of what asked for the diary */
		screen_close(a, sc, 1);
		if (v == 0 && dlink_diary(a->s))
			diary_write_draft_push(a);
		break;
	default: /* T_NO_HOME, T_DAMAGED */
		screen_close(a, sc, 0);
		break;
	}
}

static void opener_free(struct screen *sc)
{
	struct opener *o = sc->data;
	field_free(&o->pass);
	field_free(&o->again);
	free(o->unlock_text);
	free(o->note);
	free(o);
}

static const struct screen_ops opener_ops = {
        .name = "diary-open",
        .draw = flow_draw,
        .key = flow_key,
        .result = opener_result,
        .free = opener_free,
};

void diary_open_push(struct app *a, enum diary_way way, const char *intro, int tag)
{
	if (!a->s->dl) {
		screen_answer(a, tag, 0);
		return;
	}
	if (dlink_diary(a->s)) {
		screen_answer(a, tag, 1);
		return;
	}
	if (way == DIARY_EITHER)
		way = dlink_handle(a->s) || dlink_exists(a->s) ? DIARY_UNLOCK : DIARY_SETUP;
	struct opener *o = xcalloc(1, sizeof *o);
	field_init(&o->pass, 1);
	field_init(&o->again, 1);
	screen_push(a, screen_new(&opener_ops, o), tag);
	if (way == DIARY_SETUP)
		setup_start(a, intro);
	else
		unlock_start(a, o, intro);
}

/* Saving, with "Not saved yet" to try again. */
enum { T_RETRY = 1 };

static void retry_push(struct app *a, const struct diary_error *err)
{
	const char *opts[] = {_("Try again"), _("Not now")};
	push_choice(a, T_RETRY, _("Not saved yet"),
	            _("Nothing is lost: what you wrote stays in memory while steady is "
	              "open, and steady tries again at the next save."),
	            err->msg, opts, 2);
}

static void saver_result(struct app *a, struct screen *sc, int tag, int v)
{
	(void)tag;
	struct diary_error err;
	if (v != 0) {
		screen_close(a, sc, 0);
	} else if (dlink_save(a->s, &err) == 0) {
		screen_close(a, sc, 1);
	} else if (!dlink_diary(a->s)) {
		screen_close(a, sc, 0); /* locked meanwhile: the lock saved what it could */
	} else {
		retry_push(a, &err);
	}
}

static const struct screen_ops saver_ops = {
        .name = "diary-save",
        .draw = flow_draw,
        .key = flow_key,
        .result = saver_result,
};

void diary_save_push(struct app *a, int tag)
{
	struct diary_error err;
	if (dlink_save(a->s, &err) == 0) {
		screen_answer(a, tag, 1);
		return;
	}
	if (!dlink_diary(a->s)) {
		screen_answer(a, tag, 0);
		return;
	}
	screen_push(a, screen_new(&saver_ops, NULL), tag);
	retry_push(a, &err);
}
