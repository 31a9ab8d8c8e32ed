/*
 * journal.c: a journal entry from written text (see journal.h). The title
 * is copied out and wiped again, as all that a person writes.
 */
#include "config.h"

#include <sodium.h>
#include <stdlib.h>
#include <string.h>

#include "session/journal.h"
#include "session/progress.h"
#include "util/gettext.h"
#include "util/xalloc.h"

int journal_put(struct diary *d, uint64_t *id, const char *text, struct diary_error *err)
{
	if (!d) {
		diary_error_set(err, DIARY_ERR_INVALID, 0, _("The diary is locked."));
		return -1;
	}
	/* Blank lines before and after the text are never kept. */
	size_t from = 0, len = text ? text_kept(text, strlen(text), &from) : 0;
	char *t = xstrndup(text ? text + from : "", len);
	const struct entry *old = *id ? diary_get(d, *id) : NULL;
	struct entry *e = old ? entry_copy(old) : entry_new(ENTRY_JOURNAL);
	entry_set(e, &e->title, NULL);
	/* "# Title" on the first line, with text after it, is the title. */
	const char *nl = strchr(t, '\n');
	if (strncmp(t, "# ", 2) == 0 && nl && nl[1]) {
		char *title = xstrndup(t + 2, (size_t)(nl - t - 2));
		entry_set(e, &e->title, title);
		sodium_memzero(title, strlen(title));
		free(title);
		size_t at;
		text_kept(nl + 1, strlen(nl + 1), &at); /* nor blank lines under the title */
		entry_set(e, &e->text, nl + 1 + at);
	} else {
		entry_set(e, &e->text, t);
	}
	sodium_memzero(t, len);
	free(t);
	if (old)
		return diary_replace(d, *id, e, err);
	uint64_t got = diary_add(d, e, err);
	if (!got)
		return -1;
	*id = got;
	return 0;
}
