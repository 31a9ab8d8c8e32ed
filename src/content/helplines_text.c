/* SPDX-FileCopyrightText: 2026 The steady authors */
/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * helplines_text.c: the helplines as plain text. The words are those of
 * Get help now (ui/helpnow.c), so a person meets the same labels and
 * sentences on the screens and in a pipe. Every string from the directory
 * or a translation is made printable here: whatever a file holds, the text
 * carries no control character to the terminal that shows it.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "content/helplines_text.h"
#include "util/gettext.h"
#include "util/wrap.h"
#include "util/xalloc.h"

/* Appends s with tabs as spaces, line breaks kept when breaks is 1 (else
 * spaces too), and control characters and bytes that are not UTF-8 as
 * U+FFFD. */
static void printable(struct buf *out, const char *s, int breaks)
{
	size_t len = strlen(s);
	for (size_t i = 0; i < len;) {
		const char *shown;
		size_t n = wrap_printable(s, len, &i, breaks, &shown);
		buf_append(out, shown, n);
	}
}

static void spaces(struct buf *out, int n)
{
	for (int i = 0; i < n; i++)
		buf_putc(out, ' ');
}

/* Ends the line being appended to out, without the spaces at its end. */
static void end_line(struct buf *out)
{
	while (out->len > 0 && out->data[out->len - 1] == ' ')
		out->data[--out->len] = '\0';
	buf_putc(out, '\n');
}

/*
 * Appends text as lines of at most width columns (0: as they are), the
 * first after lead and the others under it, indented as far as lead is
 * wide. Where lead would leave the text less than half the width, lead
 * gets a line of its own and the text the whole width.
 */
static void para(struct buf *out, const char *lead, const char *text, int width)
{
	if (!text || !*text)
		return;
	struct buf t, p;
	buf_init(&t);
	buf_init(&p);
	printable(&t, text, 1);
	printable(&p, lead, 0);
	const char *lp = p.data ? p.data : "";
	int indent = wrap_width(lp, p.len);
	if (width > 0 && indent > width / 2) {
		para(out, "", lp + strspn(lp, " "), width);
		lp = "";
		indent = 0;
	}
	struct wrap w;
	wrap_init(&w);
	/* Without a width, the text is only broken where it has line breaks. */
	wrap_text(&w, t.data, t.len, width > 0 ? width - indent : wrap_width(t.data, t.len) + 1);
	for (size_t i = 0; i < w.n; i++) {
		const struct wrap_line *l = &w.lines[i];
		if (i == 0)
			buf_puts(out, lp);
		else
			spaces(out, indent);
		buf_append(out, t.data + l->start, l->end - l->start);
		if (l->hyphen)
			buf_putc(out, '-');
		end_line(out);
	}
	wrap_free(&w);
	buf_free(&t);
	buf_free(&p);
}

/* para() of a new string, which it frees. */
static void para_free(struct buf *out, const char *lead, char *text, int width)
{
	para(out, lead, text, width);
	free(text);
}

/* A blank line between two parts, never at the start. */
static void gap(struct buf *out)
{
	if (out->len > 0 && !(out->len >= 2 && memcmp(out->data + out->len - 2, "\n\n", 2) == 0))
		buf_putc(out, '\n');
}

/* What kind of service it is, in words, after its name. */
static const char *kind_words(enum helpline_kind k)
{
	switch (k) {
	case HELPLINE_PREVENTION:
		/* TRANSLATORS: the kind of a helpline, shown after its name in
		   brackets, as in "Stop It Now (prevention service)": a service for
		   people worried about their own sexual thoughts or behaviour. */
		return _("prevention service");
	case HELPLINE_CRISIS:
		/* TRANSLATORS: the kind of a helpline, shown after its name in
		   brackets, as in "Samaritans (crisis line)". */
		return _("crisis line");
	case HELPLINE_EMERGENCY:
		/* TRANSLATORS: the kind of a helpline, shown after its name in
		   brackets: the police and ambulance number. */
		return _("emergency number");
	case HELPLINE_FAMILY:
		/* TRANSLATORS: the kind of a helpline, shown after its name in
		   brackets: a service for the family and friends of someone worried
		   about their behaviour. */
		return _("support for families");
	default:
		return "";
	}
}

