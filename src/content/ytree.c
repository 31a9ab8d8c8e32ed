/* SPDX-FileCopyrightText: 2026 The steady authors */
/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * ytree.c: turns libyaml events into a node tree while treating the file as
 * hostile. Anchors, aliases and tags are refused outright (no expansion, so
 * no "billion laughs"), nesting, scalar size, keys per map and node count are
 * capped, and the first problem ends parsing with one clear diagnostic.
 */
#include "config.h"

#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <yaml.h>

#include "content/module_load.h"
#include "content/ybytes.h"
#include "content/ycache.h"
#include "content/ytree.h"
#include "content/yhint.h"
#include "util/buf.h"
#include "util/gettext.h"
#include "util/xalloc.h"

/* The children of an open mapping or list, gathered here until it closes
 * and they move to the tree's memory in one array of the right size. */
struct level {
	struct ynode **v;
	size_t n, cap;
};

struct builder {
	const char *file;
	struct diag *d;
	struct ymem *mem; /* the tree's memory; the root's once the parse succeeds */
	struct ynode *root;
	struct ynode *stack[CONTENT_MAX_DEPTH + 1];
	struct level kids[CONTENT_MAX_DEPTH + 1]; /* reused by each depth */
	int depth;
	size_t nodes;
	int docs;
	int failed;
};

static void fail_at(struct builder *b, yaml_mark_t m, const char *fmt, ...)
        __attribute__((format(printf, 3, 4)));

static void fail_at(struct builder *b, yaml_mark_t m, const char *fmt, ...)
{
	if (b->failed)
		return;
	b->failed = 1;
	char text[512];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(text, sizeof text, fmt, ap);
	va_end(ap);
	diag_add(b->d, DIAG_ERROR, b->file, (int)m.line + 1, (int)m.column + 1, "%s", text);
}

static void fail_text(struct builder *b, yaml_mark_t m, const char *text)
{
	if (b->failed)
		return;
	b->failed = 1;
	diag_add(b->d, DIAG_ERROR, b->file, (int)m.line + 1, (int)m.column + 1, "%s", text);
}

/* Blocks of at least this many bytes: a module's tree takes a few. */
#define YMEM_BLOCK 16384

_Static_assert(sizeof(struct ymem) % 8 == 0, "blocks keep nodes and pointers aligned");

void *ymem_alloc(struct ymem **list, size_t n)
{
	n = (n + 7) & ~(size_t)7;
	struct ymem *m = *list;
	if (!m || m->cap - m->used < n) {
		size_t cap = n > YMEM_BLOCK ? n : YMEM_BLOCK;
		m = xmalloc(sizeof *m + cap);
		m->next = *list;
		m->used = 0;
		m->cap = cap;
		*list = m;
	}
	void *p = (unsigned char *)(m + 1) + m->used;
	m->used += n;
	return p;
}

void ymem_free(struct ymem *list)
{
	while (list) {
		struct ymem *next = list->next;
		free(list);
		list = next;
	}
}

void ytree_free(struct ynode *n)
{
	if (n)
		ymem_free(n->mem);
}

/* A tag as its author most likely wrote it: "!!str" rather than libyaml's expansion. */
static const char *shown_tag(const char *tag, char *buf, size_t size)
{
	static const char core[] = "tag:yaml.org,2002:";
	char tmp[80];
	if (strncmp(tag, core, sizeof core - 1) != 0)
		return ytree_shorten(tag, buf, size);
	snprintf(tmp, sizeof tmp, "!!%s", tag + sizeof core - 1);
	return ytree_shorten(tmp, buf, size);
}

static int refuse_decorations(struct builder *b, yaml_mark_t m, const yaml_char_t *anchor,
                              const yaml_char_t *tag)
{
	char shown[64];
	if (anchor)
		fail_at(b, m,
		        /* TRANSLATORS: %s is the anchor's name as written after '&'
		           in the module file. 'YAML anchor' is a YAML term. */
		        _("'&%s' is a YAML anchor, which steady files do not allow; if it is part "
		          "of a text, put the whole text in double quotes"),
		        ytree_shorten((const char *)anchor, shown, sizeof shown));
	else if (tag)
		fail_at(b, m,
		        /* TRANSLATORS: %s is the tag as written in the module file,
		           such as '!!str'. 'YAML tag' is a YAML term. */
		        _("'%s' is a YAML tag, which steady files do not allow; if it is part of a "
		          "text, put the whole text in double quotes"),
		        shown_tag((const char *)tag, shown, sizeof shown));
	return anchor || tag ? -1 : 0;
}

