/* SPDX-FileCopyrightText: 2026 The steady authors */
/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * plain.c: the plain mode's life and its home menu. A session is opened as
 * for the screens; then the same menu as Home on the screens (continue,
 * modules, self-check, diary, homework, get help now, settings, quit) is
 * printed and one line chooses. Every part returns here; a lock of the
 * diary, "home" and quit all come back through this loop.
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "plain/parts.h"
#include "plain/plain.h"
#include "plain/plain_ask.h"
#include "plain/plain_help.h"
#include "plain/plain_in.h"
#include "plain/plain_out.h"
#include "session/diary_link.h"
#include "session/home_menu.h"
#include "session/homework.h"
#include "session/preview.h"
#include "util/exit_status.h"
#include "util/gettext.h"
#include "util/xalloc.h"

/* Chooses one of the modules that want() takes (or the only one) and plays it. */
static void pick(struct plain *p, const char *title, int selfcheck)
{
	for (;;) {
		size_t n = 0, cap = p->s->lib->n ? p->s->lib->n : 1;
		size_t *idx = xcalloc(cap, sizeof *idx);
		const char **labels = xcalloc(cap, sizeof *labels);
		char **details = xcalloc(cap, sizeof *details);
		for (size_t i = 0; i < p->s->lib->n; i++) {
			if (module_is_selfcheck(p->s->lib->mods[i]) != selfcheck)
				continue;
			idx[n] = i;
			labels[n] = p->s->lib->mods[i]->title;
			details[n++] = home_menu_module_detail(p->s, i, ", ");
		}
		int c = 0;
		if (n != 1 || !selfcheck) {
			plain_title(p, title);
			c = plain_menu(p, labels, (const char *const *)details, n, ASK_BACK);
		}
		size_t chosen = c >= 0 ? idx[c] : 0;
		for (size_t k = 0; k < n; k++)
			free(details[k]);
		free(details);
		free(labels);
		free(idx);
		if (c < 0)
			return;
		plain_play_open(p, chosen);
		/* One self-check opens at once, and Home follows it. */
		if (plain_leaving(p) || (n == 1 && selfcheck))
			return;
	}
}

static void home_once(struct plain *p)
{
	/* TRANSLATORS: the title of the home menu in plain mode, where the person
	   chooses what to do. */
	plain_title(p, _("Home"));
	plain_text(p, _("Welcome. Take your time: nothing here leaves this computer."), 0);
	if (p->s->notice) {
		plain_blank(p);
		plain_text(p, p->s->notice, 0);
	}
	if (dlink_note(p->s)) {
		plain_blank(p);
		plain_text(p, dlink_note(p->s), 0);
		dlink_set_note(p->s, NULL); /* said once */
	}
	/* The same entries as Home on the screens, in the same order. */
	struct home_entry e[HOME__COUNT];
	const char *labels[HOME__COUNT], *details[HOME__COUNT];
	size_t n = home_menu_build(p->s, e);
	for (size_t k = 0; k < n; k++) {
		labels[k] = e[k].label;
		details[k] = e[k].detail;
	}
	int c = plain_menu(p, labels, details, n, 0);
	enum home_item item = c >= 0 ? e[c].item : HOME__COUNT; /* HOME__COUNT: none */
	home_menu_free(e, n);
	switch (item) {
	case HOME_CONTINUE:
		plain_play_run(p, (size_t)p->s->last_module, p->s->prog[p->s->last_module].step);
		break;
	case HOME_MODULES:
		pick(p, _("Modules"), 0);
		break;
	case HOME_SELFCHECK:
		pick(p, _("Self-check"), 1);
		break;
	case HOME_DIARY:
		plain_diary_run(p);
		break;
	case HOME_HOMEWORK:
		plain_homework_run(p);
		break;
	case HOME_HELP:
		plain_help(p);
		break;
	case HOME_SETTINGS:
		plain_settings_run(p);
		break;
	case HOME_QUIT:
		p->quit = 1;
		break;
	case HOME__COUNT:
		break;
	}
}

static void home(struct plain *p)
{
	if (p->s->first_run) {
		/* With no country to go by, the region is asked first: then the welcome. */
		if (session_asks_region(p->s))
			plain_pick_region(p, session_region_why());
		const struct module *w = library_by_purpose(p->s->lib, PURPOSE_FIRST_RUN);
		int i = session_module_index(p->s, w);
		if (i >= 0)
			plain_play_run(p, (size_t)i, 0);
	}
	while (!p->quit) {
		/* Every part has returned: after a lock, what came from the diary goes. */
		p->to_home = 0;
		p->go_home = 0;
		if (p->lock_due) {
			/* Every part has let go of the diary's text: it locks now. */
			dlink_lock(p->s, p->lock_due == 1);
			p->lock_due = 0;
		}
		home_once(p);
	}
}

static void begin(struct plain *p, struct session *s)
{
	memset(p, 0, sizeof *p);
	p->s = s;
	plain_out_init(p);
	plain_in_begin(p);
}

/* The exit status, once the line buffer is wiped. */
static int end(struct plain *p)
{
	int sig = p->signal_got;
	plain_flush(p);
	plain_in_end(p);
	return sig ? 128 + sig : EXIT_OK;
}

int plain_run(const struct steady_opts *o)
{
	struct session s;
	struct plain p;
	session_open(&s, o, 0);
	begin(&p, &s);
	if (s.first_run)
		session_save_settings(&s); /* the next start opens Home */
	plain_text(&p,
	           /* TRANSLATORS: the first words of plain mode (for screen readers
	              and pipes). "help" and "keys" are words a person types at a
	              prompt: use your translations of the typed words "help" and
	              "keys" (context "typed word"). */
	           _("steady, in plain mode. Type help at any prompt for the helplines, and keys "
	             "for every word you can type."),
	           0);
	home(&p);
	if (!p.signal_got) {
		plain_blank(&p);
		/* TRANSLATORS: the last line plain mode prints when the person
		   leaves steady. */
		plain_text(&p, _("steady has closed. Take care."), 0);
	}
	session_close(&s);
	return end(&p);
}

int plain_preview(const struct steady_opts *o, const char *path)
{
	struct session s;
	struct plain p;
	session_open(&s, o, 1);
	begin(&p, &s);
	const struct module *m = preview_add(&s, path);
	struct progress prog;
	memset(&prog, 0, sizeof prog);
	/* As the client meets it: homework starts at its card. */
	if (m && (!m->homework || plain_homework_card(&p, m)))
		plain_play_module(&p, m, &prog, 0);
	if (m && !p.signal_got) {
		plain_blank(&p);
		plain_text(&p, homework_preview_end(), 0);
	}
	progress_wipe(&prog);
	session_close(&s);
	int rc = end(&p);
	if (!m) {
		/* TRANSLATORS: both %s are the name of the module file given, such
		   as my-module.yaml. 'steady check' is a command; keep it as it is. */
		fprintf(stderr, _("steady: %s could not be loaded; run 'steady check %s'.\n"), path,
		        path);
		return EXIT_INVALID;
	}
	return rc;
}
