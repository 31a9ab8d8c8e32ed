/* SPDX-FileCopyrightText: 2026 The steady authors */
/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * cmd_diary.c: `steady diary init|add|list|show|search|export|import|passwd|wipe`,
 * the diary from the command line. Everything goes through diary/ and
 * session/, the same code the screens and the plain mode use.
 */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cli/cli.h"
#include "cli/passphrase.h"
#include "diary/diary.h"
#include "diary/export.h"
#include "diary/import.h"
#include "diary/notice.h"
#include "diary/secbuf.h"
#include "session/journal.h"
#include "util/gettext.h"
#include "util/json.h"
#include "util/outfile.h"
#include "util/xalloc.h"

/* Most text `diary add` takes from standard input. */
#define ADD_MAX (4u << 20)

/* The largest file `diary import` reads: more than the largest diary holds. */
#define IMPORT_MAX (256u << 20)

static int status_of(const struct diary_error *err)
{
	switch (err->status) {
	case DIARY_ERR_PASSPHRASE:
		return EXIT_PASSPHRASE;
	case DIARY_ERR_LOCKED:
		return EXIT_LOCKED;
	default:
		return EXIT_INVALID;
	}
}

static int report(const struct diary_error *err)
{
	fprintf(stderr, "steady: %s\n", err->msg);
	return status_of(err);
}

static char *diary_dir(const struct steady_opts *o)
{
	if (o->diary)
		return xstrdup(o->diary);
	char *d = diary_default_dir();
	if (!d)
		fputs(_("steady: no home folder is set, so there is no place for the diary; use "
		        "--diary DIR.\n"),
		      stderr);
	return d;
}

/* What a command does with the diary. */
enum use {
	FOR_READING,
	FOR_WRITING,
	FOR_REKEYING, /* passwd: writing, and a diary of too weak a key is opened too */
};

/* EXIT_OK when the folder holds a diary that can be used so; said before
 * anything is asked for that could not be used anyway. */
static int usable(const char *dir, enum use use)
{
	if (!diary_exists(dir)) {
		fprintf(stderr,
		        /* TRANSLATORS: %s is the diary's folder. 'steady diary init' stays as it
		           is. */
		        _("steady: there is no diary in %s yet. Run 'steady diary init' to make "
		          "one.\n"),
		        dir);
		return EXIT_INVALID;
	}
	struct diary_error err = {0};
	if (use != FOR_READING && diary_check_writable(dir, &err) < 0)
		return report(&err);
	return EXIT_OK;
}

/* Asks for the passphrase and opens the diary (usable() already said yes);
 * for reading, also where the folder cannot be written. EXIT_OK or a status. */
static int open_diary(const struct steady_opts *o, const char *dir, enum use use, struct diary **d)
{
	struct diary_error err = {0};
	size_t len;
	char *pass = passphrase_read(o->passphrase_fd, _("Diary passphrase: "), &len);
	if (!pass)
		return EXIT_INVALID;
	int rc = use == FOR_READING ? diary_open_read(dir, pass, len, d, &err)
	                            : diary_open(dir, pass, len, d, &err);
	if (rc < 0 && use == FOR_REKEYING && err.status == DIARY_ERR_WEAK) {
		/* Only to give it a key worth the name at once. */
		fputs(_("steady: warning: this diary's key is too quick to guess. steady 0.1.0 "
		        "could make such a diary; it is opened once now only to protect it "
		        "properly: a new passphrase, a new key at today's costs, and its backup "
		        "written again. If you did not make this diary yourself, someone else "
		        "may have put it there: do not trust what is in it.\n"),
		      stderr);
		rc = diary_open_weak(dir, pass, len, d, &err);
	}
	secbuf_free(pass);
	if (rc < 0)
		return report(&err);
	char *rolled = diary_rollback_notice(*d);
	if (rolled)
		fprintf(stderr, "steady: %s\n", rolled);
	free(rolled);
	return EXIT_OK;
}

static int save(struct diary *d)
{
	struct diary_error err = {0};
	return diary_save(d, &err) < 0 ? report(&err) : EXIT_OK;
}

