## src/session/local.mk: what a person does in steady, with no terminal.
libsteady_a_SOURCES += \
	src/session/options.h \
	src/session/session.c src/session/session.h \
	src/session/progress.c src/session/progress.h \
	src/session/record.c src/session/record.h \
	src/session/diary_link.c src/session/diary_link.h
