/* SPDX-FileCopyrightText: 2026 The steady authors */
/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * cmd_add.c: `steady add FILE...`, how a client takes in a module that a
 * counsellor wrote. Each file is checked exactly as `steady check` checks
 * it; only when every file is free of errors are they copied into the
 * user's modules folder (as ID.yaml, written atomically), with the
 * translations of a module's own text domain from the locale/ folder
 * beside it. A module that would replace one of steady's own is refused
 * by the check unless --yes says it is meant.
 */
#include "config.h"

#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "cli/cli.h"
#include "cli/usermods.h"
#include "content/library.h"
#include "content/translate.h"
#include "util/buf.h"
#include "util/gettext.h"
#include "util/keytext.h"
#include "util/paths.h"
#include "util/xalloc.h"

/* A compiled catalogue larger than this is not a module's translation. */
#define MO_MAX_BYTES (8 * 1024 * 1024)

/* The module a verified temporary file must hold. */
static int same_module(const char *tmp, void *ctx)
{
	const char *id = ctx;
	struct diag quiet;
	diag_init(&quiet);
	struct module *m = module_load(tmp, ORIGIN_USER, NULL, &quiet);
	int ok = m && strcmp(m->id, id) == 0;
	module_free(m);
	diag_free(&quiet);
	return ok ? 0 : -1;
}

static int lang_name_ok(const char *s)
{
	static const char ok[] =
	        "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_@.-";
	return s[0] && s[0] != '.' && strlen(s) <= 64 && strspn(s, ok) == strlen(s);
}

/* 1 when the bytes start like a compiled gettext catalogue (either byte order). */
static int is_mo(const struct buf *b)
{
	static const unsigned char le[4] = {0xde, 0x12, 0x04, 0x95},
	                           be[4] = {0x95, 0x04, 0x12, 0xde};
	return b->len >= 28 && (memcmp(b->data, le, 4) == 0 || memcmp(b->data, be, 4) == 0);
}

/*
 * Copies locale/LANG/LC_MESSAGES/DOMAIN.mo from beside the module file into
 * the user's modules folder, where translate.c looks for it. Returns the
 * languages copied, as "de, nl" (new string, empty when none), or NULL
 * after a failure (reported).
 */
static char *copy_locale(const char *file, const char *domain, const char *userdir)
{
	const char *slash = strrchr(file, '/');
	char *src = slash ? xasprintf("%.*s/locale", (int)(slash - file), file) : xstrdup("locale");
	struct buf langs;
	buf_init(&langs);
	buf_puts(&langs, "");
	int failed = 0;
	DIR *dp = opendir(src);
	struct dirent *e;
	while (dp && !failed && (e = readdir(dp)) != NULL) {
		if (!lang_name_ok(e->d_name))
			continue;
		char *mo = xasprintf("%s/%s/LC_MESSAGES/%s.mo", src, e->d_name, domain);
		struct buf b;
		buf_init(&b);
		if (buf_read_file(&b, mo, MO_MAX_BYTES) == 0 && is_mo(&b)) {
			char *dest = xasprintf("%s/locale/%s/LC_MESSAGES", userdir, e->d_name);
			char *name = xasprintf("%s.mo", domain);
			if (paths_mkdir_p(dest) < 0 ||
			    usermods_write(dest, name, b.data, b.len, NULL, NULL) < 0) {
				fprintf(stderr,
				        /* TRANSLATORS: the first %s is the translation file (a .mo
				           file), the second the folder it was to be copied to, the
				           third the system's reason, such as "Permission denied".
				         */
				        _("steady: could not copy the translation %s to %s: %s\n"),
				        mo, dest, strerror(errno));
				failed = 1;
			} else {
				buf_printf(&langs, "%s%s", langs.len ? ", " : "", e->d_name);
			}
			free(dest);
			free(name);
		} else if (b.data) {
			fprintf(stderr,
			        /* TRANSLATORS: %s is a file name; ".mo" stays as it is. */
			        _("steady: warning: %s is not a compiled translation (.mo); "
			          "it was left out\n"),
			        mo);
		}
		buf_free(&b);
		free(mo);
	}
	if (dp)
		closedir(dp);
	free(src);
	if (failed) {
		buf_free(&langs);
		return NULL;
	}
	return buf_take(&langs);
}

/* The option of s with this id, or NULL. */
static const struct option *option_of(const struct step *s, const char *id)
{
	for (size_t i = 0; i < s->n_options; i++)
		if (strcmp(s->options[i].id, id) == 0)
			return &s->options[i];
	return NULL;
}

