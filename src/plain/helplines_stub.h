/*
 * helplines_stub.h: TEMPORARY. The declaration of helplines_text() as
 * content/helplines_text.h gives it on the branch that adds `steady
 * helplines`. When that lands, plain_help.c includes content/helplines_text.h
 * instead and this file and helplines_stub.c are deleted.
 */
#ifndef STEADY_PLAIN_HELPLINES_STUB_H
#define STEADY_PLAIN_HELPLINES_STUB_H

#include "content/helplines.h"
#include "util/buf.h"

/* Appends the region's helplines of the kinds asked for (HELPLINE_* mask) as plain text. */
void helplines_text(struct buf *out, const struct helplines *h, const struct region *r,
                    unsigned kinds, int width);

#endif
