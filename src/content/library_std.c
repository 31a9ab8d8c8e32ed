/* library_std.c: where the standard library comes from, and in which language. */
#include "config.h"

#include <stdlib.h>

#include "content/library_std.h"
#include "content/translate.h"
#include "util/paths.h"

int library_load_std(struct library *lib, const char **extra_dirs, size_t n_extra, struct diag *d)
{
	translate_init(paths_localedir());
	struct content_tr tr = translate_gettext();
	char *user = paths_user_modules();
	struct library_opts lo = {
	        .bundled_dir = paths_bundled_content(),
	        .user_dir = user,
	        .extra_dirs = extra_dirs,
	        .n_extra = n_extra,
	        .tr = &tr,
	};
	int rc = library_load(lib, &lo, d);
	free(user);
	return rc;
}
