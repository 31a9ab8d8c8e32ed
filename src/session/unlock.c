/* SPDX-FileCopyrightText: 2026 The steady authors */
/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * unlock.c: the diary of a session opened or set up (see unlock.h).
 */
#include "config.h"

#include <stdlib.h>

#include "diary/notice.h"
#include "session/diary_link.h"
#include "session/unlock.h"
#include "util/buf.h"
#include "util/gettext.h"
#include "util/xalloc.h"

const char *unlock_no_home(void)
{
	return _("There is no home folder, so steady has nowhere to keep a diary.");
}

int unlock_setup(struct session *s, const char *pass, size_t len, struct diary_error *err)
{
	const char *dir = dlink_dir(s);
	if (!dir) {
		diary_error_set(err, DIARY_ERR_INVALID, 0, unlock_no_home());
		return -1;
	}
	if (dlink_handle(s)) {
		/* This run holds the folder's lock, which would be named instead. */
		/* TRANSLATORS: %s is the diary's folder, such as
		   /home/sam/.local/share/steady. 'steady diary wipe' is a command;
		   keep it as it is. */
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
		diary_error_set(err, DIARY_ERR_INVALID, 0, unlock_no_home());
		return -1;
	}
	int rc = h ? diary_unlock(h, pass, len, err) : diary_open(dir, pass, len, &h, err);
	if (rc < 0)
		return -1;
	dlink_attach(s, h);
	char *rolled = diary_rollback_notice(h); /* NULL unless an older copy was put back */
	dlink_set_note(s, rolled);
	free(rolled);
	return 0;
}

char *unlock_setup_text(const struct session *s, const char *intro)
{
	struct buf b;
	buf_init(&b);
	if (intro) {
		buf_puts(&b, intro);
		buf_puts(&b, "\n\n");
	}
	buf_puts(&b, notice_protection());
	buf_puts(&b, "\n\n");
	buf_puts(&b, notice_law());
	const char *dir = dlink_dir(s);
	if (dir) {
		buf_puts(&b, "\n\n");
		/* TRANSLATORS: %s is the diary's folder, such as
		   /home/sam/.local/share/steady. */
		buf_printf(&b, _("The diary will be kept in %s."), dir);
		/* A backup left of an earlier diary is said before a passphrase
		 * is chosen, since setting up is refused while it is there. */
		struct diary_error err;
		if (!dlink_handle(s) && diary_check_new(dir, &err) < 0) {
			buf_puts(&b, "\n\n");
			buf_puts(&b, err.msg);
		}
	}
	return buf_take(&b);
}

char *unlock_open_text(const char *intro)
{
	struct buf b;
	buf_init(&b);
	if (intro) {
		buf_puts(&b, intro);
		buf_puts(&b, "\n\n");
	}
	buf_puts(&b, _("Type your passphrase to open your diary."));
	buf_puts(&b, "\n\n");
	buf_puts(&b, _("Forgotten it? Nobody can recover it. 'steady diary wipe' deletes the "
	               "diary so you can start a new one."));
	return buf_take(&b);
}

char *unlock_damaged_advice(const struct session *s)
{
	const char *dir = dlink_dir(s);
	return xasprintf(
	        /* TRANSLATORS: %s is the diary's folder, such as
	           /home/sam/.local/share/steady. 'diary', 'diary.damaged' and
	           'diary.bak' are file names; keep them as they are. */
	        _("What you can do: close steady. In the folder %s, rename the file 'diary' to "
	          "'diary.damaged' and the file 'diary.bak' to 'diary'. Then start steady again "
	          "and unlock it with the same passphrase. The backup holds your diary as it was "
	          "at an earlier save.\n\n"
	          "steady never writes over a damaged diary, so nothing more is lost while you "
	          "decide."),
	        dir ? dir : "");
}
