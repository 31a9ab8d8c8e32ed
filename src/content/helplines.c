/* SPDX-FileCopyrightText: 2026 The steady authors */
/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * helplines.c: picking the helpline region for a person. A wrong or missing
 * region falls back to the international list, never to nothing.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <stdio.h>
#include <strings.h>

#include "content/helplines.h"
#include "util/date_words.h"

static void free_service(struct helpline *s)
{
	free(s->name);
	free(s->phone);
	free(s->web);
	free(s->chat);
	free(s->email);
	free(s->text);
	free(s->notes);
	free(s->source);
	free(s->checked);
}

void helplines_free(struct helplines *h)
{
	if (!h)
		return;
	for (size_t i = 0; i < h->n_regions; i++) {
		struct region *r = &h->regions[i];
		for (size_t k = 0; k < r->n_services; k++)
			free_service(&r->services[k]);
		free(r->services);
		free(r->id);
		free(r->name);
		free(r->emergency);
		free(r->name_en);
		free(r->emergency_en);
	}
	free(h->regions);
	free(h->checked);
	free(h->calling);
	free(h->path);
	free(h);
}

static const struct region *find(const struct helplines *h, const char *id)
{
	for (size_t i = 0; i < h->n_regions; i++)
		if (h->regions[i].id && strcasecmp(h->regions[i].id, id) == 0)
			return &h->regions[i];
	return NULL;
}

const struct region *helplines_find(const struct helplines *h, const char *id)
{
	if (!h || !id)
		return NULL;
	if (strcasecmp(id, "UK") == 0)
		id = "GB"; /* people say UK; ISO 3166 says GB */
	return find(h, id);
}

const struct region *helplines_region(const struct helplines *h, const char *id)
{
	if (!h || h->n_regions == 0)
		return NULL;
	const struct region *r = helplines_find(h, id);
	if (!r)
		r = find(h, "INT");
	return r ? r : &h->regions[0];
}

const struct region *helplines_for(const struct helplines *h, const char *setting)
{
	return helplines_region(h, setting && setting[0] ? setting : helplines_locale_region());
}

/* The territory of a locale name such as de_DE.UTF-8 or en_GB@euro, upper-cased. */
static const char *territory(const char *locale, char out[3])
{
	const char *u = strchr(locale, '_');
	if (!u)
		return NULL;
	size_t n = strcspn(u + 1, ".@");
	if (n != 2)
		return NULL;
	for (int i = 0; i < 2; i++) {
		char ch = u[1 + i];
		if (ch >= 'a' && ch <= 'z')
			ch = (char)(ch - 'a' + 'A');
		if (ch < 'A' || ch > 'Z')
			return NULL;
		out[i] = ch;
	}
	out[2] = '\0';
	return out;
}

const char *helplines_locale_region(void)
{
	static char buf[3];
	static const char *const vars[] = {"LC_ALL", "LC_MESSAGES", "LANG"};
	for (size_t i = 0; i < sizeof vars / sizeof vars[0]; i++) {
		const char *v = getenv(vars[i]);
		if (v && v[0])
			return territory(v,
			                 buf); /* the first set variable decides, as in setlocale */
	}
	return NULL;
}

const enum helpline_kind helpline_order[HELPLINE_KINDS] = {
        HELPLINE_PREVENTION,
        HELPLINE_CRISIS,
        HELPLINE_FAMILY,
        HELPLINE_EMERGENCY,
};

const char *helpline_kind_name(enum helpline_kind k)
{
	switch (k) {
	case HELPLINE_PREVENTION:
		return "prevention";
	case HELPLINE_CRISIS:
		return "crisis";
	case HELPLINE_EMERGENCY:
		return "emergency";
	case HELPLINE_FAMILY:
		return "family";
	default:
		return "?";
	}
}

const char *helplines_month(const char *checked, char *buf, size_t size)
{
	char *w = date_words_month(checked);
	int n = snprintf(buf, size, "%s", w);
	free(w);
	return n < 0 || (size_t)n >= size ? checked : buf; /* cut short: the ISO form */
}
