/* fault.c: the test-only failure hook of the store (see fault.h). */
#include "config.h"

#include <stddef.h>

#include "diary/fault.h"

static fault_fn hook;
static void *hook_ctx;

void fault_set(fault_fn fn, void *ctx)
{
	hook = fn;
	hook_ctx = ctx;
}

int fault_check(enum fault_op op)
{
	return hook ? hook(op, hook_ctx) : 0;
}
