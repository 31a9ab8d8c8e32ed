/* SPDX-FileCopyrightText: 2026 The steady authors */
/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * plain_unlock.c: setting up the diary and opening it with the passphrase,
 * in plain mode. A passphrase is read as one line: a terminal does not
 * echo it, and from a pipe it is the next line. It goes into guarded
 * memory only (the line buffer, or a secbuf copy while it is typed again)
 * and is wiped as soon as the key derivation has used it. An empty line
 * goes back; every word typed is part of the passphrase.
 */
#include "config.h"

#include <stdlib.h>

#include "diary/secbuf.h"
#include "plain/parts.h"
#include "plain/plain_ask.h"
#include "plain/plain_in.h"
#include "plain/plain_out.h"
#include "session/diary_link.h"
#include "session/pass_rules.h"
#include "session/unlock.h"
#include "util/gettext.h"

/* The longest passphrase, in bytes, as on the screens and the command line. */
#define PASS_MAX 1024

/* Reads a passphrase into p->line; 1 with one typed, 0 on an empty line or when leaving. */
static int ask_secret(struct plain *p, const char *label)
{
	for (;;) {
		plain_blank(p);
		plain_prompt(p, label);
		if (plain_read(p, 1) != READ_LINE)
			return 0;
		if (!p->too_long && p->len <= PASS_MAX)
			return p->len > 0;
		plain_in_wipe(p);
		plain_text(p, _("A passphrase can be at most 1024 bytes long."), 0);
	}
}

/* Chooses a new passphrase, typed twice; a secbuf copy (*len bytes), or NULL. */
static char *choose(struct plain *p, size_t *len)
{
	const char *note = NULL;
	for (;;) {
		plain_title(p, _("Choose a passphrase"));
		plain_blank(p);
		plain_text(p,
		           _("Type a passphrase for your diary. What you type is not shown.\n\n"
		             "A few unrelated words are easy to remember and hard to guess. Nobody "
		             "can recover the diary if the passphrase is forgotten."),
		           0);
		if (note) {
			plain_blank(p);
			plain_text(p, note, 0);
		}
		if (!ask_secret(p, _("Passphrase (an empty line goes back):")))
			return NULL;
		size_t n = p->len;
		char *first = secbuf_strndup(p->line, n);
		plain_in_wipe(p);
		note = NULL;
		if (pass_rules_short(first, n)) {
			char *msg = pass_rules_short_text(pass_rules_chars(first, n));
			const char *opts[] = {_("Choose a longer one"), _("Use it anyway")};
			int c = plain_choice(p, _("A short passphrase"), msg, opts, 2);
			free(msg);
			if (c != 1 || plain_leaving(p)) {
				secbuf_free(first);
				if (plain_leaving(p))
					return NULL;
				continue;
			}
		}
		plain_blank(p);
		plain_text(p, _("Type the same passphrase again."), 0);
		int again =
		        ask_secret(p, _("The same passphrase again (an empty line goes back):"));
		int same = again && pass_rules_same(first, n, p->line, p->len);
		plain_in_wipe(p);
		if (same) {
			*len = n;
			return first;
		}
		secbuf_free(first);
		if (plain_leaving(p))
			return NULL;
		if (again)
			note = _("The two passphrases were not the same. Please type it again.");
	}
}

int plain_setup_run(struct plain *p, const char *intro)
{
	if (!dlink_dir(p->s)) {
		plain_blank(p);
		plain_text(p, unlock_no_home(), 0);
		return 0;
	}
	dlink_set_offered(p->s);
	char *text = unlock_setup_text(p->s, intro);
	const char *opts[] = {_("Set up a diary"), _("Not now")};
	int c = plain_choice(p, _("A private diary"), text, opts, 2);
	free(text);
	if (c != 0 || plain_leaving(p))
		return 0;
	int made = 0;
	for (;;) {
		size_t len;
		char *pass = choose(p, &len);
		if (!pass)
			break;
		plain_blank(p);
		plain_text(p, _("Setting up your diary..."), 0);
		plain_flush(p);
		struct diary_error err;
		int rc = unlock_setup(p->s, pass, len, &err);
		secbuf_free(pass);
		if (rc == 0) {
			plain_blank(p);
			plain_text(p, dlink_note(p->s), 0);
			dlink_set_note(p->s, NULL); /* said here, not again at Home */
			made = 1;
			break;
		}
		plain_blank(p);
		plain_text(p, err.msg, 0);
		const char *again[] = {_("Try again"), _("Not now")};
		if (plain_choice(p, NULL, NULL, again, 2) != 0)
			break;
	}
	return made;
}

/* What to do about a damaged diary: the message, the backup, and the steps. */
static void damaged(struct plain *p, const struct diary_error *err)
{
	char *what = unlock_damaged_advice(p->s);
	plain_title(p, _("Your diary could not be opened"));
	plain_blank(p);
	plain_text(p, err->msg, 0);
	plain_blank(p);
	plain_text(p, what, 0);
	free(what);
}

int plain_unlock_run(struct plain *p, const char *intro)
{
	if (dlink_diary(p->s))
		return 1;
	plain_title(p, _("Unlock your diary"));
	plain_blank(p);
	char *text = unlock_open_text(intro);
	plain_markup(p, text);
	free(text);
	if (dlink_note(p->s)) {
		plain_blank(p);
		plain_text(p, dlink_note(p->s), 0);
	}
	int open = 0;
	while (ask_secret(p, _("Passphrase (an empty line goes back):"))) {
		plain_blank(p);
		plain_text(p, _("Opening your diary..."), 0);
		plain_flush(p);
		struct diary_error err;
		int rc = unlock_open(p->s, p->line, p->len, &err);
		plain_in_wipe(p);
		if (rc == 0) {
			open = 1;
			plain_draft_offer(p); /* what was being written when steady closed */
			break;
		}
		plain_blank(p);
		if (err.status == DIARY_ERR_PASSPHRASE) {
			plain_text(p, err.msg, 0);
			continue;
		}
		if (err.status == DIARY_ERR_CORRUPT) {
			damaged(p, &err);
			break;
		}
		plain_text(p, err.msg, 0);
		const char *again[] = {_("Try again"), _("Back")};
		if (plain_choice(p, NULL, NULL, again, 2) != 0)
			break;
	}
	return open;
}

int plain_open_run(struct plain *p, const char *intro)
{
	if (dlink_diary(p->s))
		return 1;
	if (dlink_handle(p->s) || dlink_exists(p->s))
		return plain_unlock_run(p, intro);
	return plain_setup_run(p, intro);
}

int plain_save(struct plain *p)
{
	for (;;) {
		struct diary_error err;
		if (dlink_save(p->s, &err) == 0)
			return 1;
		if (plain_leaving(p) || !dlink_diary(p->s))
			return 0;
		plain_title(p, _("Not saved yet"));
		plain_blank(p);
		plain_text(
		        p,
		        _("Nothing is lost: what you wrote stays in memory while steady is open, "
		          "and steady tries again at the next save."),
		        0);
		plain_blank(p);
		plain_text(p, err.msg, 0);
		const char *opts[] = {_("Try again"), _("Not now")};
		if (plain_choice(p, NULL, NULL, opts, 2) != 0)
			return 0;
	}
}
