## content/local.mk: the bundled modules and the helpline directory,
## installed under $(pkgdatadir)/content. Every *.yaml file in content/ ships;
## the tests check each of them with `steady check`.
contentdir = $(pkgdatadir)/content
EXTRA_DIST += content

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
	-rmdir '$(DESTDIR)$(contentdir)' '$(DESTDIR)$(pkgdatadir)'

.PHONY: install-content uninstall-content
