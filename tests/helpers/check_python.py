"""Checks Python files without running them: each must compile, and every name it reads must be
defined in the file, imported, or a builtin. Reads a JSON list of {"file", "code"} on stdin and
prints a JSON list of problems. Standard library only (ast and symtable)."""
import builtins
import json
import symtable
import sys

BUILTINS = set(dir(builtins)) | {"__file__", "__name__"}


def undefined_names(table, module_names):
    problems = []
    for symbol in table.get_symbols():
        name = symbol.get_name()
        if not symbol.is_referenced():
            continue
        if table.get_type() == "module":
            defined = symbol.is_assigned() or symbol.is_imported() or symbol.is_namespace()
            if not defined and name not in BUILTINS:
                problems.append(name)
        elif symbol.is_global() and name not in module_names and name not in BUILTINS:
            problems.append(name)
    for child in table.get_children():
        problems.extend(undefined_names(child, module_names))
    return problems


def check(file, code):
    try:
        compile(code, file, "exec")
        table = symtable.symtable(code, file, "exec")
    except SyntaxError as error:
        return [f"{file}:{error.lineno}: syntax error: {error.msg}"]
    module_names = {s.get_name() for s in table.get_symbols() if s.is_assigned() or s.is_imported() or s.is_namespace()}
    return [f"{file}: undefined name {name!r}" for name in sorted(set(undefined_names(table, module_names)))]


problems = []
for entry in json.load(sys.stdin):
    problems.extend(check(entry["file"], entry["code"]))
json.dump(problems, sys.stdout)
