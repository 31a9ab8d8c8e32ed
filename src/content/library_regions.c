/* SPDX-FileCopyrightText: 2026 The steady authors */
/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * library_regions.c: the region codes of the steps' "regions:" lists must
 * be regions of the helpline directory, or the variant they mark would
 * reach no reader. The loader checks the list's shape; only the library
 * knows the directory, so the codes are checked here, with the modules'
 * links.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "content/library.h"
#include "content/suggest.h"
#include "util/gettext.h"
#include "util/xalloc.h"

/* The id meant by a code no region has ("gb", "UK", "GR" -> "GB"), or NULL. */
static const char *near_region(const struct helplines *h, const char *code)
{
	const struct region *r = helplines_find(h, code);
	if (r && strcmp(r->id, "INT") != 0)
		return r->id;
	if (strcasecmp(code, MODULE_REGION_OTHER) == 0 || strcasecmp(code, "INT") == 0)
		return MODULE_REGION_OTHER;
	const char **ids = xcalloc(h->n_regions + 1, sizeof *ids);
	size_t n = 0;
	for (size_t i = 0; i < h->n_regions; i++)
		if (h->regions[i].id && strcmp(h->regions[i].id, "INT") != 0)
			ids[n++] = h->regions[i].id;
	ids[n++] = MODULE_REGION_OTHER;
	const char *near = suggest_word(code, ids, n);
	free(ids);
	return near;
}

static size_t check_step(const struct helplines *h, const struct module *m, const struct step *s,
                         struct diag *d)
{
	size_t bad = 0;
	for (size_t k = 0; k < s->n_regions; k++) {
		const char *code = s->regions[k];
		const struct region *r = helplines_find(h, code);
		if (strcmp(code, MODULE_REGION_OTHER) == 0 || (r && strcmp(r->id, code) == 0))
			continue;
		struct source_pos at = s->regions_pos[k];
		const char *near = near_region(h, code);
		if (near)
			diag_add(d, DIAG_ERROR, m->path, at.line, at.col,
			         /* TRANSLATORS: the region code written after 'regions:' in a
			            module file, then the code of a region steady has helplines
			            for (such as 'GB') or the word 'other'. Shown by 'steady
			            check'. */
			         _("no helpline region has the code '%s'; did you mean '%s'?"),
			         code, near);
		else
			diag_add(d, DIAG_ERROR, m->path, at.line, at.col,
			         /* TRANSLATORS: %s is the region code written after 'regions:'
			            in a module file; 'steady helplines --region list' stays as it
			            is. Shown by 'steady check'. */
			         _("no helpline region has the code '%s' ('steady helplines "
			           "--region list' names them)"),
			         code);
		bad++;
	}
	return bad;
}

size_t library_check_regions(const struct library *lib, const struct module *m, struct diag *d)
{
	size_t bad = 0;
	for (size_t i = 0; lib->helplines && i < m->n_steps; i++)
		bad += check_step(lib->helplines, m, &m->steps[i], d);
	return bad;
}
