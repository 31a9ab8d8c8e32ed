/* SPDX-FileCopyrightText: 2026 The steady authors */
/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * cmd_report.c: `steady report [ID]...`, the homework answers a person
 * shares with their counsellor. The whole report is shown first, then the
 * person says where it goes and whether it is sealed; nothing is written
 * until they type yes (or gave --yes). A sealed report is made in guarded
 * memory and only its ciphertext reaches the disk; a plain one is said,
 * before it is written, not to be encrypted. Nothing is sent anywhere.
 */
#include "config.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli/cli.h"
#include "diary/export.h"
#include "diary/sealed.h"
#include "diary/secbuf.h"
#include "session/report.h"
#include "util/settings.h"
#include "util/gettext.h"
#include "util/outfile.h"
#include "util/keytext.h"
#include "util/xalloc.h"

/* What was asked for, checked before the diary is opened. */
struct asked {
	struct report_sel sel;
	enum report_format format;
	const struct module **mods;
	size_t n;
	unsigned char pk[KEYTEXT_KEY_BYTES]; /* with --seal */
	char fp[KEYTEXT_FP_BYTES];           /* its fingerprint */
};

/* The reader's region as the screens have it: the setting's, else the locale's, else none. */
static const char *reader_region(const struct library *lib)
{
	struct settings set;
	settings_defaults(&set);
	char *path = settings_path();
	char err[256];
	if (path)
		settings_load(&set, path, err, sizeof err); /* unread: the locale decides */
	free(path);
	const struct region *r = helplines_for(lib->helplines, set.region);
	return r ? r->id : NULL;
}

static int parse(const struct steady_opts *o, int argc, char **argv, const struct library *lib,
                 struct asked *a)
{
	memset(a, 0, sizeof *a);
	if (o->format && strcmp(o->format, "json") == 0)
		a->format = REPORT_JSON;
	else if (o->format && strcmp(o->format, "markdown") != 0)
		return cli_usage_error(_("--format must be markdown or json"));
	if (o->seal && !o->output)
		return cli_usage_error(
		        _("--seal needs -o FILE: the file to hand to your counsellor"));
	a->sel.ids = argv;
	a->sel.n_ids = (size_t)argc;
	a->sel.from = o->from;
	a->sel.to = o->to;
	a->sel.region = reader_region(lib);
	char *why = NULL;
	a->mods = report_modules(lib, &a->sel, &a->n, &why);
	if (!a->mods) {
		fprintf(stderr, "steady: %s\n", why);
		free(why);
		return EXIT_INVALID;
	}
	char key[64];
	if (o->seal &&
	    (report_key(a->mods, a->n, key, &why) < 0 || keytext_parse(key, a->pk) < 0)) {
		fprintf(stderr, "steady: %s\n", why ? why : "");
		free(why);
		return EXIT_INVALID;
	}
	if (o->seal)
		keytext_fingerprint(key, a->fp);
	return EXIT_OK;
}

/* The report rendered into guarded memory and sealed; 0 or -1 (said). */
static int write_sealed(FILE *out, const struct asked *a, const struct diary *d)
{
	unsigned char *text = NULL, *sealed = NULL;
	size_t len = 0, slen = 0;
	int rc = -1, sealed_rc = -1;
	if (report_render(a->mods, a->n, d, &a->sel, a->format, &text, &len) < 0 ||
	    (sealed_rc = sealed_seal(a->pk, text, len, &sealed, &slen)) < 0)
		fputs(report_seal_failed(sealed_rc), stderr);
	else if (fwrite(sealed, 1, slen, out) == slen)
		rc = 0;
	free(sealed);
	secbuf_free(text);
	return rc;
}

