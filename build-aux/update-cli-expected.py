#!/usr/bin/env python3
# update-cli-expected.py: rewrite tests/cli/expected/ from the cases in tests/cli/test-cli.c.
# Copyright 2026 The HIT Study Planner authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# For a deliberate change of output only: run it, then read `git diff tests/cli/expected`
# line by line before committing; the expected files are the known answers.
# Usage: build-aux/update-cli-expected.py BUILDDIR
import os, re, subprocess, sys

top = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
tool = os.path.join(os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else '_build'), 'src/cli/hitplan')
source = open(os.path.join(top, 'tests/cli/test-cli.c')).read()
# A macro stands for one or more strings: SAMPLE, or TODAY ("--today", "2026-11-27").
macros = {name: re.findall(r'"([^"]*)"', body)
          for name, body in re.findall(r'#define (\w+) ("[^\n]*)', source)}
table = source[source.index('static const CliCase cases[] = {'):]
table = table[:table.index('};')]
env = dict(os.environ, HITPLANNER_DATADIR=os.path.join(top, 'data'), LC_ALL='C.UTF-8', LANGUAGE='')
for m in re.finditer(r'\{ "([a-z-]+)", (\d), \{([^}]*)\} \}', table, re.S):
    name, status = m.group(1), int(m.group(2))
    args = [x for a in re.findall(r'"[^"]*"|\b[A-Z_]+\b', m.group(3)) if a != 'NULL'
            for x in macros.get(a, [a.strip('"')])]
    run = subprocess.run([tool] + args, capture_output=True, cwd=top, env=env)
    for suffix, data in (('.out', run.stdout), ('.err', run.stderr)):
        open(os.path.join(top, 'tests/cli/expected', name + suffix), 'wb').write(data)
    print(f'{name}: exit {run.returncode}' + ('' if run.returncode == status else f' (test expects {status})'))