static int do_init(const struct steady_opts *o, const char *dir)
{
	struct diary_error err = {0};
	if (diary_check_new(dir, &err) < 0)
		return report(&err);
	/* The person reads what the encryption can and cannot do before choosing. */
	printf("%s\n\n%s\n\n", notice_protection(), notice_law());
	fflush(stdout);
	size_t len;
	char *pass = passphrase_read_new(o->passphrase_fd, &len);
	if (!pass)
		return EXIT_INVALID;
	struct diary *d;
	int rc = diary_create(dir, pass, len, NULL, &d, &err);
	secbuf_free(pass);
	if (rc < 0)
		return report(&err);
	diary_close(d);
	/* TRANSLATORS: %s is the diary's folder, such as "/home/sam/.local/share/steady". */
	printf(_("Your diary is ready in %s.\n"), dir);
	return EXIT_OK;
}

/* Reads all of standard input into a new heap block (wiped by the caller);
 * NULL after saying why, for an error, too much or a NUL byte. */
static char *read_stdin(size_t *len)
{
	size_t cap = 4096, n = 0;
	char *p = xmalloc(cap);
	for (;;) {
		if (n + 1 == cap) {
			if (cap >= ADD_MAX) {
				secbuf_zfree(p, cap);
				fputs(_("steady: the entry is too long (at most 4 MiB).\n"),
				      stderr);
				return NULL;
			}
			/* Grow by copying into a new block, wiping the old one. */
			char *q = xmalloc(cap * 2);
			memcpy(q, p, n);
			secbuf_zfree(p, cap);
			p = q;
			cap *= 2;
		}
		ssize_t r = read(0, p + n, cap - 1 - n);
		if (r < 0 && errno == EINTR)
			continue;
		if (r < 0) {
			/* TRANSLATORS: %s is the system's reason, such as "Input/output error". */
			fprintf(stderr, _("steady: could not read the entry (%s).\n"),
			        strerror(errno));
			secbuf_zfree(p, cap);
			return NULL;
		}
		if (r == 0)
			break;
		n += (size_t)r;
	}
	/* Everything after a NUL byte would be lost without a word. */
	if (memchr(p, '\0', n)) {
		secbuf_zfree(p, cap);
		fputs(_("steady: the entry holds a NUL byte (a zero byte, as binary files do), so "
		        "nothing was added. Give the entry as text.\n"),
		      stderr);
		return NULL;
	}
	p[n] = '\0';
	*len = cap;
	return p;
}

static int do_add(const struct steady_opts *o, const char *dir)
{
	int rc = usable(dir, FOR_WRITING);
	if (rc != EXIT_OK)
		return rc;
	/* The entry first: however long it takes to write, the diary is not
	 * locked, nor its text decrypted in memory, meanwhile. */
	size_t cap;
	char *in = read_stdin(&cap);
	if (!in)
		return EXIT_INVALID;
	/* Blank lines alone are nothing; else the title rule of every front end (journal.h). */
	if (!in[strspn(in, "\n")]) {
		fputs(_("steady: nothing to add; write the entry on standard input.\n"), stderr);
		secbuf_zfree(in, cap);
		return EXIT_INVALID;
	}
	struct diary *d;
	rc = open_diary(o, dir, FOR_WRITING, &d);
	if (rc != EXIT_OK) {
		secbuf_zfree(in, cap);
		return rc;
	}
	struct diary_error err = {0};
	uint64_t id = 0;
	rc = journal_put(d, &id, in, &err) < 0 ? report(&err) : save(d);
	secbuf_zfree(in, cap);
	if (rc == EXIT_OK)
		/* TRANSLATORS: %llu is the number of the entry just added, such as "Added
		 * entry 12.". */
		printf(_("Added entry %llu.\n"), (unsigned long long)id);
	diary_close(d);
	return rc;
}

/* EXPORT_PRINTABLE when standard output is a terminal: what an entry holds
 * is then shown, never obeyed (an escape sequence could set the title or
 * hide text). A file or a pipe gets the text as it was written. */
static unsigned out_flags(void)
{
	return isatty(STDOUT_FILENO) ? EXPORT_PRINTABLE : 0;
}

