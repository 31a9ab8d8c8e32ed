# SPDX-FileCopyrightText: 2026 The steady authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""schema.py: content/steady-module.schema.json agrees with `steady check`.

Every module fixture (tests/data/modules/valid and invalid), every bundled
module (content/*.yaml) and every example (content/examples/*.yaml) is
judged by both. They must agree, valid for valid, except for the fixtures
listed in SCHEMA_BLIND: rules a JSON Schema cannot express, each with its
reason. A listed fixture that the schema does catch, or that `steady check`
finds valid, is an error too, so the list cannot go stale.

The YAML is read as editors read it (the YAML 1.2 core schema, as the
yaml-language-server does), not as PyYAML reads by default (YAML 1.1, where
'yes' is true, 010 is 8 and 2026-12-31 is a date): booleans are only
true/false, numbers only decimal, octal 0o and hex 0x, and a key given
twice is an error, as in an editor.

Usage: python3 schema.py STEADY TOP_SRCDIR
"""
import glob
import json
import os
import re
import subprocess
import sys

import jsonschema
import yaml

# Fixtures `steady check` rejects for a rule no JSON Schema can state.
SCHEMA_BLIND = {
    "band-gap.yaml": "bands must cover every possible total: a sum over the questions",
    "band-short.yaml": "bands must reach the highest possible total: a sum over the questions",
    "band-overlap.yaml": "bands must not overlap: a comparison between list entries",
    "band-min-max.yaml": "a band's min may not exceed its max: a comparison of two values",
    "scale-min-max.yaml": "a scale's min must be less than its max: a comparison of two values",
    "timer-cue-late.yaml": "a cue must come before the timer ends: a comparison of two values",
    "option-id-duplicate.yaml": "option ids must be unique in a step (a default id is the position)",
    "step-id-duplicate.yaml": "step ids must be unique in a module",
    "plan-twice.yaml": "each safety plan section is filled in once: a comparison between steps",
    "time-of-day-twice.yaml": "one question a module says when it happened: a count across steps",
    "homework-until.yaml": "dates must be in the calendar: 29 February only in leap years",
}


class EditorLoader(yaml.SafeLoader):
    """YAML 1.2 core schema scalars, and no duplicate keys."""


EditorLoader.yaml_implicit_resolvers = {}
for tag, pattern, first in [
    ("tag:yaml.org,2002:null", r"^(?:~|null|Null|NULL|)$", ["~", "n", "N", ""]),
    ("tag:yaml.org,2002:bool", r"^(?:true|True|TRUE|false|False|FALSE)$", list("tTfF")),
    ("tag:yaml.org,2002:int", r"^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)$",
     list("-+0123456789")),
    ("tag:yaml.org,2002:float",
     r"^(?:[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?"
     r"|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$", list("-+.0123456789")),
]:
    EditorLoader.add_implicit_resolver(tag, re.compile(pattern), first)


def _int(loader, node):
    v = loader.construct_scalar(node)
    if v.startswith("0o"):
        return int(v[2:], 8)
    if v.startswith("0x"):
        return int(v[2:], 16)
    return int(v, 10)


def _bool(loader, node):
    return loader.construct_scalar(node).lower() == "true"


def _mapping(loader, node, deep=False):
    seen = set()
    for k, _ in node.value:
        key = loader.construct_object(k, deep=deep)
        if key in seen:
            raise yaml.constructor.ConstructorError(
                None, None, "key %r given twice" % (key,), k.start_mark)
        seen.add(key)
    return loader.construct_mapping(node, deep=deep)


EditorLoader.add_constructor("tag:yaml.org,2002:int", _int)
EditorLoader.add_constructor("tag:yaml.org,2002:bool", _bool)
EditorLoader.add_constructor("tag:yaml.org,2002:map", _mapping)


def schema_errors(validator, path):
    """The schema's complaints about the file (a YAML error counts as one)."""
    try:
        with open(path, encoding="utf-8") as f:
            doc = yaml.load(f, Loader=EditorLoader)
    except (yaml.YAMLError, UnicodeDecodeError) as e:
        return ["YAML: %s" % str(e).splitlines()[0]]
    return ["%s: %s" % ("/".join(str(p) for p in e.absolute_path), e.message)
            for e in validator.iter_errors(doc)]


def steady_valid(steady, path):
    # Its own folder is loaded too, so links between fixtures resolve.
    r = subprocess.run([steady, "--content-dir", os.path.dirname(path), "check", path],
                       capture_output=True, text=True)
    if r.returncode not in (0, 1):
        sys.exit("steady check %s exited %d: %s" % (path, r.returncode, r.stderr))
    return r.returncode == 0


def main():
    steady, top = sys.argv[1], sys.argv[2]
    with open(os.path.join(top, "content", "steady-module.schema.json"), encoding="utf-8") as f:
        schema = json.load(f)
    jsonschema.Draft7Validator.check_schema(schema)
    validator = jsonschema.Draft7Validator(schema)

    data = os.path.join(top, "tests", "data", "modules")
    files = sorted(glob.glob(os.path.join(data, "valid", "*.yaml")))
    files += sorted(glob.glob(os.path.join(data, "invalid", "*.yaml")))
    files += sorted(p for p in glob.glob(os.path.join(top, "content", "*.yaml"))
                    if os.path.basename(p) != "helplines.yaml")  # not a module
    files += sorted(glob.glob(os.path.join(top, "content", "examples", "*.yaml")))
    files += sorted(glob.glob(os.path.join(top, "content", "templates", "*.yaml")))
    if len(files) < 20:
        sys.exit("only %d files found under %s" % (len(files), top))

    problems = []
    agree = blind = 0
    listed_seen = set()
    for path in files:
        name = os.path.basename(path)
        ok = steady_valid(steady, path)
        errs = schema_errors(validator, path)
        listed = name in SCHEMA_BLIND and os.path.dirname(path).endswith("invalid")
        if listed:
            listed_seen.add(name)
            if ok:
                problems.append("%s is listed as schema-blind, but steady check finds no "
                                "error in it" % path)
            elif errs:
                problems.append("%s is listed as schema-blind, but the schema catches it: %s"
                                % (path, errs[0]))
            else:
                blind += 1
            continue
        if ok == (not errs):
            agree += 1
        elif ok:
            problems.append("%s: steady check finds it valid, the schema does not: %s"
                            % (path, "; ".join(errs[:3])))
        else:
            problems.append("%s: steady check finds errors, the schema finds none" % path)
    for name in sorted(set(SCHEMA_BLIND) - listed_seen):
        problems.append("%s is listed as schema-blind but is not a fixture" % name)

    # Each example names the schema for editors, by a path that resolves.
    for path in sorted(glob.glob(os.path.join(top, "content", "examples", "*.yaml"))):
        with open(path, encoding="utf-8") as f:
            first = f.readline().strip()
        m = re.match(r"^# yaml-language-server: \$schema=(\S+)$", first)
        if not m:
            problems.append("%s does not start with a yaml-language-server $schema line" % path)
        elif not os.path.samefile(os.path.join(os.path.dirname(path), m.group(1)),
                                  os.path.join(top, "content", "steady-module.schema.json")):
            problems.append("%s names %s, not the schema" % (path, m.group(1)))

    for p in problems:
        print("FAIL:", p)
    print("%d files: %d agree, %d schema-blind as listed, %d problems"
          % (len(files), agree, blind, len(problems)))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
