/* SPDX-FileCopyrightText: 2026 The steady authors */
/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * plain_settings.c: the settings in plain mode: the helpline region, the
 * minutes after which an open diary locks itself, and whether steady
 * starts in plain mode. Each change is saved at once, as on the screens.
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>

#include "plain/parts.h"
#include "plain/plain_ask.h"
#include "plain/plain_out.h"
#include "session/diary_link.h"
#include "util/gettext.h"
#include "util/xalloc.h"

void plain_pick_region(struct plain *p, const char *why)
{
	const struct helplines *h = p->s->lib ? p->s->lib->helplines : NULL;
	if (!h || h->n_regions == 0)
		return;
	const struct region *cur = session_region(p->s);
	char **names = xcalloc(h->n_regions, sizeof *names);
	for (size_t i = 0; i < h->n_regions; i++)
		names[i] = &h->regions[i] == cur ? xasprintf(_("%s (chosen)"), h->regions[i].name)
		                                 : xstrdup(h->regions[i].name);
	plain_title(p, _("Your region"));
	if (why) {
		plain_blank(p);
		plain_text(p, why, 0);
	}
	int r = plain_menu(p, (const char *const *)names, NULL, h->n_regions, ASK_BACK);
	if (r >= 0) {
		snprintf(p->s->set.region, sizeof p->s->set.region, "%s", h->regions[r].id);
		session_save_settings(p->s);
		/* TRANSLATORS: %s is the name of the region the person just chose,
		   such as "Ireland". */
		char *t = xasprintf(_("The helplines shown are now those for: %s."),
		                    h->regions[r].name);
		plain_blank(p);
		plain_text(p, t, 0);
		free(t);
	}
	for (size_t i = 0; i < h->n_regions; i++)
		free(names[i]);
	free(names);
}

static void lock_minutes(struct plain *p)
{
	/* TRANSLATORS: a prompt's hint in plain mode, for the minutes after which
	   the diary locks itself: the %d are the lowest and highest number allowed,
	   as in "Type the minutes, from 1 to 120". */
	char *hint = xasprintf(_("Type the minutes, from %d to %d"), SETTINGS_LOCK_MIN,
	                       SETTINGS_LOCK_MAX);
	for (;;) {
		if (plain_ask(p, hint, ASK_BACK) != GOT_LINE)
			break;
		size_t len;
		const char *t = plain_trimmed(p, &len);
		long v;
		if (len == 0)
			break;
		if (plain_number(t, len, SETTINGS_LOCK_MIN, SETTINGS_LOCK_MAX, &v)) {
			p->s->set.lock_minutes = (int)v;
			session_save_settings(p->s);
			break;
		}
		plain_text(p, _("That is not a number of minutes steady can use."), 0);
	}
	free(hint);
}

static void plain_mode(struct plain *p)
{
	p->s->set.plain = !p->s->set.plain;
	session_save_settings(p->s);
	plain_blank(p);
	plain_text(p,
	           p->s->set.plain
	                   ? _("From the next start, steady starts in plain mode, even on a "
	                       "terminal that can show its screens.")
	                   : _("From the next start, steady shows its screens where the terminal "
	                       "can; 'steady --plain' still starts plain mode."),
	           0);
}

void plain_settings_run(struct plain *p)
{
	for (;;) {
		plain_title(p, _("Settings"));
		const char *dir = dlink_dir(p->s);
		/* TRANSLATORS: %s is the diary's folder, such as
		   /home/sam/.local/share/steady, or "(no home folder)". */
		char *where = xasprintf(_("Your diary is kept in: %s"),
		                        dir ? dir : _("(no home folder)"));
		plain_blank(p);
		plain_text(p, where, 0);
		free(where);
		plain_text(
		        p,
		        _("steady keeps only these settings between visits, nothing about what you "
		          "read or wrote."),
		        0);
		const struct region *r = session_region(p->s);
		char *lock = xasprintf(
		        /* TRANSLATORS: the value of "Diary locks itself after" in
		           Settings: %d is a number of minutes, as in "Diary locks
		           itself after  15 minutes". */
		        ngettext("%d minute", "%d minutes", (unsigned long)p->s->set.lock_minutes),
		        p->s->set.lock_minutes);
		const char *labels[] = {_("Helpline region"), _("Diary locks itself after"),
		                        _("Plain mode at every start"),
		                        _("Mouse: clicks and the wheel")};
		const char *details[] = {r ? r->name : _("not available"), lock,
		                         p->s->set.plain ? _("on") : _("off"),
		                         p->s->set.mouse ? _("on") : _("off")};
		int c = plain_menu(p, labels, details, 4, ASK_BACK);
		free(lock);
		if (c < 0)
			return;
		if (c == 0) {
			plain_pick_region(p, _("Get help now shows the helplines of this region."));
		} else if (c == 1) {
			lock_minutes(p);
		} else if (c == 2) {
			plain_mode(p);
		} else {
			/* Plain mode reads no mouse; this is for the screens, saved here too. */
			p->s->set.mouse = !p->s->set.mouse;
			session_save_settings(p->s);
			plain_text(p,
			           p->s->set.mouse
			                   ? _("The screens take clicks and the wheel.")
			                   : _("The screens leave the mouse to your terminal."),
			           0);
		}
		if (plain_leaving(p))
			return;
	}
}
