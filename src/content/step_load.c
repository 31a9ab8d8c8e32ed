/* SPDX-FileCopyrightText: 2026 The steady authors */
/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * step_load.c: the steps of a module, each checked against the keys and
 * rules of its type.
 */
#include "config.h"

#include <string.h>

#include "content/module_parts.h"
#include "util/buf.h"
#include "util/gettext.h"
#include "util/xalloc.h"

static const char *const step_types[] = {"page",  "scale",     "choice", "text", "checklist",
                                         "timer", "helplines", "links",  NULL};

#define COMMON "type", "id", "title", "text", "regions"
static const char *const type_keys[STEP__COUNT][13] = {
        [STEP_PAGE] = {COMMON, NULL},
        [STEP_SCALE] = {COMMON, "prompt", "min", "max", "min_label", "max_label", "optional", NULL},
        [STEP_CHOICE] = {COMMON, "prompt", "options", "multiple", "at_most", "optional",
                         "time_of_day", NULL},
        [STEP_TEXT] = {COMMON, "prompt", "placeholder", "optional", "plan", NULL},
        [STEP_CHECKLIST] = {COMMON, "items", NULL},
        [STEP_TIMER] = {COMMON, "seconds", "cues", NULL},
        [STEP_HELPLINES] = {COMMON, "kinds", NULL},
        [STEP_LINKS] = {COMMON, "modules", NULL},
};

static const char *const kind_names[] = {"prevention", "crisis", "emergency", "family", NULL};

static int has_key(const char *const *keys, const char *k)
{
	for (size_t i = 0; keys[i]; i++)
		if (strcmp(keys[i], k) == 0)
			return 1;
	return 0;
}

/* Unknown keys; a key of another step type gets a message saying so. */
static void check_keys(struct yget *c, const struct ynode *n, enum step_type t)
{
	for (size_t i = 0; i + 1 < n->n; i += 2) {
		const struct ynode *k = n->kids[i];
		if (has_key(type_keys[t], k->value))
			continue;
		struct buf where;
		buf_init(&where);
		size_t left = 0;
		for (int o = 0; o < STEP__COUNT; o++)
			left += (size_t)has_key(type_keys[o], k->value);
		for (int o = 0; o < STEP__COUNT; o++)
			if (has_key(type_keys[o], k->value))
				buf_printf(&where, "%s'%s'",
				           !where.len ? ""
				           /* TRANSLATORS: between the last two step
				              types in a list of them, with a space
				              on each side, as in "'choice', 'scale'
				              or 'text'". It fills the last %s of
				              "'%s' is not used in a '%s' step; it
				              belongs in %s steps". */
				           : --left == 1 ? _(" or ")
				                         : ", ",
				           step_type_name((enum step_type)o));
		if (where.len)
			yget_error(c, k,
			           /* TRANSLATORS: the first %s is a key of the
			              module format written in the file, such as
			              'options'; the second is the type of this step,
			              such as 'text'; the third is a list of the step
			              types that use the key, such as "'choice' or
			              'checklist'". Keys and step types stay as they
			              are. Shown by 'steady check'. */
			           _("'%s' is not used in a '%s' step; it belongs in %s steps"),
			           k->value, step_type_name(t), where.data);
		else
			yget_unknown(c, n, i, type_keys[t]);
		buf_free(&where);
	}
}

static void load_scale(struct yget *c, const struct ynode *n, struct step *s)
{
	s->min = 0;
	s->max = 10;
	int ok = yget_int(c, n, "min", 0, -1000, 1000, &s->min) == 0;
	ok &= yget_int(c, n, "max", 0, -1000, 1000, &s->max) == 0;
	if (ok && s->min >= s->max) {
		const struct ynode *at =
		        ytree_get(n, "max") ? ytree_get(n, "max") : ytree_get(n, "min");
		/* TRANSLATORS: 'min' and 'max' are keys of the module format; keep
		   them. Each %d is the number written after the key, as in "'min'
		   (10) must be less than 'max' (0)". */
		yget_error(c, at ? at : n, _("'min' (%d) must be less than 'max' (%d)"), s->min,
		           s->max);
	}
	yget_str(c, n, "min_label", YGET_REQUIRED, "min_label", &s->min_label);
	yget_str(c, n, "max_label", YGET_REQUIRED, "max_label", &s->max_label);
}

