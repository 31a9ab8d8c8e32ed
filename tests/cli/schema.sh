#!/bin/sh
# SPDX-FileCopyrightText: 2026 The steady authors
# SPDX-License-Identifier: GPL-3.0-or-later
# schema.sh: the JSON Schema for editors (content/steady-module.schema.json)
# agrees with `steady check` on every module fixture, bundled module and
# example, except the rules listed in schema.py that no schema can state.
# Needs python3 with PyYAML and jsonschema (Debian: python3-yaml,
# python3-jsonschema; quickstart.sh installs them); skipped without them,
# except in CI.
. "$top_srcdir/tests/lib.sh"

py=
for p in /usr/bin/python3 python3; do
	if "$p" -c 'import yaml, jsonschema' 2>/dev/null; then
		py=$p
		break
	fi
done
if [ -z "$py" ]; then
	[ "${CI:-}" != true ] || fail "python3 with yaml and jsonschema is needed (python3-yaml, python3-jsonschema)"
	echo "SKIP: python3 with yaml and jsonschema not found"
	exit 77
fi
"$py" -W ignore "$top_srcdir/tests/cli/schema.py" "$STEADY" "$top_srcdir" || fail "the schema and steady check disagree"
exit 0
