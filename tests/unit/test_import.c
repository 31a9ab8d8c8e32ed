/* SPDX-FileCopyrightText: 2026 The steady authors */
/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * test_import.c: `steady diary import` below the command line: an export
 * in each format read back gives the same entries (every kind, awkward
 * text), times are read exactly, malformed files are refused with the
 * line of the problem, and diary_import() adds all or nothing, with new
 * ids in the order of the entries' times.
 */
#include "config.h"

#include <malloc.h>
#include <string.h>

#include "diary/export.h"
#include "diary/import.h"
#include "diary_test_util.h"
#include "unit.h"
#include "util/json.h"
#include "util/utf8.h"

static struct entry_time at(int64_t epoch, int32_t off)
{
	struct entry_time t = {epoch, off};
	return t;
}

/* A diary with one entry of every kind, the text as awkward as export allows. */
static struct diary *sample(char **dir)
{
	*dir = scratch_dir();
	struct diary *d;
	struct diary_error err;
	ck_assert_int_eq(diary_create(*dir, PASS, PASSLEN, &min_costs, &d, &err), 0);
	struct entry *e = entry_new(ENTRY_JOURNAL);
	entry_set(e, &e->title, "A title: with (#3) in it");
	entry_set(e, &e->text,
	          "Line one\n\n## not a heading\n- q: not an answer\n\"quoted\" "
	          "\\ tab\there \xc3\xa4 \xf0\x9f\x8c\x8a \x1b[31m\x7f \xc2\x85 end");
	entry_add_tag(e, "calm");
	entry_add_tag(e, "work stuff");
	e->created = at(1795946700, 3600);
	ck_assert_uint_ne(diary_add(d, e, &err), 0);
	e = entry_new(ENTRY_JOURNAL);
	entry_set(e, &e->text, "Untitled, same time");
	e->created = at(1795946700, 3600);
	ck_assert_uint_ne(diary_add(d, e, &err), 0);
	e = entry_new(ENTRY_RECORD);
	entry_set(e, &e->module, "trigger-log");
	entry_set_answer(e, "urge", "7");
	entry_set_answer(e, "did", "rode-it-out,talked");
	entry_set_answer(e, "notes", "two\nlines");
	entry_set_answer(e, "empty", "");
	e->complete = 1;
	e->created = at(1795000000, -5 * 3600 - 1800);
	ck_assert_uint_ne(diary_add(d, e, &err), 0);
	e = entry_new(ENTRY_SELFCHECK);
	entry_set(e, &e->module, "check");
	entry_set(e, &e->band, "Some (worry)");
	e->score = -3;
	e->created = at(1794000000, 0);
	ck_assert_uint_ne(diary_add(d, e, &err), 0);
	e = entry_new(ENTRY_SAFETY_PLAN);
	entry_set(e, &e->plan[PLAN_WARNING_SIGNS], "Late nights\nalone");
	entry_set(e, &e->plan[PLAN_HELPERS], "Sam");
	entry_set(e, &e->plan[PLAN_SURROUNDINGS], "Phone out of the bedroom");
	e->created = at(1793000000, 7200);
	ck_assert_uint_ne(diary_add(d, e, &err), 0);
	e = entry_new(ENTRY_HOMEWORK);
	entry_set(e, &e->module, "urges");
	entry_set(e, &e->date, "2026-11-28");
	e->created = at(1792000000, 0);
	ck_assert_uint_ne(diary_add(d, e, &err), 0);
	/* One edited entry, so "Edited:" is written. */
	const struct entry *first = diary_at(d, 0);
	struct entry *c = entry_copy(first);
	ck_assert_int_eq(diary_replace(d, first->id, c, &err), 0);
	return d;
}

/* The export of d, in a new string. */
static char *export_of(const struct diary *d, int json, size_t *len)
{
	char *p = NULL;
	FILE *f = open_memstream(&p, len);
	ck_assert_ptr_nonnull(f);
	if (json)
		export_json(f, d);
	else
		export_markdown(f, d, 0);
	ck_assert_int_eq(fclose(f), 0);
	return p;
}

static void same_str(const char *a, const char *b)
{
	if (!a || !b)
		ck_assert_ptr_eq(a, b);
	else
		ck_assert_str_eq(a, b);
}

