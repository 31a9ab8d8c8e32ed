/* SPDX-FileCopyrightText: 2026 The steady authors */
/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * cmd_counsellor.c: the counsellor's side of a sealed report.
 * `steady counsellor keygen [DIR]` makes a key pair: counsellor.key, the
 * secret key encrypted under a passphrase, and counsellor.pub, the public
 * key to put in a homework module. `steady counsellor open FILE [KEY]`
 * opens a report a client sealed with it. Both files are made new, 0600,
 * never through a link (outfile.h); the secret key is only ever in
 * guarded memory, and wiped.
 */
#include "config.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cli/cli.h"
#include "cli/passphrase.h"
#include "diary/diary.h"
#include "diary/sealed.h"
#include "diary/secbuf.h"
#include "util/buf.h"
#include "util/gettext.h"
#include "util/outfile.h"
#include "util/keytext.h"
#include "util/wrap.h"
#include "util/paths.h"
#include "util/xalloc.h"

#define KEY_NAME "counsellor.key"
#define PUB_NAME "counsellor.pub"

/* DIR as given, else $XDG_DATA_HOME/steady/counsellor; new string or NULL (said). */
static char *key_dir(const char *given)
{
	if (given)
		return xstrdup(given);
	char *d = paths_data_home();
	if (!d) {
		fputs(_("steady: no home folder is set; name the folder for the keys.\n"), stderr);
		return NULL;
	}
	char *p = xasprintf("%s/counsellor", d);
	free(d);
	return p;
}

/* Writes len bytes as a new file; 0, or -1 (said, nothing left behind). */
static int write_new(const char *path, const void *p, size_t len)
{
	struct outfile f;
	if (outfile_open(&f, path, 0) < 0)
		return -1;
	int ok = fwrite(p, 1, len, f.fp) == len;
	return outfile_close(&f, ok) < 0 || !ok ? -1 : 0;
}

static int keygen(const struct steady_opts *o, const char *given)
{
	char *dir = key_dir(given);
	if (!dir)
		return EXIT_INVALID;
	char *key = xasprintf("%s/" KEY_NAME, dir), *pub = xasprintf("%s/" PUB_NAME, dir);
	int rc = EXIT_INVALID;
	struct stat st;
	if (lstat(key, &st) == 0 || lstat(pub, &st) == 0) {
		fprintf(stderr,
		        /* TRANSLATORS: %s is a folder name. */
		        _("steady: %s already holds a counsellor's key; steady never writes over "
		          "one (the reports sealed for it could no longer be opened). Choose "
		          "another "
		          "folder.\n"),
		        dir);
		goto out;
	}
	if (paths_mkdir_p(dir) < 0) {
		fprintf(stderr, _("steady: could not make the folder %s: %s\n"), dir,
		        strerror(errno));
		goto out;
	}
	puts(_("Choose a passphrase for your secret key. Without it, nobody can open the reports "
	       "sealed for you, you included: it cannot be recovered."));
	fflush(stdout);
	size_t len;
	char *pass = passphrase_read_new(o->passphrase_fd, &len);
	if (!pass)
		goto out;
	struct diary_costs c = diary_costs_default();
	unsigned char pk[SEALED_PK_BYTES], file[SEALED_KEYFILE_BYTES];
	enum sealed_status s = sealed_keygen(pass, len, c.opslimit, c.memlimit, pk, file);
	secbuf_free(pass);
	if (s != SEALED_OK) {
		fputs(_("steady: the key could not be made (not enough memory).\n"), stderr);
		goto out;
	}
	char text[KEYTEXT_BYTES + 1];
	keytext_format(pk, text);
	text[KEYTEXT_BYTES - 1] = '\n';
	text[KEYTEXT_BYTES] = '\0';
	if (write_new(key, file, sizeof file) < 0)
		goto out;
	if (write_new(pub, text, strlen(text)) < 0) {
		unlink(key);
		goto out;
	}
	text[KEYTEXT_BYTES - 1] = '\0';
	char fp[KEYTEXT_FP_BYTES];
	keytext_fingerprint(text, fp);
	/* TRANSLATORS: the first %s is the secret key's file name, the second the public key's file
	 * name, the third the key's fingerprint (a short string of letters and digits such as "3F2A
	 * 9C1B 77D0 4E85"), the fourth the public key itself (a long string of letters and digits),
	 * the fifth the secret key's file name again. "homework:", "counsellor_key:" and "steady
	 * counsellor open" stay exactly as they are, with their indentation: they are a piece of a
	 * module file and a command; FILE may be translated. */
	printf(_("Your secret key: %s (keep it, and its passphrase, to yourself)\n"
	         "Your public key: %s\n"
	         "Its fingerprint: %s (tell it to your clients, so that they can check that "
	         "the key in their homework is yours)\n\n"
	         "Put the public key in each homework module whose answers a client may seal "
	         "for you:\n\n"
	         "  homework:\n"
	         "    counsellor_key: %s\n\n"
	         "Open a report they hand you with: steady counsellor open FILE %s\n"),
	       key, pub, fp, text, dir);
	rc = EXIT_OK;
out:
	free(key);
	free(pub);
	free(dir);
	return rc;
}

