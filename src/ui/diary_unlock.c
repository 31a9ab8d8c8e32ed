/*
 * diary_unlock.c: setting up the diary and opening it with the
 * passphrase. Passphrases are typed into guarded memory with nothing shown
 * but dots, and wiped as soon as the key derivation has used them. Ctrl-Q
 * works here as everywhere: the field is wiped on the way out.
 */
#include "config.h"

#include <curses.h>
#include <stdlib.h>
#include <string.h>

#include "diary/notice.h"
#include "ui/choice.h"
#include "session/diary_link.h"
#include "ui/diary_screens.h"
#include "ui/draw.h"
#include "ui/field.h"
#include "ui/theme.h"
#include "util/buf.h"
#include "util/gettext.h"
#include "util/xalloc.h"

/* Shorter passphrases get a warning (and may still be used): see doc/steady.1. */
#define PASS_GENTLE_MIN 8

/* Asks for a passphrase in f; 1 on Enter with something typed, 0 when going back or leaving. */
static int ask(struct app *a, const char *title, const char *text, const char *note,
               const char *label, struct field *f)
{
	struct app_keyhelp keys[] = {
	        {"Enter", _("continue")},
	        {"Esc", _("back")},
	};
	int saved_typing = a->typing;
	int result = 0;
	const char *hint = NULL;
	for (;;) {
		a->typing = 1; /* letters are the passphrase, even "h" and "?" */
		app_set_keys(a, keys, 2);
		draw_frame(title, NULL);
		struct area ar = draw_body();
		struct markup_doc d;
		markup_init(&d);
		markup_render(&d, text, ar.w, app_bullet(a));
		if (note || hint) {
			markup_blank(&d);
			markup_text(&d, hint ? hint : note, ar.w, 0, MARKUP_ACCENT);
		}
		/* The field always shows: the text gives way when the screen is small. */
		int th = ar.h - 2 > 0 ? ar.h - 2 : 0;
		if ((int)d.n < th)
			th = (int)d.n;
		draw_doc(&(struct area){ar.y, ar.x, th, ar.w}, &d, 0);
		markup_free(&d);
		draw_footer(a, keys, 2);
		curs_set(1);
		field_draw(f, ar.y + th + (th > 0 ? 1 : 0), ar.x, ar.w, label, a->utf8);
		wint_t ch;
		enum app_event ev = app_key(a, &ch);
		if (ev == EV_QUIT)
			break;
		if (field_key(f, ev, ch)) {
			hint = f->full ? _("That is as long as a passphrase can be.") : NULL;
			continue;
		}
		if (app_is_enter(ev, ch)) {
			if (f->len > 0) {
				result = 1;
				break;
			}
			hint = _("Type the passphrase first.");
		} else if (ev == EV_CHAR && ch == 27) {
			break;
		}
	}
	curs_set(0);
	a->typing = saved_typing;
	if (!result)
		field_clear(f);
	return result;
}

/* Shows a line while the key derivation works (about a second). */
static void working(const char *title, const char *msg)
{
	draw_frame(title, NULL);
	struct area ar = draw_body();
	draw_str(ar.y, ar.x, ar.w, msg, strlen(msg), theme_attr(THEME_DIM));
	refresh();
}

/* Chooses a passphrase (twice, with the gentle warning); 1 with it in f. */
static int choose(struct app *a, struct field *f)
{
	struct field again;
	field_init(&again, 1);
	const char *note = NULL;
	int result = 0;
	for (;;) {
		field_clear(f);
		field_clear(&again);
		if (!ask(a, _("Choose a passphrase"),
		         _("Type a passphrase for your diary. Only dots show as you type.\n\n"
		           "A few unrelated words are easy to remember and hard to guess. Nobody "
		           "can recover the diary if the passphrase is forgotten."),
		         note, _("Passphrase:"), f))
			break;
		size_t n = field_chars(f);
		if (n < PASS_GENTLE_MIN) {
			char *msg = xasprintf(_("This passphrase has only %zu characters. Short "
			                        "passphrases are easier to guess. Three or four "
			                        "unrelated words protect your diary much better."),
			                      n);
			const char *opts[] = {_("Choose a longer one"), _("Use it anyway")};
			int c = choice_run(a, _("A short passphrase"), msg, NULL, opts, 2);
			free(msg);
			if (a->quit || a->to_home)
				break;
			if (c != 1) {
				note = NULL;
				continue;
			}
		}
		if (!ask(a, _("Choose a passphrase"), _("Type the same passphrase again."), NULL,
		         _("Again:"), &again)) {
			if (a->quit || a->to_home)
				break;
			note = NULL;
			continue;
		}
		if (again.len == f->len && memcmp(again.text, f->text, f->len) == 0) {
			result = 1;
			break;
		}
		note = _("The two passphrases were not the same. Please type it again.");
	}
	field_free(&again);
	if (!result)
		field_clear(f);
	return result;
}

