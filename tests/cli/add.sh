#!/bin/sh
# SPDX-FileCopyrightText: 2026 The steady authors
# SPDX-License-Identifier: GPL-3.0-or-later
# add.sh: `steady add` and `steady remove`, as a client uses them with a
# file from a counsellor: the same diagnostics as `steady check`, nothing
# added while a file has errors, an atomic copy named after the id, earlier
# versions replaced, steady's own modules replaced only with --yes, a
# module's translations copied and taken away with it, and `steady preview`
# refusing a file with errors.
. "$top_srcdir/tests/lib.sh"
data="$top_srcdir/tests/data/modules"
user="$XDG_DATA_HOME/steady/modules"

module() { # module FILE ID TITLE [EXTRA-TOP-LEVEL-LINE]
	cat >"$1" <<YAML
steady: 1
id: $2
title: $3
summary: A test module.
minutes: 5
${4:-order: 1}
steps:
  - type: page
    text: Hello.
YAML
}
# only_files: the files under the user's modules folder, one a line, sorted
# (but the cache of their parsed trees, which add-cache.sh looks at).
only_files() { (cd "$user" && find . -type f ! -name .modules.cache | sort); }

# Usage errors.
expect_status 2 "$STEADY" add
expect_in "$T/err" "steady: 'add' needs the module FILE to add"
expect_status 2 "$STEADY" add "$data/valid"
expect_in "$T/err" "is a folder; name the module's .yaml file"
expect_status 2 "$STEADY" add "$top_srcdir/content/helplines.yaml"
expect_in "$T/err" "is a helpline directory, not a module"
expect_status 2 "$STEADY" remove
expect_in "$T/err" "'remove' needs the ID of a module you added"

# A file with errors: exactly `steady check`'s messages, and nothing added.
bad="$data/invalid/key-unknown.yaml"
expect_status 1 "$STEADY" check "$bad"
cp "$T/err" "$T/check-err"
expect_status 1 "$STEADY" add "$bad"
head -n 1 "$T/err" >"$T/add-err"
cmp -s "$T/check-err" "$T/add-err" || fail "add and check differ: $(cat "$T/check-err" "$T/err")"
expect_in "$T/out" "1 file checked, 1 with errors"
expect_in "$T/err" "Nothing was added."
[ ! -e "$user" ] || fail "the modules folder was made for a file with errors"

# One bad file among good ones: nothing is added.
module "$T/good.yaml" good-one "Good one"
expect_status 1 "$STEADY" add "$T/good.yaml" "$bad"
[ ! -e "$user" ] || fail "a good file was added beside a bad one"

# A valid homework module goes in as ID.yaml, byte for byte, mode 0600.
hw="$data/valid/homework.yaml"
expect_status 0 "$STEADY" add "$hw"
expect_in "$T/out" "Added \"Homework\" (id homework) to your modules:"
expect_in "$T/out" "  $user/homework.yaml"
expect_in "$T/out" "Next: start steady and choose Homework on the home screen."
expect_in "$T/out" "To take it away again: steady remove homework"
expect_not_in "$T/out" "replaces"
[ ! -s "$T/err" ] || fail "unexpected messages: $(cat "$T/err")"
cmp -s "$hw" "$user/homework.yaml" || fail "the copy differs from the file"
[ "$(stat -c %a "$user/homework.yaml")" = 600 ] || fail "mode $(stat -c %a "$user/homework.yaml")"
[ "$(stat -c %a "$user")" = 700 ] || fail "folder mode $(stat -c %a "$user")"
expect_status 0 "$STEADY" list
grep -q "^homework[[:space:]].*[[:space:]]$user/homework.yaml\$" "$T/out" || fail "not listed: $(cat "$T/out")"
[ ! -s "$T/err" ] || fail "list complains: $(cat "$T/err")"

# A module that is not homework is found under Modules.
expect_status 0 "$STEADY" add "$T/good.yaml"
expect_in "$T/out" "Next: start steady and choose Modules on the home screen."

# Adding it again replaces the earlier version; so does an earlier version
# under another file name, which would otherwise clash with the new one.
expect_status 0 "$STEADY" add "$hw"
expect_in "$T/out" "It replaces the version you added before."
sed 's/^title: Homework$/title: Old homework/' "$hw" >"$user/old-name.yaml"
expect_status 0 "$STEADY" add "$hw"
expect_in "$T/out" "It replaces the version you added before."
[ "$(only_files)" = "$(printf './good-one.yaml\n./homework.yaml')" ] ||
	fail "files after replacing: $(only_files)"
