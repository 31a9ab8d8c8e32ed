#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 The steady authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""spdx-headers.py [ROOT]: adds the two SPDX lines to every file git tracks
in ROOT (default: the current folder) that has none, in the comment form its
kind allows, with the project's rule for the licence: the code
GPL-3.0-or-later; content (modules, helplines, their translations), the
manual pages and the documents CC-BY-SA-4.0. Files that cannot hold a
comment are in .reuse/dep5 and left alone. Run it after merging files that
came without headers; `reuse lint` (tests/doc/reuse.sh) says what is left."""
import subprocess, sys, os, fnmatch

root = sys.argv[1] if len(sys.argv) > 1 else "."
# The tags are split so that reuse does not read this file's strings as its own.
TAG = "SPDX-" "License-Identifier"
CR = "SPDX-" "FileCopyrightText: 2026 The steady authors"
GPL, CC = "GPL-3.0-or-later", "CC-BY-SA-4.0"
skip = ["tests/data/*", "tests/fuzz/corpus/*", "tests/fuzz/regress/*", "tests/fuzz/*.dict",
        "m4/.keep", "po/*.pot", "content/po/*.pot", "content/*.json",
        "COPYING", "LICENSES/*", ".reuse/*"]

def lic_for(p):
    # content (modules, helplines, their translations) and docs: CC BY-SA
    if p.endswith(".md") or p.endswith(".po") or p.endswith(".1.in") or p.endswith(".5.in"):
        return CC
    if p.startswith("content/") and p.endswith(".yaml"):
        return CC
    if p.endswith(".xml"):
        return CC
    return GPL

def header(p, lic):
    if p.endswith((".c", ".h")):
        return "/* %s */\n/* %s: %s */\n" % (CR, TAG, lic)
    if p.endswith(".md"):
        return "<!-- %s -->\n<!-- %s: %s -->\n" % (CR, TAG, lic)
    if p.endswith((".1.in", ".5.in")):
        return '.\\" %s\n.\\" %s: %s\n' % (CR, TAG, lic)
    return "# %s\n# %s: %s\n" % (CR, TAG, lic)

files = subprocess.run(["git", "-C", root, "ls-files"], capture_output=True, text=True,
                       check=True).stdout.split("\n")
done = []
for p in files:
    if not p or any(fnmatch.fnmatch(p, s) for s in skip):
        continue
    path = os.path.join(root, p)
    if os.path.islink(path) or not os.path.isfile(path):
        continue
    with open(path, encoding="utf-8") as f:
        text = f.read()
    if TAG in text[:2000]:
        continue
    h = header(p, lic_for(p))
    if text.startswith("#!") or text.startswith("# yaml-language-server:"):
        nl = text.index("\n") + 1
        text = text[:nl] + h + text[nl:]
    else:
        text = h + text
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)
    done.append(p)
print("%d files" % len(done))