/* 1 when key (a scalar) repeats an earlier key of map. */
static const struct ynode *earlier_key(const struct ynode *map, const struct ynode *key)
{
	for (size_t i = 0; i < map->n; i += 2)
		if (map->kids[i]->len == key->len &&
		    memcmp(map->kids[i]->value, key->value, key->len) == 0)
			return map->kids[i];
	return NULL;
}

static int check_key(struct builder *b, struct ynode *map, struct ynode *key, yaml_mark_t m)
{
	if (key->kind != YNODE_SCALAR) {
		fail_text(b, m, _("a key must be plain text, not a list or a mapping"));
		return -1;
	}
	if (map->n / 2 >= CONTENT_MAX_KEYS) {
		fail_at(b, m,
		        /* TRANSLATORS: %d is the largest number of keys steady takes
		           in one mapping (a group of 'key: value' lines in YAML),
		           such as 200. */
		        ngettext("a mapping may have at most %d key",
		                 "a mapping may have at most %d keys", CONTENT_MAX_KEYS),
		        CONTENT_MAX_KEYS);
		return -1;
	}
	const struct ynode *first = earlier_key(map, key);
	if (first) {
		char shown[64];
		b->failed = 1;
		diag_add(b->d, DIAG_ERROR, b->file, key->line, key->col,
		         /* TRANSLATORS: %s is a key written twice in the same
		            mapping of a module file, such as 'title'; %d is the line
		            number where it first appears. */
		         _("'%s' is given twice here (first on line %d); keep one of them"),
		         ytree_shorten(key->value, shown, sizeof shown), first->line);
		return -1;
	}
	return 0;
}

/* Hangs node under the open collection (or makes it the root). */
static int attach(struct builder *b, struct ynode *node, yaml_mark_t m)
{
	if (b->depth == 0) {
		b->root = node;
		return 0;
	}
	struct ynode *parent = b->stack[b->depth - 1];
	if (parent->kind == YNODE_MAP && parent->n % 2 == 0 && check_key(b, parent, node, m) < 0)
		return -1; /* the node stays in the tree's memory, freed with it */
	/* Doubling: one realloc per value made a list of 100000 values
	 * quadratic where realloc copies. */
	struct level *l = &b->kids[b->depth - 1];
	if (l->n == l->cap) {
		l->cap = l->cap ? l->cap * 2 : 16;
		l->v = xreallocarray(l->v, l->cap, sizeof *l->v);
	}
	l->v[l->n++] = node;
	parent->kids = l->v; /* until it closes, for check_key() */
	parent->n = l->n;
	return 0;
}

/* The open collection is complete: its children move to the tree's memory. */
static void close_collection(struct builder *b)
{
	if (b->depth == 0)
		return;
	struct ynode *n = b->stack[--b->depth];
	n->kids = n->n ? ymem_alloc(&b->mem, n->n * sizeof *n->kids) : NULL;
	if (n->n)
		memcpy(n->kids, b->kids[b->depth].v, n->n * sizeof *n->kids);
}

static struct ynode *new_node(struct builder *b, enum ynode_kind kind, yaml_mark_t m)
{
	if (++b->nodes > CONTENT_MAX_NODES) {
		fail_at(b, m,
		        /* TRANSLATORS: %d is the largest number of values steady
		           reads from one module file, such as 20000. */
		        ngettext("the file holds more than %d value; it is too large",
		                 "the file holds more than %d values; it is too large",
		                 CONTENT_MAX_NODES),
		        CONTENT_MAX_NODES);
		return NULL;
	}
	struct ynode *n = ymem_alloc(&b->mem, sizeof *n);
	memset(n, 0, sizeof *n);
	n->kind = kind;
	n->line = (int)m.line + 1;
	n->col = (int)m.column + 1;
	return n;
}

static void on_scalar(struct builder *b, const yaml_event_t *e)
{
	if (refuse_decorations(b, e->start_mark, e->data.scalar.anchor, e->data.scalar.tag) < 0)
		return;
	if (e->data.scalar.length > CONTENT_MAX_SCALAR_BYTES) {
		fail_text(b, e->start_mark,
		          _("this text is longer than 64 KiB; split it into several steps"));
		return;
	}
	struct ynode *n = new_node(b, YNODE_SCALAR, e->start_mark);
	if (!n)
		return;
	/* A NUL inside would end the text early; ybytes_check() refused those. */
	size_t len = strnlen((const char *)e->data.scalar.value, e->data.scalar.length);
	n->value = ymem_alloc(&b->mem, len + 1);
	memcpy(n->value, e->data.scalar.value, len);
	n->value[len] = '\0';
	n->len = len;
	n->plain = e->data.scalar.style == YAML_PLAIN_SCALAR_STYLE;
	attach(b, n, e->start_mark);
}