static void list_json(const struct entry *e, size_t i, const char *what, size_t wlen);

/* One line per entry: id, local time, kind (labels from export_kind_labels()),
 * and what it is about, written without printf (a line per entry of a diary
 * of 100,000); as JSON the i-th entry of the list when json is set. */
static void list_line(const struct entry *e, unsigned flags, const char *const *labels, int json,
                      size_t i)
{
	char when[32];
	entry_time_format(e->created, when);
	when[16] = '\0'; /* up to the minute */
	when[10] = ' ';
	const char *what = "";
	size_t wlen;
	switch (e->kind) {
	case ENTRY_JOURNAL:
		what = (e->title && e->title[0]) ? e->title : (e->text ? e->text : "");
		break;
	case ENTRY_SAFETY_PLAN:
		what = "";
		break;
	default:
		what = e->module ? e->module : "";
		break;
	}
	wlen = strcspn(what, "\n");
	/* On a terminal, cut at 60 bytes, backing up to the start of a UTF-8
	 * character; a pipe gets the whole first line. */
	if (wlen > 60 && (flags & EXPORT_PRINTABLE)) {
		wlen = 60;
		while (wlen && ((unsigned char)what[wlen] & 0xC0) == 0x80)
			wlen--;
	}
	if (json) {
		list_json(e, i, what, wlen);
		return;
	}
	export_put_u64(stdout, e->id);
	putchar('\t');
	fputs(when, stdout);
	putchar('\t');
	fputs(labels[e->kind > 0 && e->kind < ENTRY__COUNT ? e->kind : 0], stdout);
	putchar('\t');
	if (flags & EXPORT_PRINTABLE)
		export_text(stdout, what, wlen, flags);
	else /* a tab in it would start another field */
		for (size_t k = 0; k < wlen; k++)
			putchar(what[k] == '\t' ? ' ' : what[k]);
	putchar('\n');
}

/* The same line as JSON, for --format json: id, created, kind, about. */
static void list_json(const struct entry *e, size_t i, const char *what, size_t wlen)
{
	char when[32], *about = xstrndup(what, wlen);
	printf("%s{\"id\":%" PRIu64 ",\"created\":", i ? ",\n" : "\n", e->id);
	json_string(stdout, entry_time_format(e->created, when));
	fputs(",\"kind\":", stdout);
	json_string(stdout, entry_kind_name(e->kind));
	fputs(",\"about\":", stdout);
	json_string(stdout, about);
	putchar('}');
	free(about);
}

/* `diary list`, and with search `diary search`: the words are read before
 * the diary is opened, so it is not held open while they are typed. */
static int do_list(const struct steady_opts *o, const char *dir, int search)
{
	int json = o->format && strcmp(o->format, "json") == 0;
	if (o->format && !json && strcmp(o->format, "text") != 0)
		return cli_usage_error(_("--format must be text or json"));
	int rc = usable(dir, FOR_READING);
	if (rc != EXIT_OK)
		return rc;
	size_t len;
	char *needle = search ? passphrase_read_words(_("Search for: "), &len) : NULL;
	if (search && !needle)
		return EXIT_INVALID;
	struct diary *d;
	rc = open_diary(o, dir, FOR_READING, &d);
	if (rc != EXIT_OK) {
		secbuf_free(needle);
		return rc;
	}
	unsigned flags = json ? 0 : out_flags();
	const char *labels[ENTRY__COUNT];
	export_kind_labels(labels);
	if (json)
		putchar('[');
	if (needle) {
		struct entry_list l = diary_search(d, needle);
		secbuf_free(needle);
		for (size_t i = 0; i < l.n; i++)
			list_line(l.v[i], flags, labels, json, i);
		if (l.n == 0)
			fputs(_("No entries match.\n"), stderr);
		diary_list_free(&l);
	} else {
		for (size_t i = 0; i < diary_count(d); i++)
			list_line(diary_at(d, i), flags, labels, json, i);
		if (diary_count(d) == 0)
			fputs(_("The diary is empty.\n"), stderr);
	}
	if (json)
		fputs("\n]\n", stdout);
	diary_close(d);
	return EXIT_OK;
}

