/* SPDX-FileCopyrightText: 2026 The steady authors */
/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * test_diary_faults.c: saving when things go wrong. Every write, fsync,
 * link and rename of a save is made to fail in turn (through fault.h), and
 * a child process is killed with SIGKILL at random moments while it saves;
 * each time the diary must still open with everything saved before.
 */
#include "config.h"

#include <errno.h>
#include <signal.h>
#include <sys/wait.h>

#include "diary/fault.h"
#include "diary_test_util.h"
#include "unit.h"

struct plan {
	enum fault_op op;
	int nth; /* fail the nth call of op (1-based) */
	int errnum;
	int seen;
	int fired;
};

static int hook(enum fault_op op, void *ctx)
{
	struct plan *p = ctx;
	if (op != p->op || ++p->seen != p->nth)
		return 0;
	p->fired = 1;
	return p->errnum;
}

/* Two faults, the second counted only once the first has fired. */
struct two {
	struct plan a, b;
};

static int hook2(enum fault_op op, void *ctx)
{
	struct two *t = ctx;
	int e = hook(op, &t->a);
	return e ? e : t->a.fired ? hook(op, &t->b) : 0;
}

static void no_leftovers(const char *dir)
{
	char *a = file_in(dir, STORE_TMP), *b = file_in(dir, STORE_BACKUP_TMP);
	ck_assert_msg(access(a, F_OK) < 0, "%s left behind", a);
	ck_assert_msg(access(b, F_OK) < 0, "%s left behind", b);
	free(a);
	free(b);
}

/* Makes a diary with entries "one" and "two", with "three" added but not
 * saved; purge makes the pending save one after a deletion. */
static struct diary *setup(const char *dir, int purge)
{
	struct diary *d;
	struct diary_error err;
	ck_assert_int_eq(diary_create(dir, PASS, PASSLEN, &min_costs, &d, &err), 0);
	diary_add(d, journal(NULL, "one"), &err);
	uint64_t two = diary_add(d, journal(NULL, "two"), &err);
	ck_assert_int_eq(diary_save(d, &err), 0);
	if (purge)
		diary_delete(d, two, &err);
	diary_add(d, journal(NULL, "three"), &err);
	return d;
}

static int has_text(struct diary *d, const char *text)
{
	struct entry_list l = diary_search(d, text);
	int n = (int)l.n;
	diary_list_free(&l);
	return n;
}

static void check_fault(enum fault_op op, int nth, int errnum, int purge, int save_fails)
{
	char *dir = scratch_dir();
	struct diary *d = setup(dir, purge);
	struct diary_error err;
	struct plan p = {op, nth, errnum, 0, 0};
	fault_set(hook, &p);
	int rc = diary_save(d, &err);
	fault_set(NULL, NULL);
	ck_assert_msg(p.fired, "fault %d/%d never reached", (int)op, nth);
	if (save_fails) {
		ck_assert_int_eq(rc, -1);
		/* A failed sync of the folder comes after the renames. */
		ck_assert_int_eq(err.status,
		                 op == FAULT_FSYNC_DIR ? DIARY_ERR_UNSYNCED : DIARY_ERR_IO);
		ck_assert_int_eq(err.errnum, errnum);
		if (errnum == ENOSPC)
			ck_assert_ptr_nonnull(strstr(err.msg, "disk is full"));
		ck_assert(diary_dirty(d));
	} else {
		ck_assert_int_eq(rc, 0);
	}
	no_leftovers(dir);
	diary_close(d);

	/* The previous diary is intact and opens. */
	ck_assert_int_eq(diary_open(dir, PASS, PASSLEN, &d, &err), 0);
	ck_assert_int_eq(has_text(d, "one"), 1);
	if (save_fails && op != FAULT_FSYNC_DIR) {
		ck_assert_int_eq(has_text(d, "three"), 0);
		ck_assert_int_eq(has_text(d, "two"), 1);
	}
	diary_close(d);
	scratch_free(dir);
}

/* How many times the save of setup(dir, purge) calls op. */
static int calls_in_save(enum fault_op op, int purge)
{
	char *dir = scratch_dir();
	struct diary *d = setup(dir, purge);
	struct diary_error err;
	struct plan p = {op, 0, 0, 0, 0}; /* counts, never fails */
	fault_set(hook, &p);
	ck_assert_int_eq(diary_save(d, &err), 0);
	fault_set(NULL, NULL);
	diary_close(d);
	scratch_free(dir);
	return p.seen;
}