/* Shows the report and what will happen to it, then asks. 1 to go on. */
static int shown_and_agreed(const struct steady_opts *o, const struct asked *a,
                            const struct diary *d)
{
	/* On the terminal only: never a plain copy where standard output went. */
	FILE *tty = isatty(STDOUT_FILENO) ? NULL : fopen("/dev/tty", "we");
	FILE *show = isatty(STDOUT_FILENO) ? stdout : tty;
	if (show) {
		report_write(show, a->mods, a->n, d, &a->sel, a->format, EXPORT_PRINTABLE);
		fflush(show);
	}
	if (tty)
		fclose(tty);
	if (!show && !o->yes) {
		fputs(_("steady: there is no terminal to show you the report on, and it is not "
		        "written unread; add --yes to write it without seeing it.\n"),
		      stderr);
		fputs(_("steady: nothing was written.\n"), stderr);
		return 0;
	}
	size_t count = report_count(a->mods, a->n, d, &a->sel);
	fputc('\n', stderr);
	if (show)
		fprintf(stderr,
		        /* TRANSLATORS: %zu is the number of times a module was filled in (the
		           answers in the report). */
		        ngettext("This is the whole report: %zu time a module was filled in.\n",
		                 "This is the whole report: %zu times modules were filled in.\n",
		                 count),
		        count);
	if (o->seal)
		fprintf(stderr,
		        /* TRANSLATORS: %s is the name of the report file to be written. */
		        _("It will be written to %s, sealed: only the counsellor whose key is in "
		          "the homework can open it, and nobody else, you included, can read the "
		          "file.\n"),
		        o->output);
	if (o->seal)
		fprintf(stderr,
		        /* TRANSLATORS: %s is the counsellor's key fingerprint, a short string of
		           letters and digits such as "3F2A 9C1B 77D0 4E85". */
		        _("It is sealed for the counsellor's key with the fingerprint %s: check "
		          "that it is the one your counsellor gave you.\n"),
		        a->fp);
	else
		fprintf(stderr,
		        /* TRANSLATORS: %s is the name of the report file to be written. 'steady
		           report --seal' is a command and stays as it is. */
		        _("It will be written to %s. A plain report is NOT encrypted: anyone who "
		          "can read the file can read your answers. 'steady report --seal' makes "
		          "one only your counsellor can open.\n"),
		        o->output);
	if (o->yes)
		return 1;
	/* TRANSLATORS: the answer typed must be exactly the word in the question. */
	if (cli_confirm(_("Write it? Type yes to write it:"), _("yes")))
		return 1;
	fputs(_("steady: nothing was written.\n"), stderr);
	return 0;
}

int cmd_report(const struct steady_opts *o, int argc, char **argv)
{
	struct library lib = {0};
	struct diag quiet;
	diag_init(&quiet);
	cli_library_load(o, &lib, &quiet); /* its problems are 'steady check''s to report */
	diag_free(&quiet);
	struct asked a;
	int rc = parse(o, argc, argv, &lib, &a);
	struct outfile file = {0};
	struct diary *d = NULL;
	/* The name first: one that is taken is said before the passphrase is asked. The
	 * file itself is made only after the yes, so that a Ctrl-C there leaves none. */
	if (rc == EXIT_OK && o->output) {
		if (outfile_open(&file, o->output, o->yes) < 0)
			rc = EXIT_INVALID;
		else
			outfile_close(&file, 0);
	}
	if (rc == EXIT_OK)
		rc = cli_diary_open_read(o, &d);
	if (rc == EXIT_OK && !o->output) {
		/* On screen only: the person's own terminal, or where they sent it. */
		report_write(stdout, a.mods, a.n, d, &a.sel, a.format,
		             isatty(STDOUT_FILENO) ? EXPORT_PRINTABLE : 0);
		if (!isatty(STDOUT_FILENO))
			fprintf(stderr, "%s\n",
			        _("steady: this report is not encrypted. Anyone who can read where "
			          "it went can read your answers."));
	} else if (rc == EXIT_OK) {
		int ok = shown_and_agreed(o, &a, d) && outfile_open(&file, o->output, o->yes) == 0;
		if (ok && o->seal)
			ok = write_sealed(file.fp, &a, d) == 0;
		else if (ok)
			report_write(file.fp, a.mods, a.n, d, &a.sel, a.format, 0);
		if ((file.fp && outfile_close(&file, ok) < 0) || !ok)
			rc = EXIT_INVALID;
		else
			/* TRANSLATORS: %s is the name of the report file written. */
			printf(_("Written to %s. Hand it to your counsellor yourself: steady sends "
			         "nothing anywhere.\n"),
			       o->output);
	}
	if (d)
		diary_close(d);
	free(a.mods);
	library_free(&lib);
	return rc;
}
