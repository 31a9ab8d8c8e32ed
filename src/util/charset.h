/* SPDX-FileCopyrightText: 2026 The steady authors */
/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * charset.h: steady's text is UTF-8 inside (its own messages, content,
 * diary); what it shows follows the locale's character set
 * (nl_langinfo(CODESET)). A character that set lacks is transliterated
 * (iconv's //TRANSLIT); steady's own punctuation always has an ASCII form.
 * Call these after setlocale().
 */
#ifndef STEADY_UTIL_CHARSET_H
#define STEADY_UTIL_CHARSET_H

#include <stddef.h>
#include <stdint.h>

/* 1 when the locale's character set is UTF-8. */
int charset_utf8(void);

/*
 * Writes the character c in the locale's character set into out (at most
 * 15 bytes, NUL-terminated): itself, else steady's ASCII for punctuation
 * (such as "..." for U+2026), else iconv's transliteration, else "?".
 * Returns the bytes written.
 */
size_t charset_encode(uint32_t c, char out[16]);

/*
 * One character the screens can show in the place of c, one column wide:
 * c itself when the locale's set has it, else a one-character ASCII or
 * transliterated form, else '?'.
 */
uint32_t charset_screen_char(uint32_t c);

/*
 * Converts the n bytes at buf, typed in the locale's character set, into
 * UTF-8 in place (at most cap bytes; what does not fit or convert is left
 * out). Returns the new length; in a UTF-8 locale, n. The scratch it uses
 * is guarded memory, wiped, as the text may be a diary's.
 */
size_t charset_input(char *buf, size_t n, size_t cap);

/* The streams charset_stdio() converts. */
#define CHARSET_STDOUT 1
#define CHARSET_STDERR 2

/*
 * When the locale's character set is not UTF-8, makes the streams named
 * (CHARSET_STDOUT, CHARSET_STDERR) convert what steady writes (UTF-8) into
 * it with charset_encode(). Never for the screens' stdout: curses writes
 * the locale's set itself. Where the C library cannot (no fopencookie),
 * nothing changes.
 */
void charset_stdio(int streams);

#endif