static void on_open(struct builder *b, const yaml_event_t *e, enum ynode_kind kind)
{
	const yaml_char_t *anchor =
	        kind == YNODE_MAP ? e->data.mapping_start.anchor : e->data.sequence_start.anchor;
	const yaml_char_t *tag =
	        kind == YNODE_MAP ? e->data.mapping_start.tag : e->data.sequence_start.tag;
	if (refuse_decorations(b, e->start_mark, anchor, tag) < 0)
		return;
	if (b->depth >= CONTENT_MAX_DEPTH) {
		fail_at(b, e->start_mark,
		        /* TRANSLATORS: %d is the largest depth of lists inside lists
		           (or mappings) steady reads, such as 16. */
		        ngettext("lists and mappings are nested more than %d level deep",
		                 "lists and mappings are nested more than %d levels deep",
		                 CONTENT_MAX_DEPTH),
		        CONTENT_MAX_DEPTH);
		return;
	}
	struct ynode *n = new_node(b, kind, e->start_mark);
	if (!n || attach(b, n, e->start_mark) < 0)
		return;
	b->kids[b->depth].n = 0;
	b->stack[b->depth++] = n;
}

static void on_document(struct builder *b, const yaml_event_t *e)
{
	if (++b->docs > 1)
		fail_text(b, e->start_mark,
		          _("a file holds one YAML document; remove the '---' and what follows, "
		            "or move it to a file of its own"));
	else if (e->data.document_start.tag_directives.start !=
	         e->data.document_start.tag_directives.end)
		fail_at(b, e->start_mark,
		        /* TRANSLATORS: %s is always the YAML directive '%TAG'; keep
		           it. */
		        _("tags ('%s') are not allowed in steady files; remove the tag"), "%TAG");
}

static void on_alias(struct builder *b, const yaml_event_t *e)
{
	char shown[64];
	fail_at(b, e->start_mark,
	        /* TRANSLATORS: %s is the alias's name as written after '*' in the
	           module file. 'YAML alias' is a YAML term; keep *emphasis* as it
	           is. */
	        _("'*%s' is a YAML alias, which steady files do not allow; if it is part of a "
	          "text (such as *emphasis*), put the whole text in double quotes"),
	        ytree_shorten((const char *)e->data.alias.anchor, shown, sizeof shown));
}

/* Handles one event; returns 1 at the end of the stream. */
static int on_event(struct builder *b, const yaml_event_t *e)
{
	switch (e->type) {
	case YAML_STREAM_END_EVENT:
		return 1;
	case YAML_DOCUMENT_START_EVENT:
		on_document(b, e);
		break;
	case YAML_ALIAS_EVENT:
		on_alias(b, e);
		break;
	case YAML_SCALAR_EVENT:
		on_scalar(b, e);
		break;
	case YAML_SEQUENCE_START_EVENT:
		on_open(b, e, YNODE_SEQ);
		break;
	case YAML_MAPPING_START_EVENT:
		on_open(b, e, YNODE_MAP);
		break;
	case YAML_SEQUENCE_END_EVENT:
	case YAML_MAPPING_END_EVENT:
		close_collection(b);
		break;
	default:
		break;
	}
	return 0;
}

static void syntax_error(struct builder *b, const yaml_parser_t *p, const char *text, size_t len)
{
	const char *problem = p->problem ? p->problem : "unknown problem";
	yaml_mark_t m = p->problem_mark;
	if (p->error == YAML_READER_ERROR) {
		m.line = 0;
		m.column = 0;
	}
	/* A missing ':' is found on a later line; the mistake is where the key began. */
	if (p->problem && strstr(p->problem, "could not find expected ':'"))
		m = p->context_mark;
	b->failed = 1;
	char *hint = yhint_syntax(p, text, len);
	if (hint)
		diag_add(b->d, DIAG_ERROR, b->file, (int)m.line + 1, (int)m.column + 1,
		         /* TRANSLATORS: the first %s is steady's advice in the
		            reader's language; the second is the YAML parser's own
		            message, in English, such as "mapping values are not
		            allowed in this context". Keep 'YAML'. */
		         _("%s (YAML: %s)"), hint, problem);
	else if (p->context)
		diag_add(b->d, DIAG_ERROR, b->file, (int)m.line + 1, (int)m.column + 1,
		         /* TRANSLATORS: the first %s is the YAML parser's message in
		            English, such as "did not find expected key"; the second
		            is what it was reading, also in English, such as "while
		            parsing a block mapping"; %d is the line where that
		            began. */
		         _("YAML syntax error: %s (%s on line %d)"), problem, p->context,
		         (int)p->context_mark.line + 1);
	else
		diag_add(b->d, DIAG_ERROR, b->file, (int)m.line + 1, (int)m.column + 1,
		         /* TRANSLATORS: %s is the YAML parser's message in English,
		            such as "did not find expected key". */
		         _("YAML syntax error: %s"), problem);
	free(hint);
}

