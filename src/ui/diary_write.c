/*
 * diary_write.c: writing a journal entry in the built-in editor (never an
 * external one, which would put the text in a temporary file). A first
 * line starting with "# " is the entry's title, as with `steady diary add`.
 * The text is saved on Ctrl-S or when leaving; when the save fails the
 * text stays in the editor and in the diary's memory, to try again. Before
 * the diary locks itself, the draft is put into the diary so it is kept.
 */
#include "config.h"

#include <curses.h>
#include <sodium.h>
#include <stdlib.h>
#include <string.h>

#include "ui/choice.h"
#include "session/diary_link.h"
#include "ui/diary_screens.h"
#include "ui/draw.h"
#include "ui/editor.h"
#include "ui/theme.h"
#include "util/buf.h"
#include "util/gettext.h"
#include "util/xalloc.h"

struct writer {
	struct answer text; /* the text being written (progress.h wipes as it grows) */
	struct editor ed;
	uint64_t id;    /* the entry, once it is in the diary; 0 before */
	char *original; /* the text as opened, to know whether it changed */
	int put;        /* the text as it is now is in the diary (saved or not) */
	const char *note;
	struct app *a;
};

static int changed(const struct writer *w)
{
	const char *t = w->text.text ? w->text.text : "";
	return strcmp(t, w->original ? w->original : "") != 0;
}

/* Puts the text into the diary (in memory); 0, or -1 with err filled. */
static int put(struct app *a, struct writer *w, struct diary_error *err)
{
	struct diary *d = dlink_diary(a->s);
	if (!d) {
		diary_error_set(err, DIARY_ERR_INVALID, 0, _("The diary is locked."));
		return -1;
	}
	const char *t = w->text.text ? w->text.text : "";
	const struct entry *old = w->id ? diary_get(d, w->id) : NULL;
	struct entry *e = old ? entry_copy(old) : entry_new(ENTRY_JOURNAL);
	entry_set(e, &e->title, NULL);
	/* "# Title" on the first line, with text after it, is the title. */
	const char *nl = strchr(t, '\n');
	if (strncmp(t, "# ", 2) == 0 && nl && nl[1]) {
		char *title = xstrndup(t + 2, (size_t)(nl - t - 2));
		entry_set(e, &e->title, title);
		sodium_memzero(title, strlen(title));
		free(title);
		entry_set(e, &e->text, nl + 1);
	} else {
		entry_set(e, &e->text, t);
	}
	if (old) {
		if (diary_replace(d, w->id, e, err) < 0)
			return -1;
	} else {
		w->id = diary_add(d, e, err);
		if (!w->id)
			return -1;
	}
	w->put = 1;
	return 0;
}

/* Ctrl-S, or leaving with changes: into the diary, then to disk. 1 when saved. */
static int save(struct app *a, struct writer *w)
{
	if (w->text.len == 0) {
		w->note = _("Write something first, or press Esc to leave.");
		return 0;
	}
	struct diary_error err;
	if (put(a, w, &err) < 0) {
		w->note = NULL;
		const char *back[] = {_("Back to the text")};
		choice_run(a, _("Not saved"), NULL, err.msg, back, 1);
		return 0;
	}
	if (!diary_save_run(a))
		return 0;
	/* Saved: what is on screen is now the original. */
	if (w->original) {
		sodium_memzero(w->original, strlen(w->original));
		free(w->original);
	}
	w->original = xstrdup(w->text.text ? w->text.text : "");
	w->note = _("Saved.");
	return 1;
}

/* The draft goes into the diary before a lock; the lock saves it. */
static int flush(void *ctx)
{
	struct writer *w = ctx;
	struct diary_error err;
	return w->text.len > 0 && changed(w) && put(w->a, w, &err) == 0;
}

/* One key of a burst (app_take_burst): text for the editor, Tab included;
 * Ctrl-S and Esc are left for the writing loop. */
struct burst {
	struct writer *w;
	const struct area *ar;
};

static int take_key(void *ctx, enum app_event ev, wint_t ch)
{
	struct burst *b = ctx;
	if (ev == EV_CHAR && (ch == 0x13 || ch == 27))
		return 0;
	if (ev == EV_CHAR && ch == '\t')
		editor_insert(&b->w->ed, &b->w->text, ch);
	else
		editor_key(&b->w->ed, &b->w->text, ev, ch, b->ar->w, b->ar->h);
	return 1;
}

