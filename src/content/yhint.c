/* SPDX-FileCopyrightText: 2026 The steady authors */
/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * yhint.c: explanations of libyaml's syntax errors. libyaml names the
 * parser's state; the explanation names the likely mistake, judged from the
 * problem and the line it is on, and how to fix it. The caller keeps
 * libyaml's own words beside it for those who know YAML.
 */
#include "config.h"

#include <string.h>

#include "content/yhint.h"
#include "util/gettext.h"
#include "util/xalloc.h"

/* The byte offset of the index-th character: libyaml's marks count
 * characters, and the text before may hold letters of several bytes. */
static size_t byte_at(const char *text, size_t len, size_t index)
{
	size_t i = 0;
	for (size_t chars = 0; i < len; i++) {
		if (((unsigned char)text[i] & 0xC0) == 0x80)
			continue;
		if (chars++ == index)
			return i;
	}
	return len;
}

/* The start of the line holding offset at. */
static size_t line_start(const char *text, size_t at)
{
	while (at > 0 && text[at - 1] != '\n')
		at--;
	return at;
}

/* 1 when the line before offset at already has a "key: " on it. */
static int key_before(const char *text, size_t at)
{
	for (size_t i = line_start(text, at); i + 1 < at; i++)
		if (text[i] == ':' && (text[i + 1] == ' ' || text[i + 1] == '\t'))
			return 1;
	return 0;
}

/* 1 when offset at is the first character on its line that is not a space. */
static int starts_line(const char *text, size_t at)
{
	for (size_t i = line_start(text, at); i < at; i++)
		if (text[i] != ' ')
			return 0;
	return 1;
}

/* 1 when the line holding offset at has a curly quote (“ ” „ ‘ ’) before at. */
static int curly_before(const char *text, size_t at)
{
	static const char *const curly[] = {"\u201c", "\u201d", "\u201e", "\u2018", "\u2019"};
	for (size_t i = line_start(text, at); i + 3 <= at; i++)
		for (size_t k = 0; k < sizeof curly / sizeof curly[0]; k++)
			if (memcmp(text + i, curly[k], 3) == 0)
				return 1;
	return 0;
}

/*
 * For a line with no ':' (the line at offset at): "'summary x' has no ':'
 * after its key; write it as 'summary: x'" when it reads as a key and a
 * value, else NULL (new string).
 */
static char *missing_colon(const char *text, size_t len, size_t at, int line)
{
	size_t from = line_start(text, at), to = from;
	while (to < len && text[to] != '\n' && text[to] != '\r')
		to++;
	/* Past the indentation and any "- " of a list item. */
	for (;;) {
		while (from < to && text[from] == ' ')
			from++;
		if (from + 1 >= to || text[from] != '-' || text[from + 1] != ' ')
			break;
		from += 2;
	}
	size_t key = from;
	while (key < to && ((text[key] >= 'a' && text[key] <= 'z') || text[key] == '_'))
		key++;
	if (key == from || key >= to || text[key] != ' ' || to - from > 60)
		return NULL;
	/* TRANSLATORS: a hint about a YAML module file. %d is a line number; the
	   first %.*s is that line as written, such as 'title My module'; the second
	   and third are its key and its text, as in: write it as 'title: My module'.
	   Keep ':' as it is. */
	return xasprintf(_("line %d, '%.*s', has no ':' after its key; write it as '%.*s: %.*s' "
	                   "(a text that goes on from the line above is indented more than its "
	                   "key)"),
	                 line, (int)(to - from), text + from, (int)(key - from), text + from,
	                 (int)(to - key - 1), text + key + 1);
}

static int has(const char *s, const char *part)
{
	return s && strstr(s, part) != NULL;
}