static void run_parser(struct builder *b, const char *text, size_t len)
{
	yaml_parser_t p;
	if (!yaml_parser_initialize(&p))
		xreallocarray(NULL, (size_t)-1, 2); /* out of memory: reports and aborts */
	yaml_parser_set_input_string(&p, (const unsigned char *)text, len);
	yaml_parser_set_encoding(&p, YAML_UTF8_ENCODING);
	while (!b->failed) {
		yaml_event_t e;
		if (!yaml_parser_parse(&p, &e)) {
			syntax_error(b, &p, text, len);
			break;
		}
		int end = on_event(b, &e);
		yaml_event_delete(&e);
		if (end)
			break;
	}
	yaml_parser_delete(&p);
}

struct ynode *ytree_parse(const char *text, size_t len, const char *file, struct diag *d)
{
	if (ybytes_check(text, len, file, d) < 0)
		return NULL;
#ifdef HAVE_YAML_SET_MAX_NEST_LEVEL
	yaml_set_max_nest_level(CONTENT_MAX_DEPTH + 1);
#endif
	struct builder b = {.file = file, .d = d};
	run_parser(&b, text, len);
	for (int i = 0; i <= CONTENT_MAX_DEPTH; i++)
		free(b.kids[i].v);
	if (!b.failed && !b.root) {
		diag_add(d, DIAG_ERROR, file, 1, 1, "%s",
		         _("the file is empty (or holds only comments); there is nothing to load"));
		b.failed = 1;
	}
	if (b.failed) {
		/* Collections left open point into the freed lists: free, never walk. */
		ymem_free(b.mem);
		return NULL;
	}
	b.root->mem = b.mem;
	return b.root;
}

static void read_error(const char *path, int err, struct diag *d)
{
	if (err == EISDIR)
		diag_add(d, DIAG_ERROR, path, 1, 1, "%s",
		         _("this is a folder, not a file; give the files in it instead"));
	else if (err == EFBIG)
		diag_add(d, DIAG_ERROR, path, 1, 1, "%s",
		         _("the file is larger than 1 MiB; split it into several modules"));
	else if (err == EINVAL)
		diag_add(d, DIAG_ERROR, path, 1, 1, "%s",
		         _("this is not a regular file (a device, pipe or socket?)"));
	else
		diag_add(d, DIAG_ERROR, path, 1, 1, _("cannot read the file: %s"), strerror(err));
}

struct ynode *ytree_load(const char *path, struct diag *d)
{
	return ytree_load_from(path, NULL, d);
}

struct ynode *ytree_load_from(const char *path, const struct ycache *c, struct diag *d)
{
	struct buf text;
	buf_init(&text);
	if (buf_read_file(&text, path, CONTENT_MAX_FILE_BYTES) < 0) {
		read_error(path, errno, d);
		buf_free(&text);
		return NULL;
	}
	/* The same bytes parsed cleanly when the cache was made: the same tree. */
	struct ynode *root = ycache_find(c, text.data, text.len);
	if (!root)
		root = ytree_parse(text.data, text.len, path, d);
	buf_free(&text);
	return root;
}

const struct ynode *ytree_key(const struct ynode *map, const char *key)
{
	if (!map || map->kind != YNODE_MAP)
		return NULL;
	for (size_t i = 0; i + 1 < map->n; i += 2)
		if (strcmp(map->kids[i]->value, key) == 0)
			return map->kids[i];
	return NULL;
}

const struct ynode *ytree_get(const struct ynode *map, const char *key)
{
	if (!map || map->kind != YNODE_MAP)
		return NULL;
	for (size_t i = 0; i + 1 < map->n; i += 2)
		if (strcmp(map->kids[i]->value, key) == 0)
			return map->kids[i + 1];
	return NULL;
}

const char *ytree_shorten(const char *s, char *buf, size_t size)
{
	size_t n = strlen(s), room = size - 1;
	int cut = n > room;
	if (cut)
		room = room > 3 ? room - 3 : 0;
	size_t o = 0;
	for (; o < n && o < room; o++) {
		unsigned char c = (unsigned char)s[o];
		buf[o] = c < 0x20 || c == 0x7F ? '?' : (char)c;
	}
	if (cut) {
		while (o > 0 && ((unsigned char)s[o] & 0xC0) == 0x80)
			o--; /* never end inside a character */
		memcpy(buf + o, "...", 3);
		o += 3;
	}
	buf[o] = '\0';
	return buf;
}
