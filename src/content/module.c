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
