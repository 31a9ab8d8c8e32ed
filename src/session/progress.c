/* SPDX-FileCopyrightText: 2026 The steady authors */
/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * progress.c: answers held for this run. Text grows by copying into a new
 * buffer and wiping the old one, never realloc(), so no copy of what the
 * person wrote is left behind in freed memory.
 */
#include "config.h"

#include <sodium.h>
#include <stdlib.h>
#include <string.h>

#include "session/progress.h"
#include "util/xalloc.h"

void progress_open(struct progress *p, const struct module *m)
{
	if (p->state == PROGRESS_NONE)
		p->state = PROGRESS_STARTED;
	if (p->answers)
		return;
	p->n = m->n_steps;
	p->answers = xcalloc(p->n, sizeof *p->answers);
	for (size_t i = 0; i < p->n; i++) {
		const struct step *s = &m->steps[i];
		if (s->n_options > 0) {
			p->answers[i].n_chosen = s->n_options;
			p->answers[i].chosen = xcalloc(s->n_options, 1);
		}
	}
}

static void wipe_answer(struct answer *a)
{
	if (a->text) {
		sodium_memzero(a->text, a->cap);
		free(a->text);
	}
	if (a->chosen) {
		sodium_memzero(a->chosen, a->n_chosen);
		free(a->chosen);
	}
	sodium_memzero(a, sizeof *a);
}

void progress_wipe(struct progress *p)
{
	for (size_t i = 0; i < p->n; i++)
		wipe_answer(&p->answers[i]);
	free(p->answers);
	memset(p, 0, sizeof *p);
}

void progress_restart(struct progress *p)
{
	enum progress_keep keep = p->keep;
	progress_wipe(p);
	p->keep = keep;
}

int progress_any(const struct progress *p, const struct module *m)
{
	for (size_t i = 0; i < m->n_steps; i++)
		if (progress_answered(p, m, i))
			return 1;
	return 0;
}

int progress_score(const struct progress *p, const struct module *m)
{
	int total = 0;
	if (!p->answers)
		return 0;
	for (size_t i = 0; i < m->n_steps && i < p->n; i++) {
		const struct step *s = &m->steps[i];
		if (s->type != STEP_CHOICE)
			continue;
		for (size_t k = 0; k < s->n_options && k < p->answers[i].n_chosen; k++)
			if (p->answers[i].chosen[k])
				total += s->options[k].score;
	}
	return total;
}

int progress_answered(const struct progress *p, const struct module *m, size_t step)
{
	if (!p->answers || step >= p->n || step >= m->n_steps)
		return 0;
	const struct answer *a = &p->answers[step];
	switch (m->steps[step].type) {
	case STEP_SCALE:
		return a->set;
	case STEP_CHOICE:
	case STEP_CHECKLIST:
		for (size_t k = 0; k < a->n_chosen; k++)
			if (a->chosen[k])
				return 1;
		return 0;
	case STEP_TEXT: {
		size_t from;
		return a->text && text_kept(a->text, a->len, &from) > 0;
	}
	default:
		return 0;
	}
}

static int is_space(char c)
{
	return c == ' ' || c == '\t';
}

size_t text_kept(const char *t, size_t len, size_t *from)
{
	size_t start = 0, end = len;
	/* Whole blank lines at the start go; the first written line keeps its indent. */
	for (size_t i = 0; i < len && (is_space(t[i]) || t[i] == '\n'); i++)
		if (t[i] == '\n')
			start = i + 1;
	while (end > start && (is_space(t[end - 1]) || t[end - 1] == '\n'))
		end--;
	*from = start;
	return end - start;
}

int answer_insert(struct answer *a, size_t at, const char *s, size_t n)
{
	if (n == 0)
		return 0;
	if (n > ANSWER_MAX_TEXT || a->len + n > ANSWER_MAX_TEXT)
		return -1;
	if (at > a->len)
		at = a->len;
	if (a->len + n + 1 > a->cap) {
		size_t cap = a->cap ? a->cap : 256;
		while (cap < a->len + n + 1)
			cap *= 2;
		char *t = xmalloc(cap);
		if (a->text) {
			memcpy(t, a->text, a->len + 1);
			sodium_memzero(a->text, a->cap);
			free(a->text);
		} else {
			t[0] = '\0';
		}
		a->text = t;
		a->cap = cap;
	}
	memmove(a->text + at + n, a->text + at, a->len - at + 1);
	memcpy(a->text + at, s, n);
	a->len += n;
	return 0;
}

void answer_delete(struct answer *a, size_t from, size_t to)
{
	if (!a->text || from >= to || from >= a->len)
		return;
	if (to > a->len)
		to = a->len;
	memmove(a->text + from, a->text + to, a->len - to + 1);
	a->len -= to - from;
	/* Wipe the bytes that fell off the end. */
	sodium_memzero(a->text + a->len + 1, to - from);
}