START_TEST(every_step_of_a_save_fails)
{
	static const int errs[] = {ENOSPC, EIO, EROFS, EACCES};
	for (int purge = 0; purge <= 1; purge++) {
		/* A file is written a piece at a time (the header, then each
		 * chunk); with purge the backup is written too. */
		int writes = calls_in_save(FAULT_WRITE, purge);
		ck_assert_int_eq(writes, purge ? 4 : 2);
		for (size_t e = 0; e < sizeof errs / sizeof errs[0]; e++) {
			int en = errs[e];
			check_fault(FAULT_OPEN, 1, en, purge, 1);
			for (int nth = 1; nth <= writes; nth++)
				check_fault(FAULT_WRITE, nth, en, purge, 1);
			check_fault(FAULT_FSYNC, 1, en, purge, 1);
			/* The second file written: the backup (purge). */
			if (purge) {
				check_fault(FAULT_OPEN, 2, en, purge, 1);
				check_fault(FAULT_FSYNC, 2, en, purge, 1);
			}
			if (purge) {
				/* The old backup goes, then the diary is replaced;
				 * a new backup that cannot follow is made at the
				 * next save, and this one counts as done. */
				check_fault(FAULT_UNLINK, 1, en, purge, 1);
				check_fault(FAULT_RENAME, 1, en, purge, 1);
				check_fault(FAULT_RENAME, 2, en, purge, 0);
			} else {
				check_fault(FAULT_RENAME, 1, en, purge, 1);
				check_fault(FAULT_RENAME, 2, en, purge, 1);
			}
			check_fault(FAULT_FSYNC_DIR, 1, en, purge, 1);
		}
	}
	/* Without hard links the backup is copied, and the save succeeds. */
	check_fault(FAULT_LINK, 1, EPERM, 0, 0);
	/* ...unless the copy fails as well. */
	char *dir = scratch_dir();
	struct diary *d = setup(dir, 0);
	struct diary_error err;
	struct two t = {{FAULT_LINK, 1, EPERM, 0, 0}, {FAULT_WRITE, 1, ENOSPC, 0, 0}};
	fault_set(hook2, &t);
	ck_assert_int_eq(diary_save(d, &err), -1);
	fault_set(NULL, NULL);
	ck_assert(t.a.fired && t.b.fired);
	ck_assert_int_eq(err.errnum, ENOSPC);
	no_leftovers(dir);
	diary_close(d);
	ck_assert_int_eq(diary_open(dir, PASS, PASSLEN, &d, &err), 0);
	ck_assert_int_eq(has_text(d, "three"), 0);
	diary_close(d);
	scratch_free(dir);
}
END_TEST

/* The diary is read a chunk at a time; a failure at the open or at any read
 * gives a clear I/O error, and the diary opens once the disk recovers. */
START_TEST(a_failed_read_is_an_io_error)
{
	char *dir = scratch_dir();
	struct diary *d;
	struct diary_error err;
	ck_assert_int_eq(diary_create(dir, PASS, PASSLEN, &min_costs, &d, &err), 0);
	/* 200 KB of text, so the body takes four chunks of the stream. */
	char *big = malloc(200001);
	ck_assert_ptr_nonnull(big);
	for (size_t i = 0; i < 200000; i++)
		big[i] = (char)('a' + i % 26);
	big[200000] = '\0';
	diary_add(d, journal(NULL, big), &err);
	diary_add(d, journal(NULL, "lighthouse"), &err);
	ck_assert_int_eq(diary_save(d, &err), 0);
	diary_close(d);
	/* The open, the header and stream header (as long as version 1 has them,
	 * then the rest of version 2's header), then four chunks: seven calls,
	 * and the eighth opens the backup. */
	int nth;
	for (nth = 1;; nth++) {
		struct plan p = {FAULT_READ, nth, EIO, 0, 0};
		fault_set(hook, &p);
		int rc = diary_open(dir, PASS, PASSLEN, &d, &err);
		fault_set(NULL, NULL);
		/* After the diary, its backup is read to look for a rollback: a
		 * failure there only leaves that unchecked. */
		if (!p.fired || rc == 0) {
			ck_assert_int_eq(rc, 0);
			diary_close(d);
			break;
		}
		ck_assert_int_eq(rc, -1);
		ck_assert_int_eq(err.status, DIARY_ERR_IO);
		ck_assert_int_eq(err.errnum, EIO);
		ck_assert_msg(strstr(err.msg, "Could not read the diary") &&
		                      strstr(err.msg, "the disk reported an error"),
		              "read fault %d: %s", nth, err.msg);
	}
	ck_assert_int_eq(nth, 8);
	ck_assert_int_eq(diary_open(dir, PASS, PASSLEN, &d, &err), 0);
	ck_assert_int_eq(has_text(d, "lighthouse"), 1);
	ck_assert_int_eq(has_text(d, "xyzab"), 1);
	diary_close(d);
	free(big);
	scratch_free(dir);
}
END_TEST

