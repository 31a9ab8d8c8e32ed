/* SPDX-FileCopyrightText: 2026 The steady authors */
/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * option_load.c: choice options and checklist items. Their ids are what the
 * diary stores, so they must be unique in the step; in a self-check every
 * choice option carries a score.
 */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include "content/module_parts.h"
#include "util/gettext.h"
#include "util/xalloc.h"

static const char *const option_keys[] = {"label", "id", "score", NULL};
static const char *const item_keys[] = {"label", "id", NULL};

/* 1 when s is an option id: like a module id, but it may start with a digit. */
static int is_option_id(const char *s)
{
	if (s[0] >= '0' && s[0] <= '9') {
		char tmp[48];
		if (strlen(s) > 40)
			return 0;
		snprintf(tmp, sizeof tmp, "a%s", s + 1);
		return yget_is_id(tmp);
	}
	return yget_is_id(s);
}

static void load_id(struct yget *c, const struct ynode *n, size_t idx, struct option *o)
{
	const struct ynode *v = ytree_get(n, "id");
	char shown[64];
	if (!v) {
		o->id = xasprintf("%zu", idx + 1);
	} else if (v->kind != YNODE_SCALAR || !is_option_id(v->value)) {
		char near[YGET_ID_MAX + 1];
		if (v->kind == YNODE_SCALAR && yget_id_near(v->value, 1, near))
			yget_error(
			        c, v,
			        /* TRANSLATORS: the first %s is the option id written
			           in the module file; the second is a valid id close
			           to it. Shown by 'steady check'. a-z and '-' are
			           the characters allowed; keep them. */
			        _("'%s' is not a valid option id: use 1 to 40 lower-case letters "
			          "(a-z), digits and '-' (did you mean '%s'?)"),
			        ytree_shorten(v->value, shown, sizeof shown), near);
		else
			yget_error(
			        c, v,
			        /* TRANSLATORS: %s is the option id written in the
			           module file. Shown by 'steady check'. a-z and '-'
			           are the characters allowed; keep them. */
			        _("'%s' is not a valid option id: use 1 to 40 lower-case letters "
			          "(a-z), digits and '-'"),
			        v->kind == YNODE_SCALAR
			                ? ytree_shorten(v->value, shown, sizeof shown)
			                : "");
	} else {
		o->id = xstrdup(v->value);
	}
}

static void load_score(struct yget *c, const struct ynode *n, int selfcheck, struct option *o)
{
	const struct ynode *v = ytree_get(n, "score");
	if (!v) {
		if (selfcheck)
			yget_error(c, n, "%s",
			           _("this option needs a 'score': the module is a self-check "
			             "(it has 'scoring')"));
		return;
	}
	if (!selfcheck) {
		yget_error(c, v, "%s",
		           _("'score' is only used in a self-check (a module with 'scoring')"));
		return;
	}
	if (yget_int_node(c, v, "score", -1000, 1000, &o->score) == 0)
		o->has_score = 1;
}

static void check_item_keys(struct yget *c, const struct ynode *n)
{
	for (size_t i = 0; i + 1 < n->n; i += 2) {
		const struct ynode *k = n->kids[i];
		if (strcmp(k->value, "score") == 0)
			yget_error(c, k, "%s",
			           _("'score' is only used in choice options, not in checklist "
			             "items"));
		else if (strcmp(k->value, "label") != 0 && strcmp(k->value, "id") != 0)
			yget_unknown(c, n, i, item_keys);
	}
}

static void load_one(struct yget *c, const struct ynode *n, size_t idx, int is_item, int selfcheck,
                     struct option *o)
{
	o->pos = yget_pos(n);
	if (n->kind != YNODE_MAP) {
		yget_error(c, n, "%s",
		           is_item ? _("each item must be a mapping such as '{label: Take a walk}'")
		                   : _("each option must be a mapping such as '{label: Lonely}'"));
		return;
	}
	if (is_item)
		check_item_keys(c, n);
	else
		yget_keys(c, n, option_keys);
	yget_str(c, n, "label", YGET_REQUIRED, is_item ? "item" : "option", &o->label);
	load_id(c, n, idx, o);
	if (!is_item)
		load_score(c, n, selfcheck, o);
}

/* 1 when the option (a node of the list) was given no id of its own. */
static int id_by_position(const struct ynode *list, size_t j)
{
	return list->kids[j]->kind == YNODE_MAP && !ytree_get(list->kids[j], "id");
}

static void check_unique(struct yget *c, const struct ynode *list, const struct step *s)
{
	for (size_t j = 1; j < s->n_options; j++) {
		for (size_t i = 0; i < j; i++) {
			const char *a = s->options[i].id, *b = s->options[j].id;
			if (!a || !b || strcmp(a, b) != 0)
				continue;
			if (id_by_position(list, j))
				yget_error_at(
				        c, s->options[j].pos,
				        /* TRANSLATORS: 'id' is a key of the module
				           format; keep it. %s is the option's
				           position used as its id, such as '3'; %d
				           is the line number of the other option.
				           Shown by 'steady check'. */
				        _("this option has no 'id', so its id is its position, "
				          "'%s', "
				          "which the option on line %d already uses; give each "
				          "option its own 'id'"),
				        b, s->options[i].pos.line);
			else
				yget_error_at(c, s->options[j].pos,
				              /* TRANSLATORS: %s is the option id
				                 from the module file, such as
				                 'lonely'; %d is the line number
				                 where it first appears. Shown by
				                 'steady check'. */
				              _("option id '%s' is used twice in this step (first "
				                "on line %d)"),
				              b, s->options[i].pos.line);
			break;
		}
	}
}

void option_load_list(struct yget *c, const struct ynode *list, int is_item, int selfcheck,
                      struct step *s)
{
	s->options = xcalloc(list->n, sizeof *s->options);
	s->n_options = list->n;
	for (size_t i = 0; i < list->n; i++)
		load_one(c, list->kids[i], i, is_item, selfcheck, &s->options[i]);
	check_unique(c, list, s);
}
