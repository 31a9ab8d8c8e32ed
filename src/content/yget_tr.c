/* SPDX-FileCopyrightText: 2026 The steady authors */
/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * yget_tr.c: the queue of strings to translate. Translation runs after a
 * file has loaded without errors, in file order, so that display and string
 * extraction see the same calls in the same order.
 */
#include "config.h"

#include <stdlib.h>

#include "content/yget.h"
#include "util/xalloc.h"

void yget_queue(struct yget *c, char **slot, const char *field, const struct ynode *n)
{
	if (c->n_pend == c->cap_pend) {
		c->cap_pend = c->cap_pend ? c->cap_pend * 2 : 32;
		c->pend = xreallocarray(c->pend, c->cap_pend, sizeof *c->pend);
	}
	struct yget_pending *p = &c->pend[c->n_pend++];
	p->slot = slot;
	p->original = NULL;
	p->field = field;
	p->line = n->line;
	p->col = n->col;
}

void yget_keep_original(struct yget *c, char **slot, char **original)
{
	for (size_t i = c->n_pend; i-- > 0;)
		if (c->pend[i].slot == slot) {
			c->pend[i].original = original;
			return;
		}
}

static int by_position(const void *a, const void *b)
{
	const struct yget_pending *x = a, *y = b;
	if (x->line != y->line)
		return x->line < y->line ? -1 : 1;
	return (x->col > y->col) - (x->col < y->col);
}

void yget_translate(struct yget *c, const struct content_tr *tr, const char *module,
                    const char *domain)
{
	if (!tr || !tr->translate)
		return;
	qsort(c->pend, c->n_pend, sizeof *c->pend, by_position);
	for (size_t i = 0; i < c->n_pend; i++) {
		struct yget_pending *p = &c->pend[i];
		if (!*p->slot)
			continue;
		struct content_string s = {c->file, p->line, module, p->field, domain, *p->slot};
		char *t = tr->translate(tr->ctx, &s);
		if (t) {
			if (p->original)
				*p->original = *p->slot;
			else
				free(*p->slot);
			*p->slot = t;
		}
	}
}