START_TEST(a_failed_save_can_be_retried)
{
	char *dir = scratch_dir();
	struct diary *d = setup(dir, 1);
	struct diary_error err;
	struct plan p = {FAULT_WRITE, 1, ENOSPC, 0, 0};
	fault_set(hook, &p);
	ck_assert_int_eq(diary_save(d, &err), -1);
	fault_set(NULL, NULL);
	ck_assert_int_eq(diary_save(d, &err), 0);
	diary_close(d);
	ck_assert_int_eq(diary_open(dir, PASS, PASSLEN, &d, &err), 0);
	ck_assert_int_eq(has_text(d, "three"), 1);
	ck_assert_int_eq(has_text(d, "two"), 0);
	diary_close(d);
	scratch_free(dir);
}
END_TEST

/* The passphrases that open the backup, as a bit mask: 1 the old, 2 the new. */
static int backup_opens_with(const char *dir, const char *newpass)
{
	char *bak = file_in(dir, STORE_BACKUP), *copy = scratch_dir();
	size_t n;
	unsigned char *data = slurp(bak, &n);
	ck_assert_ptr_nonnull(data);
	ck_assert_int_eq(mkdir(copy, 0700), 0);
	char *cur = file_in(copy, STORE_DIARY);
	spit(cur, data, n);
	struct diary *d;
	struct diary_error err;
	int mask = 0;
	if (diary_open(copy, PASS, PASSLEN, &d, &err) == 0) {
		mask |= 1;
		diary_close(d);
	}
	if (diary_open(copy, newpass, strlen(newpass), &d, &err) == 0) {
		mask |= 2;
		diary_close(d);
	}
	free(data);
	free(cur);
	free(bak);
	scratch_free(copy);
	return mask;
}

/* A passphrase change whose save fails changes nothing: the diary and its
 * backup open with the old passphrase only (the old backup is removed
 * first, so it is written again), and the open diary keeps saving under
 * the old one. */
START_TEST(failed_passwd_keeps_the_old_passphrase)
{
	static const struct {
		enum fault_op op;
		int nth;
	} steps[] = {{FAULT_OPEN, 1},  {FAULT_WRITE, 1},  {FAULT_FSYNC, 1},
	             {FAULT_WRITE, 2}, {FAULT_UNLINK, 1}, {FAULT_RENAME, 1}};
	for (size_t i = 0; i < sizeof steps / sizeof steps[0]; i++) {
		char *dir = scratch_dir();
		struct diary *d = setup(dir, 0);
		struct diary_error err;
		struct plan p = {steps[i].op, steps[i].nth, EIO, 0, 0};
		fault_set(hook, &p);
		int rc = diary_passwd(d, "a new passphrase", 16, NULL, &err);
		fault_set(NULL, NULL);
		ck_assert_msg(p.fired && rc == -1, "step %zu: rc %d", i, rc);
		ck_assert_int_eq(err.status, DIARY_ERR_IO);
		no_leftovers(dir);
		ck_assert_msg(backup_opens_with(dir, "a new passphrase") == 1,
		              "step %zu: the backup does not open with the old passphrase only", i);
		ck_assert_int_eq(diary_save(d, &err), 0);
		diary_close(d);
		ck_assert_int_eq(diary_open(dir, "a new passphrase", 16, &d, &err), -1);
		ck_assert_int_eq(err.status, DIARY_ERR_PASSPHRASE);
		ck_assert_int_eq(diary_open(dir, PASS, PASSLEN, &d, &err), 0);
		ck_assert_int_eq(has_text(d, "three"), 1);
		diary_close(d);
		scratch_free(dir);
	}
}
END_TEST

/* A passphrase change whose files are renamed into place but whose folder
 * cannot be synced is done: the new keys stay, and it says so, with the
 * warning (a revert that failed then left the diary on the new passphrase
 * while steady said the change had failed). A revert that fails says
 * which passphrase opens the diary. */
