/* SPDX-FileCopyrightText: 2026 The steady authors */
/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * pass_rules.c: the rules for a new passphrase (see pass_rules.h).
 */
#include "config.h"

#include <sodium.h>

#include "session/pass_rules.h"
#include "util/gettext.h"
#include "util/utf8.h"
#include "util/xalloc.h"

size_t pass_rules_chars(const char *pass, size_t len)
{
	return utf8_chars(pass, len);
}

int pass_rules_short(const char *pass, size_t len)
{
	return pass_rules_chars(pass, len) < PASS_RULES_GENTLE_MIN;
}

char *pass_rules_short_text(size_t chars)
{
	/* TRANSLATORS: %zu is the number of characters in the passphrase the person
	   just chose, such as 6. */
	return xasprintf(ngettext("This passphrase has only %zu character. Short passphrases are "
	                          "easier to guess. Three or four unrelated words protect your "
	                          "diary much better.",
	                          "This passphrase has only %zu characters. Short passphrases are "
	                          "easier to guess. Three or four unrelated words protect your "
	                          "diary much better.",
	                          chars),
	                 chars);
}

int pass_rules_same(const char *a, size_t alen, const char *b, size_t blen)
{
	/* The time taken does not depend on where they differ. */
	return alen == blen && (alen == 0 || sodium_memcmp(a, b, alen) == 0);
}