/* a and b hold the same, but for the id and (Markdown) the step. */
static void same_entry(const struct entry *a, const struct entry *b)
{
	ck_assert_int_eq(a->kind, b->kind);
	ck_assert_int_eq(a->created.epoch, b->created.epoch);
	ck_assert_int_eq(a->created.offset, b->created.offset);
	ck_assert_int_eq(a->edited.epoch, b->edited.epoch);
	ck_assert_int_eq(a->edited.offset, b->edited.offset);
	ck_assert_uint_eq(a->n_tags, b->n_tags);
	for (size_t i = 0; i < a->n_tags; i++)
		ck_assert_str_eq(a->tags[i], b->tags[i]);
	same_str(a->title, b->title);
	same_str(a->text, b->text);
	same_str(a->module, b->module);
	ck_assert_uint_eq(a->n_answers, b->n_answers);
	for (size_t i = 0; i < a->n_answers; i++) {
		ck_assert_str_eq(a->answers[i].question, b->answers[i].question);
		ck_assert_str_eq(a->answers[i].value, b->answers[i].value);
	}
	ck_assert_int_eq(a->complete, b->complete);
	ck_assert_int_eq(a->score, b->score);
	same_str(a->band, b->band);
	for (int s = 0; s < PLAN__COUNT; s++)
		same_str(a->plan[s], b->plan[s]);
	same_str(a->date, b->date);
}

static void round_trip(int json)
{
	char *dir;
	struct diary *d = sample(&dir);
	size_t len;
	char *text = export_of(d, json, &len);
	struct entry **v;
	size_t n, line;
	char *why = NULL;
	int rc = import_parse(text, len, IMPORT_GUESS, &v, &n, &line, &why);
	if (rc != 0)
		ck_abort_msg("line %zu: %s", line, why);
	ck_assert_uint_eq(n, diary_count(d));
	for (size_t i = 0; i < n; i++) {
		same_entry(v[i], diary_at(d, i));
		ck_assert_uint_eq(v[i]->id, diary_at(d, i)->id);
	}
	/* Into a second diary that has entries of its own: new ids after them. */
	char *dir2;
	struct diary *d2 = sample(&dir2);
	size_t before = diary_count(d2);
	struct diary_error err;
	ck_assert_int_eq(diary_import(d2, v, n, &err), 0);
	ck_assert_uint_eq(diary_count(d2), before + n);
	ck_assert_int_eq(diary_save(d2, &err), 0);
	diary_close(d2);
	ck_assert_int_eq(diary_open(dir2, PASS, PASSLEN, &d2, &err), 0);
	ck_assert_uint_eq(diary_count(d2), before + n);
	/* The two untitled-and-titled entries of the same time keep their order. */
	const struct entry *x = diary_get(d2, before + n), *y = diary_get(d2, before + n - 1);
	ck_assert_ptr_nonnull(x);
	ck_assert_ptr_nonnull(y);
	same_entry(x, diary_at(d, 0));
	same_entry(y, diary_at(d, 1));
	/* Newest first, each imported entry once. */
	size_t imported = 0;
	for (size_t i = 0; i < diary_count(d2); i++) {
		const struct entry *e = diary_at(d2, i);
		if (i)
			ck_assert_int_ge(diary_at(d2, i - 1)->created.epoch, e->created.epoch);
		imported += e->id > before;
	}
	ck_assert_uint_eq(imported, n);
	diary_close(d2);
	diary_close(d);
	free(text);
	scratch_free(dir);
	scratch_free(dir2);
}

START_TEST(json_round_trip)
{
	round_trip(1);
}
END_TEST

START_TEST(markdown_round_trip)
{
	round_trip(0);
}
END_TEST

/* Bytes that start no valid UTF-8 sequence come out as \ufffd, one each,
 * so that a JSON export is always valid UTF-8, whatever a diary holds. */
START_TEST(json_invalid_utf8)
{
	const char *in = "a\xff b\xc3 \xe2\x82 \xed\xa0\x80 \xc0\xaf \xc2\x85 ok "
	                 "\xc3\xa4\xf0\x9f\x8c\x8a\xf4";
	const char *want =
	        "\"a\\ufffd b\\ufffd \\ufffd\\ufffd \\ufffd\\ufffd\\ufffd \\ufffd\\ufffd "
	        "\\u0085 ok \xc3\xa4\xf0\x9f\x8c\x8a\\ufffd\"";
	char *p = NULL;
	size_t len;
	FILE *f = open_memstream(&p, &len);
	ck_assert_ptr_nonnull(f);
	json_string(f, in);
	ck_assert_int_eq(fclose(f), 0);
	ck_assert_str_eq(p, want);
	ck_assert(utf8_valid(p, len));
	free(p);
}
END_TEST

