/* SPDX-FileCopyrightText: 2026 The steady authors */
/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * plain_ask.c: prompts and the words of every prompt (see plain_ask.h).
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "plain/plain_ask.h"
#include "plain/plain_help.h"
#include "plain/plain_in.h"
#include "plain/plain_out.h"
#include "util/buf.h"
#include "util/gettext.h"
#include "util/xalloc.h"

/* The words as typed in English; plain_word_name() gives each in the translation too. */
static const struct {
	enum plain_word word;
	const char *en;
} words[] = {
        {WORD_HELP, "help"}, {WORD_KEYS, "keys"}, {WORD_KEYS, "?"},    {WORD_BACK, "back"},
        {WORD_HOME, "home"}, {WORD_QUIT, "quit"}, {WORD_SKIP, "skip"},
};

const char *plain_word_name(enum plain_word w)
{
	/* The words typed at the prompts of plain mode, each one word in lower
	   case; the English word works too. Each has its translator comment. */
	switch (w) {
	case WORD_HELP:
		/* TRANSLATORS: a word the person types at any prompt of plain mode
		   to see the helplines. One word, in lower case, without spaces; the
		   English word works too. */
		return C_("typed word", "help");
	case WORD_KEYS:
		/* TRANSLATORS: a word the person types at any prompt of plain mode
		   to list every word that can be typed. One word, in lower case,
		   without spaces; the English word works too. */
		return C_("typed word", "keys");
	case WORD_BACK:
		/* TRANSLATORS: a word the person types at a prompt of plain mode to
		   go back to the step or list before. One word, in lower case,
		   without spaces; the English word works too. */
		return C_("typed word", "back");
	case WORD_HOME:
		/* TRANSLATORS: a word the person types at a prompt of plain mode to
		   go back to the home menu. One word, in lower case, without spaces;
		   the English word works too. */
		return C_("typed word", "home");
	case WORD_QUIT:
		/* TRANSLATORS: a word the person types at a prompt of plain mode to
		   leave steady. One word, in lower case, without spaces; the English
		   word works too. */
		return C_("typed word", "quit");
	case WORD_SKIP:
		/* TRANSLATORS: a word the person types at a prompt of plain mode to
		   go on without answering an optional question. One word, in lower
		   case, without spaces; the English word works too. */
		return C_("typed word", "skip");
	default:
		return "";
	}
}

static int lower(int c)
{
	return c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c;
}

/* 1 when s[0, len) is w, ignoring the case of ASCII letters. */
static int same_word(const char *s, size_t len, const char *w)
{
	size_t n = strlen(w);
	if (n != len)
		return 0;
	for (size_t i = 0; i < n; i++)
		if (lower((unsigned char)s[i]) != lower((unsigned char)w[i]))
			return 0;
	return 1;
}

static const char *trim(const char *s, size_t len, size_t *out)
{
	while (len > 0 && (*s == ' ' || *s == '\t'))
		s++, len--;
	while (len > 0 && (s[len - 1] == ' ' || s[len - 1] == '\t'))
		len--;
	*out = len;
	return s;
}

enum plain_word plain_word_of(const char *line, size_t len)
{
	size_t n;
	const char *t = trim(line, len, &n);
	for (size_t i = 0; i < sizeof words / sizeof words[0]; i++)
		if (same_word(t, n, words[i].en) || same_word(t, n, plain_word_name(words[i].word)))
			return words[i].word;
	return WORD_NONE;
}

const char *plain_trimmed(const struct plain *p, size_t *len)
{
	return trim(p->line ? p->line : "", p->len, len);
}

int plain_number(const char *s, size_t len, long lo, long hi, long *v)
{
	size_t n;
	const char *t = trim(s, len, &n);
	size_t i = 0;
	int neg = 0;
	if (i < n && (t[i] == '-' || t[i] == '+'))
		neg = t[i++] == '-';
	if (i == n)
		return 0;
	long x = 0;
	for (; i < n; i++) {
		if (t[i] < '0' || t[i] > '9' || x > 100000000)
			return 0;
		x = x * 10 + (t[i] - '0');
	}
	if (neg)
		x = -x;
	if (x < lo || x > hi)
		return 0;
	*v = x;
	return 1;
}

