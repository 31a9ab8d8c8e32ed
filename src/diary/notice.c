/* SPDX-FileCopyrightText: 2026 The steady authors */
/* SPDX-License-Identifier: GPL-3.0-or-later */
/* notice.c: what the diary's encryption protects and what it cannot. */
#include "config.h"

#include "diary/notice.h"
#include "util/gettext.h"

const char *notice_protection(void)
{
	return _("Your diary is encrypted with your passphrase. Someone who gets hold of the "
	         "diary files, for example by copying your disk, cannot read them without it.\n"
	         "\n"
	         "The encryption cannot protect you from someone watching your screen while "
	         "the diary is open, from malicious software on this computer, or from being "
	         "made to reveal the passphrase.\n"
	         "\n"
	         "If you forget the passphrase, nobody can recover the diary, not even the "
	         "people who make steady. Choose one you will remember; a few unrelated words "
	         "work well.");
}

/* The content guide's rule: say it plainly, and never suggest hiding or
 * deleting anything. */
const char *notice_law(void)
{
	return _("What you write in the diary can be a record that matters in law. In some "
	         "countries a court or the police can require someone to reveal a passphrase. "
	         "If you are under investigation, ask a solicitor or other lawyer before you "
	         "write about offences.");
}

const char *notice_export(void)
{
	return _("steady: the export is not encrypted. Anyone who can read the exported file "
	         "can read what it holds.");
}
