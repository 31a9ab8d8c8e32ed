/* SPDX-FileCopyrightText: 2026 The steady authors */
/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * entry.h: the entries of the diary, as plain data. One flat struct serves
 * every kind; the fields a kind does not use stay NULL or zero. Strings are
 * UTF-8 and hold what the person wrote, so they are wiped when freed. An
 * entry owns its strings, except an entry read from the diary file: its
 * strings live in the decrypted body, which the diary keeps in guarded
 * memory and wipes as a whole (in_body).
 */
#ifndef STEADY_DIARY_ENTRY_H
#define STEADY_DIARY_ENTRY_H

#include <stddef.h>
#include <stdint.h>

enum entry_kind {
	ENTRY_JOURNAL = 1,     /* free text with an optional title */
	ENTRY_RECORD = 2,      /* the answers of one run through a module */
	ENTRY_SELFCHECK = 3,   /* the result of a self-check module */
	ENTRY_SAFETY_PLAN = 4, /* the six sections of a safety plan */
	ENTRY_HOMEWORK = 5,    /* homework of a module marked as done on a date */
	ENTRY__COUNT
};

/* The six sections of a safety plan, in the order they are filled in. */
enum plan_section {
	PLAN_WARNING_SIGNS, /* warning signs */
	PLAN_ALONE,         /* things I can do alone */
	PLAN_DISTRACT,      /* people and places that distract */
	PLAN_HELPERS,       /* people I can ask for help */
	PLAN_PROFESSIONALS, /* professionals and crisis lines */
	PLAN_SURROUNDINGS,  /* making my surroundings safer */
	PLAN__COUNT
};

/* A moment: seconds since 1970 UTC and the local offset east of UTC then. */
struct entry_time {
	int64_t epoch;
	int32_t offset; /* seconds, -18h..+18h */
};

/* One answer of a module record. The value encodes the question type:
 * scale "7"; single choice "option-id"; multiple choice and checklist
 * "id1,id2" (ids as in the module); free text as written. */
struct entry_answer {
	char *question; /* question (step) id */
	char *value;
};

/* in_body's value for an entry whose struct lies in a block (see in_body). */
#define ENTRY_IN_SLAB 2

struct entry {
	uint64_t id; /* stable, never reused; given by diary_add() */
	enum entry_kind kind;
	struct entry_time created; /* for a record: when it was filled in */
	struct entry_time edited;  /* equals created until edited */
	char **tags;
	size_t n_tags;

	/* ENTRY_JOURNAL */
	char *title; /* may be NULL */
	char *text;

	/* ENTRY_RECORD, ENTRY_SELFCHECK, ENTRY_HOMEWORK */
	char *module; /* module id */

	/* ENTRY_RECORD */
	struct entry_answer *answers;
	size_t n_answers;
	int complete;  /* 1 once the last step was reached */
	uint32_t step; /* index of the step to resume at */

	/* ENTRY_SELFCHECK */
	int32_t score;
	char *band; /* the band's title as shown, may be NULL */

	/* ENTRY_SAFETY_PLAN: each section may be NULL */
	char *plan[PLAN__COUNT];

	/* ENTRY_HOMEWORK: the local date it was done, "YYYY-MM-DD" */
	char *date;

	/* 1 when the strings point into a decoded body (codec_decode()) that
	 * outlives the entry; entry_free() then wipes them where they are and
	 * leaves the memory to whoever frees the body. Such an entry is
	 * read-only (entry_set() and the other setters abort on it): change an
	 * entry_copy(). ENTRY_IN_SLAB: the struct itself lies in a block of
	 * entries made with the body (codec_decode_trusted()); entry_free()
	 * wipes it there, and the block is freed with the body. */
	int in_body;
};

/* A new empty entry of the given kind (id 0, times 0); never NULL. */
struct entry *entry_new(enum entry_kind kind);

/* Wipes every string of the entry and frees it; NULL is fine. */
void entry_free(struct entry *e);

/* As entry_free(), for an entry read from a body (in_body) that is wiped
 * as a whole right after: its strings are left to that wipe rather than
 * each wiped first (a second pass over all the text). */
void entry_free_unwiped(struct entry *e);

/* A deep copy that owns its strings (for editing a copy, then diary_replace()). */
struct entry *entry_copy(const struct entry *e);

/* 1 when a and b say the same (kind and every field but the id and times). */
int entry_same(const struct entry *a, const struct entry *b);

/* Replaces *field, a string field of e, by a copy of value (NULL clears it),
 * wiping the old text. */
void entry_set(struct entry *e, char **field, const char *value);

/* Adds a tag unless the entry already has it. */
void entry_add_tag(struct entry *e, const char *tag);

/* Removes every tag that starts with prefix. */
void entry_drop_tag(struct entry *e, const char *prefix);

/* Sets the answer to a question, replacing an earlier answer to it. */
void entry_set_answer(struct entry *e, const char *question, const char *value);

/* The answer to a question, or NULL. */
const char *entry_answer(const struct entry *e, const char *question);

/* 1 when a choice or checklist value ("a,b,c") contains the option id. */
int entry_value_has(const char *value, const char *option);

/* The stable name of a kind ("journal", "record", "self-check", "safety-plan",
 * "homework"), used in exports; NULL for an unknown kind. */
const char *entry_kind_name(enum entry_kind k);

/* The kind of a name from entry_kind_name(), or 0. */
enum entry_kind entry_kind_from_name(const char *name);

/* The translated heading of a safety plan section. */
const char *entry_plan_title(enum plan_section s);

/* The heading of a section as written in the program, untranslated. */
const char *entry_plan_msgid(enum plan_section s);

/* The stable name of a section ("warning-signs", "alone", "distract",
 * "helpers", "professionals", "surroundings"), used in exports. */
const char *entry_plan_name(enum plan_section s);

/* Now, with the local offset of this moment. */
struct entry_time entry_time_now(void);

/* The given epoch with the local offset of that moment. */
struct entry_time entry_time_local(int64_t epoch);

/* Writes t as "2026-11-29T11:05:00+01:00" (local time and its offset);
 * out needs 32 bytes. Returns out. */
char *entry_time_format(struct entry_time t, char out[32]);

/* Reads a time written by entry_time_format(), exactly so: 0, or -1 (and
 * *out unchanged) for anything else, such as a date that does not exist. */
int entry_time_parse(const char *s, size_t len, struct entry_time *out);

/* Writes the local date of t as "2026-11-29"; out needs 16 bytes. Returns out. */
char *entry_time_date(struct entry_time t, char out[16]);

/* The local day of t, in days since 1970-01-01 (can be negative). */
int64_t entry_time_day(struct entry_time t);

/* Seconds since local midnight of t, 0..86399. */
int entry_time_seconds_of_day(struct entry_time t);

/* 1 when s is a valid "YYYY-MM-DD" date. */
int entry_date_valid(const char *s);

#endif
