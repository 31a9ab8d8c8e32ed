/*
 * unlock.c: the diary of a session opened or set up (see unlock.h).
 */
#include "config.h"

#include <stdlib.h>

#include "session/diary_link.h"
#include "session/unlock.h"
#include "util/gettext.h"
#include "util/xalloc.h"

int unlock_setup(struct session *s, const char *pass, size_t len, struct diary_error *err)
{
	const char *dir = dlink_dir(s);
	if (!dir) {
		diary_error_set(
		        err, DIARY_ERR_INVALID, 0,
		        _("There is no home folder, so steady has nowhere to keep a diary."));
		return -1;
	}
	if (dlink_handle(s)) {
		/* This run holds the folder's lock, which would be named instead. */
		char *msg = xasprintf(_("There is already a diary in %s. To start again, delete it "
		                        "first with 'steady diary wipe'."),
		                      dir);
		diary_error_set(err, DIARY_ERR_EXISTS, 0, msg);
		free(msg);
		return -1;
	}
	struct diary_costs costs = diary_costs_default();
	struct diary *d = NULL;
	if (diary_create(dir, pass, len, &costs, &d, err) < 0)
		return -1;
	dlink_attach(s, d);
	dlink_set_note(s, _("Your diary is ready. Only your passphrase opens it."));
	return 0;
}

int unlock_open(struct session *s, const char *pass, size_t len, struct diary_error *err)
{
	if (dlink_diary(s))
		return 0;
	const char *dir = dlink_dir(s);
	struct diary *h = dlink_handle(s);
	if (!h && !dir) {
		diary_error_set(
		        err, DIARY_ERR_INVALID, 0,
		        _("There is no home folder, so steady has nowhere to keep a diary."));
		return -1;
	}
	int rc = h ? diary_unlock(h, pass, len, err) : diary_open(dir, pass, len, &h, err);
	if (rc < 0)
		return -1;
	dlink_attach(s, h);
	dlink_set_note(s, NULL);
	return 0;
}
