/* json.c: JSON strings, written once for every JSON steady prints. */
#include "config.h"

#include "util/json.h"

void json_string(FILE *out, const char *s)
{
	fputc('"', out);
	for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
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
			if (*p < 0x20 || *p == 0x7f)
				fprintf(out, "\\u%04x", *p);
			else if (*p == 0xC2 && p[1] >= 0x80 && p[1] < 0xA0) {
				/* U+0080 to U+009F, the C1 controls, which some terminals obey. */
				fprintf(out, "\\u%04x", p[1]);
				p++;
			} else
				fputc(*p, out);
		}
	}
	fputc('"', out);
}