char *yhint_syntax(const yaml_parser_t *p, const char *text, size_t len)
{
	const char *problem = p->problem, *context = p->context;
	size_t at = byte_at(text, len, p->problem_mark.index);
	size_t ctx_at = byte_at(text, len, p->context_mark.index);
	int ctx_line = (int)p->context_mark.line + 1;
	char c = at < len ? text[at] : '\0';
	if (!problem)
		return NULL;
	if (has(problem, "mapping values are not allowed")) {
		if (key_before(text, at) && curly_before(text, at))
			return xstrdup(
			        _("this text is in curly quotes (\u201c \u201d), which YAML "
			          "reads as letters, not as quotes, so its ': ' starts a new "
			          "key; word processors put them in. Use straight double quotes "
			          "(\"), such as: label: \"Health: sleep and food\", or switch "
			          "off \"smart quotes\" in your editor"));
		if (key_before(text, at))
			return xstrdup(
			        _("the ': ' here starts a new key inside a text; if it is part "
			          "of the text, put the whole text in double quotes, such as: "
			          "label: \"Health: sleep and food\""));
		return xstrdup(_("this line is read as part of the text on the line above, so its "
		                 "':' cannot start a key; if it is a new key, line it up with the "
		                 "keys above it; if it belongs to the text, put the whole text in "
		                 "double quotes"));
	}
	if (has(problem, "cannot start any token") || has(problem, "tab character")) {
		if (c == '\t' || has(problem, "tab character"))
			return xstrdup(
			        _("this line is indented with a tab; indent with spaces only"));
		if (c <= ' ' || c > '~')
			return NULL;
		/* TRANSLATORS: %c is the character the text starts with, such as '@'
		   or '`' (both times). 'title:' is a key of the module format; keep
		   it. */
		return xasprintf(_("a text cannot start with '%c' unless the whole text is in "
		                   "double quotes, such as: title: \"%c...\""),
		                 c, c);
	}
	if (has(problem, "expected alphabetic or numeric") &&
	    (has(context, "alias") || has(context, "anchor"))) {
		char s = ctx_at < len ? text[ctx_at] : '*';
		if (s != '*' && s != '&')
			return NULL;
		if (s == '*')
			return xstrdup(_("a text cannot start with '*' unless the whole text is in "
			                 "double quotes, such as: text: \"*Slowly* breathe out\""));
		/* TRANSLATORS: %c is the character the text starts with, such as '@'
		   or '`' (both times). 'title:' is a key of the module format; keep
		   it. */
		return xasprintf(_("a text cannot start with '%c' unless the whole text is in "
		                   "double quotes, such as: title: \"%c...\""),
		                 s, s);
	}
	if (has(problem, "did not find expected key")) {
		if (starts_line(text, at))
			return xstrdup(
			        _("this line is not lined up with the keys above it; the keys "
			          "of one mapping start in the same column"));
		return xstrdup(_("the text goes on after its closing quote or bracket; put the "
		                 "whole text in double quotes (and write \\\" for a quote inside "
		                 "it), such as: title: \"[Draft] My module\""));
	}
	if (has(problem, "expected '-' indicator"))
		/* TRANSLATORS: %d is a line number in the YAML module file. '- ' is
		   how a list item starts in YAML; keep it. */
		return xasprintf(_("this line is not lined up with the list that starts on line "
		                   "%d; start every '- ' item of a list in the same column"),
		                 ctx_line);
	if (has(problem, "end of stream") && has(context, "quoted scalar"))
		/* TRANSLATORS: %d is a line number in the YAML module file. */
		return xasprintf(_("the quote opened on line %d is never closed; end the text "
		                   "with the same quote mark"),
		                 ctx_line);
	if (has(problem, "could not find expected ':'")) {
		char *s = missing_colon(text, len, ctx_at, ctx_line);
		if (s)
			return s;
		/* TRANSLATORS: %d is a line number in the YAML module file. 'key:
		   value' and 'key: |' show YAML syntax; translate only 'key',
		   'value' and 'text' if your language's module writers would, and
		   keep ':' and '|'. */
		return xasprintf(_("line %d is not 'key: value'; to write a text over several "
		                   "lines, indent the lines after the first more than its key, or "
		                   "write 'key: |' and the text on the lines below, indented"),
		                 ctx_line);
	}
	if (has(problem, "block sequence entries are not allowed"))
		return xstrdup(_("a '- ' list cannot start on the line of its key; put each '- ' "
		                 "item on a line of its own below the key. A text that starts with "
		                 "'-' needs double quotes"));
	if (has(context, "quoted scalar") &&
	    (has(problem, "escape") || has(problem, "hexdecimal") || has(problem, "hexadecimal")))
		return xstrdup(_("in double quotes a backslash starts a special character; write "
		                 "\\\\ for a backslash, or put the text in single quotes instead"));
	return NULL;
}
