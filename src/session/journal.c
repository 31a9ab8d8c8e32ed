/* SPDX-FileCopyrightText: 2026 The steady authors */
/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * journal.c: a journal entry from written text (see journal.h). The title
 * is copied out and wiped again, as all that a person writes.
 */
#include "config.h"

#include <sodium.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "session/journal.h"
#include "session/progress.h"
#include "util/gettext.h"
#include "util/xalloc.h"

/* The tags of a draft (journal.h); "draft-of:" starts with "draft" too. */
#define DRAFT    "draft"
#define DRAFT_OF "draft-of:"

int journal_put(struct diary *d, uint64_t *id, const char *text, struct diary_error *err)
{
	if (!d) {
		diary_error_set(err, DIARY_ERR_INVALID, 0, _("The diary is locked."));
		return -1;
	}
	/* Blank lines before and after the text are never kept. */
	size_t from = 0, len = text ? text_kept(text, strlen(text), &from) : 0;
	char *t = xstrndup(text ? text + from : "", len);
	const struct entry *old = *id ? diary_get(d, *id) : NULL;
	struct entry *e = old ? entry_copy(old) : entry_new(ENTRY_JOURNAL);
	entry_drop_tag(e, DRAFT); /* saved: no longer a draft */
	entry_set(e, &e->title, NULL);
	/* "# Title" on the first line is the title; the rest, which may be nothing, the text. */
	const char *nl = strchr(t, '\n');
	size_t tl = nl ? (size_t)(nl - t) : strlen(t);
	if (strncmp(t, "# ", 2) == 0 && t[2 + strspn(t + 2, " ")] != '\n' &&
	    t[2 + strspn(t + 2, " ")] != '\0') {
		char *title = xstrndup(t + 2, tl - 2);
		entry_set(e, &e->title, title);
		sodium_memzero(title, strlen(title));
		free(title);
		if (nl) {
			size_t at;
			text_kept(nl + 1, strlen(nl + 1),
			          &at); /* nor blank lines under the title */
			entry_set(e, &e->text, nl + 1 + at);
		} else {
			entry_set(e, &e->text, "");
		}
	} else {
		entry_set(e, &e->text, t);
	}
	sodium_memzero(t, len);
	free(t);
	if (old)
		return diary_replace(d, *id, e, err);
	uint64_t got = diary_add(d, e, err);
	if (!got)
		return -1;
	*id = got;
	return 0;
}

static int is_draft(const struct entry *e, uint64_t *of);

int journal_is_draft(const struct entry *e)
{
	return is_draft(e, NULL);
}

static int is_draft(const struct entry *e, uint64_t *of)
{
	int draft = 0;
	for (size_t i = 0; e->kind == ENTRY_JOURNAL && i < e->n_tags; i++) {
		if (strcmp(e->tags[i], DRAFT) == 0)
			draft = 1;
		else if (of && strncmp(e->tags[i], DRAFT_OF, strlen(DRAFT_OF)) == 0)
			*of = strtoull(e->tags[i] + strlen(DRAFT_OF), NULL, 10);
	}
	return draft;
}

int journal_put_draft(struct diary *d, uint64_t *draft, uint64_t of, const char *text,
                      struct diary_error *err)
{
	const struct entry *old = d && *draft ? diary_get(d, *draft) : NULL;
	uint64_t id = old && is_draft(old, NULL) ? *draft : 0;
	if (journal_put(d, &id, text, err) < 0)
		return -1;
	struct entry *e = entry_copy(diary_get(d, id));
	entry_add_tag(e, DRAFT);
	if (of) {
		char tag[32];
		snprintf(tag, sizeof tag, DRAFT_OF "%llu", (unsigned long long)of);
		entry_add_tag(e, tag);
	}
	*draft = id;
	return diary_replace(d, id, e, err);
}

const struct entry *journal_draft(const struct diary *d, uint64_t *of)
{
	for (size_t i = 0; d && i < diary_count(d); i++) {
		const struct entry *e = diary_at(d, i);
		uint64_t to = 0;
		if (!is_draft(e, &to))
			continue;
		const struct entry *target = to ? diary_get(d, to) : NULL;
		*of = target && target->kind == ENTRY_JOURNAL ? to : 0;
		return e;
	}
	*of = 0;
	return NULL;
}

int journal_draft_done(struct diary *d, uint64_t draft, struct diary_error *err)
{
	const struct entry *e = d && draft ? diary_get(d, draft) : NULL;
	if (!e || !is_draft(e, NULL))
		return 0;
	return diary_delete(d, draft, err);
}

const char *journal_draft_offer(const char **title, const char *opts[2])
{
	/* TRANSLATORS: the title of a question shown when steady starts again after
	   the person left a diary entry unsaved; the two answers are "Go on writing
	   it" and "Not now". */
	*title = _("Your draft");
	opts[0] = _("Go on writing it");
	/* TRANSLATORS: an answer that puts a question off, as the second button of
	   "Your draft" ("Go on writing it", "Not now") and of offers to set up or
	   export something. */
	opts[1] = _("Not now");
	return _("You were writing an entry when steady closed or your diary locked. It "
	         "was kept in your diary, encrypted, as a draft. You can go on writing it "
	         "now, or later from the diary's list.");
}
