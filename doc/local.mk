## doc/local.mk: files of this part of steady, included by Makefile.am.
EXTRA_DIST += doc/diary-format.md
dist_man_MANS += doc/steady.1 doc/steady-modules.5
EXTRA_DIST += doc/TRANSLATING.md
EXTRA_DIST += doc/AUTHORING.md
EXTRA_DIST += doc/content-review.md
EXTRA_DIST += doc/ACCESSIBILITY.md
EXTRA_DIST += doc/report-format.md
