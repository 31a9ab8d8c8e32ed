/* SPDX-FileCopyrightText: 2026 The steady authors */
/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * le.h: little-endian integers in byte buffers, as the diary file and the
 * content cache store them. Header-only: each is a few instructions.
 */
#ifndef STEADY_UTIL_LE_H
#define STEADY_UTIL_LE_H

#include <stddef.h>
#include <stdint.h>

/* The unsigned integer in the n bytes (at most 8) at p. */
static inline uint64_t le_get(const unsigned char *p, size_t n)
{
	uint64_t v = 0;
	for (size_t i = 0; i < n; i++)
		v |= (uint64_t)p[i] << (8 * i);
	return v;
}

/* Writes the low n bytes (at most 8) of v at p. */
static inline void le_put(unsigned char *p, uint64_t v, size_t n)
{
	for (size_t i = 0; i < n; i++)
		p[i] = (unsigned char)(v >> (8 * i));
}

#endif