static void load_timer(struct yget *c, const struct ynode *n, struct step *s)
{
	int ok = yget_int(c, n, "seconds", 1, 10, 3600, &s->seconds) == 0;
	const struct ynode *l = yget_list(c, n, "cues", 0, 0, CONTENT_MAX_ITEMS);
	if (!l)
		return;
	s->cues = xcalloc(l->n, sizeof *s->cues);
	s->n_cues = l->n;
	static const char *const cue_keys[] = {"at", "text", NULL};
	for (size_t i = 0; i < l->n; i++) {
		const struct ynode *q = l->kids[i];
		if (yget_need_map(c, q, "cues") < 0)
			continue;
		yget_keys(c, q, cue_keys);
		struct timer_cue *cue = &s->cues[i];
		if (yget_int(c, q, "at", 1, 0, 3600, &cue->at) == 0 && ok && cue->at > s->seconds)
			yget_error(c, ytree_get(q, "at"),
			           /* TRANSLATORS: 'at' and 'seconds' are keys of the
			              module format; keep them as they are. */
			           _("this cue ('at: %d') comes after the end of the timer "
			             "('seconds: %d')"),
			           cue->at, s->seconds);
		yget_str(c, q, "text", YGET_REQUIRED, "cue", &cue->text);
	}
}

static void load_kinds(struct yget *c, const struct ynode *n, struct step *s)
{
	s->kinds = HELPLINE_ALL;
	const struct ynode *l = yget_list(c, n, "kinds", 0, 1, 4);
	if (!l)
		return;
	s->kinds = 0;
	for (size_t i = 0; i < l->n; i++) {
		int k = yget_enum_node(c, l->kids[i], "kinds", kind_names);
		if (k >= 0)
			s->kinds |= 1u << k;
	}
}

/* "Choose up to N": only for a multiple choice, and fewer than its options. */
static void load_at_most(struct yget *c, const struct ynode *n, struct step *s)
{
	const struct ynode *v = ytree_get(n, "at_most");
	if (!v)
		return;
	if (!s->multiple) {
		yget_error(c, v, "%s",
		           _("'at_most' is only used in a choice with 'multiple: true'"));
		return;
	}
	int most = s->n_options > 1 ? (int)s->n_options - 1 : 1;
	if (yget_int_node(c, v, "at_most", 1, most, &s->at_most) < 0)
		s->at_most = 0;
}

static void load_question(struct yget *c, const struct ynode *n, int selfcheck, struct step *s)
{
	const struct ynode *l;
	yget_str(c, n, "prompt", YGET_REQUIRED, "prompt", &s->prompt);
	yget_bool(c, n, "optional", &s->optional);
	switch (s->type) {
	case STEP_SCALE:
		load_scale(c, n, s);
		break;
	case STEP_CHOICE:
		yget_bool(c, n, "multiple", &s->multiple);
		yget_bool(c, n, "time_of_day", &s->time_of_day);
		if (s->time_of_day && s->multiple)
			yget_error(c, ytree_key(n, "time_of_day"), "%s",
			           _("'time_of_day' is for a choice of one answer, not with "
			             "'multiple: true'"));
		l = yget_list(c, n, "options", 1, 2, CONTENT_MAX_ITEMS);
		if (l)
			option_load_list(c, l, 0, selfcheck, s);
		load_at_most(c, n, s);
		break;
	default:
		yget_str(c, n, "placeholder", 0, "placeholder", &s->placeholder);
		l = ytree_get(n, "plan");
		if (l && yget_enum_node(c, l, "plan", module_plan_sections) >= 0)
			s->plan = xstrdup(l->value);
		break;
	}
}

static void load_body(struct yget *c, const struct ynode *n, int selfcheck, struct step *s)
{
	const struct ynode *l;
	switch (s->type) {
	case STEP_SCALE:
	case STEP_CHOICE:
	case STEP_TEXT:
		load_question(c, n, selfcheck, s);
		break;
	case STEP_CHECKLIST:
		l = yget_list(c, n, "items", 1, 1, CONTENT_MAX_ITEMS);
		if (l)
			option_load_list(c, l, 1, 0, s);
		break;
	case STEP_TIMER:
		load_timer(c, n, s);
		break;
	case STEP_HELPLINES:
		load_kinds(c, n, s);
		break;
	case STEP_LINKS:
		yget_ids(c, n, "modules", 1, &s->links, &s->n_links, &s->links_pos);
		break;
	default:
		break;
	}
}

/* 1 when the first n regions of s include r. */
static int named_before(const struct step *s, size_t n, const char *r)
{
	for (size_t k = 0; k < n; k++)
		if (strcmp(s->regions[k], r) == 0)
			return 1;
	return 0;
}