/* "Type a number from 1 to 8, or: back, help, quit" */
static char *full_hint(const char *hint, unsigned offered)
{
	struct buf w;
	buf_init(&w);
	if (offered & ASK_SKIP)
		buf_printf(&w, "%s, ", plain_word_name(WORD_SKIP));
	if (offered & ASK_BACK)
		buf_printf(&w, "%s, ", plain_word_name(WORD_BACK));
	buf_printf(&w, "%s, %s", plain_word_name(WORD_HELP), plain_word_name(WORD_QUIT));
	/* TRANSLATORS: a prompt's hint and the words that may be typed instead,
	   as in "Type a number from 1 to 8, or: back, help, quit". */
	char *full = xasprintf(_("%s, or: %s"), hint, w.data);
	buf_free(&w);
	return full;
}

enum plain_got plain_ask(struct plain *p, const char *hint, unsigned offered)
{
	char *full = full_hint(hint, offered);
	enum plain_got got = GOT_LEAVE;
	for (;;) {
		plain_blank(p);
		plain_prompt(p, full);
		p->last_words = offered;
		if (plain_read(p, 0) != READ_LINE)
			break;
		if (p->too_long) {
			plain_text(p, _("That line was too long, so it was not taken."), 0);
			continue;
		}
		enum plain_word w = plain_word_of(p->line, p->len);
		if (w == WORD_HELP) {
			plain_help(p);
			continue;
		}
		if (w == WORD_KEYS) {
			plain_keys(p);
			continue;
		}
		if (w == WORD_QUIT) {
			p->quit = 1;
			break;
		}
		if (w == WORD_HOME) {
			p->go_home = 1;
			break;
		}
		if (w == WORD_BACK && !(offered & ASK_BACK)) {
			plain_text(p, _("There is nothing to go back to here."), 0);
			continue;
		}
		got = w == WORD_BACK                           ? GOT_BACK
		      : w == WORD_SKIP && (offered & ASK_SKIP) ? GOT_SKIP
		                                               : GOT_LINE;
		break;
	}
	p->last_hint = NULL;
	free(full);
	return got;
}

void plain_title(struct plain *p, const char *title)
{
	plain_blank(p);
	plain_text(p, title, 0);
}

static void list(struct plain *p, const char *const *labels, const char *const *details, size_t n)
{
	plain_blank(p);
	for (size_t i = 0; i < n; i++) {
		char *num = xasprintf("%zu. ", i + 1);
		/* TRANSLATORS: a menu entry and a detail about it, as in "Modules (12 to choose
		 * from)". */
		char *label = details && details[i] ? xasprintf(_("%s (%s)"), labels[i], details[i])
		                                    : xstrdup(labels[i]);
		plain_item(p, num, label);
		free(label);
		free(num);
	}
}

int plain_menu(struct plain *p, const char *const *labels, const char *const *details, size_t n,
               unsigned offered)
{
	if (n == 0)
		return -1;
	list(p, labels, details, n);
	char *hint = n == 1 ? xstrdup(_("Type 1 to choose it"))
	                    /* TRANSLATORS: a prompt's hint in plain mode; %zu is the number of the
	                       last choice. */
	                    : xasprintf(_("Type a number from 1 to %zu"), n);
	int result = -1;
	for (;;) {
		enum plain_got g = plain_ask(p, hint, offered & ASK_BACK);
		if (g != GOT_LINE)
			break;
		size_t len;
		const char *t = plain_trimmed(p, &len);
		long v;
		if (len == 0) {
			list(p, labels, details, n);
			continue;
		}
		if (plain_number(t, len, 1, (long)n, &v)) {
			result = (int)v - 1;
			break;
		}
		plain_text(p, _("That is not one of the numbers."), 0);
	}
	free(hint);
	return result;
}

int plain_choice(struct plain *p, const char *title, const char *text, const char *const *choices,
                 size_t n)
{
	if (title)
		plain_title(p, title);
	if (text) {
		plain_blank(p);
		plain_markup(p, text);
	}
	return plain_menu(p, choices, NULL, n, ASK_BACK);
}
