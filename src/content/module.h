/* SPDX-FileCopyrightText: 2026 The steady authors */
/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * module.h: the typed model of one self-help module, as loaded from YAML.
 *
 * The model is plain data. It is built by module_load() (module_load.h) and
 * read by the screens and the command line; nothing here knows about YAML,
 * curses or the diary. Every string is owned by the module and freed by
 * module_free(). Translatable strings are already translated when the
 * loader was given a translator (see content_tr in module_load.h).
 */
#ifndef STEADY_CONTENT_MODULE_H
#define STEADY_CONTENT_MODULE_H

#include <stddef.h>

/* The format version this build reads (the top-level "steady:" key). */
#define MODULE_FORMAT_VERSION 1

enum step_type {
	STEP_PAGE,      /* text with light markup */
	STEP_SCALE,     /* a whole number between min and max, labelled ends */
	STEP_CHOICE,    /* single or multiple choice among options */
	STEP_TEXT,      /* free text, written in the built-in editor */
	STEP_CHECKLIST, /* items to tick */
	STEP_TIMER,     /* a timed exercise with a countdown */
	STEP_HELPLINES, /* helpline cards for the user's region */
	STEP_LINKS,     /* links to other modules */
	STEP__COUNT
};

/* Kinds of helpline service; also a bit mask for STEP_HELPLINES. */
enum helpline_kind {
	HELPLINE_PREVENTION = 1 << 0,
	HELPLINE_CRISIS = 1 << 1,
	HELPLINE_EMERGENCY = 1 << 2,
	HELPLINE_FAMILY = 1 << 3,
	HELPLINE_ALL = (1 << 4) - 1
};

enum module_audience {
	AUDIENCE_SELF,   /* the person worried about their own behaviour */
	AUDIENCE_FAMILY, /* family members and friends */
	AUDIENCE_ANYONE
};

enum homework_frequency { FREQ_ONCE, FREQ_DAILY, FREQ_WEEKLY };

/*
 * What a module is for, beyond being listed (the top-level "purpose:" key),
 * so that no screen needs to know a bundled module's id. At most one module
 * of the library has each purpose (library.h).
 */
enum module_purpose {
	PURPOSE_NONE = 0,   /* an ordinary module */
	PURPOSE_FIRST_RUN,  /* opened before the home screen on the first run */
	PURPOSE_SAFETY_PLAN /* its "plan:" steps fill in the safety plan */
};

/* The safety plan's sections, by the names "plan:" uses (as the diary's, in order). */
#define MODULE_PLAN_COUNT 6
extern const char *const module_plan_sections[MODULE_PLAN_COUNT + 1]; /* NULL-terminated */

/* Where a module came from, in load order; later origins override. */
enum module_origin { ORIGIN_BUNDLED, ORIGIN_USER, ORIGIN_EXTRA };

struct source_pos {
	int line; /* 1-based */
	int col;  /* 1-based */
};

struct option {
	char *id;      /* stable id used in the diary; defaults to "1", "2"... */
	char *label;   /* shown text (translated) */
	int score;     /* self-check score; 0 when not given */
	int has_score; /* 1 when the file gave a score */
	struct source_pos pos;
};

/* A timer cue: text shown once the countdown reaches "at" seconds elapsed. */
struct timer_cue {
	int at;
	char *text;
};

struct step {
	enum step_type type;
	char *id;     /* required for questions and checklists; may be NULL */
	char *title;  /* optional heading */
	char *text;   /* page body, or intro text of any other step (markup) */
	char *prompt; /* the question (scale, choice, text) */
	int optional; /* a question that may be skipped */

	/* STEP_SCALE */
	int min, max;
	char *min_label, *max_label;

	/* STEP_CHOICE (multiple = 0 or 1) and STEP_CHECKLIST (items). time_of_day:
	 * a single choice that asks when it happened, its options the times of
	 * day in order; Patterns counts by the answer, not by when it was typed. */
	int multiple;
	int at_most; /* a multiple choice: at most this many chosen ("choose up to N"); 0: any */
	int time_of_day;
	struct option *options;
	size_t n_options;

	/* STEP_TEXT: a hint shown in the empty editor, and the safety plan
	 * section the answer fills in (one of module_plan_sections), or NULL */
	char *placeholder;
	char *plan;