static int do_show(const struct steady_opts *o, const char *dir, const char *arg)
{
	char *end;
	errno = 0;
	unsigned long long id = strtoull(arg, &end, 10);
	if (!*arg || *end || errno || id == 0 || arg[0] == '-')
		return cli_usage_error(
		        _("'diary show' needs an entry number, as shown by 'diary list'"));
	struct diary *d;
	int rc = usable(dir, FOR_READING);
	if (rc == EXIT_OK)
		rc = open_diary(o, dir, FOR_READING, &d);
	if (rc != EXIT_OK)
		return rc;
	const struct entry *e = diary_get(d, (uint64_t)id);
	if (e) {
		export_entry_markdown(stdout, e, out_flags());
	} else {
		/* TRANSLATORS: %llu is an entry number, as typed. */
		fprintf(stderr, _("steady: there is no diary entry %llu.\n"), id);
		rc = EXIT_INVALID;
	}
	diary_close(d);
	return rc;
}

static int do_export(const struct steady_opts *o, const char *dir)
{
	int json = 0;
	if (o->format && strcmp(o->format, "json") == 0)
		json = 1;
	else if (o->format && strcmp(o->format, "markdown") != 0)
		return cli_usage_error(_("--format must be markdown or json"));
	int rc = usable(dir, FOR_READING);
	if (rc != EXIT_OK)
		return rc;
	/* The file first: a name that is taken is said before the passphrase is asked. */
	struct outfile file;
	if (o->output && outfile_open(&file, o->output, o->yes) < 0)
		return EXIT_INVALID;
	struct diary *d;
	rc = open_diary(o, dir, FOR_READING, &d);
	if (rc != EXIT_OK) {
		if (o->output)
			outfile_close(&file, 0);
		return rc;
	}
	fprintf(stderr, "%s\n", notice_export());
	FILE *out = o->output ? file.fp : stdout;
	if (json)
		export_json(out, d);
	else
		export_markdown(out, d, out == stdout ? out_flags() : 0);
	if (o->output) {
		if (outfile_close(&file, 1) < 0)
			rc = EXIT_INVALID;
	} else if (fflush(out) != 0 || ferror(out)) {
		/* TRANSLATORS: %s is the system's reason, such as "No space left on device". */
		fprintf(stderr, _("steady: could not write the export (%s).\n"), strerror(errno));
		rc = EXIT_INVALID;
	}
	diary_close(d);
	return rc;
}

/* Reads the whole file into guarded memory (it is the diary's text in the
 * clear), NUL-terminated; NULL after saying why. */
static char *read_import(const char *path, size_t *len)
{
	int fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK);
	struct stat st;
	if (fd < 0 || fstat(fd, &st) < 0) {
		/* TRANSLATORS: the first %s is a file name, the second the reason, such as
		 * "Permission denied" (or "it changed while it was read", translated elsewhere). */
		fprintf(stderr, _("steady: could not read %s (%s).\n"), path, strerror(errno));
		if (fd >= 0)
			close(fd);
		return NULL;
	}
	if (!S_ISREG(st.st_mode) || (unsigned long long)st.st_size > IMPORT_MAX) {
		if (!S_ISREG(st.st_mode))
			/* TRANSLATORS: %s is the file name as typed. */
			fprintf(stderr, _("steady: %s is not a file, so nothing was imported.\n"),
			        path);
		else
			fprintf(stderr,
			        /* TRANSLATORS: %s is the file name as typed. "256 MiB" is a size.
			         */
			        _("steady: %s is too large to be an export (at most 256 MiB).\n"),
			        path);
		close(fd);
		return NULL;
	}
	size_t n = (size_t)st.st_size, got = 0;
	char *p = secbuf_alloc(n + 1);
	while (got < n) {
		ssize_t r = read(fd, p + got, n - got);
		if (r < 0 && errno == EINTR)
			continue;
		if (r <= 0) {
			fprintf(stderr, _("steady: could not read %s (%s).\n"), path,
			        r < 0 ? strerror(errno) : _("it changed while it was read"));
			close(fd);
			secbuf_free(p);
			return NULL;
		}
		got += (size_t)r;
	}
	close(fd);
	p[n] = '\0';
	*len = n;
	return p;
}

