/* pager.c: text to read, scrolled with the arrow keys. */
#include "config.h"

#include <curses.h>

#include "ui/draw.h"
#include "ui/pager.h"
#include "util/gettext.h"

int pager_key(size_t *top, size_t n, int h, enum app_event ev, wint_t ch)
{
	size_t page = h > 1 ? (size_t)h - 1 : 1;
	size_t max = n > (size_t)h ? n - (size_t)h : 0;
	if (ev == EV_KEY) {
		switch (ch) {
		case KEY_DOWN:
			if (*top < max)
				(*top)++;
			return 1;
		case KEY_UP:
			if (*top > 0)
				(*top)--;
			return 1;
		case KEY_NPAGE:
			*top = *top + page < max ? *top + page : max;
			return 1;
		case KEY_PPAGE:
			*top = *top > page ? *top - page : 0;
			return 1;
		case KEY_HOME:
			*top = 0;
			return 1;
		case KEY_END:
			*top = max;
			return 1;
		}
	} else if (ev == EV_CHAR) {
		if (ch == 'j' && *top < max) {
			(*top)++;
			return 1;
		}
		if (ch == 'k' && *top > 0) {
			(*top)--;
			return 1;
		}
	}
	return 0;
}

int pager_read_key(size_t *top, size_t n, int h, enum app_event ev, wint_t ch)
{
	if (ev == EV_CHAR && ch == ' ')
		return pager_key(top, n, h, EV_KEY, KEY_NPAGE);
	return pager_key(top, n, h, ev, ch);
}

int pager_run(struct app *a, const char *title, const char *markup, const char *go)
{
	struct app_keyhelp keys[3] = {
	        {"Up/Down", _("scroll")},
	        {"Enter", go ? go : _("back")},
	        {"Esc", _("back")},
	};
	size_t nkeys = go ? 3 : 2;
	size_t top = 0;
	int result = 0;
	for (;;) {
		app_set_keys(a, keys, nkeys);
		draw_frame(title, NULL);
		struct area ar = draw_body();
		struct markup_doc d;
		markup_init(&d);
		markup_render(&d, markup, ar.w, app_bullet(a));
		top = draw_doc(&ar, &d, top);
		size_t n = d.n;
		markup_free(&d);
		draw_footer(a, keys, nkeys);
		wint_t ch;
		enum app_event ev = app_key(a, &ch);
		if (ev == EV_QUIT)
			break;
		if (pager_read_key(&top, n, ar.h, ev, ch))
			continue;
		if (app_is_enter(ev, ch)) {
			result = go != NULL;
			break;
		}
		if (app_is_back(ev, ch))
			break;
	}
	return result;
}
