/* SPDX-FileCopyrightText: 2026 The steady authors */
/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * fdio.h: writing to a file descriptor in full, the one loop every writer
 * shares (the settings, counsellors' modules, converted output).
 */
#ifndef STEADY_UTIL_FDIO_H
#define STEADY_UTIL_FDIO_H

#include <stddef.h>

/* Writes all n bytes at p to fd, again after EINTR. 0, or -1 (errno). */
int fd_write_all(int fd, const char *p, size_t n);

#endif
