/* SPDX-FileCopyrightText: 2026 The steady authors */
/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * plain_help.c: help and keys (see plain_help.h). The words are Get help
 * now's (ui/helpnow.c), so a person meets the same sentences on the
 * screens and in plain mode.
 */
#include "config.h"

#include <stdlib.h>

#include "diary/diary.h"
#include "content/helplines_text.h"
#include "plain/plain_ask.h"
#include "plain/plain_help.h"
#include "plain/plain_out.h"
#include "session/diary_link.h"
#include "util/buf.h"
#include "util/gettext.h"
#include "util/xalloc.h"

void plain_help_lines(struct plain *p, unsigned kinds)
{
	const struct helplines *h = p->s->lib ? p->s->lib->helplines : NULL;
	struct buf b;
	buf_init(&b);
	helplines_text(&b, h, session_region(p->s), kinds, p->width);
	plain_blank(p);
	plain_text(p, b.data, 0);
	buf_free(&b);
}

/* The person's safety plan from the open diary; 1 when there is one. */
static int plan(struct plain *p, const struct region *r)
{
	struct diary *d = dlink_diary(p->s);
	const struct entry *e = d ? diary_latest(d, ENTRY_SAFETY_PLAN, NULL) : NULL;
	if (!e)
		return 0;
	if (r && r->emergency) {
		char *t = xasprintf(
		        HELPLINES_WHOLE(N_("If you or anyone else is in danger right now, "
		                           "call %s."),
		                        r->emergency, r->emergency_en));
		plain_blank(p);
		plain_text(p, t, 0);
		free(t);
	}
	/* A number to call before the plan, however long it is. */
	struct buf b;
	buf_init(&b);
	helplines_text_first(&b, r, HELPLINE_PREVENTION | HELPLINE_CRISIS, p->width);
	if (b.data) {
		plain_blank(p);
		plain_text(p, b.data, 0);
	}
	buf_free(&b);
	plain_title(p, _("Your safety plan"));
	for (int s = 0; s < PLAN__COUNT; s++) {
		if (!e->plan[s])
			continue;
		plain_title(p, entry_plan_title((enum plan_section)s));
		plain_text(p, e->plan[s], 2);
	}
	plain_title(p, _("Helplines"));
	return 1;
}

void plain_help(struct plain *p)
{
	const struct region *r = session_region(p->s);
	plain_title(p, _("Get help now"));
	int has_plan = plan(p, r);
	plain_blank(p);
	plain_text(p,
	           _("You can talk to someone now. The helplines below are confidential, and "
	             "you do not have to give your name. Each has its own rules about what it "
	             "must pass on: you can ask about them first."),
	           0);
	if (!has_plan && dlink_exists(p->s) && !dlink_diary(p->s)) {
		plain_blank(p);
		plain_text(p,
		           _("If your safety plan is in your diary, unlock the diary (Home, then "
		             "Diary) to see it here."),
		           0);
	}
	plain_help_lines(p, HELPLINE_ALL);
	const struct helplines *h = p->s->lib ? p->s->lib->helplines : NULL;
	if (h && h->calling) {
		plain_blank(p);
		plain_markup(p, h->calling);
	}
	plain_blank(p);
	plain_text(p,
	           _("For the helplines of another region, choose Settings on the home menu, then "
	             "Helpline region."),
	           0);
	plain_flush(p);
}

void plain_keys(struct plain *p)
{
	struct {
		enum plain_word w;
		const char *what;
	} keys[] = {
	        {WORD_HELP, _("the helplines for your region, and your safety plan when your "
	                      "diary is open")},
	        {WORD_KEYS, _("this list (a question mark does the same)")},
	        {WORD_BACK, _("the step or the list before this one")},
	        {WORD_HOME, _("back to the home menu; a module keeps your place and answers")},
	        {WORD_SKIP, _("go on without answering a question that may be left out")},
	        {WORD_QUIT, _("leave steady (Ctrl-D does the same)")},
	};
	plain_title(p, _("What you can type"));
	plain_blank(p);
	for (size_t i = 0; i < sizeof keys / sizeof keys[0]; i++) {
		char *lead = xasprintf("%s: ", plain_word_name(keys[i].w));
		plain_item(p, lead, keys[i].what);
		free(lead);
	}
	plain_blank(p);
	plain_text(p,
	           _("Each prompt says what it takes: a number, several numbers, or words. Press "
	             "Enter on an empty line to go on from a page. A written answer can take "
	             "several lines; a line with only a dot (.) ends it. A passphrase is the "
	             "exception: every word typed there is part of it, and an empty line goes "
	             "back."),
	           0);
	plain_flush(p);
}
