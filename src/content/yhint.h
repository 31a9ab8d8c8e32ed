/* SPDX-FileCopyrightText: 2026 The steady authors */
/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * yhint.h: libyaml's syntax errors in plain words. A counsellor writing a
 * module has never heard of a "block mapping"; each common mistake (a ': '
 * inside a text, a tab, a line out of line, an unclosed quote, a text
 * starting with a character YAML reserves) gets a sentence that names the
 * fix.
 */
#ifndef STEADY_CONTENT_YHINT_H
#define STEADY_CONTENT_YHINT_H

#include <stddef.h>
#include <yaml.h>

/*
 * The explanation of the parser's error in text (len bytes), translated,
 * as a new string; NULL when the error is not one of the known mistakes.
 */
char *yhint_syntax(const yaml_parser_t *p, const char *text, size_t len);

#endif