/*
 * "regions:": codes and "other". Whether a code is one of the helplines'
 * regions is checked by the library (library_check_regions()), which has
 * them.
 */
static void load_regions(struct yget *c, const struct ynode *n, struct step *s)
{
	const struct ynode *v = ytree_get(n, "regions");
	if (v && v->kind == YNODE_SEQ && v->n == 0) {
		yget_error(c, v, "%s",
		           _("'regions' needs at least one region, such as '[GB, IE]' or "
		             "'[other]'; a step for everyone has no 'regions'"));
		return;
	}
	const struct ynode *l = yget_list(c, n, "regions", 0, 1, CONTENT_MAX_ITEMS);
	if (!l)
		return;
	s->regions = xcalloc(l->n, sizeof *s->regions);
	s->regions_pos = xcalloc(l->n, sizeof *s->regions_pos);
	for (size_t i = 0; i < l->n; i++) {
		const struct ynode *r = l->kids[i];
		if (r->kind != YNODE_SCALAR || r->len == 0 || r->len > 15 ||
		    strcspn(r->value, " \t\n,") != r->len)
			yget_error(c, r, "%s",
			           _("each entry of 'regions' must be a region code, such as 'GB', "
			             "or the word 'other'"));
		else if (strcmp(r->value, "INT") == 0)
			yget_error(c, r, "%s",
			           _("'INT' is the helplines' region for other countries; write "
			             "'other' here instead: it reaches every reader whose region "
			             "none of these steps names"));
		else if (named_before(s, s->n_regions, r->value))
			diag_add(c->d, DIAG_WARNING, c->file, r->line, r->col,
			         /* TRANSLATORS: %s is a region code as written after 'regions:'
			            in the module file, such as 'GB'. Shown by 'steady check'. */
			         _("'%s' is named twice in this list"), r->value);
		else {
			s->regions_pos[s->n_regions] = yget_pos(r);
			s->regions[s->n_regions++] = xstrdup(r->value);
		}
	}
}

static void load_step(struct yget *c, const struct ynode *n, int selfcheck, struct step *s)
{
	s->pos = yget_pos(n);
	if (n->kind != YNODE_MAP) {
		yget_error(c, n, "%s",
		           _("each step must be a mapping that starts with 'type:', such as "
		             "'- type: page'"));
		return;
	}
	int t = yget_enum(c, n, "type", 1, step_types);
	if (t < 0)
		return;
	s->type = (enum step_type)t;
	check_keys(c, n, s->type);
	yget_id(c, n, "id", step_is_question(s) || s->type == STEP_CHECKLIST, &s->id, NULL);
	yget_str(c, n, "title", YGET_ONELINE, "title", &s->title);
	yget_str(c, n, "text", s->type == STEP_PAGE ? YGET_REQUIRED : 0, "text", &s->text);
	load_regions(c, n, s);
	load_body(c, n, selfcheck, s);
}

static void check_unique(struct yget *c, const struct ynode *list, const struct module *m)
{
	for (size_t j = 1; j < m->n_steps; j++) {
		for (size_t i = 0; i < j; i++) {
			const char *a = m->steps[i].id, *b = m->steps[j].id;
			if (!a || !b || strcmp(a, b) != 0)
				continue;
			const struct ynode *first = ytree_get(list->kids[i], "id");
			yget_error(
			        c, ytree_get(list->kids[j], "id"),
			        /* TRANSLATORS: %s is the step id from the module
			           file, such as 'feelings'; %d is the line number
			           where it first appears. Shown by 'steady check'. */
			        _("step id '%s' is used twice in this module (first on line %d)"),
			        b, first->line);
			break;
		}
	}
}

void step_load_list(struct yget *c, const struct ynode *list, int selfcheck, struct module *m)
{
	m->steps = xcalloc(list->n, sizeof *m->steps);
	m->n_steps = list->n;
	for (size_t i = 0; i < list->n; i++)
		load_step(c, list->kids[i], selfcheck, &m->steps[i]);
	check_unique(c, list, m);
}

/* 1 when the pages a and b have the same title (or none). */
static int same_page(const struct step *a, const struct step *b)
{
	return a->type == STEP_PAGE && b->type == STEP_PAGE &&
	       (a->title && b->title ? strcmp(a->title, b->title) == 0 : a->title == b->title);
}