START_TEST(passwd_renamed_but_not_synced_is_done)
{
	char *dir = scratch_dir();
	struct diary *d = setup(dir, 0);
	struct diary_error err;
	/* The folder's sync fails, then any save after it. */
	struct two t = {{FAULT_FSYNC_DIR, 1, EIO, 0, 0}, {FAULT_OPEN, 1, EIO, 0, 0}};
	fault_set(hook2, &t);
	int rc = diary_passwd(d, "a new passphrase", 16, NULL, &err);
	fault_set(NULL, NULL);
	ck_assert_int_eq(rc, 1);
	ck_assert_int_eq(err.status, DIARY_ERR_UNSYNCED);
	ck_assert_msg(strstr(err.msg, "new passphrase") && strstr(err.msg, "on disk"), "%s",
	              err.msg);
	no_leftovers(dir);
	ck_assert_int_eq(diary_save(d, &err), 0); /* still under the new keys */
	diary_close(d);
	ck_assert_int_eq(diary_open(dir, PASS, PASSLEN, &d, &err), -1);
	ck_assert_int_eq(err.status, DIARY_ERR_PASSPHRASE);
	ck_assert_int_eq(diary_open(dir, "a new passphrase", 16, &d, &err), 0);
	ck_assert_int_eq(has_text(d, "three"), 1);
	diary_close(d);
	scratch_free(dir);

	/* Both the change and its revert fail: the old passphrase, said. */
	dir = scratch_dir();
	d = setup(dir, 0);
	struct two u = {{FAULT_RENAME, 1, EIO, 0, 0}, {FAULT_RENAME, 1, EIO, 0, 0}};
	fault_set(hook2, &u);
	rc = diary_passwd(d, "a new passphrase", 16, NULL, &err);
	fault_set(NULL, NULL);
	ck_assert_int_eq(rc, -1);
	ck_assert_msg(u.b.fired, "the revert did not fail");
	ck_assert_msg(strstr(err.msg, "still opens with the old passphrase"), "%s", err.msg);
	diary_close(d);
	ck_assert_int_eq(diary_open(dir, PASS, PASSLEN, &d, &err), 0);
	diary_close(d);
	scratch_free(dir);
}
END_TEST

/* Locking saves first; when that save fails the keys and entries are wiped
 * all the same (the lock must not wait on a full disk), the error is
 * reported, and the diary on disk is the one saved before. */
START_TEST(failed_save_on_lock)
{
	char *dir = scratch_dir();
	struct diary *d = setup(dir, 0);
	struct diary_error err;
	struct plan p = {FAULT_WRITE, 1, ENOSPC, 0, 0};
	fault_set(hook, &p);
	ck_assert_int_eq(diary_lock(d, &err), -1);
	fault_set(NULL, NULL);
	ck_assert_int_eq(err.errnum, ENOSPC);
	ck_assert(diary_is_locked(d));
	ck_assert_uint_eq(diary_count(d), 0);
	no_leftovers(dir);
	ck_assert_int_eq(diary_unlock(d, PASS, PASSLEN, &err), 0);
	ck_assert_int_eq(has_text(d, "one"), 1);
	ck_assert_int_eq(has_text(d, "three"), 0);
	diary_close(d);
	scratch_free(dir);
}
END_TEST

/* A read-only folder gives a clear error and keeps the diary. Run as a
 * user other than root, since root writes anywhere. */
static int save_in_read_only_folder(void *arg)
{
	const char *dir = arg;
	struct diary *d;
	struct diary_error err;
	UNIT_CHECK(diary_create(dir, PASS, PASSLEN, &min_costs, &d, &err) == 0);
	UNIT_CHECK(diary_add(d, journal(NULL, "one"), &err) != 0);
	UNIT_CHECK(diary_save(d, &err) == 0); /* the folder is writable at first */
	UNIT_CHECK(diary_add(d, journal(NULL, "three"), &err) != 0);
	UNIT_CHECK(chmod(dir, 0500) == 0);
	int rc = diary_save(d, &err);
	UNIT_CHECK(chmod(dir, 0700) == 0);
	UNIT_CHECK(rc == -1);
	UNIT_CHECK(err.status == DIARY_ERR_IO);
	UNIT_CHECK(strstr(err.msg, "permission denied") != NULL);
	diary_close(d);
	UNIT_CHECK(diary_open(dir, PASS, PASSLEN, &d, &err) == 0);
	UNIT_CHECK(has_text(d, "one") == 1);
	UNIT_CHECK(has_text(d, "three") == 0);
	diary_close(d);
	return 0;
}

