/*
 * choice.c: text and a few choices. The choices are always on screen (at
 * the bottom of the body); the text above them scrolls with PgUp/PgDn when
 * it does not fit, so a long explanation never hides the way out.
 */
#include "config.h"

#include <curses.h>
#include <string.h>

#include "ui/choice.h"
#include "ui/draw.h"
#include "ui/list.h"
#include "ui/pager.h"
#include "util/gettext.h"

int choice_run(struct app *a, const char *title, const char *markup, const char *note,
               const char *const *choices, size_t n)
{
	struct app_keyhelp keys[] = {
	        {"Up/Down", _("move")},
	        {"Enter", _("choose")},
	        {"PgDn", _("more text")},
	        {"Esc", _("back")},
	};
	struct list l;
	memset(&l, 0, sizeof l);
	for (size_t i = 0; i < n; i++)
		list_add(&l, choices[i], NULL, (int)i);
	size_t top = 0;
	int result = -1;
	int saved_typing = a->typing;
	a->typing = 0;
	for (;;) {
		app_set_keys(a, keys, 4);
		curs_set(0);
		draw_frame(title, NULL);
		struct area ar = draw_body();
		int lh = (int)n < ar.h ? (int)n : ar.h;
		struct area ta = {ar.y, ar.x, ar.h - lh - 1, ar.w};
		struct markup_doc d;
		markup_init(&d);
		if (markup)
			markup_render(&d, markup, ar.w, app_bullet(a));
		if (note) {
			if (!markup_ends_blank(&d))
				markup_blank(&d);
			markup_text(&d, note, ar.w, 0, MARKUP_ACCENT);
		}
		size_t nlines = d.n;
		if (ta.h > 0)
			top = draw_doc(&ta, &d, top);
		markup_wipe(&d); /* the note may quote an entry */
		/* The choices sit right under the text when it is short. */
		int ly = ar.y;
		if (ta.h > 0 && nlines > 0)
			ly += ((int)nlines < ta.h ? (int)nlines : ta.h) + 1;
		list_draw(&l, &(struct area){ly, ar.x, lh, ar.w});
		draw_footer(a, keys, 4);
		wint_t ch;
		enum app_event ev = app_key(a, &ch);
		if (ev == EV_QUIT)
			break;
		if (ev == EV_KEY && (ch == KEY_NPAGE || ch == KEY_PPAGE)) {
			pager_key(&top, nlines, ta.h, ev, ch);
			continue;
		}
		if (list_key(&l, ev, ch, lh))
			continue;
		if (app_is_choose(ev, ch)) {
			result = list_selected(&l);
			break;
		}
		if (app_is_back(ev, ch))
			break;
	}
	a->typing = saved_typing;
	list_free(&l);
	return result;
}
