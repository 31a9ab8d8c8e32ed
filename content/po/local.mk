# SPDX-FileCopyrightText: 2026 The steady authors
# SPDX-License-Identifier: GPL-3.0-or-later
## content/po/local.mk: the content's text domain, "steady-content".
## The template is made by `steady strings` (the same loader that shows the
## text), each language's .po is compiled into the build tree's locale/
## folder (for the uninstalled binary) and installed under $(localedir).
## The interface's own domain, "steady", lives in po/ (gettext's Makefile);
## its catalogues are copied into locale/ too.
CONTENT_LINGUAS = $(shell sed -e 's/\#.*//' '$(srcdir)/content/po/LINGUAS' 2>/dev/null)
UI_LINGUAS = $(shell sed -e 's/\#.*//' '$(srcdir)/po/LINGUAS' 2>/dev/null)
EXTRA_DIST += content/po/LINGUAS content/po/steady-content.pot content/po/local.mk \
	content/po/update-po.sh

all-local: locale-stamp

# With --disable-nls no catalogue is made or installed: steady speaks English.
if USE_NLS
NLS_LINGUAS = $(CONTENT_LINGUAS)
NLS_UI_LINGUAS = $(UI_LINGUAS)
endif

# Rebuilt whenever a .po changes; msgfmt leaves fuzzy entries out, so they
# are never shown.
locale-stamp: $(srcdir)/content/po/LINGUAS $(srcdir)/po/LINGUAS \
		$(wildcard $(srcdir)/content/po/*.po) $(wildcard $(srcdir)/po/*.po)
	@set -e; for l in $(NLS_LINGUAS); do \
	  $(MKDIR_P) locale/$$l/LC_MESSAGES; \
	  $(MSGFMT) --check -o locale/$$l/LC_MESSAGES/steady-content.mo '$(srcdir)/content/po/'$$l.po; \
	done
	@set -e; for l in $(NLS_UI_LINGUAS); do \
	  $(MKDIR_P) locale/$$l/LC_MESSAGES; \
	  $(MSGFMT) --check -o locale/$$l/LC_MESSAGES/steady.mo '$(srcdir)/po/'$$l.po; \
	done
	@touch $@

install-data-local: install-content-mo
uninstall-local: uninstall-content-mo

install-content-mo: locale-stamp
	@set -e; for l in $(NLS_LINGUAS); do \
	  $(MKDIR_P) '$(DESTDIR)$(localedir)/'$$l/LC_MESSAGES; \
	  $(INSTALL_DATA) locale/$$l/LC_MESSAGES/steady-content.mo \
	    '$(DESTDIR)$(localedir)/'$$l/LC_MESSAGES/steady-content.mo; \
	done

uninstall-content-mo:
	@for l in $(CONTENT_LINGUAS); do \
	  rm -f '$(DESTDIR)$(localedir)/'$$l/LC_MESSAGES/steady-content.mo; \
	done

# Refreshes both templates and merges every translation; the content's in
# content/po/update-po.sh (which says why references name only the file).
# xgettext writes charset=CHARSET when every msgid is ASCII, which makes
# msginit write charset=ASCII and the first accented letter fail: the
# interface template says UTF-8, like the content's. (While every byte of
# it is ASCII it is put back to CHARSET, as xgettext writes it then, while
# po/ compares the old template with the new one, so that an unchanged
# template keeps its date and no catalogue changes.)
update-po: steady$(EXEEXT)
	cd '$(srcdir)' && sh content/po/update-po.sh '$(abs_builddir)/steady' '$(MSGCAT)' '$(MSGMERGE)'
	LC_ALL=C grep -q '[^[:print:][:space:]]' '$(srcdir)/po/steady.pot' || \
	  sed -i -e 's/charset=UTF-8/charset=CHARSET/' '$(srcdir)/po/steady.pot'
	cd po && $(MAKE) $(AM_MAKEFLAGS) update-po
	sed -i -e 's/charset=CHARSET/charset=UTF-8/' '$(srcdir)/po/steady.pot'

clean-local: clean-locale
clean-locale:
	rm -rf locale locale-stamp

.PHONY: update-po install-content-mo uninstall-content-mo clean-locale
