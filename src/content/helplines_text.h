/* SPDX-FileCopyrightText: 2026 The steady authors */
/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * helplines_text.h: a region's helplines as plain text, for `steady
 * helplines`, for a front end without screens and for a screen too small
 * for the cards. Nothing but printable characters and newlines: no escape
 * bytes, no colour, no box drawing, so it reads the same in a pipe, a file
 * or a screen reader.
 */
#ifndef STEADY_CONTENT_HELPLINES_TEXT_H
#define STEADY_CONTENT_HELPLINES_TEXT_H

#include "content/helplines.h"
#include "util/buf.h"

/*
 * Appends the region's helplines whose kind is in kinds (HELPLINE_* mask):
 * a heading with the region's name, its emergency numbers, each service with
 * its kind in words and only the details it has (phone, text, web, chat,
 * email, notes), and when h's list was last checked (h may be NULL). Lines
 * are at most width display columns (0: not wrapped). Without a region, the
 * general emergency numbers.
 */
void helplines_text(struct buf *out, const struct helplines *h, const struct region *r,
                    unsigned kinds, int width);

/*
 * Appends the shortest form, a few lines for a tiny screen: the region's
 * emergency numbers and each crisis line with one way to reach it. Lines are
 * at most width display columns (0: not wrapped).
 */
void helplines_text_crisis(struct buf *out, const struct region *r, int width);

/*
 * A sentence of the interface (msgid, with one %s) around words from the
 * helpline directory, such as a region's name or its emergency numbers:
 * both in the reader's language, or both in English when only one of the
 * two has a translation (part_en is the English of part where part was
 * translated, else NULL), so a sentence is never half translated. Use as
 * the format and its argument: xasprintf(HELPLINES_WHOLE(N_("…%s…"), p, p_en)).
 */
#define HELPLINES_WHOLE(msgid, part, part_en)                                                      \
	helplines_whole(msgid, part, part_en), helplines_whole_part(msgid, part, part_en)

/* The format of HELPLINES_WHOLE. */
const char *helplines_whole(const char *msgid, const char *part, const char *part_en)
        __attribute__((format_arg(1)));

/* The words of HELPLINES_WHOLE. */
const char *helplines_whole_part(const char *msgid, const char *part, const char *part_en);

/*
 * Appends a line for each of the region's services whose kind is in kinds,
 * in the order kinds are shown: its name and one way to reach it, a call
 * first ("Samaritans: 116 123"). Lines are at most width display columns
 * (0: not wrapped). Nothing without a region.
 */
void helplines_text_first(struct buf *out, const struct region *r, unsigned kinds, int width);

/* Appends each region's code and name, a line each, the codes in a column. */
void helplines_text_regions(struct buf *out, const struct helplines *h);

#endif
