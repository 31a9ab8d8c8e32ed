## src/ui/local.mk: files of this part of steady, included by Makefile.am.
libsteady_a_SOURCES += \
	src/ui/markup.c src/ui/markup.h \
	src/ui/wrap.c src/ui/wrap.h
