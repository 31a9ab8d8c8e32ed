## bench/local.mk: files of this part of steady, included by Makefile.am.
