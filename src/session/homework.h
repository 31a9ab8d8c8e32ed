/* SPDX-FileCopyrightText: 2026 The steady authors */
/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * homework.h: homework a counsellor set, due and done. A homework module is
 * done for its period (the day, the week, or once) when it was finished
 * with its answers kept in the diary: the mark is an ENTRY_HOMEWORK (the
 * module and the date), made by keep_module(). Nothing is ticked by hand.
 */
#ifndef STEADY_SESSION_HOMEWORK_H
#define STEADY_SESSION_HOMEWORK_H

#include <stdint.h>

#include "content/module.h"
#include "diary/diary.h"

/* Today, as a day number (days since 1970-01-01, local time). */
int64_t homework_today(void);

/* The day number of a valid "YYYY-MM-DD". */
int64_t homework_day_of(const char *date);

/* Writes the day's "YYYY-MM-DD" into out. */
void homework_date(int64_t day, char out[16]);

/* The done mark of the module for the period that holds day, or NULL. */
const struct entry *homework_mark(struct diary *d, const struct module *m, int64_t day);

/* 1 when the homework's "until" date has passed. */
int homework_ended(const struct module *m);

/*
 * The homework in words, the same on every front end (translated; new
 * strings). The detail for a list, "daily, to do": how often, and with
 * the diary open (d not NULL) whether it is done for now.
 */
char *homework_detail(struct diary *d, const struct module *m);

/* How often and until when: "Every day. Until 2026-12-31." */
char *homework_schedule(const struct module *m);

/* Said instead of the done marks while the diary is not open; exists: there is one to unlock. */
const char *homework_marks_hint(int exists);

/* Said instead of the done marks in `steady preview`, which marks nothing. */
const char *homework_preview_hint(void);

/* Said when `steady preview` ends. */
const char *homework_preview_end(void);

#endif
