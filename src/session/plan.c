/* SPDX-FileCopyrightText: 2026 The steady authors */
/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * plan.c: the safety plan in the diary (see plan.h).
 */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "diary/export.h"
#include "session/diary_link.h"
#include "session/plan.h"
#include "session/record.h"
#include "util/gettext.h"
#include "util/xalloc.h"

/* Names tried for an export before giving up. */
#define EXPORT_TRIES 99

const struct module *plan_module(const struct session *s)
{
	return s->lib ? library_by_purpose(s->lib, PURPOSE_SAFETY_PLAN) : NULL;
}

int plan_edit_begin(struct session *s, size_t *step)
{
	struct diary *d = dlink_diary(s);
	const struct module *m = plan_module(s);
	int i = session_module_index(s, m);
	if (!d || i < 0)
		return -1;
	struct progress *p = &s->prog[i];
	if (!p->record) {
		const struct entry *old = diary_latest(d, ENTRY_RECORD, m->id);
		if (old)
			record_load(p, m, old);
	}
	progress_open(p, m);
	record_take_plan(p, m, diary_latest(d, ENTRY_SAFETY_PLAN, NULL));
	p->keep = KEEP_YES;
	*step = 0;
	for (size_t k = 0; k < m->n_steps; k++)
		if (record_plan_section(&m->steps[k]) >= 0) {
			*step = k;
			break;
		}
	return i;
}

const char *plan_export_why(void)
{
	return _("steady writes your safety plan to a file in your home folder, so you can print "
	         "it or keep a copy with you. The file is *not encrypted*: anyone who can read it "
	         "can read your plan.");
}

char *plan_export(const struct session *s, struct diary_error *err)
{
	struct diary *d = dlink_diary(s);
	const struct entry *plan = d ? diary_latest(d, ENTRY_SAFETY_PLAN, NULL) : NULL;
	if (!plan) {
		diary_error_set(err, DIARY_ERR_INVALID, 0,
		                d ? _("Your diary holds no safety plan yet.")
		                  : _("The diary is locked."));
		return NULL;
	}
	const char *home = getenv("HOME");
	if (!home || home[0] != '/') {
		diary_error_set(err, DIARY_ERR_IO, 0,
		                _("There is no home folder to write the safety plan to."));
		return NULL;
	}
	for (int n = 1; n <= EXPORT_TRIES; n++) {
		char *path = n == 1 ? xasprintf("%s/steady-safety-plan.md", home)
		                    : xasprintf("%s/steady-safety-plan-%d.md", home, n);
		int fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600);
		if (fd < 0 && errno == EEXIST) {
			free(path);
			continue;
		}
		FILE *fp = fd < 0 ? NULL : fdopen(fd, "w");
		int ok = fp != NULL;
		if (ok) {
			export_entry_markdown(fp, plan, 0);
			ok = fflush(fp) == 0 && !ferror(fp) && fsync(fd) == 0;
			ok = fclose(fp) == 0 && ok;
		} else if (fd >= 0) {
			close(fd);
		}
		if (ok)
			return path;
		int e = errno;
		if (fd >= 0)
			unlink(path);
		/* TRANSLATORS: the first %s is the name of the file, such as
		   /home/sam/steady-safety-plan.md; the second is the system's
		   reason, such as "Permission denied". */
		char *msg = xasprintf(_("The safety plan could not be written to %s (%s)."), path,
		                      strerror(e));
		diary_error_set(err, DIARY_ERR_IO, e, msg);
		free(msg);
		free(path);
		return NULL;
	}
	diary_error_set(err, DIARY_ERR_IO, EEXIST,
	                _("The safety plan could not be written: every name for it in your home "
	                  "folder is taken."));
	return NULL;
}
