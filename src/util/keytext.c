/* SPDX-FileCopyrightText: 2026 The steady authors */
/* SPDX-License-Identifier: GPL-3.0-or-later */
/* keytext.c: a public key as one line of text (libsodium's base64, no secrets). */
#include "config.h"

#include <string.h>

#include <sodium.h>

#include "util/keytext.h"

void keytext_format(const unsigned char key[KEYTEXT_KEY_BYTES], char out[KEYTEXT_BYTES])
{
	size_t n = strlen(KEYTEXT_PREFIX);
	memcpy(out, KEYTEXT_PREFIX, n);
	sodium_bin2base64(out + n, KEYTEXT_BYTES - n, key, KEYTEXT_KEY_BYTES,
	                  sodium_base64_VARIANT_URLSAFE_NO_PADDING);
}

int keytext_parse(const char *s, unsigned char key[KEYTEXT_KEY_BYTES])
{
	size_t n = strlen(KEYTEXT_PREFIX), len;
	const char *end;
	if (strncmp(s, KEYTEXT_PREFIX, n) != 0 || strlen(s) != KEYTEXT_BYTES - 1)
		return -1;
	if (sodium_base642bin(key, KEYTEXT_KEY_BYTES, s + n, strlen(s + n), NULL, &len, &end,
	                      sodium_base64_VARIANT_URLSAFE_NO_PADDING) != 0 ||
	    len != KEYTEXT_KEY_BYTES || *end)
		return -1;
	/* One text for each key: no stray bits in the last character. */
	char again[KEYTEXT_BYTES];
	keytext_format(key, again);
	if (strcmp(again, s) != 0)
		return -1;
	return keytext_usable(key) ? 0 : -2;
}

int keytext_usable(const unsigned char key[KEYTEXT_KEY_BYTES])
{
	/* keygen never makes these: X25519 keys are below 2^255, and a point of
	 * small order (zero among them) gives every sealer the same shared key. */
	static const unsigned char scalar[crypto_scalarmult_SCALARBYTES] = {1};
	unsigned char q[crypto_scalarmult_BYTES];
	if ((key[KEYTEXT_KEY_BYTES - 1] & 0x80) || sodium_is_zero(key, KEYTEXT_KEY_BYTES))
		return 0;
	int ok = crypto_scalarmult(q, scalar, key) == 0;
	sodium_memzero(q, sizeof q);
	return ok;
}

int keytext_fingerprint(const char *s, char out[KEYTEXT_FP_BYTES])
{
	unsigned char key[KEYTEXT_KEY_BYTES], h[10];
	out[0] = '\0';
	if (!s || keytext_parse(s, key) < 0 ||
	    crypto_generichash(h, sizeof h, key, sizeof key, NULL, 0) != 0)
		return -1;
	static const char hex[] = "0123456789abcdef";
	char *o = out;
	for (size_t i = 0; i < sizeof h; i++) {
		if (i && i % 2 == 0)
			*o++ = ' ';
		*o++ = hex[h[i] >> 4];
		*o++ = hex[h[i] & 15];
	}
	*o = '\0';
	return 0;
}
