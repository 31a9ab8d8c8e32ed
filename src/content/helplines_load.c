/* SPDX-FileCopyrightText: 2026 The steady authors */
/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * helplines_load.c: the helpline directory (helplines.yaml), with the same
 * hostile-input rules as modules. Every service must say where its details
 * were seen and when, so that stale numbers can be found and checked.
 */
#include "config.h"

#include <string.h>
#include <strings.h>

#include "content/module_load.h"
#include "content/yget.h"
#include "util/gettext.h"
#include "util/xalloc.h"

static const char *const top_keys[] = {"steady-helplines", "checked", "calling", "regions", NULL};
static const char *const region_keys[] = {"id", "name", "emergency", "services", NULL};
static const char *const service_keys[] = {"name", "kind",  "phone",  "web",     "chat", "email",
                                           "text", "notes", "source", "checked", NULL};
static const char *const region_ids[] = {"GB", "IE", "US", "NL",  "DE", "FR",
                                         "BE", "CA", "AU", "INT", NULL};
static const char *const kind_names[] = {"prevention", "crisis", "emergency", "family", NULL};

static int is_month(const char *s)
{
	return strlen(s) == 7 && strspn(s, "0123456789") == 4 && s[4] == '-' &&
	       strspn(s + 5, "0123456789") == 2 &&
	       ((s[5] == '0' && s[6] >= '1') || (s[5] == '1' && s[6] <= '2'));
}

static void load_month(struct yget *c, const struct ynode *map, char **out)
{
	yget_str(c, map, "checked", YGET_REQUIRED | YGET_ONELINE, NULL, out);
	if (*out && !is_month(*out))
		yget_error(c, ytree_get(map, "checked"), "%s",
		           _("'checked' must be a month written YYYY-MM, such as 2026-11"));
}

static void load_service(struct yget *c, const struct ynode *n, struct helpline *s)
{
	s->pos = yget_pos(n);
	if (yget_need_map(c, n, "services") < 0)
		return;
	yget_keys(c, n, service_keys);
	yget_str(c, n, "name", YGET_REQUIRED | YGET_ONELINE, "service", &s->name);
	int k = yget_enum(c, n, "kind", 1, kind_names);
	s->kind = k >= 0 ? (enum helpline_kind)(1 << k) : HELPLINE_PREVENTION;
	yget_str(c, n, "phone", YGET_ONELINE, NULL, &s->phone);
	yget_str(c, n, "web", YGET_ONELINE, NULL, &s->web);
	yget_str(c, n, "chat", YGET_ONELINE, NULL, &s->chat);
	yget_str(c, n, "email", YGET_ONELINE, NULL, &s->email);
	yget_str(c, n, "text", YGET_ONELINE, "text", &s->text);
	yget_str(c, n, "notes", 0, "notes", &s->notes);
	yget_str(c, n, "source", YGET_REQUIRED, NULL, &s->source);
	load_month(c, n, &s->checked);
	if (!ytree_get(n, "phone") && !ytree_get(n, "web") && !ytree_get(n, "chat") &&
	    !ytree_get(n, "email") && !ytree_get(n, "text"))
		yget_error(c, n, "%s",
		           _("a service needs at least one of 'phone', 'web', 'chat', 'email' or "
		             "'text'"));
}

static void load_region(struct yget *c, const struct ynode *n, struct region *r)
{
	if (yget_need_map(c, n, "regions") < 0)
		return;
	yget_keys(c, n, region_keys);
	const struct ynode *v = ytree_get(n, "id");
	int id = -1;
	if (v && v->kind == YNODE_SCALAR && strcasecmp(v->value, "UK") == 0)
		/* TRANSLATORS: 'GB' is the ISO country code the helpline directory
		   uses; keep it as it is. */
		yget_error(c, v, "%s", _("the region id of the United Kingdom is 'GB'"));
	else
		id = yget_enum(c, n, "id", 1, region_ids);
	if (id >= 0)
		r->id = xstrdup(region_ids[id]);
	yget_str(c, n, "name", YGET_REQUIRED | YGET_ONELINE, "region", &r->name);
	yget_keep_original(c, &r->name, &r->name_en);
	yget_str(c, n, "emergency", YGET_ONELINE, "emergency", &r->emergency);
	yget_keep_original(c, &r->emergency, &r->emergency_en);
	const struct ynode *l = yget_list(c, n, "services", 1, 1, CONTENT_MAX_ITEMS);
	if (!l)
		return;
	r->services = xcalloc(l->n, sizeof *r->services);
	r->n_services = l->n;
	for (size_t i = 0; i < l->n; i++)
		load_service(c, l->kids[i], &r->services[i]);
}

/* Region ids are unique, and INT (the fallback for everyone else) is there. */
static void check_regions(struct yget *c, const struct ynode *list, const struct helplines *h)
{
	int have_int = 0;
	for (size_t j = 0; j < h->n_regions; j++) {
		const char *b = h->regions[j].id;
		if (!b)
			continue;
		have_int |= strcmp(b, "INT") == 0;
		for (size_t i = 0; i < j; i++) {
			if (!h->regions[i].id || strcmp(h->regions[i].id, b) != 0)
				continue;
			yget_error(c, ytree_get(list->kids[j], "id"),
			           /* TRANSLATORS: 'region' means an entry of the
			              helpline directory. %s is a region id from the
			              file, such as "GB"; %d is the line number where
			              it first appears. Shown by 'steady check'. */
			           _("region '%s' is given twice (first on line %d)"), b,
			           ytree_get(list->kids[i], "id")->line);
			break;
		}
	}
	if (!have_int && c->errors == 0)
		yget_error(c, list, "%s",
		           _("the region 'INT' is missing: it is the list shown to everyone whose "
		             "region has no list of its own"));
}

static void load_directory(struct yget *c, const struct ynode *root, struct helplines *h)
{
	if (root->kind != YNODE_MAP) {
		yget_error(c, root, "%s",
		           _("the helpline directory must be a mapping of keys such as "
		             "'steady-helplines: 1' and 'regions:'"));
		return;
	}
	yget_keys(c, root, top_keys);
	yget_version(c, root, "steady-helplines");
	load_month(c, root, &h->checked);
	yget_str(c, root, "calling", 0, "calling", &h->calling);
	/* Each known region at most once. */
	const struct ynode *l = yget_list(c, root, "regions", 1, 1,
	                                  (int)(sizeof region_ids / sizeof region_ids[0] - 1));
	if (!l)
		return;
	h->regions = xcalloc(l->n, sizeof *h->regions);
	h->n_regions = l->n;
	for (size_t i = 0; i < l->n; i++)
		load_region(c, l->kids[i], &h->regions[i]);
	check_regions(c, l, h);
}

struct helplines *helplines_load(const char *path, const struct content_tr *tr, struct diag *d)
{
	return helplines_load_from(path, tr, NULL, d);
}

struct helplines *helplines_load_from(const char *path, const struct content_tr *tr,
                                      const struct ycache *cache, struct diag *d)
{
	struct ynode *root = ytree_load_from(path, cache, d);
	if (!root)
		return NULL;
	struct yget c;
	yget_init(&c, path, d);
	struct helplines *h = xcalloc(1, sizeof *h);
	h->path = xstrdup(path);
	load_directory(&c, root, h);
	if (c.errors == 0)
		yget_translate(&c, tr, "helplines", "steady-content");
	ytree_free(root);
	yget_free(&c);
	if (c.errors) {
		helplines_free(h);
		return NULL;
	}
	return h;
}
