/* SPDX-FileCopyrightText: 2026 The steady authors */
/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * entry_words.c: diary entries in words (see entry_words.h).
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "session/entry_words.h"
#include "session/journal.h"
#include "util/buf.h"
#include "util/gettext.h"
#include "util/xalloc.h"

/* The first line of s, cut at max bytes on a character boundary (new string). */
static char *first_line(const char *s, size_t max)
{
	while (*s == '\n' || *s == ' ')
		s++;
	size_t n = strcspn(s, "\n");
	if (n > max) {
		n = max;
		while (n > 0 && ((unsigned char)s[n] & 0xC0) == 0x80)
			n--;
	}
	return xstrndup(s, n);
}

const struct module *entry_words_module(const struct library *lib, const struct entry *e)
{
	return e->module && lib ? library_find(lib, e->module) : NULL;
}

char *entry_words_summary(const struct library *lib, const struct entry *e)
{
	const struct module *m = entry_words_module(lib, e);
	const char *name = m ? m->title : e->module ? e->module : "";
	char *s;
	if (journal_is_draft(e)) {
		/* TRANSLATORS: a journal entry kept unsaved when steady closed or the diary locked.
		 */
		s = xasprintf(_("Draft: %s"), e->text ? e->text : "");
		char *cut = first_line(s, ENTRY_WORDS_SUMMARY_MAX);
		xfree_wiped(s);
		return cut;
	}
	switch (e->kind) {
	case ENTRY_JOURNAL:
		return first_line(e->title && *e->title ? e->title
		                  : e->text             ? e->text
		                                        : "",
		                  ENTRY_WORDS_SUMMARY_MAX);
	case ENTRY_RECORD:
		/* TRANSLATORS: a diary entry in the list of entries: %s is the title
		   of the module whose answers it holds, as in "Urges and triggers
		   (left part way)": the person did not finish the module. */
		s = e->complete ? xstrdup(name) : xasprintf(_("%s (left part way)"), name);
		break;
	case ENTRY_SELFCHECK:
		/* TRANSLATORS: a self-check's result in the list of diary entries:
		   the module's title, the score, and the words for that score's
		   range, as in "Stress check: 14, moderate". */
		s = e->band ? xasprintf(_("%s: %d, %s"), name, (int)e->score, e->band)
		            /* TRANSLATORS: a self-check's result in the list of
		               diary entries: the module's title and the score, as in
		               "Stress check: 14". */
		            : xasprintf(_("%s: %d"), name, (int)e->score);
		break;
	case ENTRY_SAFETY_PLAN:
		/* TRANSLATORS: the name of the safety plan's entry in the diary and
		   in Get help now; the person speaks of their own plan. */
		s = xstrdup(_("My safety plan"));
		break;
	case ENTRY_HOMEWORK:
		/* TRANSLATORS: a homework's done mark in the list of diary entries:
		   %s is the homework module's title, as in "Evening walk, done". */
		s = xasprintf(_("%s, done"), name);
		break;
	default:
		s = xstrdup("");
		break;
	}
	char *cut = first_line(s, ENTRY_WORDS_SUMMARY_MAX);
	free(s);
	return cut;
}

void entry_words_when(const struct entry *e, char out[32])
{
	/* "2026-11-29T11:05:00+01:00" to "2026-11-29 11:05", without printf:
	 * the diary screen asks this of every entry. */
	entry_time_format(e->created, out);
	out[10] = ' ';
	out[16] = '\0';
}

void entry_words_clock(const struct entry *e, char out[8])
{
	char iso[32];
	entry_time_format(e->created, iso);
	snprintf(out, 8, "%.5s", iso + 11);
}

size_t entry_words_kinds(const struct diary *d, enum entry_kind *out, size_t *count)
{
	size_t per[ENTRY__COUNT] = {0};
	for (size_t i = 0; i < diary_count(d); i++)
		per[diary_at(d, i)->kind]++;
	size_t n = 0;
	for (int k = 1; k < ENTRY__COUNT; k++) {
		if (!per[k])
			continue;
		if (count)
			count[n] = per[k];
		out[n++] = (enum entry_kind)k;
	}
	return n;
}

