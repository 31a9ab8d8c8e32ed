/* SPDX-FileCopyrightText: 2026 The steady authors */
/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * search.h: case-insensitive matching of UTF-8 text. Both strings are
 * decoded as UTF-8 (invalid bytes match only themselves) and each code
 * point is folded to lower case: towlower() for the current locale, then a
 * built-in table for Latin-1, Latin Extended-A, Greek and Cyrillic so that
 * "Ärger" is found by "ärger" even under the C locale. No Unicode
 * normalisation: a precomposed letter does not match a decomposed one.
 */
#ifndef STEADY_DIARY_SEARCH_H
#define STEADY_DIARY_SEARCH_H

#include <stdint.h>

/* 1 when haystack contains needle ignoring case; an empty needle matches. */
int search_contains(const char *haystack, const char *needle);

/* The lower-case form of one code point. */
uint32_t search_fold(uint32_t cp);

#endif
