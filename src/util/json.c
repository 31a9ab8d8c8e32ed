/* json.c: JSON strings, written once for every JSON steady prints. */
#include "config.h"

#include "util/json.h"

/* 1 for the bytes a JSON string needs escaped: quote, backslash, controls,
 * DEL, and the lead byte 0xC2 (of the C1 controls, checked at it). */
static int special(unsigned char c)
{
	return c == '"' || c == '\\' || c < 0x20 || c == 0x7f || c == 0xC2;
}

void json_string(FILE *out, const char *s)
{
	fputc('"', out);
	const unsigned char *p = (const unsigned char *)s;
	for (;;) {
		/* The plain run up to the next byte that may need escaping, in one
		 * write: an export of 100,000 entries is mostly such runs. */
		const unsigned char *q = p;
		while (*q && !special(*q))
			q++;
		if (q > p)
			fwrite(p, 1, (size_t)(q - p), out);
		p = q;
		if (!*p)
			break;
		switch (*p) {
		case '"':
			fputs("\\\"", out);
			break;
		case '\\':
			fputs("\\\\", out);
			break;
		case '\n':
			fputs("\\n", out);
			break;
		case '\t':
			fputs("\\t", out);
			break;
		case '\r':
			fputs("\\r", out);
			break;
		default:
			if (*p == 0xC2 && p[1] >= 0x80 && p[1] < 0xA0) {
				/* U+0080 to U+009F, the C1 controls, which some terminals obey. */
				fprintf(out, "\\u%04x", p[1]);
				p++;
			} else if (*p == 0xC2) {
				fputc(*p, out);
			} else {
				fprintf(out, "\\u%04x", *p);
			}
		}
		p++;
	}
	fputc('"', out);
}
