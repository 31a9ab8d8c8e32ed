/* SPDX-FileCopyrightText: 2026 The steady authors */
/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * charset.c: what steady writes, in the locale's character set. Each
 * character is converted on its own (from UTF-32, so no encoder is needed
 * beside the one UTF-8 decoder), first as it is, then as steady's own
 * ASCII for its punctuation, then transliterated by iconv, else '?'.
 */
#include "config.h"

#include <errno.h>
#include <iconv.h>
#include <langinfo.h>
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <sodium.h>
#include <wchar.h>

#include "util/charset.h"
#include "util/fdio.h"
#include "util/utf8.h"

int charset_utf8(void)
{
	const char *cs = nl_langinfo(CODESET);
	return strcmp(cs, "UTF-8") == 0 || strcmp(cs, "utf8") == 0;
}

/* steady's own punctuation (and the marks its content uses) in ASCII. */
static const struct {
	uint32_t c;
	const char *ascii;
} punctuation[] = {
        {0x00A0, " "},  {0x00AB, "<<"},  {0x00B7, "."},  {0x00BB, ">>"}, {0x00D7, "x"},
        {0x2010, "-"},  {0x2011, "-"},   {0x2013, "-"},  {0x2014, "-"},  {0x2018, "'"},
        {0x2019, "'"},  {0x201A, ","},   {0x201C, "\""}, {0x201D, "\""}, {0x201E, "\""},
        {0x2022, "*"},  {0x2026, "..."}, {0x2039, "<"},  {0x203A, ">"},  {0x2190, "<-"},
        {0x2192, "->"}, {0x2212, "-"},   {0x2502, "|"},  {0x2500, "-"},  {0x2588, "#"},
        {0x25B2, "^"},  {0x25BC, "v"},   {0xFFFD, "?"},
};

static const char *ascii_of(uint32_t c)
{
	for (size_t i = 0; i < sizeof punctuation / sizeof punctuation[0]; i++)
		if (punctuation[i].c == c)
			return punctuation[i].ascii;
	return NULL;
}

/* Converts c with cd into out (size bytes); the bytes written, or 0. */
static size_t convert(iconv_t cd, uint32_t c, char *out, size_t size)
{
	if (cd == (iconv_t)-1)
		return 0;
	unsigned char in[4] = {(unsigned char)c, (unsigned char)(c >> 8), (unsigned char)(c >> 16),
	                       (unsigned char)(c >> 24)};
	char *ip = (char *)in, *op = out;
	size_t il = sizeof in, ol = size;
	iconv(cd, NULL, NULL, NULL, NULL);
	if (iconv(cd, &ip, &il, &op, &ol) == (size_t)-1 || il != 0)
		return 0;
	/* The shift state's end, for the stateful sets. */
	if (iconv(cd, NULL, NULL, &op, &ol) == (size_t)-1)
		return 0;
	return (size_t)(op - out);
}

/* The two converters to the locale's set: exact, and transliterating. */
static iconv_t exact = (iconv_t)-1, translit = (iconv_t)-1;

static void open_converters(void)
{
	static int opened;
	if (opened)
		return;
	opened = 1;
	const char *cs = nl_langinfo(CODESET);
	char name[128];
	exact = iconv_open(cs, "UTF-32LE");
	snprintf(name, sizeof name, "%s//TRANSLIT", cs);
	translit = iconv_open(name, "UTF-32LE");
}

/*
 * c transliterated: by the locale's own rules, else by those of C.UTF-8,
 * whose tables know more letters (glibc's C locale makes 'ä' a '?', C.UTF-8
 * an 'a'). The bytes written, or 0.
 */
static size_t transliterate(uint32_t c, char *out, size_t size)
{
	size_t n = convert(translit, c, out, size);
	if (n > 0 && !(n == 1 && out[0] == '?'))
		return n;
	static locale_t c_utf8;
	if (!c_utf8)
		c_utf8 = newlocale(LC_CTYPE_MASK, "C.UTF-8", (locale_t)0);
	if (!c_utf8)
		return n;
	locale_t was = uselocale(c_utf8);
	size_t m = convert(translit, c, out, size);
	uselocale(was);
	return m > 0 ? m : n;
}

size_t charset_encode(uint32_t c, char out[16])
{
	size_t n = 0;
	if (c < 0x80) {
		out[n++] = (char)c;
	} else {
		open_converters();
		const char *a;
		if ((n = convert(exact, c, out, 15)) == 0) {
			if ((a = ascii_of(c)) != NULL) {
				n = strlen(a);
				memcpy(out, a, n);
			} else if ((n = transliterate(c, out, 15)) == 0) {
				out[n++] = '?';
			}
		}
	}
	out[n] = '\0';
	return n;
}

/* The one wide character that the n bytes at mb are in the locale, or 0. */
static uint32_t one_char(const char *mb, size_t n)
{
	mbstate_t st;
	memset(&st, 0, sizeof st);
	wchar_t wc;
	size_t k = mbrtowc(&wc, mb, n, &st);
	return k == n && wc > 0 ? (uint32_t)wc : 0;
}

