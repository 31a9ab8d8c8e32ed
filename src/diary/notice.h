/* SPDX-FileCopyrightText: 2026 The steady authors */
/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * notice.h: the honest explanation of what the diary's encryption does and
 * does not protect, in one place so the screens and `steady diary init`
 * say the same thing.
 */
#ifndef STEADY_DIARY_NOTICE_H
#define STEADY_DIARY_NOTICE_H

/* The translated explanation, several short paragraphs separated by blank lines. */
const char *notice_protection(void);

/* The translated paragraph on the diary and the law, said where a person
 * decides to keep a diary. */
const char *notice_law(void);

/* The translated warning shown before anything is exported unencrypted. */
const char *notice_export(void);

#endif