/* The Markdown import's copies of tags and questions are wiped before they
 * are freed: free() is wrapped (tests/local.mk, --wrap=free) to look in
 * each block freed while watching for the text of this entry. */
#define MARK  "wipemark7"
#define MHEAD "# My steady diary\n\n"
static int watching, unwiped;
void __real_free(void *p);
void __wrap_free(void *p);
void __wrap_free(void *p)
{
	if (watching && p && memmem(p, malloc_usable_size(p), MARK, strlen(MARK)))
		unwiped++;
	__real_free(p);
}

START_TEST(markdown_copies_wiped)
{
	char doc[] = MHEAD "## 2026-11-29T11:05:00+01:00 · Module record: m (#1)\n\nTags: " MARK
	                   "t, " MARK "u\n\nCompleted.\n\n- " MARK "q: 3\n";
	struct entry **v;
	size_t n, line;
	char *why = NULL;
	watching = 1;
	int rc = import_parse(doc, strlen(doc), IMPORT_MARKDOWN, &v, &n, &line, &why);
	watching = 0;
	ck_assert_msg(rc == 0, "line %zu: %s", line, why ? why : "");
	ck_assert_uint_eq(n, 1);
	ck_assert_uint_eq(v[0]->n_tags, 2);
	ck_assert_str_eq(v[0]->tags[1], MARK "u");
	ck_assert_uint_eq(v[0]->n_answers, 1);
	ck_assert_str_eq(v[0]->answers[0].question, MARK "q");
	watching = 1;
	import_free(v, n);
	watching = 0;
	ck_assert_int_eq(unwiped, 0);
}
END_TEST

START_TEST(times_read_exactly)
{
	struct entry_time t = {0, 0};
	const char *ok = "2026-11-29T11:05:00+01:00";
	ck_assert_int_eq(entry_time_parse(ok, strlen(ok), &t), 0);
	ck_assert_int_eq(t.epoch, 1795946700);
	ck_assert_int_eq(t.offset, 3600);
	const char *neg = "1969-12-31T23:59:59-05:30";
	ck_assert_int_eq(entry_time_parse(neg, strlen(neg), &t), 0);
	ck_assert_int_eq(t.epoch, -1 + 5 * 3600 + 1800);
	ck_assert_int_eq(t.offset, -5 * 3600 - 1800);
	const char *bad[] = {
	        "2026-02-29T11:05:00+01:00", "2026-11-29T24:00:00+01:00",
	        "2026-11-29T11:05:00+19:00", "2026-11-29T11:05:00-00:00",
	        "2026-11-29 11:05:00+01:00", "2026-11-29T11:05:00+01:0",
	        "2026-11-29T11:05:60+01:00", "2026-13-01T00:00:00+00:00",
	};
	for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
		t.epoch = 42;
		ck_assert_msg(entry_time_parse(bad[i], strlen(bad[i]), &t) < 0, "%s", bad[i]);
		ck_assert_int_eq(t.epoch, 42);
	}
}
END_TEST

/* The file is refused, at the line given. */
static void refused(const char *doc, enum import_format f, size_t want_line)
{
	char *p = strdup(doc);
	struct entry **v;
	size_t n, line;
	char *why = NULL;
	ck_assert_msg(import_parse(p, strlen(p), f, &v, &n, &line, &why) == -1, "read: %s", doc);
	ck_assert_ptr_nonnull(why);
	ck_assert_ptr_null(v);
	ck_assert_uint_eq(n, 0);
	ck_assert_msg(line == want_line, "line %zu, not %zu: %s", line, want_line, doc);
	free(why);
	free(p);
}

#define JHEAD "{\"format\":\"steady-diary-export\",\"version\":1,\"entries\":[\n"
#define JOK                                                                                        \
	"{\"id\":1,\"kind\":\"journal\",\"created\":\"2026-11-29T11:05:00+01:00\",\"edited\":"     \
	"\"2026-11-29T11:05:00+01:00\",\"tags\":[],\"text\":\"hi\"}"

