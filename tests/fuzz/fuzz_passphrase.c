/* SPDX-FileCopyrightText: 2026 The steady authors */
/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * fuzz_passphrase.c: the command line's passphrase reader (cli/passphrase)
 * on arbitrary bytes, given on a file descriptor as --passphrase-fd gives
 * them. The bytes are read as passphrases, one after another until one
 * fails, as `diary passwd` reads the old and the new one; the first byte
 * picks passphrase_read(), passphrase_read_new() or the search words
 * (passphrase_read_words(), on standard input). Each read must give exactly
 * the next line (without its newline and one carriage return), at most
 * 1024 bytes and ending in a NUL, or fail where the line is too long or
 * the input ends, and it must read nothing past the line: a descriptor can
 * carry several passphrases.
 */
#include "config.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli/passphrase.h"
#include "diary/secbuf.h"
#include "fuzz.h"

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static int mem_fd = -1;

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void)argc;
	(void)argv;
	mem_fd = fuzz_memfd("fuzz-passphrase", NULL);
	if (secbuf_init() < 0)
		abort();
	return 0;
}

/* What one read of p[0..n) from off must give: the line's length in *len
 * and its end (past the newline) in *next; 0 when the read must fail. */
static int expect_line(const uint8_t *p, size_t n, size_t off, int words, size_t *len, size_t *next)
{
	if (off >= n)
		return 0; /* the end of the input */
	const uint8_t *nl = memchr(p + off, '\n', n - off);
	size_t end = nl ? (size_t)(nl - p) : n;
	size_t l = end - off;
	if (l > PASSPHRASE_MAX)
		return 0;
	*next = nl ? end + 1 : n;
	if (l && p[end - 1] == '\r')
		l--;
	*len = l;
	if (words && (l == 0 || memchr(p + off, '\0', l)))
		return 0; /* the words are text, and something */
	return 1;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (size == 0)
		return 0;
	int how = data[0] % 3;
	const uint8_t *p = data + 1;
	size_t n = size - 1;
	fuzz_fill(mem_fd, p, n);
	int saved_stdin = -1;
	if (how == 2) { /* the words come on standard input */
		saved_stdin = dup(STDIN_FILENO);
		if (saved_stdin < 0 || dup2(mem_fd, STDIN_FILENO) < 0)
			abort();
	}
	size_t off = 0;
	for (int i = 0; i < 64; i++) {
		size_t want_len = 0, next = 0, len = 0;
		int want = expect_line(p, n, off, how == 2, &want_len, &next);
		char *got = how == 0   ? passphrase_read(mem_fd, "", &len)
		            : how == 1 ? passphrase_read_new(mem_fd, &len)
		                       : passphrase_read_words("", &len);
		if (!want != !got)
			abort();
		if (!got)
			break;
		if (len != want_len || got[len] != '\0' || memcmp(got, p + off, len) != 0)
			abort();
		/* Nothing was read past the line. */
		if (lseek(mem_fd, 0, SEEK_CUR) != (off_t)next)
			abort();
		secbuf_free(got);
		off = next;
	}
	if (saved_stdin >= 0) {
		dup2(saved_stdin, STDIN_FILENO);
		close(saved_stdin);
	}
	return 0;
}