enum { F_PHONE, F_TEXT, F_WEB, F_CHAT, F_EMAIL, F__COUNT };

struct labels {
	const char *name[F__COUNT];
	int width; /* the widest label's columns */
};

static void labels_init(struct labels *l)
{
	/* The labels of Get help now's cards. */
	/* TRANSLATORS: a label on a helpline's card in Get help now, before a phone
	   number. Keep it short; the values after the labels are lined up. */
	l->name[F_PHONE] = _("Phone");
	/* TRANSLATORS: a label on a helpline's card in Get help now, before a number
	   to send a text message (SMS) to; not "text" as in writing. Keep it short. */
	l->name[F_TEXT] = _("Text");
	/* TRANSLATORS: a label on a helpline's card in Get help now, before a
	   website address. Keep it short. */
	l->name[F_WEB] = _("Web");
	/* TRANSLATORS: a label on a helpline's card in Get help now, before the
	   address of an online chat service. Keep it short. */
	l->name[F_CHAT] = _("Chat");
	/* TRANSLATORS: a label on a helpline's card in Get help now, before an email
	   address. Keep it short. */
	l->name[F_EMAIL] = _("Email");
	l->width = 0;
	for (int i = 0; i < F__COUNT; i++) {
		int w = wrap_width(l->name[i], strlen(l->name[i]));
		if (w > l->width)
			l->width = w;
	}
}

/* "  Phone  0808 1000 900": the label padded so the values line up. */
static void field(struct buf *out, const struct labels *l, int f, const char *value, int width)
{
	if (!value || !*value)
		return;
	const char *label = l->name[f];
	int lw = wrap_width(label, strlen(label));
	struct buf lead;
	buf_init(&lead);
	buf_printf(&lead, "  %s", label);
	/* Narrow, one space after the label rather than a column of values. */
	spaces(&lead, width > 0 && l->width + 4 > width / 2 ? 1 : l->width - lw + 2);
	para(out, lead.data, value, width);
	buf_free(&lead);
}

static void service(struct buf *out, const struct labels *l, const struct helpline *s, int width)
{
	gap(out);
	/* TRANSLATORS: a helpline's name and its kind, as in
	   "Samaritans (crisis line)". */
	para_free(out, "", xasprintf(_("%s (%s)"), s->name, kind_words(s->kind)), width);
	field(out, l, F_PHONE, s->phone, width);
	field(out, l, F_TEXT, s->text, width);
	field(out, l, F_WEB, s->web, width);
	field(out, l, F_CHAT, s->chat, width);
	field(out, l, F_EMAIL, s->email, width);
	para(out, "  ", s->notes, width);
}

/* When no region could be found: the numbers that work in most places. */
/* Whether the interface has msgid in the reader's language and the
 * directory's words are in it too. */
static int both_or_neither(const char *msgid, const char *part_en)
{
	int ui = gettext(msgid) != msgid; /* gettext hands back msgid when it has none */
	return ui == (part_en != NULL);
}

const char *helplines_whole(const char *msgid, const char *part, const char *part_en)
{
	(void)part;
	return both_or_neither(msgid, part_en) ? gettext(msgid) : msgid;
}

const char *helplines_whole_part(const char *msgid, const char *part, const char *part_en)
{
	return both_or_neither(msgid, part_en) || !part_en ? part : part_en;
}

static void no_region(struct buf *out, int width)
{
	para(out, "",
	     _("The helpline list could not be loaded. In an emergency, call your "
	       "local emergency number: 112 in Europe, 999 in the UK, 911 in the US."),
	     width);
}