START_TEST(json_refused)
{
	refused(JHEAD JOK ",\n" JOK ",\n{\"id\":3}\n]}\n", IMPORT_JSON, 4);
	refused(JHEAD JOK "\n]", IMPORT_JSON, 3);
	refused(JHEAD JOK "\n]} x", IMPORT_JSON, 3);
	refused("{\"format\":\"other\",\"version\":1,\"entries\":[]}", IMPORT_JSON, 1);
	refused("{\"format\":\"steady-diary-export\",\"version\":2,\"entries\":[]}", IMPORT_JSON,
	        1);
	refused("{\"format\":\"steady-diary-export\",\"version\":1}", IMPORT_JSON, 1);
	/* A field of another kind, a missing one, a NUL, a lone surrogate, bad UTF-8. */
	refused(JHEAD
	        "\n\n{\"id\":1,\"kind\":\"journal\",\"created\":\"2026-11-29T11:05:00+01:00\","
	        "\"edited\":\"2026-11-29T11:05:00+01:00\",\"tags\":[],\"text\":\"hi\","
	        "\"module\":\"m\"}]}",
	        IMPORT_JSON, 4);
	refused(JHEAD "{\"id\":1,\"kind\":\"journal\",\"created\":\"2026-11-29T11:05:00+01:00\","
	              "\"edited\":\"2026-11-29T11:05:00+01:00\",\"tags\":[]}]}",
	        IMPORT_JSON, 2);
	refused(JHEAD
	        "{\"id\":1,\"kind\":\"journal\",\"created\":\"2026-11-29T11:05:00+01:00\","
	        "\"edited\":\"2026-11-29T11:05:00+01:00\",\"tags\":[],\"text\":\"a\\u0000\"}]}",
	        IMPORT_JSON, 2);
	refused(JHEAD
	        "{\"id\":1,\"kind\":\"journal\",\"created\":\"2026-11-29T11:05:00+01:00\","
	        "\"edited\":\"2026-11-29T11:05:00+01:00\",\"tags\":[],\"text\":\"\\ud800\"}]}",
	        IMPORT_JSON, 2);
	refused(JHEAD "{\"id\":1,\"kind\":\"journal\",\"created\":\"2026-11-29T11:05:00+01:00\","
	              "\"edited\":\"2026-11-29T11:05:00+01:00\",\"tags\":[],\"text\":\"\xc3\"}]}",
	        IMPORT_JSON, 2);
	refused(JHEAD "{\"id\":1,\"kind\":\"diary\",\"created\":\"2026-11-29T11:05:00+01:00\","
	              "\"edited\":\"2026-11-29T11:05:00+01:00\",\"tags\":[],\"text\":\"x\"}]}",
	        IMPORT_JSON, 2);
	refused(JHEAD "{\"id\":1.5,\"kind\":\"journal\",\"created\":\"2026-11-29T11:05:00+01:00\","
	              "\"edited\":\"2026-11-29T11:05:00+01:00\",\"tags\":[],\"text\":\"x\"}]}",
	        IMPORT_JSON, 2);
	/* An empty export is fine. */
	char empty[] = "{\"format\":\"steady-diary-export\",\"version\":1,\"entries\":[\n]}\n";
	struct entry **v;
	size_t n, line;
	char *why;
	ck_assert_int_eq(import_parse(empty, strlen(empty), IMPORT_GUESS, &v, &n, &line, &why), 0);
	ck_assert_uint_eq(n, 0);
	import_free(v, n);
}
END_TEST