uint32_t charset_screen_char(uint32_t c)
{
	char out[16];
	if (c < 0x80)
		return c;
	open_converters();
	size_t n = convert(exact, c, out, sizeof out);
	if (n > 0 && one_char(out, n))
		return c;
	const char *a = ascii_of(c);
	if (a && strlen(a) == 1)
		return (uint32_t)(unsigned char)a[0];
	uint32_t w;
	if ((n = transliterate(c, out, sizeof out)) > 0 && (w = one_char(out, n)) != 0 && w != '?')
		return w;
	return '?';
}

size_t charset_input(char *buf, size_t n, size_t cap)
{
	static iconv_t in = (iconv_t)-1;
	static int opened;
	if (n == 0 || charset_utf8())
		return n;
	if (!opened) {
		opened = 1;
		in = iconv_open("UTF-8", nl_langinfo(CODESET));
	}
	char *scratch;
	if (in == (iconv_t)-1 || !(scratch = sodium_malloc(cap)))
		return n;
	char *ip = buf, *op = scratch;
	size_t il = n, ol = cap;
	iconv(in, NULL, NULL, NULL, NULL);
	while (il > 0 && iconv(in, &ip, &il, &op, &ol) == (size_t)-1) {
		if (errno != EILSEQ && errno != EINVAL)
			break; /* no room left: the rest is left out */
		ip++;          /* a byte the set does not have */
		il--;
	}
	size_t m = (size_t)(op - scratch);
	memcpy(buf, scratch, m);
	sodium_memzero(buf + m, n > m ? n - m : 0);
	sodium_free(scratch);
	return m;
}

#if HAVE_FOPENCOOKIE
/* A stream that converts UTF-8 into the locale's set and writes it to fd. */
struct conv {
	int fd;
	unsigned char held[4]; /* the start of a character cut between two writes */
	size_t n_held;
};

/* 1 when the n bytes at s are the start of a UTF-8 character, cut short. */
static int cut_short(const unsigned char *s, size_t n)
{
	size_t need = s[0] >= 0xF0 && s[0] < 0xF8 ? 4 : s[0] >= 0xE0 ? 3 : s[0] >= 0xC2 ? 2 : 0;
	if (n >= need)
		return 0;
	for (size_t i = 1; i < n; i++)
		if ((s[i] & 0xC0) != 0x80)
			return 0;
	return 1;
}

/* Adds the locale's form of c to out (with *o bytes in it), writing out
 * to fd first when it is nearly full. 0, or -1 when writing failed. */
static int emit(int fd, char *out, size_t size, size_t *o, uint32_t c)
{
	if (*o + 16 > size) {
		if (fd_write_all(fd, out, *o) < 0)
			return -1;
		*o = 0;
	}
	*o += charset_encode(c, out + *o);
	return 0;
}

static ssize_t conv_write(void *cookie, const char *buf, size_t size)
{
	struct conv *cv = cookie;
	const unsigned char *s = (const unsigned char *)buf;
	char out[4096] = ""; /* all set before written; GCC with sanitizers cannot see it */
	size_t o = 0, i = 0, len;
	uint32_t c = 0;
	if (cv->n_held) {
		/* Finish the character the last write cut short. */
		while (i < size && cut_short(cv->held, cv->n_held) && (s[i] & 0xC0) == 0x80)
			cv->held[cv->n_held++] = s[i++];
		if (cut_short(cv->held, cv->n_held) && i == size)
			return (ssize_t)size;
		if (utf8_decode(cv->held, cv->n_held, &c) != cv->n_held)
			c = 0xFFFD;
		cv->n_held = 0;
		if (emit(cv->fd, out, sizeof out, &o, c) < 0)
			return -1;
	}
	for (; i < size; i += len) {
		len = utf8_decode(s + i, size - i, &c);
		if (len == 0 && cut_short(s + i, size - i)) {
			memcpy(cv->held, s + i, size - i);
			cv->n_held = size - i;
			break;
		}
		if (len == 0) {
			c = 0xFFFD; /* not UTF-8: each such byte is one '?' */
			len = 1;
		}
		if (emit(cv->fd, out, sizeof out, &o, c) < 0)
			return -1;
	}
	if (o && fd_write_all(cv->fd, out, o) < 0)
		return -1;
	return (ssize_t)size;
}

static FILE *converting(FILE *fp, int fd, int mode)
{
	static struct conv cvs[2];
	struct conv *cv = &cvs[fd == STDERR_FILENO];
	cv->fd = fd;
	cookie_io_functions_t io = {NULL, conv_write, NULL, NULL};
	FILE *c = fopencookie(cv, "w", io);
	if (!c)
		return fp;
	fflush(fp);
	setvbuf(c, NULL, mode, BUFSIZ);
	return c;
}

void charset_stdio(int streams)
{
	if (charset_utf8())
		return;
	if (streams & CHARSET_STDOUT)
		stdout = converting(stdout, STDOUT_FILENO, isatty(STDOUT_FILENO) ? _IOLBF : _IOFBF);
	if (streams & CHARSET_STDERR)
		stderr = converting(stderr, STDERR_FILENO, _IONBF);
}
#else
void charset_stdio(int streams)
{
	(void)streams;
}
#endif