/* `diary import FILE`: the whole file is read and checked before the
 * passphrase is asked for, then added with one key derivation and one save. */
static int do_import(const struct steady_opts *o, const char *dir, const char *path)
{
	enum import_format f = IMPORT_GUESS;
	if (o->format && strcmp(o->format, "json") == 0)
		f = IMPORT_JSON;
	else if (o->format && strcmp(o->format, "markdown") == 0)
		f = IMPORT_MARKDOWN;
	else if (o->format)
		return cli_usage_error(_("--format must be markdown or json"));
	int rc = usable(dir, FOR_WRITING);
	if (rc != EXIT_OK)
		return rc;
	size_t len;
	char *text = read_import(path, &len);
	if (!text)
		return EXIT_INVALID;
	struct entry **v;
	size_t n, line;
	char *why;
	if (memchr(text, '\0', len)) {
		fprintf(stderr,
		        /* TRANSLATORS: %s is the file name as typed. NUL (the zero byte) stays as
		           it is. */
		        _("steady: %s holds a NUL byte, so it is not an export; nothing was "
		          "imported.\n"),
		        path);
		secbuf_free(text);
		return EXIT_INVALID;
	}
	int parsed = import_parse(text, len, f, &v, &n, &line, &why);
	secbuf_free(text);
	if (parsed < 0) {
		/* TRANSLATORS: the first %s is the file name, %zu a line number in it, the last %s
		 * what is wrong there (translated elsewhere), such as "steady: diary.md, line 4:
		 * this entry does not read as 'steady diary export' writes one of its kind.
		 * Nothing was imported." */
		fprintf(stderr, _("steady: %s, line %zu: %s. Nothing was imported.\n"), path, line,
		        why);
		free(why);
		return EXIT_INVALID;
	}
	struct diary *d;
	rc = open_diary(o, dir, FOR_WRITING, &d);
	if (rc != EXIT_OK) {
		import_free(v, n);
		return rc;
	}
	struct diary_error err = {0};
	rc = diary_import(d, v, n, &err) < 0 ? report(&err) : save(d);
	diary_close(d);
	if (rc == EXIT_OK)
		/* TRANSLATORS: %zu is the number of diary entries imported. */
		printf(ngettext("Imported %zu entry.\n", "Imported %zu entries.\n", n), n);
	return rc;
}

static int do_passwd(const struct steady_opts *o, const char *dir)
{
	struct diary *d;
	int rc = usable(dir, FOR_REKEYING);
	if (rc == EXIT_OK)
		rc = open_diary(o, dir, FOR_REKEYING, &d);
	if (rc != EXIT_OK)
		return rc;
	size_t len;
	char *pass = passphrase_read_new(o->passphrase_fd, &len);
	if (!pass) {
		diary_close(d);
		return EXIT_INVALID;
	}
	struct diary_error err = {0};
	/* Said before the save starts: a kill at its last steps leaves the
	 * diary on the new passphrase before anything else is said. */
	puts(_("Changing the passphrase. If this is interrupted now, the new passphrase may be "
	       "the one that opens the diary: try both."));
	fflush(stdout);
	int done = diary_passwd(d, pass, len, NULL, &err);
	secbuf_free(pass);
	diary_close(d);
	if (done < 0)
		return report(&err);
	if (done > 0) /* changed, but not confirmed on disk */
		report(&err);
	else
		puts(_("The diary now opens with the new passphrase only."));
	return EXIT_OK;
}

/* Asks for "WIPE" on the terminal; 1 when typed. */
static int confirm_wipe(const char *dir)
{
	FILE *tty = fopen("/dev/tty", "r+e");
	if (!tty) {
		fputs(_("steady: there is no terminal to confirm on; add --yes to wipe without "
		        "asking.\n"),
		      stderr);
		return 0;
	}
	fprintf(tty,
	        /* TRANSLATORS: %s is the diary's folder. WIPE is the word the person must type and
	           stays exactly as it is, in capitals. */
	        _("This deletes the diary in %s, its backup and every other file steady made "
	          "there, for good. Nobody can bring them back.\nType WIPE to delete it: "),
	        dir);
	fflush(tty);
	char line[64] = "";
	int ok = fgets(line, sizeof line, tty) && strcmp(line, "WIPE\n") == 0;
	fclose(tty);
	return ok;
}

