/*
 * preview.c: `steady preview FILE`, a module played on the screens as the
 * client will see it, without adding it to the library on disk and without
 * saving: the settings are read but never written (no settings path), and
 * there is no diary link (a->dl is NULL), so no diary is offered, opened or
 * written; the answers live in memory only and are wiped.
 *
 * The terminal is started here in the same way as app.c does for ui_run();
 * ncurses' own handlers restore the terminal on SIGINT and SIGTERM.
 */
#include "config.h"

#include <curses.h>
#include <langinfo.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "content/library_std.h"
#include "content/translate.h"
#include "ui/app.h"
#include "ui/draw.h"
#include "ui/screens.h"
#include "ui/theme.h"
#include "ui/ui.h"
#include "util/gettext.h"
#include "util/xalloc.h"

/* Last: term.h defines macros (lines, columns) that clash with field names. */
#include <term.h>

/* The library steady would show, with the previewed module in it (it wins). */
static struct module *load(struct app *a, const char *path)
{
	struct diag quiet;
	diag_init(&quiet);
	a->lib = xcalloc(1, sizeof *a->lib);
	library_load_std(a->lib, a->opts->content_dirs, a->opts->n_content_dirs, &quiet);
	struct content_tr tr = translate_gettext();
	struct module *m = module_load(path, ORIGIN_EXTRA, &tr, &quiet);
	diag_free(&quiet);
	if (!m)
		return NULL;
	module_free(library_put(a->lib, m));
	library_sort(a->lib);
	return m;
}

static SCREEN *start(struct app *a)
{
	const char *term = getenv("TERM");
	if (!isatty(STDIN_FILENO) || !isatty(STDOUT_FILENO) || !term || !*term ||
	    strcmp(term, "dumb") == 0) {
		fputs(_("steady: 'preview' needs a terminal that can show steady's screens.\n"),
		      stderr);
		return NULL;
	}
	SCREEN *scr = newterm(NULL, stdout, stdin);
	char *cup = scr ? tigetstr("cup") : NULL;
	if (!cup || cup == (char *)-1) {
		if (scr) {
			endwin();
			delscreen(scr);
		}
		fprintf(stderr,
		        _("steady: the terminal type \"%s\" cannot show steady's screens; "
		          "try TERM=xterm-256color.\n"),
		        term);
		return NULL;
	}
	raw();
	noecho();
	nonl();
	keypad(stdscr, TRUE);
	meta(stdscr, TRUE);
	set_escdelay(25);
	curs_set(0);
	a->color_ok = !a->opts->no_color && has_colors();
	theme_init(a->color_ok && a->set.color);
	return scr;
}

static void stop(SCREEN *scr)
{
	erase();
	refresh();
	curs_set(1);
	endwin();
	fflush(stdout);
	delscreen(scr);
}

int ui_preview(const struct cli_opts *o, const char *path)
{
	struct app a;
	memset(&a, 0, sizeof a);
	a.opts = o;
	a.last_module = -1;
	a.utf8 = strcmp(nl_langinfo(CODESET), "UTF-8") == 0;
	draw_set_utf8(a.utf8);
	settings_defaults(&a.set);
	char *settings = settings_path();
	if (settings) {
		char err[512];
		settings_load(&a.set, settings, err, sizeof err); /* the colours and region */
		free(settings);
	}
	int rc = EXIT_INVALID;
	const struct module *m = load(&a, path);
	SCREEN *scr = NULL;
	if (!m)
		fprintf(stderr, _("steady: %s could not be loaded; run 'steady check %s'.\n"), path,
		        path);
	else
		scr = start(&a);
	if (scr) {
		a.prog = xcalloc(a.lib->n, sizeof *a.prog);
		struct progress p;
		memset(&p, 0, sizeof p);
		player_run_module(&a, m, &p, 0);
		stop(scr);
		progress_wipe(&p);
		for (size_t i = 0; i < a.lib->n; i++)
			progress_wipe(&a.prog[i]);
		free(a.prog);
		rc = a.signal_got ? 128 + a.signal_got : EXIT_OK;
	}
	library_free(a.lib);
	free(a.lib);
	free(a.notice);
	return rc;
}