START_TEST(read_only_folder)
{
	char *dir = scratch_dir();
	char *top = scratch_top(dir);
	ck_assert_int_eq(unit_unprivileged(top, save_in_read_only_folder, dir), 0);
	free(top);
	scratch_free(dir);
}
END_TEST

/* The child: opens the diary, then adds and saves entries "entry N" from
 * N = first, reporting N on the pipe after each save returns. */
static void child_saves(const char *dir, int fd, unsigned first, unsigned count)
{
	struct diary *d;
	struct diary_error err;
	if (diary_open(dir, PASS, PASSLEN, &d, &err) < 0)
		_exit(3);
	for (unsigned n = first; n < first + count; n++) {
		char text[64];
		snprintf(text, sizeof text, "entry %u", n);
		if (!diary_add(d, journal(NULL, text), &err) || diary_save(d, &err) < 0)
			_exit(4);
		if (write(fd, &n, sizeof n) != sizeof n)
			_exit(5);
	}
	diary_close(d);
	_exit(0);
}

START_TEST(killed_while_saving)
{
	char *dir = scratch_dir();
	struct diary *d;
	struct diary_error err;
	ck_assert_int_eq(diary_create(dir, PASS, PASSLEN, &min_costs, &d, &err), 0);
	diary_close(d);
	unsigned seed = (unsigned)time(NULL);
	fprintf(stderr, "killed_while_saving: seed %u\n", seed);
	srand(seed);
	unsigned next = 0, acked = 0; /* entries 0..acked-1 are known saved */
	int rounds = 0;
	double t0 = now_seconds();
	while (next < 200 && now_seconds() - t0 < 15) {
		int pfd[2];
		ck_assert_int_eq(pipe(pfd), 0);
		pid_t pid = fork();
		ck_assert_int_ge(pid, 0);
		if (pid == 0) {
			close(pfd[0]);
			child_saves(dir, pfd[1], next, 200 - next);
		}
		close(pfd[1]);
		/* Let it run for a random while, then kill it mid-flight. */
		usleep((useconds_t)(rand() % 6000));
		kill(pid, SIGKILL);
		int status;
		ck_assert_int_eq(waitpid(pid, &status, 0), pid);
		ck_assert_msg(WIFSIGNALED(status) ||
		                      (WIFEXITED(status) && WEXITSTATUS(status) == 0),
		              "child failed on its own (status %d)", status);
		unsigned n;
		while (read(pfd[0], &n, sizeof n) == sizeof n) {
			ck_assert_uint_eq(n, acked);
			acked = n + 1;
		}
		close(pfd[0]);

		ck_assert_int_eq(diary_open(dir, PASS, PASSLEN, &d, &err), 0);
		size_t count = diary_count(d);
		/* Every acknowledged save is there; at most one more made it. */
		ck_assert_uint_ge(count, acked);
		ck_assert_uint_le(count, acked + 1);
		for (unsigned k = 0; k < acked; k++) {
			char text[64];
			snprintf(text, sizeof text, "entry %u", k);
			int found = 0;
			for (size_t i = 0; i < count && !found; i++)
				found = strcmp(diary_at(d, i)->text, text) == 0;
			ck_assert_msg(found, "'%s' was saved but is gone", text);
		}
		next = (unsigned)count;
		acked = next;
		diary_close(d);
		rounds++;
	}
	fprintf(stderr, "killed_while_saving: %d kills, %u saves, %.1f s\n", rounds, next,
	        now_seconds() - t0);
	ck_assert_int_gt(rounds, 5);
	scratch_free(dir);
}
END_TEST

static Suite *suite(void)
{
	Suite *s = suite_create("diary faults");
	TCase *tc = tcase_create("faults");
	tcase_set_timeout(tc, 60);
	tcase_add_test(tc, every_step_of_a_save_fails);
	tcase_add_test(tc, a_failed_read_is_an_io_error);
	tcase_add_test(tc, a_failed_save_can_be_retried);
	tcase_add_test(tc, failed_passwd_keeps_the_old_passphrase);
	tcase_add_test(tc, passwd_renamed_but_not_synced_is_done);
	tcase_add_test(tc, failed_save_on_lock);
	unit_add_unprivileged_test(tc, read_only_folder);
	tcase_add_test(tc, killed_while_saving);
	suite_add_tcase(s, tc);
	return s;
}

int main(void)
{
	UNIT_NEED_TEST_BUILD(); /* weak key costs, or the test-only switches */
	return unit_run(suite());
}
