/* SPDX-FileCopyrightText: 2026 The steady authors */
/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * cmd_remove.c: `steady remove ID...`, taking away a module that was added
 * with `steady add`. Only the user's modules folder is touched; steady's
 * own modules cannot be removed. The diary keeps what was written for the
 * module, since that belongs to the person, not to the module. A module
 * that links to the one removed would be left out with it, so those are
 * named first and the person is asked.
 */
#include "config.h"

#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli/cli.h"
#include "cli/usermods.h"
#include "content/library.h"
#include "content/suggest.h"
#include "content/translate.h"
#include "util/gettext.h"
#include "util/paths.h"
#include "util/xalloc.h"

/* Takes away the module's translations unless another module still uses its domain. */
static void remove_locale(const char *userdir, const char *domain, const struct usermod *u,
                          size_t n)
{
	if (!domain || strcmp(domain, CONTENT_DOMAIN) == 0)
		return;
	for (size_t i = 0; i < n; i++)
		if (u[i].domain && strcmp(u[i].domain, domain) == 0)
			return;
	char *locale = xasprintf("%s/locale", userdir);
	DIR *dp = opendir(locale);
	struct dirent *e;
	while (dp && (e = readdir(dp)) != NULL) {
		if (e->d_name[0] == '.')
			continue;
		char *dir = xasprintf("%s/%s/LC_MESSAGES", locale, e->d_name);
		char *mo = xasprintf("%s/%s.mo", dir, domain);
		if (usermods_unlink(mo) == 0) {
			/* Folders left empty go too; a folder with other files stays. */
			if (rmdir(dir) == 0) {
				char *lang = xasprintf("%s/%s", locale, e->d_name);
				rmdir(lang);
				free(lang);
			}
		} else if (errno != ENOENT) {
			/* TRANSLATORS: the first %s is the translation file (a .mo file), the
			 * second the system's reason, such as "Permission denied". */
			fprintf(stderr, _("steady: could not take away the translation %s: %s\n"),
			        mo, strerror(errno));
		}
		free(dir);
		free(mo);
	}
	if (dp)
		closedir(dp);
	rmdir(locale);
	free(locale);
}

/* Explains why nothing was removed for id, with a likely id when one is near. */
static void not_found(const char *id, const struct usermod *u, size_t n, const struct library *own)
{
	const struct module *b = library_find(own, id);
	if (b) {
		fprintf(stderr,
		        /* TRANSLATORS: the first %s is the module id typed (such as 'breathing'),
		           the second the module's title. 'steady remove' and 'steady add' stay as
		           they are. */
		        _("steady: '%s' (\"%s\") is one of steady's own modules, not one you "
		          "added, "
		          "so it cannot be removed. 'steady remove' takes away only modules added "
		          "with 'steady add'.\n"),
		        id, b->title);
		return;
	}
	const char **ids = xcalloc(n + 1, sizeof *ids);
	for (size_t i = 0; i < n; i++)
		ids[i] = u[i].id;
	const char *near = suggest_word(id, ids, n);
	if (near)
		fprintf(stderr,
		        /* TRANSLATORS: the first %s is the module id typed, the second the id of an
		           added module with a similar name. */
		        _("steady: you have added no module with the id '%s'; did you mean "
		          "'%s'?\n"),
		        id, near);
	else
		/* TRANSLATORS: %s is the module id typed. */
		fprintf(stderr, _("steady: you have added no module with the id '%s'.\n"), id);
	fputs(_("'steady list' shows every module with its id and the file it comes from.\n"),
	      stderr);
	free(ids);
}