/* What the wipe did, said as it goes: each file, then the folder. */
struct wipe_said {
	const char *dir;
	int ran; /* any file was dealt with: the limits of overwriting are said too */
};

static void wiped_file(void *ctx, const char *name, enum diary_wiped what, int errnum)
{
	struct wipe_said *w = ctx;
	w->ran = 1;
	switch (what) {
	case DIARY_WIPED_OVERWRITTEN:
		/* TRANSLATORS: %s is a file name in the diary's folder, such as "diary.bak". Keep
		 * the leading two spaces. */
		printf(_("  %s: overwritten with zeros, then deleted\n"), name);
		break;
	case DIARY_WIPED_EMPTY:
		/* TRANSLATORS: %s is a file name in the diary's folder, such as "diary.bak". Keep
		 * the leading two spaces. */
		printf(_("  %s: deleted (it was empty)\n"), name);
		break;
	case DIARY_WIPED_NOT_OVERWRITTEN:
		/* TRANSLATORS: the first %s is a file name in the diary's folder, such as
		 * "diary.bak"; the second the system's reason, such as "Permission denied". Keep
		 * the leading two spaces. */
		printf(_("  %s: deleted, but it could not be overwritten first (%s)\n"), name,
		       strerror(errnum));
		break;
	case DIARY_WIPED_LINKED:
		/* TRANSLATORS: %s is a file name in the diary's folder, such as "diary". Keep the
		 * leading two spaces. */
		printf(_("  %s: deleted here, but not overwritten: another name outside this "
		         "folder still holds the same file\n"),
		       name);
		break;
	case DIARY_WIPED_NOT_OURS:
		/* TRANSLATORS: %s is a file name in the diary's folder. Keep the leading two
		 * spaces. */
		printf(_("  %s: not made by steady: left alone\n"), name);
		break;
	case DIARY_WIPED_FAILED:
		/* TRANSLATORS: the first %s is a file name in the diary's folder, such as
		 * "diary.bak"; the second the system's reason, such as "Permission denied". NOT is
		 * in capitals for emphasis. Keep the leading two spaces. */
		printf(_("  %s: could NOT be deleted (%s)\n"), name, strerror(errnum));
		break;
	}
}

static void wiped_folder(void *ctx, int errnum)
{
	struct wipe_said *w = ctx;
	if (errnum == 0)
		/* TRANSLATORS: %s is the diary's folder. */
		printf(_("The folder %s is deleted too.\n"), w->dir);
	else if (errnum == ENOTEMPTY || errnum == EEXIST)
		/* TRANSLATORS: %s is the diary's folder. */
		printf(_("The folder %s is kept: it holds other files, which steady did not make "
		         "and did not touch.\n"),
		       w->dir);
	else
		/* TRANSLATORS: the first %s is the diary's folder, the second the system's reason
		 * why it could not be deleted, such as "Permission denied". */
		printf(_("The folder %s is kept (%s).\n"), w->dir, strerror(errnum));
}

static int do_wipe(const struct steady_opts *o, const char *dir)
{
	int has = diary_has_files(dir);
	if (has < 0) {
		/* TRANSLATORS: the first %s is the diary's folder, the second the system's reason,
		 * such as "Permission denied". */
		fprintf(stderr, _("steady: could not read the diary folder %s (%s).\n"), dir,
		        strerror(errno));
		return EXIT_INVALID;
	}
	if (!has) {
		fprintf(stderr,
		        /* TRANSLATORS: %s is the diary's folder. */
		        _("steady: there is no diary in %s, nor any other file steady made "
		          "there.\n"),
		        dir);
		return EXIT_INVALID;
	}
	if (!o->yes && !confirm_wipe(dir)) {
		fputs(_("steady: nothing was deleted.\n"), stderr);
		return EXIT_INVALID;
	}
	struct diary_error err = {0};
	struct wipe_said w = {dir, 0};
	struct diary_wipe_report r = {wiped_file, wiped_folder, &w};
	/* TRANSLATORS: %s is the diary's folder. A list of its files follows, one a line. */
	printf(_("Deleting the diary's files in %s:\n"), dir);
	int rc = diary_wipe(dir, &r, &err);
	if (w.ran)
		puts(_("Overwriting makes the old contents unreadable only where the disk writes "
		       "in place. SSDs, USB sticks and memory cards, copy-on-write file systems "
		       "(Btrfs, ZFS, APFS), snapshots and backups can keep the old blocks. Those "
		       "stay encrypted with the passphrase they had; full-disk encryption keeps "
		       "them unreadable."));
	if (rc < 0)
		return report(&err);
	puts(_("Every file steady had made there is deleted."));
	return EXIT_OK;
}

