/* SPDX-FileCopyrightText: 2026 The steady authors */
/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * export.h: the diary written out as Markdown or JSON, for `steady diary
 * export` and `show`, and for the screens. The output is NOT encrypted:
 * callers warn first (notice_export()).
 */
#ifndef STEADY_DIARY_EXPORT_H
#define STEADY_DIARY_EXPORT_H

#include <stdint.h>
#include <stdio.h>

#include "diary/diary.h"

/* For export_entry_markdown() and export_markdown(): the output is a
 * terminal, so control characters in entries are shown as U+FFFD and an
 * entry cannot move the cursor, change colours or set the title. */
#define EXPORT_PRINTABLE 1u

/* The translated label of a kind ("Journal", "Module record"...). */
const char *export_kind_label(enum entry_kind k);

/* Every kind's translated label, labels[k] for kind k ("" for 0): for
 * writing many entries with one lookup each. */
void export_kind_labels(const char *labels[ENTRY__COUNT]);

/* Writes v in decimal, without printf. */
void export_put_u64(FILE *out, uint64_t v);

/* The same label as written in the program, untranslated. */
const char *export_kind_msgid(enum entry_kind k);

/* Writes len bytes of an entry's text: as they are, or with EXPORT_PRINTABLE
 * made safe for a terminal (wrap_printable(), line breaks kept). */
void export_text(FILE *out, const char *s, size_t len, unsigned flags);

/* One entry as Markdown: a "## " heading with its time and kind, then its
 * fields; flags 0 or EXPORT_PRINTABLE. */
void export_entry_markdown(FILE *out, const struct entry *e, unsigned flags);

/* Every entry, newest first, as one Markdown document; flags as above. */
void export_markdown(FILE *out, const struct diary *d, unsigned flags);


/* Every entry, newest first, as one JSON document (format in
 * doc/diary-format.md); control characters, C1 ones too, are escaped. */
void export_json(FILE *out, const struct diary *d);

#endif