/* Esc with changes: save, keep writing, or leave them. 1 to leave. */
static int leave(struct app *a, struct writer *w)
{
	if (!changed(w) || w->text.len == 0)
		return 1;
	const char *opts[] = {_("Save it"), _("Keep writing"), _("Leave without saving")};
	int c = choice_run(a, _("Save this entry?"), NULL, NULL, opts, 3);
	if (a->quit || a->to_home)
		return 1;
	if (c == 0)
		return save(a, w);
	return c == 2;
}

static void draw(struct app *a, struct writer *w, int edit, struct area *ea)
{
	/* Static: the keys overlay reads them after this returns. */
	static struct app_keyhelp keys[2];
	keys[0] = (struct app_keyhelp){"^S", _("save")};
	keys[1] = (struct app_keyhelp){"Esc", _("leave")};
	app_set_keys(a, keys, 2);
	draw_frame(edit ? _("Edit entry") : _("New entry"), NULL);
	struct area ar = draw_body();
	const char *hint =
	        w->note ? w->note
	                : _("Write freely. A first line starting with '# ' is the title.");
	int hh = ar.h >= 6 ? 2 : 0;
	if (hh)
		draw_str(ar.y, ar.x, ar.w, hint, strlen(hint),
		         theme_attr(w->note ? THEME_ACCENT : THEME_DIM));
	*ea = (struct area){ar.y + hh, ar.x, ar.h - hh, ar.w};
	draw_footer(a, keys, 2);
	if (w->ed.full) {
		const char *full = _("This entry is as long as it can be.");
		draw_str(ea->y + ea->h - 1, ea->x, ea->w, full, strlen(full),
		         theme_attr(THEME_ACCENT));
		ea->h--;
	}
	curs_set(1);
	editor_draw(&w->ed, &w->text, ea, _("Start writing here."));
}

int diary_write_run(struct app *a, uint64_t id)
{
	struct writer w;
	memset(&w, 0, sizeof w);
	struct diary *d = dlink_diary(a->s);
	const struct entry *old = d && id ? diary_get(d, id) : NULL;
	if (!d || (id && (!old || old->kind != ENTRY_JOURNAL)))
		return 0;
	if (old) {
		w.id = id;
		struct buf b;
		buf_init(&b);
		if (old->title)
			buf_printf(&b, "# %s\n", old->title);
		buf_puts(&b, old->text ? old->text : "");
		answer_insert(&w.text, 0, b.data ? b.data : "", b.len);
		sodium_memzero(b.data, b.cap);
		buf_free(&b);
	}
	w.original = xstrdup(w.text.text ? w.text.text : "");
	editor_start(&w.ed, &w.text);
	w.a = a;
	dlink_set_flush(a->s, flush, &w);
	int saved_typing = a->typing;
	int saved_any = 0;
	for (;;) {
		a->typing = 1;
		struct area ea;
		draw(a, &w, id != 0, &ea);
		wint_t ch;
		enum app_event ev = app_key(a, &ch);
		if (ev == EV_QUIT || !dlink_diary(a->s))
			break;
		if (ev != EV_CHAR && ev != EV_KEY)
			continue;
		if (ev == EV_CHAR && ch == 0x13) { /* Ctrl-S */
			saved_any |= save(a, &w);
		} else if (ev == EV_CHAR && ch == 27) {
			if (leave(a, &w))
				break;
		} else if (editor_key(&w.ed, &w.text, ev, ch, ea.w, ea.h)) {
			w.note = NULL;
			app_take_burst(a, take_key, &(struct burst){&w, &ea});
		}
		if (a->quit || a->to_home)
			break;
	}
	dlink_set_flush(a->s, NULL, NULL);
	a->typing = saved_typing;
	curs_set(0);
	if (w.text.text) {
		sodium_memzero(w.text.text, w.text.cap);
		free(w.text.text);
	}
	if (w.original) {
		sodium_memzero(w.original, strlen(w.original));
		free(w.original);
	}
	return saved_any || w.put;
}
