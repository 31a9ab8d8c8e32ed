/* SPDX-FileCopyrightText: 2026 The steady authors */
/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * stack.c: the screen stack (see screen.h). Closing a screen closes what it
 * pushed first, so no dialog ever answers a screen that is gone; screens
 * pushed by the loop itself (get help now, the keys) have no parent and
 * stay.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "session/diary_link.h"
#include "ui/screen.h"
#include "util/xalloc.h"

struct screen *screen_new(const struct screen_ops *ops, void *data)
{
	struct screen *sc = xcalloc(1, sizeof *sc);
	sc->ops = ops;
	sc->data = data;
	return sc;
}

static void put(struct app *a, struct screen *sc)
{
	if (a->n_stack == a->cap_stack) {
		a->cap_stack = a->cap_stack ? a->cap_stack * 2 : 8;
		a->stack = xreallocarray(a->stack, a->cap_stack, sizeof *a->stack);
	}
	a->stack[a->n_stack++] = sc;
}

void screen_push(struct app *a, struct screen *sc, int tag)
{
	sc->parent = screen_top(a);
	sc->tag = tag;
	put(a, sc);
}

void screen_push_free(struct app *a, struct screen *sc)
{
	sc->parent = NULL;
	put(a, sc);
}

struct screen *screen_top(const struct app *a)
{
	return a->n_stack ? a->stack[a->n_stack - 1] : NULL;
}

int screen_alive(const struct app *a, const struct screen *sc)
{
	for (size_t i = 0; i < a->n_stack; i++)
		if (a->stack[i] == sc)
			return 1;
	return 0;
}

static int descends(const struct screen *sc, const struct screen *from)
{
	for (const struct screen *p = sc->parent; p; p = p->parent)
		if (p == from)
			return 1;
	return 0;
}

static void destroy(struct screen *sc)
{
	if (sc->ops->free)
		sc->ops->free(sc);
	free(sc);
}

/* Takes sc and its descendants off the stack and frees them, top first. */
static void take_off(struct app *a, struct screen *sc)
{
	for (size_t i = a->n_stack; i-- > 0;) {
		struct screen *s = a->stack[i];
		if (s != sc && !descends(s, sc))
			continue;
		memmove(&a->stack[i], &a->stack[i + 1], (a->n_stack - i - 1) * sizeof *a->stack);
		a->n_stack--;
		destroy(s);
		if (s == sc)
			return;
	}
}

void screen_close(struct app *a, struct screen *sc, int value)
{
	if (!sc || !screen_alive(a, sc))
		return;
	struct screen *parent = sc->parent;
	int tag = sc->tag;
	take_off(a, sc);
	if (parent && screen_alive(a, parent) && parent->ops->result)
		parent->ops->result(a, parent, tag, value);
}

void screen_answer(struct app *a, int tag, int value)
{
	struct screen *top = screen_top(a);
	if (top && top->ops->result)
		top->ops->result(a, top, tag, value);
}

void screen_pop(struct app *a, int value)
{
	screen_close(a, screen_top(a), value);
}

enum screen_lock screen_goes(struct app *a, struct screen *sc)
{
	(void)a;
	(void)sc;
	return SCREEN_GOES;
}

void screen_free_data(struct screen *sc)
{
	free(sc->data);
}

void screen_set_keys(struct screen *sc, const struct app_keyhelp *keys, size_t n)
{
	sc->keys = keys;
	sc->n_keys = n;
}

void screen_lock_all(struct app *a, int automatic)
{
	size_t n = a->n_stack;
	if (n == 0)
		return;
	unsigned char *goes = xcalloc(n, 1);
	for (size_t i = n; i-- > 0;) {
		struct screen *sc = a->stack[i];
		goes[i] = sc->ops->lock && sc->ops->lock(a, sc) == SCREEN_GOES;
	}
	/* What the going screens pushed goes with them; their parents hear nothing. */
	struct screen **gone = xcalloc(n, sizeof *gone);
	size_t k = 0;
	for (size_t i = 0; i < n; i++)
		if (goes[i])
			gone[k++] = a->stack[i];
	for (size_t i = k; i-- > 0;)
		if (screen_alive(a, gone[i]))
			take_off(a, gone[i]);
	free(gone);
	free(goes);
	dlink_lock(a->s, automatic);
}

void screen_leave_all(struct app *a)
{
	/* As before a lock: the diary closes next, so drafts go into it first. */
	if (dlink_diary(a->s))
		for (size_t i = a->n_stack; i-- > 0;) {
			struct screen *sc = a->stack[i];
			if (sc->ops->lock)
				sc->ops->lock(a, sc);
		}
	screen_close_all(a);
}

void screen_close_all(struct app *a)
{
	while (a->n_stack > 0) {
		struct screen *sc = a->stack[--a->n_stack];
		destroy(sc);
	}
	free(a->stack);
	a->stack = NULL;
	a->cap_stack = 0;
}
