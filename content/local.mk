# SPDX-FileCopyrightText: 2026 The steady authors
# SPDX-License-Identifier: GPL-3.0-or-later
## content/local.mk: the bundled modules and the helpline directory,
## installed under $(pkgdatadir)/content. Every *.yaml file in content/ ships;
## the tests check each of them with `steady check`.
contentdir = $(pkgdatadir)/content
EXTRA_DIST += content

## content.cache: the bundled files parsed once by the build (see
## src/content/ycache.h), installed as $(pkgdatadir)/content.cache, so that
## steady starts without running libyaml over all of them. Each tree is
## kept with its file's exact bytes: an edited file simply misses and
## is parsed as before, so the cache can cost time, never change content.
noinst_PROGRAMS = steady-mkcache
steady_mkcache_SOURCES = src/mkcache.c
steady_mkcache_LDADD = $(STEADY_LIBS)
pkgdata_DATA = content.cache
CLEANFILES += content.cache content.cache.tmp
content.cache: steady-mkcache$(EXEEXT) $(wildcard $(srcdir)/content/*.yaml)
	$(AM_V_GEN)./steady-mkcache$(EXEEXT) $@ $(srcdir)/content/*.yaml

install-data-local: install-content
uninstall-local: uninstall-content

install-content:
	$(MKDIR_P) '$(DESTDIR)$(contentdir)'
	for f in '$(srcdir)'/content/*.yaml; do \
	  test -f "$$f" || continue; \
	  $(INSTALL_DATA) "$$f" '$(DESTDIR)$(contentdir)/' || exit 1; \
	done

uninstall-content:
	for f in '$(srcdir)'/content/*.yaml; do \
	  rm -f '$(DESTDIR)$(contentdir)'/"$${f##*/}"; \
	done
	rm -f '$(DESTDIR)$(pkgdatadir)/content.cache'
	-rmdir '$(DESTDIR)$(contentdir)' '$(DESTDIR)$(pkgdatadir)'

.PHONY: install-content uninstall-content

## Examples for counsellors (content/examples/*.yaml) are not bundled
## modules: the library loads only the *.yaml files directly in content/.
## They are installed under $(pkgdatadir)/examples, and the JSON Schema for
## editors in $(pkgdatadir), so that each example's first line
## ("$schema=../steady-module.schema.json") finds it there too.
examplesdir = $(pkgdatadir)/examples

install-data-local: install-examples
uninstall-content: uninstall-examples

install-examples:
	$(MKDIR_P) '$(DESTDIR)$(examplesdir)'
	for f in '$(srcdir)'/content/examples/*.yaml; do \
	  test -f "$$f" || continue; \
	  $(INSTALL_DATA) "$$f" '$(DESTDIR)$(examplesdir)/' || exit 1; \
	done
	$(INSTALL_DATA) '$(srcdir)/content/steady-module.schema.json' '$(DESTDIR)$(pkgdatadir)/'

uninstall-examples:
	for f in '$(srcdir)'/content/examples/*.yaml; do \
	  rm -f '$(DESTDIR)$(examplesdir)'/"$${f##*/}"; \
	done
	rm -f '$(DESTDIR)$(pkgdatadir)/steady-module.schema.json'
	-rmdir '$(DESTDIR)$(examplesdir)'

.PHONY: install-examples uninstall-examples

## Templates for `steady new TYPE FILE` (content/templates/*.yaml), in a
## folder of their own so that the library never loads them; installed
## under $(pkgdatadir)/content/templates, where steady looks for them.
templatesdir = $(contentdir)/templates

install-data-local: install-templates
uninstall-content: uninstall-templates

install-templates:
	$(MKDIR_P) '$(DESTDIR)$(templatesdir)'
	for f in '$(srcdir)'/content/templates/*.yaml; do \
	  test -f "$$f" || continue; \
	  $(INSTALL_DATA) "$$f" '$(DESTDIR)$(templatesdir)/' || exit 1; \
	done

uninstall-templates:
	for f in '$(srcdir)'/content/templates/*.yaml; do \
	  rm -f '$(DESTDIR)$(templatesdir)'/"$${f##*/}"; \
	done
	-rmdir '$(DESTDIR)$(templatesdir)'

.PHONY: install-templates uninstall-templates