	/* STEP_TIMER */
	int seconds;
	struct timer_cue *cues;
	size_t n_cues;

	/* STEP_HELPLINES: which kinds to show (HELPLINE_* mask) */
	unsigned kinds;

	/* STEP_LINKS: ids of other modules, resolved by the library */
	char **links;
	size_t n_links;
	struct source_pos *links_pos; /* where each link was written */

	/* "regions:": the region ids (as helplines.yaml names them, "GB") and/or
	 * MODULE_REGION_OTHER this step is shown to; none: shown to everyone.
	 * Consecutive steps with regions are one run of variants
	 * (module_step_shown()). */
	char **regions;
	size_t n_regions;
	struct source_pos *regions_pos; /* where each was written */

	struct source_pos pos;
};

/* A self-check band: a total score from min to max (inclusive). */
struct band {
	int min, max;
	char *title;
	char *feedback; /* markup */
	char **suggest; /* module ids */
	size_t n_suggest;
	struct source_pos *suggest_pos; /* where each suggestion was written */
	struct source_pos pos;
};

struct homework {
	char *set_by;       /* who set it, e.g. "Sam (your counsellor)" */
	char *instructions; /* what to do (markup) */
	enum homework_frequency frequency;
	char *until;          /* ISO date YYYY-MM-DD, or NULL for no end */
	char *counsellor_key; /* the counsellor's public key ("steady-key-1:..."), or NULL:
	                       * what 'steady report --seal' seals for */
};

struct module {
	int version;
	char *id;
	char *title;
	char *summary;
	int minutes;
	char **tags;
	size_t n_tags;
	enum module_audience audience;
	int repeatable; /* a journal: answers recorded each time it is filled in */
	int order;      /* position on the home screen; lower first */
	char *domain;   /* the module's own gettext domain, or NULL */
	enum module_purpose purpose;
	struct source_pos purpose_pos; /* where the purpose was written */

	struct step *steps;
	size_t n_steps;

	struct band *bands; /* non-empty for a self-check */
	size_t n_bands;

	struct homework *homework; /* NULL unless set as homework */

	char *path;               /* the file it was loaded from */
	struct source_pos id_pos; /* where the id was written */
	enum module_origin origin;
};

/* Frees a module and everything it owns; NULL is fine. */
void module_free(struct module *m);

/* The step of the given id, or NULL. */
const struct step *module_step(const struct module *m, const char *id);

/* The question that asks when it happened ("time_of_day: true"), or NULL. */
const struct step *module_time_step(const struct module *m);

/* 1 when the module is a self-check (it has score bands). */
int module_is_selfcheck(const struct module *m);

/* The band a total score falls in, or NULL. */
const struct band *module_band(const struct module *m, int score);

/* 1 when the step records an answer (scale, choice, text, checklist). */
int step_is_question(const struct step *s);

/* The word of "regions:" for readers whose region no step of the run names. */
#define MODULE_REGION_OTHER "other"

/* 1 when step s names region (a region id, or MODULE_REGION_OTHER) in "regions:". */
int step_names_region(const struct step *s, const char *region);

/*
 * The run of variants step i belongs to: [*from, *to), the consecutive
 * steps with "regions:" around it; a step without regions is a run of one.
 */
void module_region_run(const struct module *m, size_t i, size_t *from, size_t *to);

/*
 * 1 when a reader of region sees step i: a step without "regions:" always;
 * one of a run of variants when its list names the region, or, when no
 * step of the run names it, when its list says "other". region is a region
 * id such as "GB"; NULL, "" and "INT" (other countries) get "other".
 */
int module_step_shown(const struct module *m, size_t i, const char *region);

/* How many steps a reader of region sees. */
size_t module_steps_shown(const struct module *m, const char *region);

/* The number (1-based) among those a reader of region sees, of step i or, when it is hidden,
 * of the first shown step after it. */
size_t module_step_number(const struct module *m, size_t i, const char *region);

/* The YAML name of a step type ("page", "scale"...). */
const char *step_type_name(enum step_type t);

/* The YAML name of a purpose ("first-run", "safety-plan"); "none" for PURPOSE_NONE. */
const char *module_purpose_name(enum module_purpose p);

/* The index in module_plan_sections of a plan section's name (0 to 5), or -1. */
int module_plan_section(const char *name);

#endif