expect_status 0 "$STEADY" list
[ ! -s "$T/err" ] || fail "list complains: $(cat "$T/err")"

# ID.yaml holding another module is never overwritten.
module "$user/clash.yaml" other "Other"
module "$T/clash.yaml" clash "Clash"
expect_status 1 "$STEADY" add "$T/clash.yaml"
expect_in "$T/err" "$user/clash.yaml already holds another module ('other'); nothing was added."
grep -q '^id: other$' "$user/clash.yaml" || fail "clash.yaml was overwritten"
rm "$user/clash.yaml"

# Steady's own module ids: refused without --yes, replaced with it, and
# `steady remove` brings the bundled one back.
module "$T/urges.yaml" urges "Our urge plan"
expect_status 1 "$STEADY" add "$T/urges.yaml"
expect_in "$T/err" "the id 'urges' belongs to steady's own module"
expect_in "$T/err" "added, this file would replace it. Choose another id ('steady list' shows the ids in use), or, if replacing it is meant, check and add it with --yes"
expect_in "$T/err" "Nothing was added."
[ ! -e "$user/urges.yaml" ] || fail "a bundled id was added without --yes"
# check says the same, so a file check passes is a file add takes.
expect_status 1 "$STEADY" check "$T/urges.yaml"
expect_in "$T/err" "$T/urges.yaml:2:5: error: the id 'urges' belongs to steady's own module"
expect_status 0 "$STEADY" check --yes "$T/urges.yaml"
expect_status 0 "$STEADY" add --yes "$T/urges.yaml"
expect_in "$T/out" "It replaces steady's own module"
expect_in "$T/out" "'steady remove urges' brings that one back."
expect_status 0 "$STEADY" list
grep -q "^urges[[:space:]]*Our urge plan[[:space:]].*$user/urges.yaml\$" "$T/out" || fail "no override: $(cat "$T/out")"
expect_status 0 "$STEADY" remove urges
expect_in "$T/out" "Removed $user/urges.yaml"
expect_in "$T/out" "\"Our urge plan\" is no longer on your home screen."
expect_in "$T/out" "is shown again."
expect_in "$T/out" "Your diary keeps anything you wrote for it."
expect_status 0 "$STEADY" list
grep -q "^urges[[:space:]].*/content/urges.yaml\$" "$T/out" || fail "bundled not back: $(cat "$T/out")"

# Removing a bundled module, or one never added, changes nothing.
expect_status 1 "$STEADY" remove welcome
expect_in "$T/err" "is one of steady's own modules, not one you added, so it cannot be removed"
expect_status 1 "$STEADY" remove homewrok
expect_in "$T/err" "you have added no module with the id 'homewrok'; did you mean 'homework'?"
expect_in "$T/err" "'steady list' shows every module"
expect_status 1 "$STEADY" remove nothing-like-it
expect_in "$T/err" "you have added no module with the id 'nothing-like-it'."

# A module's own text domain: its catalogues beside it come along, are
# used, and go with it.
mkdir -p "$T/sam/locale/de/LC_MESSAGES" "$T/sam/locale/nl/LC_MESSAGES"
module "$T/sam/sam.yaml" sam-log "Sam's log" "domain: sam-homework"
printf 'msgid ""\nmsgstr "Content-Type: text/plain; charset=UTF-8\\n"\n\nmsgctxt "title"\nmsgid "Sam'"'"'s log"\nmsgstr "Sams Protokoll"\n' >"$T/de.po"
msgfmt -o "$T/sam/locale/de/LC_MESSAGES/sam-homework.mo" "$T/de.po" || fail "msgfmt"
echo "not a catalogue" >"$T/sam/locale/nl/LC_MESSAGES/sam-homework.mo"
expect_status 0 "$STEADY" add "$T/sam/sam.yaml"
expect_in "$T/out" "Translations added: de."
expect_in "$T/err" "sam-homework.mo is not a compiled translation (.mo); it was left out"
cmp -s "$T/sam/locale/de/LC_MESSAGES/sam-homework.mo" \
	"$user/locale/de/LC_MESSAGES/sam-homework.mo" || fail "catalogue not copied"
