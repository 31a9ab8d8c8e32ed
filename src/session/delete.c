/* SPDX-FileCopyrightText: 2026 The steady authors */
/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * delete.c: deleting a diary entry and what it fed (see delete.h).
 */
#include "config.h"

#include "session/delete.h"
#include "session/diary_link.h"
#include "util/gettext.h"

/* The module progress that a deleted record fed: it goes too, so nothing resumes from it. */
static void forget_record(struct session *s, uint64_t id)
{
	for (size_t i = 0; i < s->lib->n; i++) {
		if (s->prog[i].record != id)
			continue;
		progress_restart(&s->prog[i]);
		if (s->last_module == (int)i)
			s->last_module = -1;
	}
}

int delete_entry(struct session *s, uint64_t id, struct diary_error *err)
{
	struct diary *d = dlink_diary(s);
	if (!d) {
		diary_error_set(err, DIARY_ERR_INVALID, 0, _("The diary is locked."));
		return -1;
	}
	if (diary_delete(d, id, err) < 0)
		return -1;
	forget_record(s, id);
	return 0;
}