/*
 * The text of an opened report, safe wherever it goes (a terminal, a pipe,
 * a file opened later): steady's reports hold no control character but the
 * line break, so any other, and anything not UTF-8, is shown as U+FFFD; a
 * bidi override or isolate, which could make the text read otherwise than
 * it is, is shown as <U+XXXX>.
 */
static void put_report(FILE *out, const char *s, size_t len)
{
	for (size_t i = 0; i < len;) {
		size_t at = i;
		uint32_t c = wrap_decode(s, len, &i);
		if ((c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069)) {
			fprintf(out, "<U+%04X>", (unsigned)c);
			continue;
		}
		const char *shown;
		i = at;
		size_t n = wrap_printable(s, len, &i, 1, &shown);
		fwrite(shown, 1, n, out);
	}
}

/* Why a key file or a report did not open, in words. */
static void said(enum sealed_status s, const char *file, const char *key)
{
	switch (s) {
	case SEALED_NOT_OURS:
		/* TRANSLATORS: %s is the file name of the report. */
		fprintf(stderr, _("steady: %s is not a report sealed by steady.\n"), file);
		break;
	case SEALED_UNSUPPORTED:
		fprintf(stderr,
		        /* TRANSLATORS: %s is the file name of the report. */
		        _("steady: %s was made by a newer steady, or its settings are out of "
		          "bounds; update steady to open it.\n"),
		        file);
		break;
	case SEALED_CUT:
		fprintf(stderr,
		        /* TRANSLATORS: %s is the key file's name. */
		        _("steady: the key file %s is cut off, or has bytes added; nothing was "
		          "asked. Use a whole copy of it.\n"),
		        key);
		break;
	case SEALED_WEAK:
		fprintf(stderr,
		        /* TRANSLATORS: %s is the key file's name; the first %llu a number of
		           passes, the second an amount of memory in MiB (such as "3 passes over 256
		           MiB"). Argon2id (a method's name) and 'steady counsellor keygen' stay as
		           they are. */
		        _("steady: the key file %s is protected by settings below steady's floor "
		          "(Argon2id, %llu passes over %llu MiB); nothing was asked. Make a new "
		          "key with 'steady counsellor keygen'.\n"),
		        key, (unsigned long long)DIARY_OPSLIMIT_FLOOR,
		        (unsigned long long)(DIARY_MEMLIMIT_FLOOR >> 20));
		break;
	case SEALED_BAD_PASS:
		fprintf(stderr,
		        /* TRANSLATORS: %s is the key file's name. */
		        _("steady: the passphrase does not open the key %s (or the key file was "
		          "changed).\n"),
		        key);
		break;
	case SEALED_REFUSED:
		fprintf(stderr,
		        /* TRANSLATORS: the first %s is the report's file name, the second the key
		           file's name. */
		        _("steady: %s does not open with the key %s: it was sealed for another "
		          "key, or it was changed or cut off on the way. Ask for it again.\n"),
		        file, key);
		break;
	default:
		fputs(_("steady: not enough memory to open the key.\n"), stderr);
		break;
	}
}