int cmd_diary(const struct steady_opts *o, int argc, char **argv)
{
	if (argc < 1)
		return cli_usage_error(
		        _("'diary' needs one of: init, add, list, show ID, search, export, import "
		          "FILE, passwd, wipe"));
	const char *sub = argv[0];
	int want = 0; /* arguments after the subcommand */
	if (strcmp(sub, "show") == 0 || strcmp(sub, "import") == 0)
		want = 1;
	else if (strcmp(sub, "search") == 0 && argc > 1)
		/* By then the words are in the shell's history and the process list;
		 * saying why is the most that can be done. */
		return cli_usage_error(
		        _("'diary search' takes no arguments: type the words when it asks, or give "
		          "them on standard input. Words on the command line can be seen by other "
		          "programs and are kept in the shell's history"));
	else if (strcmp(sub, "init") && strcmp(sub, "add") && strcmp(sub, "list") &&
	         strcmp(sub, "search") && strcmp(sub, "export") && strcmp(sub, "passwd") &&
	         strcmp(sub, "wipe")) {
		/* TRANSLATORS: %s is the word typed after 'diary', such as 'wipee'. */
		char *msg = xasprintf(_("unknown diary command '%s'"), sub);
		int rc = cli_usage_error(msg);
		free(msg);
		return rc;
	}
	if (argc - 1 != want) {
		/* TRANSLATORS: %s is a diary command name, such as 'import' ('diary import' stays
		 * as it is). */
		char *msg = want ? xasprintf(_("'diary %s' needs one argument"), sub)
		                 /* TRANSLATORS: %s is a diary command name, such as 'list' ('diary
		                    list' stays as it is). */
		                 : xasprintf(_("'diary %s' takes no arguments"), sub);
		int rc = cli_usage_error(msg);
		free(msg);
		return rc;
	}
	if (secbuf_init() < 0) {
		fputs(_("steady: the cryptography library could not start.\n"), stderr);
		return EXIT_INVALID;
	}
	char *dir = diary_dir(o);
	if (!dir)
		return EXIT_INVALID;
	int rc;
	if (strcmp(sub, "init") == 0)
		rc = do_init(o, dir);
	else if (strcmp(sub, "add") == 0)
		rc = do_add(o, dir);
	else if (strcmp(sub, "list") == 0)
		rc = do_list(o, dir, 0);
	else if (strcmp(sub, "search") == 0)
		rc = do_list(o, dir, 1);
	else if (strcmp(sub, "show") == 0)
		rc = do_show(o, dir, argv[1]);
	else if (strcmp(sub, "export") == 0)
		rc = do_export(o, dir);
	else if (strcmp(sub, "import") == 0)
		rc = do_import(o, dir, argv[1]);
	else if (strcmp(sub, "passwd") == 0)
		rc = do_passwd(o, dir);
	else
		rc = do_wipe(o, dir);
	free(dir);
	return rc;
}

int cli_diary_open_read(const struct steady_opts *o, struct diary **d)
{
	if (secbuf_init() < 0) {
		fputs(_("steady: the cryptography library could not start.\n"), stderr);
		return EXIT_INVALID;
	}
	char *dir = diary_dir(o);
	if (!dir)
		return EXIT_INVALID;
	int rc = usable(dir, FOR_READING);
	if (rc == EXIT_OK)
		rc = open_diary(o, dir, FOR_READING, d);
	free(dir);
	return rc;
}