/*
 * Says which questions and options of the earlier version old are not in
 * m: answers kept for them stay in the diary, shown without their labels,
 * and their charts end. Returns how many there were.
 */
static size_t say_gone(const struct module *old, const struct module *m)
{
	size_t n = 0;
	for (size_t i = 0; i < old->n_steps; i++) {
		const struct step *o = &old->steps[i];
		if (!step_is_question(o) || !o->id)
			continue;
		const struct step *s = module_step(m, o->id);
		if (!s || !step_is_question(s)) {
			if (!n++)
				puts(_("This version no longer has these questions or options of "
				       "the "
				       "one before:"));
			/* TRANSLATORS: the first %s is the id of a question in a module (as written
			 * in its file, such as 'mood'), the second its wording, as the module shows
			 * it. Keep the leading two spaces. */
			printf(_("  question '%s' (\"%s\")\n"), o->id,
			       o->prompt  ? o->prompt
			       : o->title ? o->title
			                  : "");
			continue;
		}
		for (size_t k = 0; k < o->n_options; k++) {
			if (option_of(s, o->options[k].id))
				continue;
			if (!n++)
				puts(_("This version no longer has these questions or options of "
				       "the "
				       "one before:"));
			/* TRANSLATORS: the first %s is the id of an answer option, the second the
			 * id of the question it belongs to (as written in the module's file), the
			 * third the option's label as the module shows it. Keep the leading two
			 * spaces. */
			printf(_("  option '%s' of question '%s' (\"%s\")\n"), o->options[k].id,
			       o->id, o->options[k].label);
		}
	}
	if (n)
		puts(_("Answers already kept for them stay in your diary and are shown without "
		       "those labels; their charts end here. To keep them going, the module's "
		       "author can give this version the same ids."));
	return n;
}

/*
 * Shows the counsellor's key that m names, to compare with the one the
 * counsellor gave, and warns loudly when it is not the one that the earlier
 * version before named: someone may have swapped it.
 */
static void say_key(const struct module *before, const struct module *m)
{
	const char *was = before && before->homework ? before->homework->counsellor_key : NULL;
	const char *now = m->homework ? m->homework->counsellor_key : NULL;
	char fp[KEYTEXT_FP_BYTES], was_fp[KEYTEXT_FP_BYTES];
	if (now && keytext_fingerprint(now, fp) == 0)
		/* TRANSLATORS: %s is the key's fingerprint, a short string of letters and digits,
		 * such as "3F2A 9C1B 77D0 4E85". */
		printf(_("Reports sealed for this homework are for the counsellor's key with the "
		         "fingerprint %s. Check with your counsellor that it is theirs.\n"),
		       fp);
	if (!was || (now && strcmp(was, now) == 0))
		return;
	keytext_fingerprint(was, was_fp);
	if (now)
		fprintf(stderr,
		        /* TRANSLATORS: the first and second %s are key fingerprints (short strings
		           of letters and digits, such as "3F2A 9C1B 77D0 4E85"): the earlier key's,
		           then the new one's; the third is the module's id. 'steady remove' and
		           WARNING stay as they are (WARNING may be translated, but keep it in
		           capitals). */
		        _("steady: WARNING: this version names a DIFFERENT counsellor's key from "
		          "the one before (fingerprint %s, now %s). Reports sealed from now on "
		          "can be opened only with the new one: unless your counsellor told you "
		          "their key changed, take this version away with 'steady remove %s'.\n"),
		        was_fp, fp, m->id);
	else
		fprintf(stderr,
		        /* TRANSLATORS: %s is the earlier key's fingerprint, a short string of
		           letters and digits such as "3F2A 9C1B 77D0 4E85". WARNING may be
		           translated, but keep it in capitals. */
		        _("steady: WARNING: this version names no counsellor's key, and the one "
		          "before did (fingerprint %s): its answers can no longer be sealed.\n"),
		        was_fp);
}

struct adding {
	const char *file;         /* as given */
	const struct module *m;   /* as checked */
	const struct module *own; /* steady's own module of the same id, or NULL */
};

/* The version of a->m's id that steady has now (added before, or its own), or NULL. */
static struct module *earlier_version(const struct adding *a, const struct usermod *had,
                                      size_t n_had)
{
	const char *path = a->own ? a->own->path : NULL;
	for (size_t i = 0; i < n_had; i++)
		if (had[i].id && strcmp(had[i].id, a->m->id) == 0)
			path = had[i].path;
	if (!path)
		return NULL;
	struct diag quiet;
	diag_init(&quiet);
	struct content_tr tr = translate_gettext();
	struct module *m = module_load(path, ORIGIN_USER, &tr, &quiet);
	diag_free(&quiet);
	return m;
}

