/* SPDX-FileCopyrightText: 2026 The steady authors */
/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * record.c: answers to diary entries and back. Built values are wiped
 * before they are freed, since they hold what the person wrote.
 */
#include "config.h"

#include <errno.h>
#include <limits.h>
#include <sodium.h>
#include <stdlib.h>
#include <string.h>

#include "session/record.h"
#include "util/buf.h"
#include "util/xalloc.h"

int record_module_asks(const struct module *m)
{
	for (size_t i = 0; i < m->n_steps; i++)
		if (step_is_question(&m->steps[i]) && m->steps[i].id)
			return 1;
	return 0;
}

static void wipe_buf(struct buf *b)
{
	if (b->data)
		sodium_memzero(b->data, b->cap);
	buf_free(b);
}

/* What of a written answer is kept (text_kept()); *len 0 when nothing. */
static const char *kept(const struct answer *an, size_t *len)
{
	size_t from = 0;
	*len = an->text ? text_kept(an->text, an->len, &from) : 0;
	return an->text ? an->text + from : "";
}

/* The encoded value of an answered step into b (empty when unanswered). */
static void encode(struct buf *b, const struct step *s, const struct answer *an)
{
	switch (s->type) {
	case STEP_SCALE:
		if (an->set)
			buf_printf(b, "%d", an->value);
		break;
	case STEP_CHOICE:
	case STEP_CHECKLIST:
		for (size_t k = 0; k < s->n_options && k < an->n_chosen; k++) {
			if (!an->chosen[k])
				continue;
			if (b->len)
				buf_putc(b, ',');
			buf_puts(b, s->options[k].id);
		}
		break;
	case STEP_TEXT: {
		size_t len;
		const char *t = kept(an, &len);
		buf_append(b, t, len);
		break;
	}
	default:
		break;
	}
}

void record_fill(struct entry *e, const struct module *m, const struct progress *p)
{
	for (size_t i = 0; i < m->n_steps && i < p->n; i++) {
		const struct step *s = &m->steps[i];
		if (!s->id || !step_is_question(s))
			continue;
		struct buf b;
		buf_init(&b);
		encode(&b, s, &p->answers[i]);
		if (b.len)
			entry_set_answer(e, s->id, b.data);
		wipe_buf(&b);
	}
	e->complete = p->state == PROGRESS_DONE;
	e->step = (uint32_t)(p->step < m->n_steps ? p->step : 0);
}

static int parse_int(const char *v, int *out)
{
	char *end;
	errno = 0;
	long n = strtol(v, &end, 10);
	if (errno || end == v || *end || n < INT_MIN || n > INT_MAX)
		return -1;
	*out = (int)n;
	return 0;
}

static void load_answer(struct answer *an, const struct step *s, const char *v)
{
	switch (s->type) {
	case STEP_SCALE: {
		int n;
		if (parse_int(v, &n) == 0 && n >= s->min && n <= s->max) {
			an->set = 1;
			an->value = n;
		}
		break;
	}
	case STEP_CHOICE:
	case STEP_CHECKLIST: {
		int single = s->type == STEP_CHOICE && !s->multiple;
		for (size_t k = 0; k < s->n_options && k < an->n_chosen; k++) {
			an->chosen[k] = (unsigned char)entry_value_has(v, s->options[k].id);
			if (single && an->chosen[k]) {
				/* A single choice keeps one, the first that still exists. */
				for (size_t j = k + 1; j < an->n_chosen; j++)
					an->chosen[j] = 0;
				break;
			}
		}
		break;
	}
	case STEP_TEXT:
		answer_delete(an, 0, an->len);
		answer_insert(an, 0, v, strlen(v) > ANSWER_MAX_TEXT ? ANSWER_MAX_TEXT : strlen(v));
		break;
	default:
		break;
	}
}

void record_load(struct progress *p, const struct module *m, const struct entry *e)
{
	progress_open(p, m);
	for (size_t i = 0; i < m->n_steps && i < p->n; i++) {
		const struct step *s = &m->steps[i];
		const char *v = s->id && step_is_question(s) ? entry_answer(e, s->id) : NULL;
		if (v)
			load_answer(&p->answers[i], s, v);
	}
	p->state = e->complete ? PROGRESS_DONE : PROGRESS_STARTED;
	p->step = e->complete || e->step >= m->n_steps ? 0 : e->step;
	p->record = e->id;
}

void record_merge(struct progress *p, const struct module *m, const struct entry *e)
{
	progress_open(p, m);
	for (size_t i = 0; i < m->n_steps && i < p->n; i++) {
		const struct step *s = &m->steps[i];
		if (!s->id || !step_is_question(s) || progress_answered(p, m, i))
			continue;
		const char *v = entry_answer(e, s->id);
		if (v)
			load_answer(&p->answers[i], s, v);
	}
}

int record_plan_section(const struct step *s)
{
	/* The module names the section in the step's 'plan:' (content/module.h). */
	int sec = s && s->type == STEP_TEXT ? module_plan_section(s->plan) : -1;
	if (sec < 0)
		return -1;
	/* The two tables list the sections in the same order (a unit test holds them to it). */
	return sec < PLAN__COUNT ? sec : -1;
}

void record_take_plan(struct progress *p, const struct module *m, const struct entry *plan)
{
	for (size_t i = 0; plan && i < m->n_steps && i < p->n; i++) {
		int sec = record_plan_section(&m->steps[i]);
		if (sec >= 0 && plan->plan[sec] && plan->plan[sec][0])
			load_answer(&p->answers[i], &m->steps[i], plan->plan[sec]);
	}
}

size_t record_fill_plan(struct entry *plan, const struct module *m, const struct progress *p)
{
	size_t set = 0;
	for (size_t i = 0; i < m->n_steps && i < p->n; i++) {
		const struct step *s = &m->steps[i];
		int sec = record_plan_section(s);
		size_t len;
		const char *t = sec < 0 ? NULL : kept(&p->answers[i], &len);
		if (!t || len == 0)
			continue;
		char *v = xstrndup(t, len);
		entry_set(plan, &plan->plan[sec], v);
		sodium_memzero(v, len);
		free(v);
		set++;
	}
	return set;
}
