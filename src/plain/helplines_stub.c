/*
 * helplines_stub.c: TEMPORARY, see helplines_stub.h. A minimal stand-in for
 * content/helplines_text.c, in the words Get help now already uses; it
 * leaves the wrapping to the caller.
 */
#include "config.h"

#include "plain/helplines_stub.h"
#include "util/gettext.h"

static void field(struct buf *out, const char *label, const char *value)
{
	if (value && *value)
		buf_printf(out, "  %s  %s\n", label, value);
}

void helplines_text(struct buf *out, const struct helplines *h, const struct region *r,
                    unsigned kinds, int width)
{
	(void)width;
	if (!r) {
		buf_printf(
		        out, "%s\n",
		        _("The helpline list could not be loaded. In an emergency, call your "
		          "local emergency number: 112 in Europe, 999 in the UK, 911 in the US."));
		return;
	}
	buf_printf(out, "%s\n", r->name);
	if (r->emergency) {
		buf_putc(out, '\n');
		buf_printf(out, _("If you or anyone else is in danger right now, call %s."),
		           r->emergency);
		buf_putc(out, '\n');
	}
	static const enum helpline_kind order[] = {HELPLINE_PREVENTION, HELPLINE_CRISIS,
	                                           HELPLINE_FAMILY, HELPLINE_EMERGENCY};
	for (size_t k = 0; k < sizeof order / sizeof order[0]; k++) {
		if (!(kinds & order[k]))
			continue;
		for (size_t i = 0; i < r->n_services; i++) {
			const struct helpline *s = &r->services[i];
			if (s->kind != order[k])
				continue;
			buf_printf(out, "\n%s\n", s->name);
			field(out, _("Phone"), s->phone);
			field(out, _("Text"), s->text);
			field(out, _("Web"), s->web);
			field(out, _("Chat"), s->chat);
			field(out, _("Email"), s->email);
			if (s->notes)
				buf_printf(out, "  %s\n", s->notes);
		}
	}
	if (h && h->checked) {
		buf_putc(out, '\n');
		buf_printf(out,
		           _("This list was last checked in %s. If a number does not work, use the "
		             "service's website."),
		           h->checked);
		buf_putc(out, '\n');
	}
}
