/* SPDX-FileCopyrightText: 2026 The steady authors */
/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * mkdiary.c: a test helper that puts one module record into a diary
 * (made with the fastest key costs when there is none yet), so that the
 * command-line tests of `steady report` have answers to report:
 *     mkdiary DIR PASSPHRASE EPOCH MODULE QUESTION=VALUE...
 * The record is complete. Exit 0, or 1
 * after saying why.
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <sodium.h>

#include "diary/diary.h"
#include "util/xalloc.h"

int main(int argc, char **argv)
{
	if (argc < 5) {
		fputs("usage: mkdiary DIR PASSPHRASE EPOCH MODULE QUESTION=VALUE...\n", stderr);
		return 1;
	}
	struct diary *d;
	struct diary_error err = {0};
	const char *dir = argv[1], *pass = argv[2];
	struct diary_costs c = {crypto_pwhash_argon2id_OPSLIMIT_MIN,
	                        crypto_pwhash_argon2id_MEMLIMIT_MIN};
	int rc = diary_exists(dir) ? diary_open(dir, pass, strlen(pass), &d, &err)
	                           : diary_create(dir, pass, strlen(pass), &c, &d, &err);
	if (rc < 0) {
		fprintf(stderr, "mkdiary: %s\n", err.msg);
		return 1;
	}
	struct entry *e = entry_new(ENTRY_RECORD);
	e->created = entry_time_local(strtoll(argv[3], NULL, 10));
	entry_set(e, &e->module, argv[4]);
	e->complete = 1;
	for (int i = 5; i < argc; i++) {
		char *q = xstrdup(argv[i]), *eq = strchr(q, '=');
		if (!eq) {
			fprintf(stderr, "mkdiary: %s is not QUESTION=VALUE\n", argv[i]);
			return 1;
		}
		*eq = '\0';
		entry_set_answer(e, q, eq + 1);
		free(q);
	}
	if (!diary_add(d, e, &err) || diary_save(d, &err) < 0) {
		fprintf(stderr, "mkdiary: %s\n", err.msg);
		diary_close(d);
		return 1;
	}
	diary_close(d);
	return 0;
}
