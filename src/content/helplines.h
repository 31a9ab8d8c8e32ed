/* SPDX-FileCopyrightText: 2026 The steady authors */
/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * helplines.h: the helpline directory (content/helplines.yaml) by region.
 *
 * Plain data, loaded with the same hostile-input rules as modules. The
 * screens pick a region with helplines_region() and show its services.
 */
#ifndef STEADY_CONTENT_HELPLINES_H
#define STEADY_CONTENT_HELPLINES_H

#include <stddef.h>

#include "content/module.h"

struct helpline {
	char *name;
	enum helpline_kind kind; /* exactly one kind */
	char *phone;             /* may be NULL */
	char *web;               /* may be NULL */
	char *chat;              /* may be NULL */
	char *email;             /* may be NULL */
	char *text;              /* may be NULL: e.g. "Text 988" */
	char *notes;             /* e.g. "Free, confidential, not on the phone bill" */
	char *source;            /* where the details were seen */
	char *checked;           /* YYYY-MM when they were last checked */
	struct source_pos pos;
};

struct region {
	char *id;        /* "GB", "IE", "US", "NL", "DE", "INT" (the fallback) */
	char *name;      /* shown name, translated */
	char *emergency; /* emergency numbers, e.g. "999 or 112" */
	/* The English of name and emergency where they were translated, else
	 * NULL: a sentence around them is never half translated. */
	char *name_en, *emergency_en;
	struct helpline *services;
	size_t n_services;
};

struct helplines {
	char *checked; /* YYYY-MM: when the whole list was last checked */
	char *calling; /* markup: what happens when you call (translated) */
	struct region *regions;
	size_t n_regions;
	char *path;
};

/* Frees the directory; NULL is fine. */
void helplines_free(struct helplines *h);

/* The region of id ("GB", "gb", "UK" -> GB), or NULL when none has it. */
const struct region *helplines_find(const struct helplines *h, const char *id);

/*
 * The region for a settings value or locale territory ("GB", "gb", "UK" ->
 * GB); the fallback region "INT" when id is NULL or unknown. NULL only when
 * the directory has no regions at all.
 */
const struct region *helplines_region(const struct helplines *h, const char *id);

/*
 * The region a person is shown: the one of their setting (a region id, or
 * "" or NULL for none), else their locale's, else "INT"; as helplines_region().
 */
const struct region *helplines_for(const struct helplines *h, const char *setting);

/* The region id for the locale (LC_ALL, LC_MESSAGES, LANG territory), or NULL. */
const char *helplines_locale_region(void);

/* How many kinds of helpline there are. */
#define HELPLINE_KINDS 4

/* Every kind, in the order they are shown: prevention first, as it is what
 * the reader came for; then crisis, family, emergency. */
extern const enum helpline_kind helpline_order[HELPLINE_KINDS];

/* The name of a helpline kind ("prevention"...), untranslated. */
const char *helpline_kind_name(enum helpline_kind k);

/*
 * A month written YYYY-MM ("2026-11", as in 'checked') in the reader's
 * language ("November 2026"), in buf; the text as given when it is no such
 * month.
 */
const char *helplines_month(const char *checked, char *buf, size_t size);

#endif
