/* SPDX-FileCopyrightText: 2026 The steady authors */
/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * module_load.c: one module file to the typed model. The file is parsed by
 * ytree (hostile-input caps), then every key is checked; all problems are
 * reported and a module with any error is not returned.
 */
#include "config.h"

#include <string.h>

#include "content/module_load.h"
#include "content/module_parts.h"
#include "content/yget.h"
#include "util/gettext.h"
#include "util/xalloc.h"

static const char *const top_keys[] = {"steady", "id",       "title",   "summary", "minutes",
                                       "tags",   "audience", "purpose", "order",   "repeatable",
                                       "domain", "homework", "scoring", "steps",   NULL};
static const char *const audiences[] = {"self", "family", "anyone", NULL};

static void load_tags(struct yget *c, const struct ynode *root, struct module *m)
{
	const struct ynode *l = yget_list(c, root, "tags", 0, 0, CONTENT_MAX_ITEMS);
	if (!l)
		return;
	m->tags = xcalloc(l->n, sizeof *m->tags);
	for (size_t i = 0; i < l->n; i++) {
		const struct ynode *t = l->kids[i];
		if (t->kind != YNODE_SCALAR || t->len == 0 || t->len > 40 || strchr(t->value, '\n'))
			yget_error(c, t, "%s", _("each tag must be a word or two, on one line"));
		else
			m->tags[m->n_tags++] = xstrdup(t->value);
	}
}

static void load_domain(struct yget *c, const struct ynode *root, struct module *m)
{
	yget_str(c, root, "domain", YGET_ONELINE, NULL, &m->domain);
	const char *ok = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._-";
	if (m->domain && (strlen(m->domain) > 64 || strspn(m->domain, ok) != strlen(m->domain)))
		yget_error(c, ytree_get(root, "domain"), "%s",
		           _("'domain' must be 1 to 64 letters, digits, '.', '_' or '-'"));
	else if (m->domain && strcmp(m->domain, PACKAGE) == 0)
		/* Binding it to the module's folder would take steady's own translations away. */
		yget_error(c, ytree_get(root, "domain"),
		           /* TRANSLATORS: 'domain' is a key of the module format; keep it. %s is
		              steady's own text domain. */
		           _("'domain' cannot be '%s', the name of steady's own messages; choose a "
		             "name of your own, such as 'sam-homework'"),
		           PACKAGE);
}

static void load_purpose(struct yget *c, const struct ynode *root, struct module *m)
{
	const char *const names[] = {module_purpose_name(PURPOSE_FIRST_RUN),
	                             module_purpose_name(PURPOSE_SAFETY_PLAN), NULL};
	int p = yget_enum(c, root, "purpose", 0, names);
	if (p < 0)
		return;
	m->purpose = (enum module_purpose)(PURPOSE_FIRST_RUN + p);
	m->purpose_pos = yget_pos(ytree_get(root, "purpose"));
}

static void load_head(struct yget *c, const struct ynode *root, struct module *m)
{
	yget_version(c, root, "steady");
	m->version = MODULE_FORMAT_VERSION;
	yget_id(c, root, "id", 1, &m->id, &m->id_pos);
	yget_str(c, root, "title", YGET_REQUIRED | YGET_ONELINE, "title", &m->title);
	yget_str(c, root, "summary", YGET_REQUIRED, "summary", &m->summary);
	yget_int(c, root, "minutes", 1, 1, 240, &m->minutes);
	load_tags(c, root, m);
	int a = yget_enum(c, root, "audience", 0, audiences);
	m->audience = a >= 0 ? (enum module_audience)a : AUDIENCE_SELF;
	load_purpose(c, root, m);
	m->order = 1000;
	yget_int(c, root, "order", 0, -100000, 100000, &m->order);
	yget_bool(c, root, "repeatable", &m->repeatable);
	load_domain(c, root, m);
}

static void load_module(struct yget *c, const struct ynode *root, struct module *m)
{
	if (root->kind != YNODE_MAP) {
		yget_error(c, root, "%s",
		           _("a module must be a mapping of keys such as 'steady: 1', 'id:' and "
		             "'title:'"));
		return;
	}
	if (ytree_get(root, "steady-helplines") && !ytree_get(root, "steady")) {
		yget_error(c, root, "%s",
		           _("this is a helpline directory, not a module: name the file "
		             "helplines.yaml"));
		return;
	}
	yget_keys(c, root, top_keys);
	load_head(c, root, m);
	const struct ynode *scoring = ytree_get(root, "scoring");
	const struct ynode *steps = yget_list(c, root, "steps", 1, 1, CONTENT_MAX_STEPS);
	if (steps) {
		step_load_list(c, steps, scoring != NULL, m);
		step_check_plans(c, root, steps, m);
		step_check_regions(c, m);
	}
	if (scoring && steps)
		scoring_load(c, scoring, m);
	const struct ynode *hw = ytree_get(root, "homework");
	if (hw)
		homework_load(c, hw, m);
}

struct module *module_load(const char *path, enum module_origin origin, const struct content_tr *tr,
                           struct diag *d)
{
	return module_load_from(path, origin, tr, NULL, d);
}

struct module *module_load_from(const char *path, enum module_origin origin,
                                const struct content_tr *tr, const struct ycache *cache,
                                struct diag *d)
{
	struct ynode *root = ytree_load_from(path, cache, d);
	if (!root)
		return NULL;
	struct yget c;
	yget_init(&c, path, d);
	struct module *m = xcalloc(1, sizeof *m);
	m->path = xstrdup(path);
	m->origin = origin;
	load_module(&c, root, m);
	if (c.errors == 0)
		yget_translate(&c, tr, m->id, m->domain ? m->domain : "steady-content");
	ytree_free(root);
	yget_free(&c);
	if (c.errors) {
		module_free(m);
		return NULL;
	}
	return m;
}
