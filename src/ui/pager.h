/*
 * pager.h: a screen of text to read and scroll, with an optional action on
 * Enter (open the module, start the diary...).
 */
#ifndef STEADY_UI_PAGER_H
#define STEADY_UI_PAGER_H

#include <stddef.h>
#include <wchar.h>

#include "ui/app.h"
#include "ui/markup.h"

/*
 * Shows markup under a title. With go (e.g. "start"), Enter returns 1;
 * otherwise Enter goes back like Esc. Returns 0 when the person went back
 * or is leaving.
 */
int pager_run(struct app *a, const char *title, const char *markup, const char *go);

/*
 * Scrolling keys for a document of n lines shown h at a time: Up/Down,
 * PgUp/PgDn, Home/End, j/k. Returns 1 when the key was used.
 */
int pager_key(size_t *top, size_t n, int h, enum app_event ev, wint_t ch);

/* The same, and Space for the next page: for screens that are only read,
 * where Space has nothing else to do. */
int pager_read_key(size_t *top, size_t n, int h, enum app_event ev, wint_t ch);

#endif
