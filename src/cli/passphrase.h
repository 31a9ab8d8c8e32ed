/* SPDX-FileCopyrightText: 2026 The steady authors */
/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * passphrase.h: reading the diary passphrase for the command line, from
 * the terminal with echo off, or one line at a time from a file descriptor
 * (--passphrase-fd) for scripts and tests; and the words to search the
 * diary for, which are as private. Both live in secbuf memory and are wiped
 * with secbuf_free().
 */
#ifndef STEADY_CLI_PASSPHRASE_H
#define STEADY_CLI_PASSPHRASE_H

#include <stddef.h>

/* Longest passphrase accepted, in bytes. */
#define PASSPHRASE_MAX 1024

/* Reads one passphrase: from fd when fd >= 0 (one line), else from
 * /dev/tty after showing prompt, with echo off. Returns a secbuf string
 * (*len bytes, NUL-terminated) or NULL after printing why to stderr. */
char *passphrase_read(int fd, const char *prompt, size_t *len);

/* Reads the words `diary search` looks for, as privately as a passphrase:
 * one line from standard input, after prompt on the terminal when standard
 * input is one (shown as typed). Nothing is read past the line, so a
 * passphrase on the same descriptor may follow it. Returns a secbuf string
 * (*len bytes, not empty, no NUL byte) or NULL after printing why. */
char *passphrase_read_words(const char *prompt, size_t *len);

/* Reads a new passphrase: from fd one line, or from the terminal twice
 * until both match (three tries). A short one (pass_rules_short()) gets the
 * screens' warning; on the terminal, typing it again is saying to use it
 * anyway, and an empty line chooses another. NULL after printing why. */
char *passphrase_read_new(int fd, size_t *len);

#endif