/* Removes every file of the user's folder that holds id. 0, or -1 (reported). */
static int remove_one(const char *userdir, const char *id, const struct library *own)
{
	struct content_tr tr = translate_gettext();
	size_t n;
	struct usermod *u = usermods_scan(userdir, &tr, &n);
	size_t found = 0;
	int rc = 0;
	char *title = NULL, *domain = NULL;
	for (size_t i = 0; i < n; i++) {
		if (!usermods_holds(&u[i], id))
			continue;
		if (usermods_unlink(u[i].path) < 0) {
			/* TRANSLATORS: the first %s is the path of the module's file, the second
			 * the system's reason, such as "Permission denied". */
			fprintf(stderr, _("steady: could not remove %s: %s\n"), u[i].path,
			        strerror(errno));
			rc = -1;
			continue;
		}
		found++;
		/* TRANSLATORS: %s is the path of the module file that was deleted. */
		printf(_("Removed %s\n"), u[i].path);
		if (!title && u[i].title)
			title = xstrdup(u[i].title);
		if (!domain && u[i].domain)
			domain = xstrdup(u[i].domain);
		/* What is gone no longer keeps its translations. */
		free(u[i].domain);
		u[i].domain = NULL;
	}
	if (found == 0 && rc == 0) {
		not_found(id, u, n, own);
		rc = -1;
	} else if (found > 0) {
		remove_locale(userdir, domain, u, n);
		if (title)
			/* TRANSLATORS: %s is the title of the removed module. */
			printf(_("\"%s\" is no longer on your home screen.\n"), title);
		const struct module *b = library_find(own, id);
		if (b)
			/* TRANSLATORS: %s is the title of steady's own module with the same id. */
			printf(_("steady's own module \"%s\" is shown again.\n"), b->title);
		puts(_("Your diary keeps anything you wrote for it."));
	}
	free(title);
	free(domain);
	usermods_free(u, n);
	if (found > 0)
		usermods_cache(userdir);
	return rc;
}

/* 1 when module m links to id, or suggests it. */
static int links_to(const struct module *m, const char *id)
{
	for (size_t i = 0; i < m->n_steps; i++)
		for (size_t k = 0; k < m->steps[i].n_links; k++)
			if (strcmp(m->steps[i].links[k], id) == 0)
				return 1;
	for (size_t i = 0; i < m->n_bands; i++)
		for (size_t k = 0; k < m->bands[i].n_suggest; k++)
			if (strcmp(m->bands[i].suggest[k], id) == 0)
				return 1;
	return 0;
}

/* Names the modules that link to the ones to remove; 1 when removing may go on. */
static int dependents_ok(const struct steady_opts *o, int argc, char **argv,
                         const struct library *own)
{
	struct library lib = {0};
	struct diag quiet;
	diag_init(&quiet);
	cli_library_load(o, &lib, &quiet);
	diag_free(&quiet);
	size_t n = 0;
	for (size_t i = 0; i < lib.n; i++) {
		const struct module *m = lib.mods[i];
		int going = 0;
		for (int k = 0; k < argc && !going; k++)
			going = strcmp(argv[k], m->id) == 0;
		for (int k = 0; k < argc && !going; k++) {
			/* Removing a module that replaced one of steady's own brings that one back.
			 */
			if (!links_to(m, argv[k]) || library_find(own, argv[k]))
				continue;
			fprintf(stderr,
			        /* TRANSLATORS: the first and fourth %s are the title of another
			           module, the second its id, the third and fifth the id of the
			           module being removed (which that one links to). Example: "steady:
			           "My plan" (id myplan) links to 'breathing'. Without it, "My plan"
			           is left out too, until 'breathing' is added again." */
			        _("steady: \"%s\" (id %s) links to '%s'. Without it, \"%s\" is "
			          "left "
			          "out too, until '%s' is added again.\n"),
			        m->title, m->id, argv[k], m->title, argv[k]);
			n++;
		}
	}
	library_free(&lib);
	if (n == 0 || o->yes)
		return 1;
	if (cli_confirm(_("Remove it all the same? Type yes to remove it:"), _("yes")))
		return 1;
	fputs(_("steady: nothing was removed.\n"), stderr);
	return 0;
}

int cmd_remove(const struct steady_opts *o, int argc, char **argv)
{
	if (argc < 1)
		return cli_usage_error(_("'remove' needs the ID of a module you added "
		                         "('steady list' shows the ids)"));
	char *userdir = paths_user_modules();
	if (!userdir) {
		fputs(_("steady: cannot tell where your modules are: HOME is not set.\n"), stderr);
		return EXIT_INVALID;
	}
	struct library own;
	usermods_own(&own);
	if (!dependents_ok(o, argc, argv, &own)) {
		library_free(&own);
		free(userdir);
		return EXIT_INVALID;
	}
	int rc = EXIT_OK;
	for (int i = 0; i < argc; i++)
		if (remove_one(userdir, argv[i], &own) < 0)
			rc = EXIT_INVALID;
	library_free(&own);
	free(userdir);
	return rc;
}
