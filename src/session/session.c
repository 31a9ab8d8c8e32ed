/* SPDX-FileCopyrightText: 2026 The steady authors */
/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * session.c: a session's life (see session.h). Nothing here knows how it
 * is shown: the screens and the plain mode each open one and drive it.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "content/library_std.h"
#include "session/diary_link.h"
#include "session/session.h"
#include "util/gettext.h"
#include "util/xalloc.h"

/* Adds a calm message to the notice: every one is kept, none lost. */
static void add_notice(struct session *s, const char *msg)
{
	char *n = s->notice ? xasprintf("%s %s", s->notice, msg) : xstrdup(msg);
	free(s->notice);
	s->notice = n;
}

static void load_content(struct session *s)
{
	struct diag d;
	diag_init(&d);
	s->lib = xcalloc(1, sizeof *s->lib);
	if (library_load_std(s->lib, s->opts->content_dirs, s->opts->n_content_dirs, &d) < 0 ||
	    d.errors > 0) {
		/* Calm, and with a way to learn more; the rest works with what loaded. */
		/* TRANSLATORS: %zu is how many problems steady found in its module
		   files. 'steady check' is a command; keep it as it is. */
		char *msg = xasprintf(ngettext("Some content could not be loaded (%zu problem). "
		                               "Everything else works. 'steady check' shows the "
		                               "details.",
		                               "Some content could not be loaded (%zu problems). "
		                               "Everything else works. 'steady check' shows the "
		                               "details.",
		                               (unsigned long)d.errors),
		                      d.errors);
		add_notice(s, msg);
		free(msg);
	}
	diag_free(&d);
}

void session_open(struct session *s, const struct steady_opts *o, int preview)
{
	memset(s, 0, sizeof *s);
	s->opts = o;
	s->preview = preview;
	s->last_module = -1;

	/* A preview reads the settings (colours, region) but never writes them. */
	char *path = settings_path();
	settings_defaults(&s->set);
	if (path) {
		char err[512];
		int rc = settings_load(&s->set, path, err, sizeof err);
		if (rc == 1)
			s->first_run = !preview;
		else if (rc < 0)
			add_notice(s, err);
	}
	if (preview)
		free(path);
	else
		s->settings_path = path;

	load_content(s);
	s->prog = xcalloc(s->lib->n ? s->lib->n : 1, sizeof *s->prog);
	if (!preview)
		dlink_init(s);
}

void session_close(struct session *s)
{
	dlink_close(s);
	for (size_t i = 0; s->lib && i < s->lib->n; i++)
		progress_wipe(&s->prog[i]);
	free(s->prog);
	library_free(s->lib);
	free(s->lib);
	free(s->settings_path);
	free(s->notice);
	memset(s, 0, sizeof *s);
}

void session_save_settings(struct session *s)
{
	if (!s->settings_path)
		return;
	char err[512];
	if (settings_save(&s->set, s->settings_path, err, sizeof err) < 0)
		add_notice(s, err);
}

const struct region *session_region(const struct session *s)
{
	if (!s->lib || !s->lib->helplines)
		return NULL;
	return helplines_for(s->lib->helplines, s->set.region);
}

const char *session_reader_region(const struct session *s)
{
	const struct region *r = session_region(s);
	return r ? r->id : NULL;
}

/* The fallback region, for a reader whose country steady does not know. */
static int international(const struct region *r)
{
	return !r || strcmp(r->id, "INT") == 0;
}

int session_asks_region(const struct session *s)
{
	return s->first_run && !s->set.region[0] && s->lib && s->lib->helplines &&
	       s->lib->helplines->n_regions > 1 && international(session_region(s));
}

const char *session_region_why(void)
{
	return _("Your computer's settings do not name your country. Choose it, so steady "
	         "shows the helplines there. You can change it any time in Settings, under "
	         "Helpline region.");
}

char *session_region_hint(const struct session *s)
{
	const struct region *r = session_region(s);
	if (!r)
		return NULL;
	if (international(r))
		return xstrdup(_("These helplines are international. To see those of your country, "
		                 "choose it in Settings, under Helpline region."));
	/* TRANSLATORS: %s is the name of the region whose helplines are shown, such
	   as "Ireland". "Settings" and "Helpline region" are the names of a screen
	   and of its setting; use the same words as there. */
	return xasprintf(_("Helplines for: %s. To change the region, go to Settings, under "
	                   "Helpline region."),
	                 r->name);
}

int session_module_index(const struct session *s, const struct module *m)
{
	for (size_t i = 0; m && s->lib && i < s->lib->n; i++)
		if (s->lib->mods[i] == m)
			return (int)i;
	return -1;
}