/* Copies one checked module in; prints what happened. 0 or -1. */
static int add_one(const struct adding *a, const char *userdir, const struct usermod *had,
                   size_t n_had)
{
	const struct module *m = a->m;
	char *name = xasprintf("%s.yaml", m->id);
	char *dest = xasprintf("%s/%s", userdir, name);
	int rc = -1, replaced = 0;
	struct buf b;
	buf_init(&b);
	for (size_t i = 0; i < n_had; i++) {
		if (strcmp(had[i].path, dest) == 0 && !usermods_holds(&had[i], m->id)) {
			fprintf(stderr,
			        /* TRANSLATORS: the first %s is the path of a file in the folder of
			           added modules, the second and third the id of the module it holds
			           (such as 'breathing'). 'steady remove' stays as it is. */
			        _("steady: %s already holds another module ('%s'); nothing was "
			          "added. Take that one away first with 'steady remove %s'.\n"),
			        dest, had[i].id, had[i].id);
			goto out;
		}
		replaced |= usermods_holds(&had[i], m->id);
	}
	if (buf_read_file(&b, a->file, CONTENT_MAX_FILE_BYTES) < 0) {
		/* TRANSLATORS: the first %s is a file name, the second the system's reason, such as
		 * "No such file or directory". */
		fprintf(stderr, _("steady: cannot read %s: %s\n"), a->file, strerror(errno));
		goto out;
	}
	/* What the earlier version had is read before it is replaced. */
	struct module *before = earlier_version(a, had, n_had);
	if (usermods_write(userdir, name, b.data, b.len, same_module, m->id) < 0) {
		if (errno == EINVAL)
			fprintf(stderr,
			        /* TRANSLATORS: %s is the name of the module file being added.
			           'steady add' stays as it is. */
			        _("steady: %s changed while it was being added; nothing was "
			          "added. Run 'steady add' again.\n"),
			        a->file);
		else
			/* TRANSLATORS: the first %s is the module file being added, the second the
			 * folder of added modules, the third the system's reason, such as
			 * "Permission denied". */
			fprintf(stderr, _("steady: could not add %s to %s: %s\n"), a->file, userdir,
			        strerror(errno));
		module_free(before);
		goto out;
	}
	/* An earlier version under another file name would now clash with this one. */
	for (size_t i = 0; i < n_had; i++)
		if (strcmp(had[i].path, dest) != 0 && usermods_holds(&had[i], m->id) &&
		    usermods_unlink(had[i].path) < 0)
			fprintf(stderr,
			        /* TRANSLATORS: the first %s is the path of the earlier version's
			           file, the second the system's reason, such as "Permission
			           denied". */
			        _("steady: could not take away the earlier version %s: %s\n"),
			        had[i].path, strerror(errno));

	/* TRANSLATORS: the first %s is the module's title (such as "Breathing slowly"), the second
	 * its id (such as 'breathing'). The next line shows the file it was copied to. */
	printf(_("Added \"%s\" (id %s) to your modules:\n"), m->title, m->id);
	printf("  %s\n", dest);
	if (replaced)
		puts(_("It replaces the version you added before."));
	if (before)
		say_gone(before, m);
	say_key(before, m);
	module_free(before);
	if (a->own)
		/* TRANSLATORS: the first %s is the title of steady's own module, the second the
		 * module id, as typed in the command 'steady remove ID', which stays as it is. */
		printf(_("It replaces steady's own module \"%s\" for you; 'steady remove %s' "
		         "brings "
		         "that one back.\n"),
		       a->own->title, m->id);
	rc = 0;
	if (m->domain && strcmp(m->domain, CONTENT_DOMAIN) != 0) {
		char *langs = copy_locale(a->file, m->domain, userdir);
		if (!langs)
			rc = -1;
		else if (langs[0])
			/* TRANSLATORS: %s is a list of language codes, such as "de, fr, nl". */
			printf(_("Translations added: %s.\n"), langs);
		else
			/* TRANSLATORS: both %s are the module's text domain, a name written in its
			 * file (such as 'mymodule'); it stays as it is.
			 * "locale/LANGUAGE/LC_MESSAGES/" and ".mo" are a folder path and stay as
			 * they are. */
			printf(_("No translations for its text domain '%s' were found beside it "
			         "(in "
			         "locale/LANGUAGE/LC_MESSAGES/%s.mo); it shows as written.\n"),
			       m->domain, m->domain);
		free(langs);
	}
	if (m->homework)
		puts(_("Next: start steady and choose Homework on the home screen."));
	else
		puts(_("Next: start steady and choose Modules on the home screen."));
	/* TRANSLATORS: %s is the module's id (such as 'breathing'); "steady remove" is a command
	 * and stays as it is. */
	printf(_("To take it away again: steady remove %s\n"), m->id);
out:
	buf_free(&b);
	free(name);
	free(dest);
	return rc;
}