START_TEST(markdown_refused)
{
	refused("Not a diary\n", IMPORT_MARKDOWN, 1);
	refused(MHEAD "Some words\n", IMPORT_MARKDOWN, 3);
	/* No blank line after the heading; a record without its module; an unknown score. */
	refused(MHEAD "## 2026-11-29T11:05:00+01:00 · Journal (#1)\n\nfine\n\n"
	              "## 2026-11-29T11:05:00+01:00 · Journal (#2)\nno blank line\n\n",
	        IMPORT_MARKDOWN, 7);
	refused(MHEAD "## 2026-11-29T11:05:00+01:00 · Module record (#1)\n\nCompleted.\n\n",
	        IMPORT_MARKDOWN, 3);
	refused(MHEAD "## 2026-11-29T11:05:00+01:00 · Self-check: m (#1)\n\nScore: lots\n\n",
	        IMPORT_MARKDOWN, 3);
	refused(MHEAD "## 2026-11-29T11:05:00+01:00 · Module record: m (#1)\n\nCompleted.\n\n"
	              "answer without a dash\n\n",
	        IMPORT_MARKDOWN, 3);
	refused(MHEAD "## 2026-11-29T11:05:00+01:00 · Safety plan (#1)\n\n### Warning signs\n\n"
	              "x\n\n",
	        IMPORT_MARKDOWN, 3);
	/* A heading that ends the file: an empty body, not one of SIZE_MAX bytes. */
	refused(MHEAD "## 2026-11-29T11:05:00+01:00 · Journal (#1)\n", IMPORT_MARKDOWN, 3);
	refused(MHEAD "## 2026-11-29T11:05:00+01:00 · Homework done: m (#1)\n\nDone on: "
	              "2026-02-30\n\n",
	        IMPORT_MARKDOWN, 3);
	/* A kind in a language other than English and the current one: said so. */
	char foreign[] = MHEAD "## 2026-11-29T11:05:00+01:00 · Notiz (#1)\n\nGerman\n\n";
	struct entry **fv;
	size_t fn, fline;
	char *fwhy;
	ck_assert_int_eq(
	        import_parse(foreign, strlen(foreign), IMPORT_MARKDOWN, &fv, &fn, &fline, &fwhy),
	        -1);
	ck_assert_uint_eq(fline, 3);
	ck_assert_ptr_nonnull(strstr(fwhy, "in a language other than English"));
	free(fwhy);
	/* A heading with a time that does not exist is text: the entry before it is read whole. */
	char doc[] = MHEAD "## 2026-11-29T11:05:00+01:00 · Journal (#1)\n\na\n"
	                   "## 2026-02-30T11:05:00+01:00 · Journal (#2)\n\n";
	struct entry **v;
	size_t n, line;
	char *why;
	ck_assert_int_eq(import_parse(doc, strlen(doc), IMPORT_GUESS, &v, &n, &line, &why), 0);
	ck_assert_uint_eq(n, 1);
	ck_assert_str_eq(v[0]->text, "a\n## 2026-02-30T11:05:00+01:00 · Journal (#2)");
	import_free(v, n);
}
END_TEST

START_TEST(import_all_or_nothing)
{
	char *dir;
	struct diary *d = sample(&dir);
	size_t before = diary_count(d);
	uint64_t next = diary_at(d, 0)->id;
	struct entry **v = calloc(2, sizeof *v);
	ck_assert_ptr_nonnull(v);
	v[0] = entry_new(ENTRY_JOURNAL);
	entry_set(v[0], &v[0]->text, "good");
	v[0]->created = v[0]->edited = at(1795946700, 0);
	v[1] = entry_new(ENTRY_RECORD); /* no module: not valid */
	v[1]->created = v[1]->edited = at(1795946700, 0);
	struct diary_error err;
	ck_assert_int_eq(diary_import(d, v, 2, &err), -1);
	ck_assert_int_eq(err.status, DIARY_ERR_INVALID);
	ck_assert_uint_eq(diary_count(d), before);
	for (size_t i = 0; i < diary_count(d); i++)
		ck_assert_uint_le(diary_at(d, i)->id, next + 10);
	diary_close(d);
	scratch_free(dir);
}
END_TEST

static Suite *suite(void)
{
	Suite *s = suite_create("diary import");
	TCase *tc = tcase_create("import");
	tcase_add_test(tc, json_round_trip);
	tcase_add_test(tc, markdown_round_trip);
	tcase_add_test(tc, json_invalid_utf8);
	tcase_add_test(tc, markdown_copies_wiped);
	tcase_add_test(tc, times_read_exactly);
	tcase_add_test(tc, json_refused);
	tcase_add_test(tc, markdown_refused);
	tcase_add_test(tc, import_all_or_nothing);
	suite_add_tcase(s, tc);
	return s;
}

int main(void)
{
	UNIT_NEED_TEST_BUILD(); /* weak key costs */
	return unit_run(suite());
}
