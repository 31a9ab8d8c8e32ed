/* SPDX-FileCopyrightText: 2026 The steady authors */
/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * share.c: "Share with my counsellor", from Homework, on the screens. The
 * diary is unlocked if need be, the homework (all of it, or one) and the
 * days (all, the last 7 or 30) chosen; the whole report (the session's,
 * session/report.h, as `steady report` makes it) is shown to read; Enter asks how to write it
 * (sealed for the counsellor, plain and said not to be encrypted, or not at all) and the name of a
 * new file. Nothing is written before that, and nothing is sent anywhere. The screen holds answers
 * from the diary, so it goes when the diary locks.
 */
#include "config.h"

#include <curses.h>
#include <stdlib.h>
#include <string.h>

#include "diary/secbuf.h"
#include "session/diary_link.h"
#include "session/homework.h"
#include "session/report.h"
#include "ui/diary_screens.h"
#include "ui/draw.h"
#include "ui/field.h"
#include "ui/pager.h"
#include "ui/screen.h"
#include "ui/screens.h"
#include "util/gettext.h"
#include "util/markup.h"
#include "util/xalloc.h"

enum { T_UNLOCK = 1, T_WHICH, T_DAYS, T_HOW };

struct share {
	const struct module **mods; /* the homework, in the library's order */
	size_t n;
	size_t which;        /* 0: all of it, else mods[which - 1] only */
	char from[16];       /* the first day, or "" for all */
	unsigned char *text; /* the report, secbuf; NULL until it is made */
	size_t len;
	char key[64];
	int can_seal;
	char *seal_why; /* why not, when it cannot be sealed */
	int sealing;    /* the way chosen: sealed */
	int naming;     /* the file name is being typed */
	char *note;     /* what happened, shown under the report */
	struct field name;
	struct pager pg;
	struct app_keyhelp keys[3], name_keys[2];
};

/* Makes the report of the homework and days chosen. 0, or -1 (too long). */
static int make(struct app *a, struct share *sh)
{
	const struct module **mods = sh->which ? &sh->mods[sh->which - 1] : sh->mods;
	size_t n = sh->which ? 1 : sh->n;
	struct report_sel sel = {.from = sh->from[0] ? sh->from : NULL,
	                         .region = session_reader_region(a->s)};
	char *why = NULL;
	sh->can_seal = report_key(mods, n, sh->key, &why) == 0;
	free(sh->seal_why);
	sh->seal_why = sh->can_seal ? NULL : why;
	if (sh->can_seal)
		free(why);
	return report_render(mods, n, dlink_diary(a->s), &sel, REPORT_MARKDOWN, &sh->text,
	                     &sh->len);
}

/* Asks which days, after which homework. */
static void ask_days(struct app *a)
{
	/* TRANSLATORS: the choices in "Which days?" when the person writes a report
	   for their counsellor: which days' records the report holds. */
	const char *days[] = {_("All days"),
	                      /* TRANSLATORS: a choice in "Which days?", for a report
	                         to the counsellor: the records of the last 7 days. */
	                      _("The last 7 days"),
	                      /* TRANSLATORS: a choice in "Which days?", for a report
	                         to the counsellor: the records of the last 30 days. */
	                      _("The last 30 days")};
	screen_push(a,
	            choice_new(_("Which days?"),
	                       _("The report holds each time the homework was "
	                         "filled in on these days."),
	                       NULL, days, 3),
	            T_DAYS);
}

static void share_draw(struct app *a, struct screen *sc)
{
	struct share *sh = sc->data;
	draw_frame(_("Share with my counsellor"), NULL);
	struct area ar = draw_body();
	/* What happened, wrapped, under the report (at most three lines). */
	struct markup_doc note;
	markup_init(&note);
	if (sh->note && !sh->naming)
		markup_text(&note, sh->note, ar.w, 0, MARKUP_STRONG);
	int below = sh->naming ? 2 : note.n ? (int)(note.n < 3 ? note.n : 3) + 1 : 0;
	struct area pa = {ar.y, ar.x, ar.h - below, ar.w};
	struct markup_doc d;
	markup_init(&d);
	/* Line by line, as it will be written, so that its charts keep their columns. */
	for (const char *s = (const char *)(sh->text ? sh->text : (unsigned char *)""); *s;) {
		size_t l = strcspn(s, "\n");
		char *line = secbuf_strndup(s, l);
		if (l)
			markup_text(&d, line, pa.w, 0, 0);
		else
			markup_blank(&d);
		secbuf_free(line);
		s += l + (s[l] == '\n');
	}
	pager_draw(&sh->pg, &pa, &d);
	markup_wipe(&d);
	markup_free(&d);
	if (sh->naming)
		/* TRANSLATORS: the label before the field where the person types the
		   name of the report file to write. Keep it short. */
		field_draw(&sh->name, ar.y + ar.h - 1, ar.x, ar.w, _("File to write:"), a->utf8);
	for (int i = 0; i + 1 < below && !sh->naming; i++)
		draw_line(pa.y + pa.h + 1 + i, ar.x, ar.w, &note.lines[i], 0);
	markup_free(&note);
	if (sh->naming)
		draw_footer(a, sh->name_keys, 2);
	else
		draw_footer(a, sh->keys, 3);
}

static void set_note(struct share *sh, const char *s)
{
	free(sh->note);
	sh->note = s ? xstrdup(s) : NULL;
}

