/*
 * journal.c: a journal entry from written text (see journal.h). The title
 * is copied out and wiped again, as all that a person writes.
 */
#include "config.h"

#include <sodium.h>
#include <stdlib.h>
#include <string.h>

#include "session/journal.h"
#include "util/gettext.h"
#include "util/xalloc.h"

int journal_put(struct diary *d, uint64_t *id, const char *text, struct diary_error *err)
{
	if (!d) {
		diary_error_set(err, DIARY_ERR_INVALID, 0, _("The diary is locked."));
		return -1;
	}
	const char *t = text ? text : "";
	const struct entry *old = *id ? diary_get(d, *id) : NULL;
	struct entry *e = old ? entry_copy(old) : entry_new(ENTRY_JOURNAL);
	entry_set(e, &e->title, NULL);
	/* "# Title" on the first line is the title; the rest, which may be nothing, the text. */
	const char *nl = strchr(t, '\n');
	size_t tl = nl ? (size_t)(nl - t) : strlen(t);
	if (strncmp(t, "# ", 2) == 0 && t[2 + strspn(t + 2, " ")] != '\n' &&
	    t[2 + strspn(t + 2, " ")] != '\0') {
		char *title = xstrndup(t + 2, tl - 2);
		entry_set(e, &e->title, title);
		sodium_memzero(title, strlen(title));
		free(title);
		entry_set(e, &e->text, nl ? nl + 1 : "");
	} else {
		entry_set(e, &e->text, t);
	}
	if (old)
		return diary_replace(d, *id, e, err);
	uint64_t got = diary_add(d, e, err);
	if (!got)
		return -1;
	*id = got;
	return 0;
}