/* The arguments are module files; a folder or the helpline directory is refused. */
static int args_ok(int argc, char **argv)
{
	for (int i = 0; i < argc; i++) {
		struct stat st;
		if (stat(argv[i], &st) == 0 && S_ISDIR(st.st_mode)) {
			/* TRANSLATORS: %s is the folder's name as typed. ".yaml" stays as it is. */
			char *msg = xasprintf(_("%s is a folder; name the module's .yaml file"),
			                      argv[i]);
			cli_usage_error(msg);
			free(msg);
			return 0;
		}
		if (library_is_helplines(argv[i])) {
			char *msg =
			        /* TRANSLATORS: %s is the file name as typed. 'add' is a command
			           name and stays as it is. */
			        xasprintf(_("%s is a helpline directory, not a module; 'add' takes "
			                    "modules only"),
			                  argv[i]);
			cli_usage_error(msg);
			free(msg);
			return 0;
		}
	}
	return 1;
}

/* After add_one() put module id in userdir/ID.yaml: the files that held it
 * before are gone or replaced, and that file holds it now. */
static struct usermod *note_added(struct usermod *had, size_t *n, const char *userdir,
                                  const char *id)
{
	size_t k = 0;
	for (size_t i = 0; i < *n; i++) {
		if (usermods_holds(&had[i], id)) {
			free(had[i].path);
			free(had[i].id);
			free(had[i].title);
			free(had[i].domain);
			continue;
		}
		had[k++] = had[i];
	}
	had = xreallocarray(had, k + 1, sizeof *had);
	had[k] = (struct usermod){xasprintf("%s/%s.yaml", userdir, id), xstrdup(id), NULL, NULL};
	*n = k + 1;
	return had;
}

int cmd_add(const struct steady_opts *o, int argc, char **argv)
{
	if (argc < 1)
		return cli_usage_error(_("'add' needs the module FILE to add"));
	if (!args_ok(argc, argv))
		return EXIT_USAGE;
	char *userdir = paths_user_modules();
	if (!userdir) {
		fputs(_("steady: cannot tell where your modules go: HOME is not set.\n"), stderr);
		return EXIT_INVALID;
	}
	char **paths = xcalloc((size_t)argc, sizeof *paths);
	for (int i = 0; i < argc; i++)
		paths[i] = xstrdup(argv[i]);
	struct diag d;
	struct cli_check c;
	struct library own;
	diag_init(&d);
	usermods_own(&own);
	struct adding *v = xcalloc((size_t)argc, sizeof *v);
	int rc = EXIT_INVALID;
	if (cli_check_files(o, paths, (size_t)argc, &d, &c) > 0) {
		cli_check_summary(&c);
		fputs(_("Nothing was added. Fix the problems above, or send them to whoever wrote "
		        "the file.\n"),
		      stderr);
		goto out;
	}
	for (size_t i = 0; i < c.n; i++) {
		v[i].file = c.paths[i];
		v[i].m = c.mods[i];
	}
	/* One of steady's own ids got past the check only with --yes. */
	for (size_t i = 0; i < c.n; i++)
		v[i].own = library_find(&own, v[i].m->id);
	if (paths_mkdir_p(userdir) < 0) {
		/* TRANSLATORS: the first %s is a folder name, the second the system's reason, such
		 * as "Permission denied". */
		fprintf(stderr, _("steady: could not make the folder %s: %s\n"), userdir,
		        strerror(errno));
		goto out;
	}
	rc = EXIT_OK;
	/* The folder is scanned once (each scan loads every module in it), and
	 * what each add changes is noted in the list as it goes. */
	size_t n_had, added = 0;
	struct usermod *had = usermods_scan(userdir, NULL, &n_had);
	for (size_t i = 0; i < c.n; i++) {
		if (i > 0)
			putchar('\n');
		if (add_one(&v[i], userdir, had, n_had) < 0) {
			rc = EXIT_INVALID;
			continue;
		}
		had = note_added(had, &n_had, userdir, v[i].m->id);
		added++;
	}
	usermods_free(had, n_had);
	if (added)
		usermods_cache(userdir);
out:
	free(v);
	library_free(&own);
	cli_check_free(&c);
	diag_free(&d);
	free(userdir);
	return rc;
}
