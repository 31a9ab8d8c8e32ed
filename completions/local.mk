# SPDX-FileCopyrightText: 2026 The steady authors
# SPDX-License-Identifier: GPL-3.0-or-later
## completions/local.mk: shell completions, installed where each shell
## looks: bash-completion's completionsdir (from its pkg-config file, under
## this prefix), zsh's site-functions and fish's vendor_completions.d.
dist_bashcompletion_DATA = completions/bash/steady
zshcompletiondir = $(datadir)/zsh/site-functions
dist_zshcompletion_DATA = completions/zsh/_steady
fishcompletiondir = $(datadir)/fish/vendor_completions.d
dist_fishcompletion_DATA = completions/fish/steady.fish
EXTRA_DIST += completions/local.mk
