# SPDX-FileCopyrightText: 2026 The steady authors
# SPDX-License-Identifier: GPL-3.0-or-later
## doc/local.mk: files of this part of steady, included by Makefile.am.
EXTRA_DIST += doc/diary-format.md
## The manual pages are written from doc/*.in with this installation's
## folders, version and bug address (hyphens escaped for roff).
man_MANS += doc/steady.1 doc/steady-modules.5
EXTRA_DIST += doc/steady.1.in doc/steady-modules.5.in
CLEANFILES += doc/steady.1 doc/steady-modules.5
MAN_SED = pkg=$$(echo '$(pkgdatadir)' | sed 's/-/\\\\-/g'); \
	doc=$$(echo '$(docdir)' | sed 's/-/\\\\-/g'); \
	sed -e "s|@pkgdatadir[@]|$$pkg|g" -e "s|@docdir[@]|$$doc|g" \
	-e 's|@VERSION[@]|$(VERSION)|g' -e 's|@PACKAGE_BUGREPORT[@]|$(PACKAGE_BUGREPORT)|g'
doc/steady.1: $(srcdir)/doc/steady.1.in Makefile
	$(AM_V_GEN)$(MKDIR_P) doc && $(MAN_SED) $(srcdir)/doc/steady.1.in >$@.tmp && mv $@.tmp $@
doc/steady-modules.5: $(srcdir)/doc/steady-modules.5.in Makefile
	$(AM_V_GEN)$(MKDIR_P) doc && $(MAN_SED) $(srcdir)/doc/steady-modules.5.in >$@.tmp && mv $@.tmp $@

## The documents, installed under $(docdir); steady(1) points to them there.
dist_doc_DATA += README.md SECURITY.md doc/AUTHORING.md doc/TRANSLATING.md \
	doc/ACCESSIBILITY.md doc/diary-format.md doc/module-format.md
EXTRA_DIST += doc/TRANSLATING.md
EXTRA_DIST += doc/AUTHORING.md
EXTRA_DIST += doc/content-review.md
EXTRA_DIST += doc/ACCESSIBILITY.md
EXTRA_DIST += doc/report-format.md
