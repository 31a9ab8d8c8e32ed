/* SPDX-FileCopyrightText: 2026 The steady authors */
/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * wrap.h: text layout by display width, without curses. UTF-8 is decoded
 * by utf8.h's rules (each invalid byte becomes U+FFFD), each character gets
 * its width on a terminal (combining 0, wide 2, tabs to the next stop), and
 * text is broken into lines no wider than a given width, at spaces where it
 * can be and inside long words where it must. Pure, so it can be
 * unit-tested.
 */
#ifndef STEADY_UTIL_WRAP_H
#define STEADY_UTIL_WRAP_H

#include <stddef.h>
#include <stdint.h>

/* Columns between tab stops. */
#define WRAP_TAB 8

/* The replacement character shown for invalid bytes and control characters. */
#define WRAP_BAD 0xFFFDu

/* One line: the bytes [start, end) of the text and their display width. */
struct wrap_line {
	size_t start, end;
	int width;  /* columns used, not counting spaces left hanging at a break */
	int hyphen; /* 1: the line ends inside a word of letters, and one column is
	               left for the "-" that a reader of the text should see */
};

struct wrap {
	struct wrap_line *lines;
	size_t n, cap;
};

/* Decodes the character at s[*i] and moves *i past it; U+FFFD for bad bytes. */
uint32_t wrap_decode(const char *s, size_t len, size_t *i);

/* The character to show for c: U+FFFD for control and unprintable ones. */
uint32_t wrap_shown(uint32_t c);

/*
 * The bytes that show the character at s[*i] safely on a terminal, moving *i
 * past it: its own bytes, a space for a tab (and for a line break unless
 * breaks is 1), or U+FFFD for a control character or a byte that is not
 * UTF-8. *shown points at them (into s, or a constant); returns their count.
 * Whatever s holds, nothing shown this way can move the cursor, change a
 * colour or set the terminal's title.
 */
size_t wrap_printable(const char *s, size_t len, size_t *i, int breaks, const char **shown);

/* Columns c takes when it starts at column col (tabs run to the next stop). */
int wrap_char_width(uint32_t c, int col);

/* Display width of s[0, len) starting at column 0. */
int wrap_width(const char *s, size_t len);

/* Starts an empty line list. */
void wrap_init(struct wrap *w);

/* Frees the line list. */
void wrap_free(struct wrap *w);

/*
 * Breaks s[0, len) into lines at most width columns wide (width < 1 counts
 * as 1), replacing what w held. Every '\n' ends a line, so there is always
 * at least one line. A character wider than the width gets a line alone.
 * A single space between two digits is no place to break: the groups of a
 * phone number ("0808 1000 900") stay on one line; a number wider than the
 * line itself breaks between its groups.
 */
void wrap_text(struct wrap *w, const char *s, size_t len, int width);

/* The byte offset of the first character ending past column col of s[0, len). */
size_t wrap_offset_at(const char *s, size_t len, int col);

#endif