/* Two pages of one title shown to one region: most likely a region meant for another. */
static void check_twice(struct yget *c, const struct module *m, size_t from, size_t to)
{
	for (size_t j = from + 1; j < to; j++) {
		const struct step *b = &m->steps[j];
		for (size_t k = 0; k < b->n_regions; k++) {
			for (size_t i = from; i < j; i++) {
				const struct step *a = &m->steps[i];
				if (!same_page(a, b) || !step_names_region(a, b->regions[k]))
					continue;
				diag_add(c->d, DIAG_WARNING, c->file, b->regions_pos[k].line,
				         b->regions_pos[k].col,
				         /* TRANSLATORS: %s is a region code as written after
				            'regions:', such as 'GB', or the word 'other'; %d is the
				            line of the other page. Shown by 'steady check'. */
				         _("'%s' is also named by the page on line %d, which has "
				           "the "
				           "same title: readers there see both pages"),
				         b->regions[k], a->pos.line);
				break;
			}
		}
	}
}

void step_check_regions(struct yget *c, const struct module *m)
{
	for (size_t i = 0; i < m->n_steps;) {
		size_t from, to;
		module_region_run(m, i, &from, &to);
		i = to;
		if (!m->steps[from].n_regions)
			continue;
		check_twice(c, m, from, to);
		int other = 0;
		for (size_t k = from; k < to; k++)
			other |= step_names_region(&m->steps[k], MODULE_REGION_OTHER);
		const struct step *first = &m->steps[from];
		if (!other && first->n_regions)
			diag_add(c->d, DIAG_WARNING, c->file, first->regions_pos[0].line,
			         first->regions_pos[0].col,
			         /* TRANSLATORS: 'regions' and 'other' are words of the module
			            format; keep them. %d is the line of the last step of these.
			            Shown by 'steady check'. */
			         _("no step from here to line %d has 'other' in its 'regions', so "
			           "readers of every other region see nothing here"),
			         m->steps[to - 1].pos.line);
	}
}

void step_check_plans(struct yget *c, const struct ynode *root, const struct ynode *list,
                      const struct module *m)
{
	/* One question says when it happened, or Patterns would not know which to count. */
	for (size_t j = 0, first = (size_t)-1; j < m->n_steps; j++) {
		if (!m->steps[j].time_of_day)
			continue;
		if (first == (size_t)-1)
			first = j;
		else
			yget_error(c, ytree_key(list->kids[j], "time_of_day"),
			           /* TRANSLATORS: 'time_of_day' is a key of the
			              module format; keep it. %d is the line number
			              of the first question that has it. Shown by
			              'steady check'. */
			           _("only one question of a module can have 'time_of_day' (the "
			             "first is on line %d)"),
			           ytree_key(list->kids[first], "time_of_day")->line);
	}
	/* A purpose that was misspelt has had its error; say nothing more of it. */
	int told = m->purpose == PURPOSE_SAFETY_PLAN ||
	           (m->purpose == PURPOSE_NONE && ytree_get(root, "purpose"));
	for (size_t j = 0; j < m->n_steps; j++) {
		const char *plan = m->steps[j].plan;
		if (!plan)
			continue;
		if (!told && m->purpose == PURPOSE_NONE)
			yget_error(c, ytree_key(list->kids[j], "plan"), "%s",
			           _("'plan' is used only in a module with 'purpose: safety-plan' "
			             "(a top-level key, beside 'id:')"));
		else if (!told)
			yget_error(c, ytree_key(list->kids[j], "plan"),
			           /* TRANSLATORS: 'plan', 'purpose' and 'safety-plan' are words of
			              the module format; keep them. %s is the purpose this module
			              gives, such as 'homework'. Shown by 'steady check'. */
			           _("'plan' is used only in a module with 'purpose: safety-plan', "
			             "and this one's purpose is '%s'"),
			           module_purpose_name(m->purpose));
		told = 1;
		for (size_t i = 0; i < j; i++) {
			if (!m->steps[i].plan || strcmp(m->steps[i].plan, plan) != 0)
				continue;
			yget_error(
			        c, ytree_get(list->kids[j], "plan"),
			        /* TRANSLATORS: %s is a section of the safety plan as
			           written after 'plan:' in the module file, such as
			           'warning-signs'; keep it. %d is the line number
			           where it is first filled in. Shown by 'steady
			           check'. */
			        _("the plan section '%s' is filled in twice in this module (first "
			          "on line %d)"),
			        plan, ytree_get(list->kids[i], "plan")->line);
			break;
		}
	}
}
