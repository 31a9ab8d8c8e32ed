/* SPDX-FileCopyrightText: 2026 The steady authors */
/* SPDX-License-Identifier: GPL-3.0-or-later */
/* translate.c: looks content strings up in gettext catalogues, by role. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "content/translate.h"
#include "util/gettext.h"
#include "util/xalloc.h"

/* 1 when the content domain has a catalogue for the language in use, so
 * that lookups can find anything; -1 until translate_init() asks. */
static int content_catalogue = -1;

void translate_init(const char *localedir)
{
	bindtextdomain(CONTENT_DOMAIN, localedir);
	bind_textdomain_codeset(CONTENT_DOMAIN, "UTF-8");
	/* A loaded catalogue translates "" to its header. With none (English,
	 * or a language nobody has translated yet) every lookup would return
	 * its key, so hundreds of them at each start can be skipped. */
	static const char empty[] = "";
	content_catalogue = dgettext(CONTENT_DOMAIN, empty) != empty;
}

/* A counsellor's domain is bound to the locale/ folder beside the module. */
static void bind_module_domain(const char *domain, const char *module_path)
{
	if (!domain || strcmp(domain, CONTENT_DOMAIN) == 0)
		return;
	const char *slash = strrchr(module_path, '/');
	char *dir = slash ? xasprintf("%.*s/locale", (int)(slash - module_path), module_path)
	                  : xstrdup("locale");
	bindtextdomain(domain, dir);
	bind_textdomain_codeset(domain, "UTF-8");
	free(dir);
}

/* gettext keys a string with context as "CONTEXT\004MSGID" (as pgettext does). */
static char *lookup(void *ctx, const struct content_string *s)
{
	(void)ctx;
	if (!s->msgid || !s->msgid[0])
		return NULL;
	const char *domain = s->domain ? s->domain : CONTENT_DOMAIN;
	if (content_catalogue == 0 && strcmp(domain, CONTENT_DOMAIN) == 0)
		return NULL;
	bind_module_domain(domain, s->file);
	size_t fl = strlen(s->field), ml = strlen(s->msgid);
	char *key = xmalloc(fl + ml + 2);
	memcpy(key, s->field, fl);
	key[fl] = '\004';
	memcpy(key + fl + 1, s->msgid, ml + 1);
	const char *got = dgettext(domain, key);
	char *out = got != key ? xstrdup(got) : NULL;
	free(key);
	return out;
}

struct content_tr translate_gettext(void)
{
	struct content_tr tr = {lookup, NULL};
	return tr;
}
