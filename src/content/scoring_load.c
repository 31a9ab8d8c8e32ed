/* SPDX-FileCopyrightText: 2026 The steady authors */
/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * scoring_load.c: the bands of a self-check. Every total a person can reach
 * must fall in exactly one band, or the result screen would have nothing
 * (or two things) to say; the reachable totals come from the choice
 * questions' scores.
 */
#include "config.h"

#include <stdlib.h>

#include "content/module_parts.h"
#include "util/gettext.h"
#include "util/xalloc.h"

static const char *const scoring_keys[] = {"bands", NULL};
static const char *const band_keys[] = {"min", "max", "title", "feedback", "suggest", NULL};

/* The lowest and highest total the choice questions allow. */
static int totals(const struct module *m, long *lo, long *hi)
{
	int choices = 0;
	*lo = *hi = 0;
	for (size_t i = 0; i < m->n_steps; i++) {
		const struct step *s = &m->steps[i];
		if (s->type != STEP_CHOICE || s->n_options == 0)
			continue;
		choices++;
		long smin = s->options[0].score, smax = smin, neg = 0, pos = 0;
		for (size_t k = 0; k < s->n_options; k++) {
			int v = s->options[k].score;
			smin = v < smin ? v : smin;
			smax = v > smax ? v : smax;
			if (v < 0)
				neg += v;
			else
				pos += v;
		}
		if (s->multiple) {
			smin = neg; /* ticking none scores 0, so neg <= 0 <= pos */
			smax = pos;
		} else if (s->optional) {
			smin = smin < 0 ? smin : 0; /* a skipped question scores 0 */
			smax = smax > 0 ? smax : 0;
		}
		*lo += smin;
		*hi += smax;
	}
	return choices;
}

static void load_band(struct yget *c, const struct ynode *n, struct band *b)
{
	b->pos = yget_pos(n);
	if (yget_need_map(c, n, "bands") < 0)
		return;
	yget_keys(c, n, band_keys);
	int ok = yget_int(c, n, "min", 1, -1000000, 1000000, &b->min) == 0;
	ok &= yget_int(c, n, "max", 1, -1000000, 1000000, &b->max) == 0;
	if (ok && b->min > b->max)
		/* TRANSLATORS: 'min' and 'max' are keys of the module format; keep them.
		   The numbers are their values. */
		yget_error(c, ytree_get(n, "max"), _("'min' (%d) must not be more than 'max' (%d)"),
		           b->min, b->max);
	yget_str(c, n, "title", YGET_REQUIRED | YGET_ONELINE, "band-title", &b->title);
	yget_str(c, n, "feedback", YGET_REQUIRED, "feedback", &b->feedback);
	yget_ids(c, n, "suggest", 0, &b->suggest, &b->n_suggest, &b->suggest_pos);
}

static int by_min(const void *a, const void *b)
{
	const struct band *x = *(const struct band *const *)a, *y = *(const struct band *const *)b;
	return (x->min > y->min) - (x->min < y->min);
}

static void gap(struct yget *c, const struct ynode *list, long from, long to, long lo, long hi)
{
	if (from == to)
		yget_error(
		        c, list,
		        /* TRANSLATORS: a band is a range of total scores with its own result;
		           keep 'bands' if you write it as a key. The numbers are totals. */
		        _("no band covers the total %ld; the bands must cover every total from %ld "
		          "to %ld"),
		        from, lo, hi);
	else
		yget_error(
		        c, list,
		        /* TRANSLATORS: a band is a range of total scores with its own result.
		           The first two numbers are the totals left out, the others the range
		           the bands must cover. */
		        _("no band covers the totals %ld to %ld; the bands must cover every total "
		          "from %ld to %ld"),
		        from, to, lo, hi);
}

static void check_cover(struct yget *c, const struct ynode *list, const struct module *m, long lo,
                        long hi)
{
	const struct band **v = xcalloc(m->n_bands, sizeof *v);
	for (size_t i = 0; i < m->n_bands; i++)
		v[i] = &m->bands[i];
	qsort(v, m->n_bands, sizeof *v, by_min);
	long next = lo; /* the lowest total not yet covered */
	for (size_t i = 0; i < m->n_bands; i++) {
		if (i > 0 && v[i]->min <= v[i - 1]->max)
			yget_error_at(
			        c, v[i]->pos,
			        /* TRANSLATORS: two ranges of total scores that share a total:
			           this band's lowest and highest, the other band's line in the
			           file, then its lowest and highest. */
			        _("this band (%d to %d) overlaps the band on line %d (%d to %d)"),
			        v[i]->min, v[i]->max, v[i - 1]->pos.line, v[i - 1]->min,
			        v[i - 1]->max);
		if (v[i]->min > next && next <= hi)
			gap(c, list, next, v[i]->min - 1 < hi ? v[i]->min - 1 : hi, lo, hi);
		if (v[i]->max + 1L > next)
			next = v[i]->max + 1L;
	}
	if (next <= hi)
		gap(c, list, next, hi, lo, hi);
	free(v);
}

void scoring_load(struct yget *c, const struct ynode *sc, struct module *m)
{
	if (yget_need_map(c, sc, "scoring") < 0)
		return;
	yget_keys(c, sc, scoring_keys);
	const struct ynode *list = yget_list(c, sc, "bands", 1, 1, CONTENT_MAX_ITEMS);
	if (!list)
		return;
	size_t before = c->errors;
	m->bands = xcalloc(list->n, sizeof *m->bands);
	m->n_bands = list->n;
	for (size_t i = 0; i < list->n; i++)
		load_band(c, list->kids[i], &m->bands[i]);
	long lo, hi;
	if (totals(m, &lo, &hi) == 0) {
		yget_error(c, sc, "%s",
		           _("a self-check needs at least one 'choice' question with scores"));
		return;
	}
	if (c->errors == before)
		check_cover(c, list, m, lo, hi);
}
