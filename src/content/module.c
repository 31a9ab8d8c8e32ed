/* SPDX-FileCopyrightText: 2026 The steady authors */
/* SPDX-License-Identifier: GPL-3.0-or-later */
/* module.c: freeing and querying the typed module model. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "content/module.h"

static void free_strv(char **v, size_t n)
{
	for (size_t i = 0; i < n; i++)
		free(v[i]);
	free(v);
}

static void free_step(struct step *s)
{
	free(s->id);
	free(s->title);
	free(s->text);
	free(s->prompt);
	free(s->min_label);
	free(s->max_label);
	for (size_t i = 0; i < s->n_options; i++) {
		free(s->options[i].id);
		free(s->options[i].label);
	}
	free(s->options);
	free(s->placeholder);
	free(s->plan);
	for (size_t i = 0; i < s->n_cues; i++)
		free(s->cues[i].text);
	free(s->cues);
	free_strv(s->links, s->n_links);
	free(s->links_pos);
	free_strv(s->regions, s->n_regions);
	free(s->regions_pos);
}

static void free_band(struct band *b)
{
	free(b->title);
	free(b->feedback);
	free_strv(b->suggest, b->n_suggest);
	free(b->suggest_pos);
}

void module_free(struct module *m)
{
	if (!m)
		return;
	free(m->id);
	free(m->title);
	free(m->summary);
	free_strv(m->tags, m->n_tags);
	free(m->domain);
	for (size_t i = 0; i < m->n_steps; i++)
		free_step(&m->steps[i]);
	free(m->steps);
	for (size_t i = 0; i < m->n_bands; i++)
		free_band(&m->bands[i]);
	free(m->bands);
	if (m->homework) {
		free(m->homework->set_by);
		free(m->homework->counsellor_key);
		free(m->homework->instructions);
		free(m->homework->until);
		free(m->homework);
	}
	free(m->path);
	free(m);
}

const struct step *module_step(const struct module *m, const char *id)
{
	for (size_t i = 0; i < m->n_steps; i++)
		if (m->steps[i].id && strcmp(m->steps[i].id, id) == 0)
			return &m->steps[i];
	return NULL;
}

const struct step *module_time_step(const struct module *m)
{
	for (size_t i = 0; i < m->n_steps; i++)
		if (m->steps[i].type == STEP_CHOICE && m->steps[i].time_of_day)
			return &m->steps[i];
	return NULL;
}

int module_is_selfcheck(const struct module *m)
{
	return m->n_bands > 0;
}

const struct band *module_band(const struct module *m, int score)
{
	for (size_t i = 0; i < m->n_bands; i++)
		if (score >= m->bands[i].min && score <= m->bands[i].max)
			return &m->bands[i];
	return NULL;
}

int step_is_question(const struct step *s)
{
	return s->type == STEP_SCALE || s->type == STEP_CHOICE || s->type == STEP_TEXT ||
	       s->type == STEP_CHECKLIST;
}

int step_names_region(const struct step *s, const char *region)
{
	for (size_t i = 0; region && i < s->n_regions; i++)
		if (strcmp(s->regions[i], region) == 0)
			return 1;
	return 0;
}

void module_region_run(const struct module *m, size_t i, size_t *from, size_t *to)
{
	size_t a = i, b = i + 1;
	if (i < m->n_steps && m->steps[i].n_regions) {
		while (a > 0 && m->steps[a - 1].n_regions)
			a--;
		while (b < m->n_steps && m->steps[b].n_regions)
			b++;
	}
	*from = a;
	*to = b;
}

int module_step_shown(const struct module *m, size_t i, const char *region)
{
	if (i >= m->n_steps)
		return 0;
	const struct step *s = &m->steps[i];
	if (!s->n_regions)
		return 1;
	/* The fallback region of the helplines is "other countries": the general version. */
	if (region && (!region[0] || strcmp(region, "INT") == 0))
		region = NULL;
	size_t from, to;
	module_region_run(m, i, &from, &to);
	int named = 0;
	for (size_t k = from; region && !named && k < to; k++)
		named = step_names_region(&m->steps[k], region);
	return step_names_region(s, named ? region : MODULE_REGION_OTHER);
}

size_t module_steps_shown(const struct module *m, const char *region)
{
	return module_step_number(m, m->n_steps, region) - 1;
}

size_t module_step_number(const struct module *m, size_t i, const char *region)
{
	size_t n = 1;
	for (size_t k = 0; k < i && k < m->n_steps; k++)
		n += (size_t)module_step_shown(m, k, region);
	return n;
}

static const char *const type_names[STEP__COUNT] = {
        [STEP_PAGE] = "page",           [STEP_SCALE] = "scale",         [STEP_CHOICE] = "choice",
        [STEP_TEXT] = "text",           [STEP_CHECKLIST] = "checklist", [STEP_TIMER] = "timer",
        [STEP_HELPLINES] = "helplines", [STEP_LINKS] = "links",
};

const char *step_type_name(enum step_type t)
{
	return (unsigned)t < STEP__COUNT ? type_names[t] : "?";
}

const char *module_purpose_name(enum module_purpose p)
{
	switch (p) {
	case PURPOSE_NONE:
		return "none";
	case PURPOSE_FIRST_RUN:
		return "first-run";
	case PURPOSE_SAFETY_PLAN:
		return "safety-plan";
	}
	return "?";
}

/* The diary's names for the same sections (entry_plan_name()); a unit test
 * keeps the two tables alike, since content/ may not include diary/. */
const char *const module_plan_sections[MODULE_PLAN_COUNT + 1] = {
        "warning-signs", "alone", "distract", "helpers", "professionals", "surroundings", NULL,
};

int module_plan_section(const char *name)
{
	for (int i = 0; name && i < MODULE_PLAN_COUNT; i++)
		if (strcmp(name, module_plan_sections[i]) == 0)
			return i;
	return -1;
}