int diary_setup_run(struct app *a, const char *intro)
{
	const char *dir = dlink_dir(a->s);
	if (!dir) {
		const char *back[] = {_("Back")};
		choice_run(a, _("Your diary"), NULL,
		           _("There is no home folder, so steady has nowhere to keep a diary."),
		           back, 1);
		return 0;
	}
	dlink_set_offered(a->s);
	struct buf b;
	buf_init(&b);
	if (intro) {
		buf_puts(&b, intro);
		buf_puts(&b, "\n\n");
	}
	buf_puts(&b, notice_protection());
	buf_puts(&b, "\n\n");
	char *where = xasprintf(_("The diary will be kept in %s."), dir);
	buf_puts(&b, where);
	free(where);
	const char *opts[] = {_("Set up a diary"), _("Not now")};
	int c = choice_run(a, _("A private diary"), b.data, NULL, opts, 2);
	buf_free(&b);
	if (c != 0 || a->quit || a->to_home)
		return 0;

	struct field f;
	field_init(&f, 1);
	int made = 0;
	while (!made && choose(a, &f)) {
		working(_("A private diary"), _("Setting up your diary..."));
		struct diary_costs costs = diary_costs_default();
		struct diary *d = NULL;
		struct diary_error err;
		int rc = diary_create(dir, f.text, f.len, &costs, &d, &err);
		field_clear(&f);
		if (rc == 0) {
			dlink_attach(a->s, d);
			dlink_set_note(a->s, _("Your diary is ready. Only your passphrase opens it."));
			made = 1;
			break;
		}
		const char *again[] = {_("Try again"), _("Not now")};
		if (choice_run(a, _("A private diary"), NULL, err.msg, again, 2) != 0)
			break;
	}
	field_free(&f);
	return made;
}

/* What to do about a damaged diary: the message, the backup, and the steps. */
static void damaged(struct app *a, const struct diary_error *err)
{
	char *what = xasprintf(
	        _("What you can do: close steady. In the folder %s, rename the file 'diary' to "
	          "'diary.damaged' and the file 'diary.bak' to 'diary'. Then start steady again "
	          "and unlock it with the same passphrase. The backup holds your diary as it was "
	          "at an earlier save.\n\n"
	          "steady never writes over a damaged diary, so nothing more is lost while you "
	          "decide."),
	        dlink_dir(a->s));
	char *full = xasprintf("%s\n\n%s", err->msg, what);
	const char *back[] = {_("Back")};
	choice_run(a, _("Your diary could not be opened"), full, NULL, back, 1);
	free(full);
	free(what);
}

int diary_unlock_run(struct app *a, const char *intro)
{
	if (dlink_diary(a->s))
		return 1;
	struct buf b;
	buf_init(&b);
	if (intro) {
		buf_puts(&b, intro);
		buf_puts(&b, "\n\n");
	}
	buf_puts(&b, _("Type your passphrase to open your diary."));
	char *text = buf_take(&b);
	const char *hint = _("Forgotten it? Nobody can recover it. 'steady diary wipe' deletes the "
	                     "diary so you can start a new one.");
	char *note = dlink_note(a->s) ? xstrdup(dlink_note(a->s)) : NULL;
	struct field f;
	field_init(&f, 1);
	int open = 0;
	for (;;) {
		struct buf t;
		buf_init(&t);
		buf_puts(&t, text);
		buf_puts(&t, "\n\n");
		buf_puts(&t, hint);
		int go = ask(a, _("Unlock your diary"), t.data, note, _("Passphrase:"), &f);
		buf_free(&t);
		if (!go)
			break;
		working(_("Unlock your diary"), _("Opening your diary..."));
		struct diary_error err;
		struct diary *h = dlink_handle(a->s);
		int rc;
		if (h) {
			rc = diary_unlock(h, f.text, f.len, &err);
		} else {
			rc = diary_open(dlink_dir(a->s), f.text, f.len, &h, &err);
		}
		field_clear(&f);
		if (rc == 0) {
			dlink_attach(a->s, h);
			dlink_set_note(a->s, NULL);
			open = 1;
			break;
		}
		free(note);
		note = NULL;
		if (err.status == DIARY_ERR_PASSPHRASE) {
			note = xstrdup(err.msg);
			continue;
		}
		if (err.status == DIARY_ERR_CORRUPT) {
			damaged(a, &err);
			break;
		}
		const char *again[] = {_("Try again"), _("Back")};
		if (choice_run(a, _("Your diary could not be opened"), NULL, err.msg, again, 2) !=
		    0)
			break;
	}
	field_free(&f);
	free(note);
	free(text);
	return open;
}

int diary_open_run(struct app *a, const char *intro)
{
	if (dlink_diary(a->s))
		return 1;
	if (dlink_handle(a->s) || dlink_exists(a->s))
		return diary_unlock_run(a, intro);
	return diary_setup_run(a, intro);
}

int diary_save_run(struct app *a)
{
	for (;;) {
		struct diary_error err;
		if (dlink_save(a->s, &err) == 0)
			return 1;
		if (a->quit || a->to_home || !dlink_diary(a->s))
			return 0;
		const char *opts[] = {_("Try again"), _("Not now")};
		int c = choice_run(
		        a, _("Not saved yet"),
		        _("Nothing is lost: what you wrote stays in memory while steady is "
		          "open, and steady tries again at the next save."),
		        err.msg, opts, 2);
		if (c != 0)
			return 0;
	}
}
