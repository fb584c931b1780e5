#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 Beautiful Jilin planning desk developers
# SPDX-License-Identifier: GPL-3.0-or-later
"""The layers, checked over a configured build.

    .ci/layering.py BUILD_DIR [--graph]
    .ci/layering.py --self-test

Reads BUILD_DIR/compile_commands.json (every file the compiler sees, with its
include folders) and BUILD_DIR/planner-layers.txt (written by CMakeLists.txt:
each library's folder, sources and direct dependencies). For every source and
header of every library it resolves each #include "..." against that file's
include folders; when the included header belongs to another library that the
including library does not list as a direct dependency (PUBLIC or PRIVATE), the
check fails and names the file, the line and the missing dependency. A header
of a library that includes another library's header needs that dependency
PUBLIC (its users see it); the check fails when it is PRIVATE.

--graph prints each library's direct dependencies (the module graph).
--self-test builds a two-library tree in a temporary folder whose lower
library includes the upper one's header, and fails unless the check catches it
(CI runs it first, so a check that cannot fail is noticed).
Exit status: 0 when the layers hold, 1 when any include crosses them.
"""
import json
import os
import re
import shlex
import sys

INCLUDE = re.compile(r'^\s*#\s*include\s+"([^"]+)"')


def load_layers(build):
    libs = {}
    with open(os.path.join(build, "planner-layers.txt"), encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line:
                continue
            name, alias, folder, public, private, sources = line.split("|")
            split = lambda s: [x for x in s.split(",") if x]
            libs[name] = {
                "alias": alias or name,
                "folder": folder,
                "public": split(public),
                "private": split(private),
                "files": [os.path.normpath(os.path.join(folder, s)) for s in split(sources)],
            }
    return libs


def include_dirs(build):
    """Include folders per compiled file, from compile_commands.json."""
    dirs = {}
    with open(os.path.join(build, "compile_commands.json"), encoding="utf-8") as f:
        for entry in json.load(f):
            args = entry.get("arguments") or shlex.split(entry["command"])
            found = []
            for i, a in enumerate(args):
                if a in ("-I", "-isystem") and i + 1 < len(args):
                    found.append(args[i + 1])
                elif a.startswith("-I"):
                    found.append(a[2:])
                elif a.startswith("-isystem") and len(a) > len("-isystem"):
                    found.append(a[len("-isystem"):])
            base = entry.get("directory", "")
            dirs[os.path.normpath(os.path.join(base, entry["file"]))] = [
                os.path.normpath(os.path.join(base, d)) for d in found]
    return dirs


def check(build, out=print):
    """Returns the list of includes that cross a layer (also printed)."""
    return _check(build, out)


def self_test():
    import tempfile
    with tempfile.TemporaryDirectory() as tmp:
        mods = os.path.join(tmp, "modules")
        for lib in ("low", "high"):
            os.makedirs(os.path.join(mods, lib))
        with open(os.path.join(mods, "high", "high.h"), "w") as f:
            f.write("#pragma once\n")
        with open(os.path.join(mods, "low", "low.cpp"), "w") as f:
            f.write('#include "high/high.h"\n')
        with open(os.path.join(tmp, "planner-layers.txt"), "w") as f:
            f.write(f"low|P::Low|{mods}/low|||low.cpp\nhigh|P::High|{mods}/high|P::Low||high.h\n")
        with open(os.path.join(tmp, "compile_commands.json"), "w") as f:
            json.dump([{"directory": tmp, "file": f"{mods}/low/low.cpp",
                        "command": f"c++ -I{mods} -c {mods}/low/low.cpp"}], f)
        found = _check(tmp, lambda *_: None)
    if len(found) == 1 and "P::Low includes \"high/high.h\" of P::High" in found[0]:
        print("layering self-test: a lower library including an upper one's header is caught")
        return 0
    print(f"layering self-test FAILED: expected one crossing, found {found}")
    return 1


def main(argv):
    if "--self-test" in argv:
        return self_test()
    if len(argv) < 2:
        print(__doc__.strip().splitlines()[2].strip(), file=sys.stderr)
        return 2
    build = argv[1]
    if "--graph" in argv:
        libs = load_layers(build)
        for name in libs:
            deps = [d for d in libs[name]["public"] + libs[name]["private"] if d.startswith("Planner::")]
            print(f"{libs[name]['alias']}: {', '.join(sorted(deps)) or '(none)'}")
        return 0
    return 1 if check(build) else 0


def _check(build, out):
    libs = load_layers(build)
    alias_of = {name: lib["alias"] for name, lib in libs.items()}
    owner = {}
    for name, lib in libs.items():
        for path in lib["files"]:
            owner[path] = name
    compiled = include_dirs(build)

    problems = []
    checked = 0
    for name, lib in libs.items():
        # A header is compiled with its library's include folders: those of
        # any of the library's compiled sources.
        lib_dirs = []
        for path in lib["files"]:
            for d in compiled.get(path, []):
                if d not in lib_dirs:
                    lib_dirs.append(d)
        allowed_public = set(lib["public"])
        allowed = allowed_public | set(lib["private"])
        for path in lib["files"]:
            if not os.path.exists(path):
                continue
            dirs = compiled.get(path, lib_dirs)
            is_header = path.endswith((".h", ".hpp"))
            with open(path, encoding="utf-8") as f:
                for number, text in enumerate(f, 1):
                    m = INCLUDE.match(text)
                    if not m:
                        continue
                    checked += 1
                    target = None
                    for d in [os.path.dirname(path)] + dirs:
                        candidate = os.path.normpath(os.path.join(d, m.group(1)))
                        if candidate in owner:
                            target = owner[candidate]
                            break
                    if target is None or target == name:
                        continue
                    dep = alias_of[target]
                    where = f"{os.path.relpath(path)}:{number}"
                    if dep not in allowed:
                        problems.append(f"{where}: {alias_of[name]} includes \"{m.group(1)}\" of {dep}, "
                                        f"which it does not list as a dependency")
                    elif is_header and dep not in allowed_public:
                        problems.append(f"{where}: a public header of {alias_of[name]} includes "
                                        f"\"{m.group(1)}\" of {dep}, which it links PRIVATE")
    # The declared graph itself must have no cycle (a static-library cycle
    # links, so CMake would not stop it).
    by_alias = {lib["alias"]: lib for lib in libs.values()}
    state = {}

    def visit(alias, path):
        if state.get(alias) == "done":
            return
        if state.get(alias) == "open":
            problems.append("dependency cycle: " + " -> ".join(path[path.index(alias):] + [alias]))
            return
        state[alias] = "open"
        lib = by_alias.get(alias)
        for dep in (lib["public"] + lib["private"]) if lib else []:
            if dep in by_alias:
                visit(dep, path + [alias])
        state[alias] = "done"

    for alias in by_alias:
        visit(alias, [])
    for p in problems:
        out(p)
    out(f"layering: {checked} includes in {len(libs)} libraries checked, {len(problems)} crossing a layer")
    return problems


if __name__ == "__main__":
    sys.exit(main(sys.argv))
