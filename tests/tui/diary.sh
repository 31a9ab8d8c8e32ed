#!/bin/sh
# SPDX-FileCopyrightText: 2026 The steady authors
# SPDX-License-Identifier: GPL-3.0-or-later
# The diary from the screens: set it up (a short passphrase warned about, a
# mismatch caught), write an entry, lock, a wrong passphrase, unlock, read,
# edit, search, delete. The files never hold the text or the passphrase.
. "$top_srcdir/tests/lib.sh"
need_test_build
export STEADY_DIARY_COSTS=min
mkdir -p "$XDG_CONFIG_HOME/steady"
printf 'region=GB\n' >"$XDG_CONFIG_HOME/steady/settings"
D="$XDG_DATA_HOME/steady/diary"
PASS="blue kettle morning"

tui_start 80 24 "$STEADY"
tui_wait "Get help now"
# Home: ... Diary, Get help now, Settings, Quit.
tui_keys End Up Up Up Enter
tui_wait "A private diary"
tui_wait "nobody can recover the diary"
tui_wait "Not now"
tui_keys Enter
tui_wait "Choose a passphrase"
tui_keys -l "abc"
tui_wait "Passphrase: •••"
tui_keys Enter
tui_wait "only 3 characters"
tui_keys Enter
tui_wait "Type a passphrase for your diary"
tui_keys -l "$PASS"
tui_screen >"$T/screen"
expect_not_in "$T/screen" "$PASS"
tui_keys Enter
tui_wait "Type the same passphrase again"
tui_keys -l "blue kettle evening"
tui_keys Enter
tui_wait "were not the same"
tui_keys -l "$PASS"
tui_keys Enter
tui_wait "Type the same passphrase again"
tui_keys -l "$PASS"
tui_keys Enter
tui_wait "Your diary is ready"
tui_wait "No entries yet."

# Write an entry.
tui_keys n
tui_wait "New entry"
tui_keys -l "# Tuesday note"
tui_keys Enter
tui_keys -l "Zebrafish felt restless tonight"
tui_wait "Zebrafish felt restless"
tui_keys C-s
tui_wait "Saved."
tui_keys Escape
tui_wait "Tuesday note"
tui_wait "1 entry"

# Lock: back on Home with a calm note; the files hold none of it.
tui_keys l
tui_wait "Your diary is locked."
tui_wait "locked"
for f in diary diary.bak; do
	[ -f "$D/$f" ] || fail "no $f"
	[ "$(stat -c %a "$D/$f")" = 600 ] || fail "$f is not 0600"
done
[ "$(stat -c %a "$D")" = 700 ] || fail "the diary folder is not 0700"
grep -rl -e Zebrafish -e restless -e Tuesday -e "$PASS" "$T/home" "$T/tmp" && fail "plain text on disk"

# A wrong passphrase, then the right one.
tui_keys Enter
tui_wait "Unlock your diary"
tui_keys -l "blue kettle evening"
tui_keys Enter
tui_wait "does not open the diary"
tui_keys -l "$PASS"
tui_keys Enter
tui_wait "Tuesday note"

# Read it, edit it.
tui_keys End Enter
tui_wait "Zebrafish felt restless tonight"
tui_keys e
tui_wait "Edit entry"
# The text and Ctrl-S in one burst, as fast typing gives: the save is not lost.
tui_keys " and then slept" C-s
tui_wait "Saved."
tui_keys Escape
tui_wait "restless tonight and then slept"
tui_keys Escape
tui_wait "Entries, newest first"

# Search ignores case; a search with no match shows none.
tui_keys /
tui_wait "Search:"
tui_keys -l "ZEBRA"
tui_wait "Entries containing the search: 1"
tui_keys Escape
tui_wait "Entries, newest first"
tui_keys /
tui_keys -l "nothing like this"
tui_wait "Entries containing the search: 0"
tui_keys Escape
tui_wait "Entries, newest first"

# Delete, after saying so.
tui_keys End d
tui_wait "Delete this entry?"
tui_wait "Keep it"
tui_keys Down Enter
tui_wait "No entries yet."
tui_keys Escape
tui_wait "Get help now"
tui_keys q
tui_wait "__EXITED__ 0"

# What was deleted is gone from the diary and from its backup.
echo "$PASS" >"$T/pass"
expect_status 0 "$STEADY" --passphrase-fd 3 diary list 3<"$T/pass"
[ ! -s "$T/out" ] || fail "entries left after the deletion: $(cat "$T/out")"
grep -rl -e Zebrafish -e restless -e "$PASS" "$T/home" "$T/tmp" && fail "plain text on disk"
exit 0