/* The key file: KEY itself, KEY/counsellor.key for a folder, or the default folder's. */
static char *key_path(const char *given)
{
	struct stat st;
	if (given && (stat(given, &st) < 0 || !S_ISDIR(st.st_mode)))
		return xstrdup(given);
	char *dir = key_dir(given);
	char *p = dir ? xasprintf("%s/" KEY_NAME, dir) : NULL;
	free(dir);
	return p;
}

static int open_report(const struct steady_opts *o, const char *file, const char *given)
{
	char *key = key_path(given);
	if (!key)
		return EXIT_INVALID;
	struct buf kf, rf;
	buf_init(&kf);
	buf_init(&rf);
	int rc = EXIT_INVALID;
	unsigned char *sk = NULL, *text = NULL;
	size_t tlen;
	if (buf_read_file(&rf, file, SEALED_MAX_FILE) < 0) {
		fprintf(stderr, _("steady: cannot read %s: %s\n"), file, strerror(errno));
		goto out;
	}
	if (buf_read_file(&kf, key, 4096) < 0) {
		fprintf(stderr,
		        /* TRANSLATORS: the first %s is the key file's name, the second the system's
		           reason, such as "No such file or directory". 'steady counsellor keygen'
		           stays as it is. */
		        _("steady: cannot read the key %s: %s ('steady counsellor keygen' makes "
		          "one)\n"),
		        key, strerror(errno));
		goto out;
	}
	/* A report that is not one is said before the passphrase is asked for. */
	if (rf.len < 8 || memcmp(rf.data, SEALED_REPORT_MAGIC, 8) != 0) {
		said(SEALED_NOT_OURS, file, key);
		goto out;
	}
	if (kf.len < 8 || memcmp(kf.data, SEALED_KEY_MAGIC, 8) != 0) {
		fprintf(stderr,
		        /* TRANSLATORS: %s is the key file's name. 'steady counsellor keygen' and
		           counsellor.key stay as they are. */
		        _("steady: %s is not a counsellor's secret key ('steady counsellor keygen' "
		          "makes one, as counsellor.key).\n"),
		        key);
		goto out;
	}
	/* So are a key file cut off and costs out of bounds or below the floor. */
	enum sealed_status form = sealed_key_check((const unsigned char *)kf.data, kf.len);
	if (form != SEALED_OK) {
		said(form, key, key);
		goto out;
	}
	struct outfile of;
	if (o->output && outfile_open(&of, o->output, o->yes) < 0)
		goto out;
	size_t plen;
	char *pass =
	        passphrase_read(o->passphrase_fd, _("Passphrase of your counsellor key: "), &plen);
	unsigned char pk[SEALED_PK_BYTES];
	int asked = pass != NULL; /* no passphrase: passphrase_read() said why */
	enum sealed_status s =
	        pass ? sealed_key_open((unsigned char *)kf.data, kf.len, pass, plen, &sk, pk)
	             : SEALED_NOMEM;
	secbuf_free(pass);
	const char *which = key; /* the file a failure is about */
	if (s == SEALED_OK) {
		which = file;
		s = sealed_open((unsigned char *)rf.data, rf.len, pk, sk, &text, &tlen);
	}
	if (s != SEALED_OK) {
		if (asked)
			said(s, which, key);
		if (o->output)
			outfile_close(&of, 0);
		goto out;
	}
	FILE *out = o->output ? of.fp : stdout;
	put_report(out, (const char *)text, tlen);
	if (o->output ? outfile_close(&of, 1) == 0 : fflush(stdout) == 0)
		rc = EXIT_OK;
out:
	secbuf_free(sk);
	secbuf_free(text);
	buf_free(&kf);
	buf_free(&rf);
	free(key);
	return rc;
}

int cmd_counsellor(const struct steady_opts *o, int argc, char **argv)
{
	if (argc >= 1 && strcmp(argv[0], "keygen") == 0 && argc <= 2) {
		if (secbuf_init() < 0)
			return EXIT_INVALID;
		return keygen(o, argc == 2 ? argv[1] : NULL);
	}
	if (argc >= 2 && strcmp(argv[0], "open") == 0 && argc <= 3) {
		if (secbuf_init() < 0)
			return EXIT_INVALID;
		return open_report(o, argv[1], argc == 3 ? argv[2] : NULL);
	}
	return cli_usage_error(_("'counsellor' needs 'keygen [DIR]' or 'open FILE [KEY]'"));
}