/* Writes the report to the file named; the note says how it went. */
static void write_named(struct share *sh)
{
	char err[512] = "";
	if (report_save(sh->text, sh->len, sh->sealing ? sh->key : NULL, sh->name.text, err,
	                sizeof err) == 0) {
		/* TRANSLATORS: %s is the name of the report file just written, such
		   as report-december; "sealed" means encrypted
		   so that only the counsellor can open it. The other message says
		   "as plain text". */
		char *done = xasprintf(sh->sealing ? _("Written to %s, sealed for your counsellor.")
		                                   /* TRANSLATORS: %s is the name of the
		                                      report file just written, such as
		                                      report-december; it is
		                                      not encrypted. */
		                                   : _("Written to %s, as plain text."),
		                       sh->name.text);
		set_note(sh, done);
		free(done);
	} else {
		set_note(sh, err);
	}
}

static void share_key(struct app *a, struct screen *sc, enum app_event ev, wint_t ch)
{
	struct share *sh = sc->data;
	if (sh->naming) {
		if (field_key(&sh->name, ev, ch))
			return;
		if (app_is_back(ev, ch)) {
			sh->naming = sc->typing = 0;
		} else if (app_is_enter(ev, ch) && sh->name.len) {
			sh->naming = sc->typing = 0;
			write_named(sh);
			field_clear(&sh->name);
		}
		return;
	}
	if (pager_take(&sh->pg, ev, ch))
		return;
	if (app_is_back(ev, ch)) {
		screen_close(a, sc, -1);
	} else if (app_is_enter(ev, ch) && sh->text) {
		const char *opts[3];
		size_t k = 0;
		char *seal = sh->can_seal ? report_seal_option(sh->key) : NULL;
		if (seal)
			opts[k++] = seal;
		opts[k++] = _("Write it as plain text, NOT encrypted");
		/* TRANSLATORS: the last answer to "Write the report?": no file is
		   written. */
		opts[k++] = _("Do not write it");
		char *how = report_how_words(sh->seal_why);
		screen_push(a, choice_new(_("Write the report?"), how, NULL, opts, k), T_HOW);
		free(how);
		free(seal);
	}
}

static void share_result(struct app *a, struct screen *sc, int tag, int v)
{
	struct share *sh = sc->data;
	if (tag == T_UNLOCK || tag == T_WHICH || tag == T_DAYS) {
		if (v < 0 || (tag == T_UNLOCK && v != 1)) {
			screen_close(a, sc, -1);
		} else if (tag == T_UNLOCK && sh->n > 1) {
			const char **labels = xcalloc(sh->n + 1, sizeof *labels);
			/* TRANSLATORS: the first choice in "Which homework to
			   share?": a report on every homework. */
			labels[0] = _("All my homework");
			for (size_t i = 0; i < sh->n; i++)
				labels[i + 1] = sh->mods[i]->title;
			screen_push(a,
			            list_pick_new(_("Which homework to share?"), NULL, labels,
			                          sh->n + 1, 0),
			            T_WHICH);
			free(labels);
		} else if (tag == T_UNLOCK || tag == T_WHICH) {
			sh->which = tag == T_WHICH ? (size_t)v : 0;
			ask_days(a);
		} else {
			if (v > 0)
				homework_date(homework_today() - (v == 1 ? 6 : 29), sh->from);
			if (make(a, sh) < 0) {
				dlink_set_note(a->s,
				               _("The report is too long; choose fewer modules or "
				                 "dates."));
				screen_close(a, sc, -1);
			}
		}
		return;
	}
	int last = sh->can_seal ? 2 : 1;
	if (v < 0 || v == last)
		return;
	sh->sealing = sh->can_seal && v == 0;
	sh->naming = sc->typing = 1;
	set_note(sh, NULL);
}

static void share_free(struct screen *sc)
{
	struct share *sh = sc->data;
	secbuf_free(sh->text);
	free(sh->mods);
	field_free(&sh->name);
	free(sh->note);
	free(sh->seal_why);
	free(sh);
}

static const struct screen_ops share_ops = {
        .name = "share",
        .draw = share_draw,
        .key = share_key,
        .lock = screen_goes,
        .result = share_result,
        .free = share_free,
};

void share_push(struct app *a)
{
	struct share *sh = xcalloc(1, sizeof *sh);
	struct report_sel all = {0};
	char *why = NULL;
	sh->mods = report_modules(a->s->lib, &all, &sh->n, &why);
	free(why);
	field_init(&sh->name, 0);
	/* TRANSLATORS: a key hint in the footer, after "Enter", as in "Enter write":
	   writes the report file. Keep it short. */
	sh->keys[0] = (struct app_keyhelp){"Enter", _("write")};
	sh->keys[1] = (struct app_keyhelp){"Up/Down", _("scroll")};
	sh->keys[2] = (struct app_keyhelp){"Esc", _("back")};
	sh->name_keys[0] = (struct app_keyhelp){"Enter", _("write")};
	sh->name_keys[1] = (struct app_keyhelp){"Esc", _("back")};
	struct screen *sc = screen_new(&share_ops, sh);
	screen_set_keys(sc, sh->keys, 3);
	screen_push(a, sc, 0);
	/* Its answer comes at once when the diary is open already. */
	diary_open_push(a, DIARY_UNLOCK,
	                _("Your answers are in your diary. Unlock it to make a report of them "
	                  "for your counsellor."),
	                T_UNLOCK);
}