void helplines_text(struct buf *out, const struct helplines *h, const struct region *r,
                    unsigned kinds, int width)
{
	if (!r) {
		no_region(out, width);
		return;
	}
	/* TRANSLATORS: %s is the region's name, as in "Helplines: Ireland". */
	para_free(out, "", xasprintf(HELPLINES_WHOLE(N_("Helplines: %s"), r->name, r->name_en)),
	          width);
	if (r->emergency) {
		gap(out);
		para_free(out, "",
		          /* TRANSLATORS: %s is the region's emergency numbers from the
		             helpline directory, as in "999 or 112", or "your local
		             emergency number". */
		          xasprintf(HELPLINES_WHOLE(N_("If you or anyone else is in danger right "
		                                       "now, call %s."),
		                                    r->emergency, r->emergency_en)),
		          width);
	}
	struct labels l;
	labels_init(&l);
	int shown = 0;
	for (size_t k = 0; k < HELPLINE_KINDS; k++) {
		if (!(kinds & helpline_order[k]))
			continue;
		for (size_t i = 0; i < r->n_services; i++) {
			if (r->services[i].kind != helpline_order[k])
				continue;
			service(out, &l, &r->services[i], width);
			shown++;
		}
	}
	if (!shown) {
		gap(out);
		para_free(
		        out, "",
		        /* TRANSLATORS: %s is the region's name, as in "No services
		           of this kind are listed for Ireland." */
		        xasprintf(HELPLINES_WHOLE(N_("No services of this kind are listed for %s."),
		                                  r->name, r->name_en)),
		        width);
	}
	if (h && h->checked) {
		char month[64];
		gap(out);
		para_free(
		        out, "",
		        /* TRANSLATORS: %s is a month and year in words, as in "This
		           list was last checked in November 2026." */
		        xasprintf(_("This list was last checked in %s. If a number does not work, "
		                    "use the service's website."),
		                  helplines_month(h->checked, month, sizeof month)),
		        width);
	}
}

/* The one way to reach a crisis line shown on a tiny screen: a call first. */
static const char *first_contact(const struct helpline *s)
{
	const char *ways[] = {s->phone, s->text, s->chat, s->web, s->email};
	for (size_t i = 0; i < sizeof ways / sizeof ways[0]; i++)
		if (ways[i] && *ways[i])
			return ways[i];
	return NULL;
}

void helplines_text_first(struct buf *out, const struct region *r, unsigned kinds, int width)
{
	for (size_t k = 0; r && k < HELPLINE_KINDS; k++) {
		if (!(kinds & helpline_order[k]))
			continue;
		for (size_t i = 0; i < r->n_services; i++) {
			const struct helpline *s = &r->services[i];
			const char *how = first_contact(s);
			if (s->kind != helpline_order[k] || !how)
				continue;
			/* TRANSLATORS: a crisis line's name and its number, as in
			   "Samaritans: 116 123", on a screen too small for more. */
			para_free(out, "", xasprintf(_("%s: %s"), s->name, how), width);
		}
	}
}

void helplines_text_crisis(struct buf *out, const struct region *r, int width)
{
	if (!r) {
		no_region(out, width);
		return;
	}
	if (r->emergency) {
		para_free(out, "",
		          /* TRANSLATORS: %s is the region's emergency numbers, as in
		             "Emergency: 999 or 112"; shown on a screen too small for
		             more. */
		          xasprintf(HELPLINES_WHOLE(N_("Emergency: %s"), r->emergency,
		                                    r->emergency_en)),
		          width);
	}
	helplines_text_first(out, r, HELPLINE_CRISIS, width);
}

void helplines_text_regions(struct buf *out, const struct helplines *h)
{
	int w = 0;
	for (size_t i = 0; i < h->n_regions; i++) {
		const char *id = h->regions[i].id ? h->regions[i].id : "?";
		int n = wrap_width(id, strlen(id));
		w = n > w ? n : w;
	}
	for (size_t i = 0; i < h->n_regions; i++) {
		const struct region *r = &h->regions[i];
		const char *id = r->id ? r->id : "?";
		struct buf lead;
		buf_init(&lead);
		buf_puts(&lead, id);
		spaces(&lead, w - wrap_width(id, strlen(id)) + 2);
		para(out, lead.data, r->name, 0);
		buf_free(&lead);
	}
}
