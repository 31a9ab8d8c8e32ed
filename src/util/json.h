/* SPDX-FileCopyrightText: 2026 The steady authors */
/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * json.h: the one JSON string writer (`steady diary export --format json`,
 * `steady list --format json`, `steady diary list --format json`).
 */
#ifndef STEADY_UTIL_JSON_H
#define STEADY_UTIL_JSON_H

#include <stdio.h>

/* Writes s quoted as a JSON string; control characters, the C1 ones
 * (U+0080 to U+009F) too, are escaped, so no terminal obeys them, and each
 * byte that starts no valid UTF-8 sequence is written as \ufffd: the output
 * is always valid UTF-8. */
void json_string(FILE *out, const char *s);

#endif
