/* homework_load.c: a module set as homework by a counsellor. */
#include "config.h"

#include <string.h>

#include "content/module_parts.h"
#include "util/gettext.h"
#include "util/keytext.h"
#include "util/xalloc.h"

static const char *const homework_keys[] = {"set_by", "instructions",   "frequency",
                                            "until",  "counsellor_key", NULL};
static const char *const frequencies[] = {"once", "daily", "weekly", NULL};

static int digits(const char *s, size_t n)
{
	return strspn(s, "0123456789") >= n;
}

int homework_is_date(const char *s)
{
	static const int days[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
	if (strlen(s) != 10 || !digits(s, 4) || s[4] != '-' || !digits(s + 5, 2) || s[7] != '-' ||
	    !digits(s + 8, 2))
		return 0;
	int y = (s[0] - '0') * 1000 + (s[1] - '0') * 100 + (s[2] - '0') * 10 + (s[3] - '0');
	int mo = (s[5] - '0') * 10 + (s[6] - '0'), d = (s[8] - '0') * 10 + (s[9] - '0');
	if (y < 1970 || mo < 1 || mo > 12 || d < 1 || d > days[mo - 1])
		return 0;
	int leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
	return !(mo == 2 && d == 29 && !leap);
}

void homework_load(struct yget *c, const struct ynode *n, struct module *m)
{
	if (yget_need_map(c, n, "homework") < 0)
		return;
	struct homework *hw = xcalloc(1, sizeof *hw);
	m->homework = hw;
	yget_keys(c, n, homework_keys);
	yget_str(c, n, "set_by", YGET_REQUIRED | YGET_ONELINE, "set-by", &hw->set_by);
	yget_str(c, n, "instructions", YGET_REQUIRED, "instructions", &hw->instructions);
	int f = yget_enum(c, n, "frequency", 0, frequencies);
	hw->frequency = f >= 0 ? (enum homework_frequency)f : FREQ_ONCE;
	yget_str(c, n, "until", YGET_ONELINE, NULL, &hw->until);
	if (hw->until && !homework_is_date(hw->until))
		yget_error(c, ytree_get(n, "until"), "%s",
		           _("'until' must be a date written YYYY-MM-DD, such as 2026-12-31"));
	yget_str(c, n, "counsellor_key", YGET_ONELINE, NULL, &hw->counsellor_key);
	unsigned char pk[KEYTEXT_KEY_BYTES];
	if (hw->counsellor_key && keytext_parse(hw->counsellor_key, pk) < 0)
		yget_error(c, ytree_get(n, "counsellor_key"), "%s",
		           _("'counsellor_key' is not a counsellor's public key: copy the whole "
		             "line 'steady counsellor keygen' wrote to counsellor.pub, starting "
		             "with steady-key-1:"));
}