void entry_words_only(struct entry_list *l, enum entry_kind kind)
{
	if (!kind)
		return;
	size_t n = 0;
	for (size_t i = 0; i < l->n; i++)
		if (l->v[i]->kind == kind)
			l->v[n++] = l->v[i];
	l->n = n;
}

char *entry_words_changed(const struct entry *e)
{
	if (e->edited.epoch == e->created.epoch)
		return NULL;
	char ed[32];
	entry_time_format(e->edited, ed);
	/* TRANSLATORS: under a diary entry that was edited: %.10s is the date
	   written YYYY-MM-DD, %.5s the time HH:MM, as in "Changed 2026-12-03 21:40". */
	return xasprintf(_("Changed %.10s %.5s"), ed, ed + 11);
}

const char *entry_words_question(const struct module *m, const char *question)
{
	const struct step *s = m && question ? module_step(m, question) : NULL;
	if (s && s->prompt)
		return s->prompt;
	if (s && s->title)
		return s->title;
	if (s && s->text)
		return s->text;
	/* An id means nothing to the person; the question changed or went. */
	/* TRANSLATORS: in the diary, in place of a question that a newer version of
	   its module removed; the answer given to it follows. */
	return m ? _("A question no longer in this module")
	         /* TRANSLATORS: in the diary, in place of a question whose module
	            file is no longer in steady's modules; the answer given to it
	            follows. */
	         : _("A question of a module that is not added now");
}

const char *entry_words_option(const struct step *s, const char *id)
{
	for (size_t k = 0; s && k < s->n_options; k++)
		if (strcmp(s->options[k].id, id) == 0)
			return s->options[k].label;
	/* TRANSLATORS: in the diary, in place of a chosen option that a newer
	   version of its module removed. */
	return _("An option no longer in this module");
}

/* 1 when a value reads as ids or a number ("bored,stressed", "7"), not as words someone wrote. */
static int looks_like_ids(const char *v)
{
	return *v && strspn(v, "abcdefghijklmnopqrstuvwxyz0123456789-_,") == strlen(v);
}

/* Counts the ids of a choice value that no option of s has. */
static size_t unknown_ids(const struct step *s, const char *v)
{
	size_t n = 0;
	while (*v) {
		size_t len = strcspn(v, ",");
		int found = 0;
		for (size_t k = 0; k < s->n_options && !found; k++)
			found = strlen(s->options[k].id) == len &&
			        strncmp(s->options[k].id, v, len) == 0;
		n += len && !found;
		v += len + (v[len] == ',');
	}
	return n;
}

char *entry_words_answer(const struct step *s, const char *value)
{
	const char *v = value ? value : "";
	if (!s && looks_like_ids(v) && strspn(v, "0123456789") != strlen(v))
		/* TRANSLATORS: in the diary, in place of an answer steady can no
		   longer read because its question's options changed. */
		return xstrdup(_("(an answer given before the module changed)"));
	if (!s)
		return xstrdup(v);
	struct buf b;
	buf_init(&b);
	if (s->type == STEP_SCALE) {
		/* TRANSLATORS: an answer on a scale, in the diary: %s is the number
		   chosen, and the %d are the two ends of the scale, as in "7 (from 0
		   to 10)". */
		buf_printf(&b, _("%s (from %d to %d)"), v, s->min, s->max);
	} else if (s->type == STEP_CHOICE || s->type == STEP_CHECKLIST) {
		for (size_t k = 0; k < s->n_options; k++) {
			if (!entry_value_has(v, s->options[k].id))
				continue;
			if (b.len)
				buf_puts(&b, "; ");
			buf_puts(&b, s->options[k].label);
		}
		size_t gone = unknown_ids(s, v);
		if (gone)
			buf_printf(&b,
			           /* TRANSLATORS: at the end of a list of chosen
			              options in the diary: %s is "; " when options
			              come before it and nothing otherwise; %zu is
			              how many chosen options a newer version of the
			              module removed, as in "Lonely; Tired; 2 options
			              no longer in this module". */
			           ngettext("%s%zu option no longer in this module",
			                    "%s%zu options no longer in this module", gone),
			           b.len ? "; " : "", gone);
	} else {
		buf_puts(&b, v);
	}
	return buf_take(&b);
}
