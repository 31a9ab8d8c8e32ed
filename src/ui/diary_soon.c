/*
 * diary_soon.c: the diary's place on the home screen until the diary
 * screens (unlock, entries, charts) replace this file with ui/diary_*.c.
 */
#include "config.h"

#include "ui/pager.h"
#include "ui/screens.h"
#include "util/gettext.h"

void diary_run(struct app *a)
{
	pager_run(a, _("Diary"),
	          _("# Your diary is not set up yet\n"
	            "\n"
	            "The diary will be a private place for your own notes, the urges you notice "
	            "and what helped. It will be locked with a passphrase that only you know, and "
	            "nothing in it will be readable without it.\n"
	            "\n"
	            "It is coming in a later version of steady. Until then, steady keeps your "
	            "answers only while it is open, and forgets them when you leave."),
	          NULL);
}
