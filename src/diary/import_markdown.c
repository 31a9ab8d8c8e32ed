/* SPDX-FileCopyrightText: 2026 The steady authors */
/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * import_markdown.c: the Markdown of export_markdown() read back. Its
 * words ("Journal", "Tags:", the safety plan's headings) are read in
 * English or in the language steady runs in, so an export made in either
 * comes back. An entry starts at a line that is a whole heading as the
 * export writes it, "## 2026-11-29T11:05:00+01:00 · Journal: title (#12)",
 * with a time that exists and a kind steady knows; the lines up to the
 * next such heading are the entry. Markdown does not keep the step an
 * unfinished record was left at, so such a record resumes at its start.
 */
#include "config.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "diary/codec.h"
#include "diary/export.h"
#include "diary/import.h"
#include "util/gettext.h"
#include "util/xalloc.h"

/* A run of bytes. */
struct span {
	char *p;
	size_t n;
};

/* After a label (translated, or in English) at the start of s, or NULL. */
static char *after_label(struct span s, const char *msgid)
{
	const char *forms[2] = {_(msgid), msgid};
	for (int i = 0; i < 2; i++) {
		size_t n = strlen(forms[i]);
		if (n <= s.n && memcmp(s.p, forms[i], n) == 0)
			return s.p + n;
	}
	return NULL;
}

/* s without the newlines at its end. */
static struct span trim_end(struct span s)
{
	while (s.n && s.p[s.n - 1] == '\n')
		s.n--;
	return s;
}

/* A NUL-terminated copy of s (for entry_set() and its kin, which copy again). */
static char *dup(struct span s)
{
	return xstrndup(s.p, s.n);
}

static void set_field(struct entry *e, char **field, struct span s)
{
	char *t = dup(s);
	entry_set(e, field, t);
	xfree_wiped(t);
}

/* The first line of s, and s moved past its newline. */
static struct span line_of(struct span *s)
{
	char *nl = memchr(s->p, '\n', s->n);
	struct span l = {s->p, nl ? (size_t)(nl - s->p) : s->n};
	s->p += nl ? l.n + 1 : l.n;
	s->n -= nl ? l.n + 1 : l.n;
	return l;
}

/* The heading of an entry, as parsed. */
struct heading {
	enum entry_kind kind;
	struct entry_time created;
	struct span what; /* after ": ", or n 0 */
	uint64_t id;      /* the number in the file, for the order of equal times */
};

/* The length of "## TIME · " (the time is always 25 bytes). */
#define HEAD_PRE (3 + 25 + 4)

/* 1 when the line l has the shape of an entry's heading, whatever its
 * kind's label says: *rest is what lies between the time and the number. */
static int heading_shape(struct span l, struct heading *h, struct span *rest)
{
	static const char lead[] = "## ", dot[] = " \xc2\xb7 ";
	if (l.n < HEAD_PRE + 5 || memcmp(l.p, lead, 3) != 0 || memcmp(l.p + 28, dot, 4) != 0 ||
	    entry_time_parse(l.p + 3, 25, &h->created) < 0 || l.p[l.n - 1] != ')')
		return 0;
	/* The number: " (#" then digits up to the closing bracket. */
	size_t k = l.n - 1;
	while (k > HEAD_PRE && l.p[k - 1] >= '0' && l.p[k - 1] <= '9')
		k--;
	if (k == l.n - 1 || k < HEAD_PRE + 3 || memcmp(l.p + k - 3, " (#", 3) != 0 || l.p[k] == '0')
		return 0;
	h->id = strtoull(l.p + k, NULL, 10);
	*rest = (struct span){l.p + HEAD_PRE, k - 3 - HEAD_PRE};
	return 1;
}

/* 1 when the line l is an entry's heading, filling h. */
static int heading(struct span l, struct heading *h)
{
	struct span rest;
	if (!heading_shape(l, h, &rest))
		return 0;
	for (int kind = 1; kind < ENTRY__COUNT; kind++) {
		char *at = after_label(rest, export_kind_msgid((enum entry_kind)kind));
		if (!at)
			continue;
		size_t left = rest.n - (size_t)(at - rest.p);
		if (left == 0) {
			h->what = (struct span){at, 0};
		} else if (left > 2 && at[0] == ':' && at[1] == ' ') {
			h->what = (struct span){at + 2, left - 2};
		} else {
			continue;
		}
		h->kind = (enum entry_kind)kind;
		return 1;
	}
	return 0;
}

/* "LABEL VALUE\n\n" at the start of *s: 1 with the value, *s moved past it. */
static int labelled(struct span *s, const char *msgid, struct span *value)
{
	struct span t = *s;
	struct span l = line_of(&t);
	char *at = after_label(l, msgid);
	if (!at || at >= l.p + l.n || *at != ' ' || t.n == 0 || t.p[0] != '\n')
		return 0;
	*value = (struct span){at + 1, l.n - (size_t)(at + 1 - l.p)};
	s->p = t.p + 1;
	s->n = t.n - 1;
	return 1;
}

/* "- question: value" lines; a value may run on over more lines. */
static int answers(struct entry *e, struct span s)
{
	while (s.n) {
		if (s.n < 2 || memcmp(s.p, "- ", 2) != 0)
			return 0;
		size_t q = 2;
		while (q < s.n && s.p[q] != ':' && s.p[q] != ' ' && s.p[q] != '\n')
			q++;
		if (q == 2 || q + 1 >= s.n || s.p[q] != ':' || s.p[q + 1] != ' ')
			return 0;
		struct span question = {s.p + 2, q - 2};
		/* The value ends where a line starts the next answer. */
		size_t v = q + 2, end = v;
		for (;;) {
			char *nl = memchr(s.p + end, '\n', s.n - end);
			if (!nl) {
				end = s.n;
				break;
			}
			end = (size_t)(nl - s.p);
			struct span next = {nl + 1, s.n - end - 1};
			if (next.n >= 2 && memcmp(next.p, "- ", 2) == 0) {
				size_t k = 2;
				while (k < next.n && next.p[k] != ':' && next.p[k] != ' ' &&
				       next.p[k] != '\n')
					k++;
				if (k > 2 && k + 1 < next.n && next.p[k] == ':' &&
				    next.p[k + 1] == ' ')
					break;
			}
			end++;
		}
		char *qs = dup(question), *vs = dup((struct span){s.p + v, end - v});
		int twice = entry_answer(e, qs) != NULL;
		if (!twice)
			entry_set_answer(e, qs, vs);
		xfree_wiped(qs);
		xfree_wiped(vs);
		if (twice)
			return 0;
		size_t skip = end < s.n ? end + 1 : end;
		s.p += skip;
		s.n -= skip;
	}
	return 1;
}

/* The six sections, each "### HEADING\n\n" and its text, in order. */
static int plan(struct entry *e, struct span s)
{
	for (int k = 0; k < PLAN__COUNT; k++) {
		struct span l = line_of(&s);
		char *at = l.n > 4 && memcmp(l.p, "### ", 4) == 0
		                   ? after_label((struct span){l.p + 4, l.n - 4},
		                                 entry_plan_msgid((enum plan_section)k))
		                   : NULL;
		if (!at || at != l.p + l.n)
			return 0;
		if (s.n) { /* else the last section, empty, its newlines trimmed */
			if (s.p[0] != '\n')
				return 0;
			s.p++;
			s.n--;
		}
		/* The text runs up to the next section's heading. */
		struct span text = s;
		if (k + 1 < PLAN__COUNT) {
			const char *id = entry_plan_msgid((enum plan_section)(k + 1));
			const char *forms[2] = {_(id), id};
			char *found = NULL;
			for (int f = 0; f < 2 && !found; f++) {
				char *want = xasprintf("\n\n### %s\n", forms[f]);
				found = memmem(s.p, s.n, want, strlen(want));
				free(want);
			}
			if (!found)
				return 0;
			text.n = (size_t)(found - s.p);
			s.n -= text.n + 2;
			s.p = found + 2;
		} else {
			s.n = 0;
		}
		text = trim_end(text);
		if (text.n)
			set_field(e, &e->plan[k], text);
	}
	return 1;
}

/* The entry under the heading h, from its body b (the lines up to the next heading). */
static struct entry *entry_of(const struct heading *h, struct span b)
{
	struct entry *e = entry_new(h->kind);
	e->id = h->id;
	e->created = e->edited = h->created;
	int ok = b.n > 0 && b.p[0] == '\n';
	if (ok) { /* an empty body stays empty: b.n never wraps */
		b.p++;
		b.n--;
	}
	struct span v;
	if (ok && labelled(&b, N_("Edited:"), &v))
		ok = entry_time_parse(v.p, v.n, &e->edited) == 0;
	if (ok && labelled(&b, N_("Tags:"), &v)) {
		while (ok) {
			char *comma = memmem(v.p, v.n, ", ", 2);
			struct span t = {v.p, comma ? (size_t)(comma - v.p) : v.n};
			ok = t.n > 0;
			if (ok) {
				char *s = dup(t);
				entry_add_tag(e, s);
				xfree_wiped(s);
			}
			if (!comma)
				break;
			v.n -= t.n + 2;
			v.p = comma + 2;
		}
	}
	b = trim_end(b);
	int need_module = h->kind != ENTRY_JOURNAL && h->kind != ENTRY_SAFETY_PLAN;
	if (h->what.n && h->kind != ENTRY_SAFETY_PLAN)
		set_field(e, h->kind == ENTRY_JOURNAL ? &e->title : &e->module, h->what);
	else if (h->what.n || need_module)
		ok = 0;
	struct span l;
	char *at, *end;
	switch (ok ? h->kind : ENTRY__COUNT) {
	case ENTRY_JOURNAL:
		set_field(e, &e->text, b);
		break;
	case ENTRY_RECORD:
		l = line_of(&b);
		e->complete = after_label(l, N_("Completed.")) == l.p + l.n;
		ok = e->complete || after_label(l, N_("Not finished yet.")) == l.p + l.n;
		if (ok && b.n) {
			ok = b.p[0] == '\n';
			b.p++;
			b.n--;
		}
		ok = ok && answers(e, b);
		break;
	case ENTRY_SELFCHECK:
		at = after_label(b, N_("Score:"));
		ok = at && at < b.p + b.n && *at == ' ';
		if (!ok)
			break;
		end = b.p + b.n;
		at++;
		long score = strtol(at, &end, 10);
		ok = end > at && end <= b.p + b.n && score >= INT32_MIN && score <= INT32_MAX &&
		     (*at == '-' || (*at >= '0' && *at <= '9'));
		e->score = (int32_t)score;
		if (ok && end < b.p + b.n) {
			size_t left = (size_t)(b.p + b.n - end);
			ok = left > 3 && end[0] == ' ' && end[1] == '(' && b.p[b.n - 1] == ')';
			if (ok)
				set_field(e, &e->band, (struct span){end + 2, left - 3});
		}
		break;
	case ENTRY_SAFETY_PLAN:
		ok = plan(e, b);
		break;
	case ENTRY_HOMEWORK:
		at = after_label(b, N_("Done on:"));
		ok = at && at < b.p + b.n && *at == ' ';
		if (ok)
			set_field(e, &e->date, (struct span){at + 1, (size_t)(b.p + b.n - at - 1)});
		break;
	case ENTRY__COUNT:
		ok = 0;
		break;
	}
	if (!ok || !import_entry_ok(e)) {
		entry_free(e);
		return NULL;
	}
	return e;
}

static const char *not_markdown(void)
{
	return _("it does not begin as 'steady diary export' writes Markdown: a title line "
	         "'# ...', then each entry under a heading '## TIME · KIND (#NUMBER)'");
}

int import_markdown(char *p, size_t len, struct entry ***v, size_t *n, size_t *line, char **why)
{
	struct span s = {p, len};
	struct span l = line_of(&s);
	*line = 1;
	if (l.n < 3 || memcmp(l.p, "# ", 2) != 0) {
		*why = xstrdup(not_markdown());
		return -1;
	}
	/* Before the first heading, only blank lines. */
	size_t at_line = 1;
	struct heading h;
	int have = 0;
	while (s.n && !have) {
		l = line_of(&s);
		at_line++;
		if (heading(l, &h)) {
			have = 1;
		} else if (l.n) {
			/* A heading but for its kind: written in another language. */
			struct heading other;
			struct span rest;
			*line = at_line;
			*why = xstrdup(
			        heading_shape(l, &other, &rest)
			                ? _("its headings name the kinds of entry in a language "
			                    "other than English and the one steady runs in now; "
			                    "import it with steady in that language (for example "
			                    "LANGUAGE=de), or from a JSON export")
			                : not_markdown());
			return -1;
		}
	}
	while (have) { /* an empty diary's export has no heading at all */
		size_t head_line = at_line;
		struct span body = {s.p, 0};
		struct heading next;
		have = 0;
		while (s.n) {
			l = line_of(&s);
			at_line++;
			if (heading(l, &next)) {
				have = 1;
				break;
			}
			body.n = (size_t)(s.p - body.p);
		}
		struct entry *e = *n < CODEC_MAX_ENTRIES ? entry_of(&h, body) : NULL;
		if (!e) {
			*line = head_line;
			*why = xstrdup(
			        _("this entry does not read as 'steady diary export' writes one "
			          "of its kind"));
			import_free(*v, *n);
			*v = NULL;
			*n = 0;
			return -1;
		}
		import_push(v, n, e);
		h = next;
	}
	return 0;
}
