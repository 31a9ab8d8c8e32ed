/* cli_library.c: the library as the command line sees it, shared by its commands. */
#include "config.h"

#include <stdlib.h>

#include "cli/cli.h"
#include "content/library.h"
#include "util/paths.h"

int cli_library_load(const struct cli_opts *o, struct library *lib, struct diag *d)
{
	char *user = paths_user_modules();
	struct library_opts lo = {
	        .bundled_dir = paths_bundled_content(),
	        .user_dir = user,
	        .extra_dirs = o->content_dirs,
	        .n_extra = o->n_content_dirs,
	        .tr = NULL,
	};
	int rc = library_load(lib, &lo, d);
	free(user);
	return rc;
}