[ ! -e "$user/locale/nl" ] || fail "a broken catalogue was copied"
LANGUAGE=de "$STEADY" list >"$T/out" 2>&1
grep -q "^sam-log[[:space:]]*Sams Protokoll[[:space:]]" "$T/out" || fail "not translated: $(cat "$T/out")"
expect_status 0 "$STEADY" remove sam-log
[ ! -e "$user/locale" ] || fail "translations left behind: $(find "$user/locale")"
mkdir -p "$T/nodomain"
module "$T/nodomain/x.yaml" x-log "X" "domain: x-homework"
expect_status 0 "$STEADY" add "$T/nodomain/x.yaml"
expect_in "$T/out" "No translations for its text domain 'x-homework' were found beside it"
expect_status 0 "$STEADY" remove x-log

# Nothing half-written is ever left in the folder.
# (.modules.cache is not one: the parsed modules, see add-cache.sh.)
left=$(find "$user" -name '.*' ! -name .modules.cache)
[ -z "$left" ] || fail "temporary files: $left"

# A modules "folder" that cannot be written: a clear error, exit 1.
mv "$user" "$T/saved"
mkdir -p "$(dirname "$user")"
: >"$user"
expect_status 1 "$STEADY" add "$T/good.yaml"
expect_in "$T/err" "steady: could not add $T/good.yaml to $user:"
rm "$user"
mv "$T/saved" "$user"

# `steady remove` of a module another added one links to: the other is
# named, and nothing goes without a yes (there is no terminal here).
mkdir -p "$T/pair"
cat >"$T/pair/part-one.yaml" <<'YAML'
steady: 1
id: part-one
title: Part one
summary: The first part.
minutes: 1
steps:
  - type: page
    text: One.
YAML
cat >"$T/pair/part-two.yaml" <<'YAML'
steady: 1
id: part-two
title: Part two
summary: The second part.
minutes: 1
steps:
  - type: links
    modules: [part-one]
YAML
expect_status 0 "$STEADY" add "$T/pair/part-one.yaml" "$T/pair/part-two.yaml"
expect_status 1 "$STEADY" remove part-one
expect_in "$T/err" "steady: \"Part two\" (id part-two) links to 'part-one'. Without it, \"Part two\" is left out too, until 'part-one' is added again."
expect_in "$T/err" "nothing was removed"
[ -e "$user/part-one.yaml" ] || fail "remove took a module another links to without asking"
expect_status 0 "$STEADY" remove part-one part-two
expect_not_in "$T/err" "links to"
[ ! -e "$user/part-one.yaml" ] && [ ! -e "$user/part-two.yaml" ] || fail "not removed"
expect_status 0 "$STEADY" add "$T/pair/part-one.yaml" "$T/pair/part-two.yaml"
expect_status 0 "$STEADY" remove --yes part-one
expect_in "$T/err" "links to 'part-one'"
expect_in "$T/out" "Removed $user/part-one.yaml"
expect_status 0 "$STEADY" remove part-two

# A new version that drops a question and an option: add names them, and
# says what becomes of the answers kept for them.
cp "$top_srcdir/tests/data/report/urge-log.yaml" "$T/v1.yaml"
sed -e 's/id: bored/id: boredom/' -e 's/id: note/id: instead/' "$T/v1.yaml" >"$T/v2.yaml"
expect_status 0 "$STEADY" add "$T/v1.yaml"
expect_not_in "$T/out" "no longer has"
expect_status 0 "$STEADY" add "$T/v2.yaml"
expect_in "$T/out" "This version no longer has these questions or options of the one before:"
expect_in "$T/out" "  option 'bored' of question 'situation' (\"I was bored\")"
expect_in "$T/out" "  question 'note' (\"What did you do instead?\")"
expect_in "$T/out" "their charts end here"
expect_status 0 "$STEADY" add "$T/v2.yaml"
expect_not_in "$T/out" "no longer has"
expect_status 0 "$STEADY" remove urge-log

# `steady preview`: refuses a file with errors (the same messages) and
# needs a terminal; nothing is written either way.
rm -rf "$HOME" && mkdir -p "$HOME"
expect_status 2 "$STEADY" preview
expect_in "$T/err" "'preview' needs exactly one module FILE"
expect_status 2 "$STEADY" preview "$data/valid"
expect_in "$T/err" "is not a module file; 'preview' plays one module"
expect_status 1 "$STEADY" preview "$bad"
head -n 1 "$T/err" >"$T/prev-err"
cmp -s "$T/check-err" "$T/prev-err" || fail "preview and check differ: $(cat "$T/err")"
expect_in "$T/err" "steady previews only a module without errors"
expect_status 1 "$STEADY" preview "$hw"
expect_in "$T/err" "the screens need a terminal"
[ -z "$(find "$HOME" -type f | head -n 1)" ] || fail "preview wrote: $(find "$HOME" -type f)"
exit 0
