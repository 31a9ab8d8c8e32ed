/* SPDX-FileCopyrightText: 2026 The steady authors */
/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * fuzz_module_load.c: the content loader on arbitrary bytes. The loader
 * reads files by path, so each input goes into a memfd and is loaded
 * through /proc/self/fd/N: the real read, size and byte checks, YAML
 * parsing and every key rule run, and nothing touches the disk. Each input
 * is loaded as a module and as a helpline directory, half the time with a
 * translator that rewrites the strings, and a loaded model is walked.
 */
#include "config.h"

#include <fcntl.h>
#include <limits.h>
#include <locale.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include "content/diag.h"
#include "content/helplines.h"
#include "content/module.h"
#include "content/module_load.h"
#include "content/suggest.h"
#include "content/ybytes.h"
#include "util/xalloc.h"

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static int mem_fd = -1;
static char path[64];
static FILE *devnull;

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void)argc;
	(void)argv;
	setlocale(LC_ALL, "C.UTF-8");
	mem_fd = memfd_create("fuzz-module", MFD_CLOEXEC);
	devnull = fopen("/dev/null", "w");
	if (mem_fd < 0 || !devnull) {
		perror("fuzz_module_load: setup");
		abort();
	}
	snprintf(path, sizeof path, "/proc/self/fd/%d", mem_fd);
	return 0;
}

/* A translator that changes some strings, as a catalogue would. */
static char *fake_translate(void *ctx, const struct content_string *s)
{
	(void)ctx;
	size_t n = strlen(s->msgid);
	if (n % 3 == 0)
		return NULL; /* untranslated: keep the original */
	return xasprintf("[%s|%s] %s", s->field, s->domain, s->msgid);
}

static void put_bytes(const uint8_t *data, size_t size)
{
	if (ftruncate(mem_fd, 0) < 0)
		abort();
	for (size_t off = 0; off < size;) {
		ssize_t n = pwrite(mem_fd, data + off, size - off, (off_t)off);
		if (n <= 0)
			abort();
		off += (size_t)n;
	}
}

static void walk_module(const struct module *m)
{
	const char *ids[CONTENT_MAX_STEPS];
	size_t n_ids = 0;
	for (size_t i = 0; i < m->n_steps; i++) {
		const struct step *s = &m->steps[i];
		fputs(step_type_name(s->type), devnull);
		if (step_is_question(s) && !s->id)
			abort(); /* the model promises an id for every question */
		if (s->id) {
			if (module_step(m, s->id) == NULL)
				abort();
			if (n_ids < CONTENT_MAX_STEPS)
				ids[n_ids++] = s->id;
		}
	}
	if (n_ids)
		suggest_word(m->id, ids, n_ids);
	if (module_is_selfcheck(m))
		for (size_t i = 0; i < m->n_bands; i++) {
			const struct band *b = &m->bands[i];
			if (module_band(m, b->min) == NULL || module_band(m, b->max) == NULL)
				abort(); /* a band's own ends fall in a band */
		}
	module_band(m, INT_MIN);
	module_band(m, INT_MAX);
}

static void walk_helplines(const struct helplines *h)
{
	static const char *const ids[] = {NULL, "GB", "gb", "UK", "US", "INT", "", "zz"};
	for (size_t i = 0; i < sizeof ids / sizeof *ids; i++) {
		const struct region *r = helplines_region(h, ids[i]);
		if (!r && h->n_regions)
			abort(); /* NULL only when there are no regions */
		for (size_t k = 0; r && k < r->n_services; k++)
			fputs(helpline_kind_name(r->services[k].kind), devnull);
	}
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	put_bytes(data, size);
	struct content_tr tr = {fake_translate, NULL};
	const struct content_tr *t = size && data[size - 1] & 1 ? &tr : NULL;

	struct diag d;
	diag_init(&d);
	ybytes_check((const char *)data, size, "fuzz", &d);
	struct module *m = module_load(path, ORIGIN_USER, t, &d);
	if (m) {
		if (d.errors)
			abort(); /* a module is returned only when it has no error */
		walk_module(m);
		module_free(m);
	}
	struct helplines *h = helplines_load(path, t, &d);
	if (h) {
		walk_helplines(h);
		helplines_free(h);
	}
	diag_print(&d, devnull);
	diag_free(&d);
	return 0;
}
