/*
 * export.h: the diary written out as Markdown or JSON, for `steady diary
 * export` and `show`, and for the screens. The output is NOT encrypted:
 * callers warn first (notice_export()).
 */
#ifndef STEADY_DIARY_EXPORT_H
#define STEADY_DIARY_EXPORT_H

#include <stdio.h>

#include "diary/diary.h"

/* The translated label of a kind ("Journal", "Module record"...). */
const char *export_kind_label(enum entry_kind k);

/* One entry as Markdown: a "## " heading with its time and kind, then its fields. */
void export_entry_markdown(FILE *out, const struct entry *e);

/* Every entry, newest first, as one Markdown document. */
void export_markdown(FILE *out, const struct diary *d);

/* Every entry, newest first, as one JSON document (format in doc/diary-format.md). */
void export_json(FILE *out, const struct diary *d);

#endif
