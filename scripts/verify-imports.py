"""The imports CPython's own parser finds, in the form src/core/deps/python.ts
reports them, and the tokens CPython's tokenizer reads, in the form
src/core/deps/tokens.ts gives them, so that scripts/verify-imports.ts can
compare the two.

Reads a JSON list of {"name": ..., "text": ...} on stdin and writes a JSON
object on stdout: name -> {"records": [...], "tokens": [...], "inner": bool}
or {"error": "..."} for text this Python cannot parse. A record is one of

    ["import", line, 0, module, [], null]          one per name of `import a, b`
    ["from", line, level, module, [names], null]
    ["call", line, level, module, [fromlist], package]
    ["unresolved", line, reason]

with the same rules as the scanner: a call counts when it calls
`importlib.import_module` (or a name the file binds to importlib or to
importlib.import_module) or `__import__`, and its arguments are literal.

A token is [kind, line, text, value] with kind name, op, number, string or
newline; a plain str literal's value is its value (null otherwise, and for a
`\\N{...}` escape, which the scanner does not decode). From Python 3.12 on,
where the tokenizer reads inside f-strings ("inner": true), an f-string is
followed by ["{"], the tokens of its replacement fields (without the braces,
`!` conversions and format-spec text around them), and ["}"].
"""

import ast
import io
import json
import re
import sys
import tokenize

NAMED_ESCAPE = re.compile(r"(?<!\\)(?:\\\\)*\\N\{")

KINDS = {
    tokenize.NAME: "name",
    tokenize.OP: "op",
    tokenize.NUMBER: "number",
    tokenize.STRING: "string",
    tokenize.NEWLINE: "newline",
}
FSTRING_START = getattr(tokenize, "FSTRING_START", None)
FSTRING_MIDDLE = getattr(tokenize, "FSTRING_MIDDLE", None)
FSTRING_END = getattr(tokenize, "FSTRING_END", None)
TSTRING_START = getattr(tokenize, "TSTRING_START", None)
TSTRING_MIDDLE = getattr(tokenize, "TSTRING_MIDDLE", None)
TSTRING_END = getattr(tokenize, "TSTRING_END", None)
STARTS = {FSTRING_START, TSTRING_START} - {None}
MIDDLES = {FSTRING_MIDDLE, TSTRING_MIDDLE} - {None}
ENDS = {FSTRING_END, TSTRING_END} - {None}


def string_value(text):
    prefix = text[: len(text) - len(text.lstrip("rRuUbBfFtT"))].lower()
    if "b" in prefix or "f" in prefix or "t" in prefix:
        return None
    if "r" not in prefix and NAMED_ESCAPE.search(text):
        return None
    return ast.literal_eval(text)


class Tokens:
    def __init__(self, text):
        self.text = text
        self.starts = [0]
        for line in io.StringIO(text).readlines():
            self.starts.append(self.starts[-1] + len(line))
        self.tokens = list(tokenize.generate_tokens(io.StringIO(text).readline))
        self.at = 0

    def offset(self, position):
        row, col = position
        return self.starts[row - 1] + col

    def read(self):
        out = []
        while self.at < len(self.tokens):
            token = self.tokens[self.at]
            self.at += 1
            if token.type in STARTS:
                self.fstring(token, out)
            elif token.type in KINDS:
                out.append(self.record(token))
        while out and out[-1][0] == "newline":
            out.pop()
        return out

    def record(self, token):
        kind = KINDS[token.type]
        if kind == "newline":
            return ["newline", token.start[0], "", None]
        value = string_value(token.string) if kind == "string" else None
        return [kind, token.start[0], token.string, value]

    def fstring(self, start, out):
        inner = []
        states = [["literal", 0]]
        while self.at < len(self.tokens):
            token = self.tokens[self.at]
            self.at += 1
            state = states[-1]
            if token.type in ENDS and len(states) == 1:
                text = self.text[self.offset(start.start) : self.offset(token.end)]
                out.append(["string", start.start[0], text, None])
                out.append(["{"])
                out.extend(inner)
                out.append(["}"])
                return
            if token.type in MIDDLES:
                continue
            if token.type in STARTS:
                self.fstring(token, inner)
                continue
            if token.type not in KINDS or token.type == tokenize.NEWLINE:
                continue
            text = token.string
            if state[0] in ("literal", "spec"):
                if text == "{":
                    states.append(["expr", 0])
                elif text == "}":
                    states.pop()
                continue
            if state[1] == 0 and text == "}":
                states.pop()
            elif state[1] == 0 and text == ":":
                state[0] = "spec"
            elif state[1] == 0 and text == "!":
                self.at += 1
            else:
                if text in "([{":
                    state[1] += 1
                elif text in ")]}":
                    state[1] -= 1
                inner.append(self.record(token))

COMPUTED = "the module name is computed"
RUNS_CODE = "it runs code the scanner does not follow: put the files it runs in a filter"


def literal_str(node):
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    return None


def literal_names(node):
    if isinstance(node, ast.Constant) and node.value is None:
        return []
    if isinstance(node, (ast.List, ast.Tuple)):
        names = [literal_str(e) for e in node.elts]
        return None if any(n is None for n in names) else names
    return None


def literal_int(node):
    if isinstance(node, ast.Constant) and type(node.value) is int and node.value >= 0:
        return node.value
    return None


def bind(call, parameters):
    bound = {}
    for position, arg in enumerate(call.args):
        if isinstance(arg, ast.Starred):
            return None
        if position < len(parameters):
            bound[parameters[position]] = arg
    for keyword in call.keywords:
        if keyword.arg is None:
            return None
        bound[keyword.arg] = keyword.value
    return bound


def package_argument(node):
    if isinstance(node, ast.Name) and node.id == "__package__":
        return {"current": "package"}
    if isinstance(node, ast.Name) and node.id == "__name__":
        return {"current": "name"}
    return literal_str(node)


def records_of(tree):
    importlib_names = {"importlib"}
    import_module_names = set()
    records = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                records.append(["import", node.lineno, 0, alias.name, [], None])
                if alias.name == "importlib" and alias.asname:
                    importlib_names.add(alias.asname)
        elif isinstance(node, ast.ImportFrom):
            names = [alias.name for alias in node.names]
            records.append(["from", node.lineno, node.level, node.module or "", names, None])
            if node.module == "importlib" and node.level == 0:
                for alias in node.names:
                    if alias.name == "import_module":
                        import_module_names.add(alias.asname or alias.name)
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        if (
            isinstance(func, ast.Attribute)
            and func.attr == "import_module"
            and isinstance(func.value, ast.Name)
            and func.value.id in importlib_names
        ):
            records.extend(import_module_call(node))
        elif isinstance(func, ast.Name) and func.id in import_module_names:
            records.extend(import_module_call(node))
        elif isinstance(func, ast.Name) and func.id == "__import__":
            records.extend(dunder_import_call(node))
        elif isinstance(func, ast.Name) and func.id in ("exec", "execfile"):
            records.append(["unresolved", node.lineno, RUNS_CODE])
        elif (
            isinstance(func, ast.Attribute)
            and func.attr in ("run_path", "run_module")
            and isinstance(func.value, ast.Name)
            and func.value.id == "runpy"
        ):
            records.extend(runpy_call(node, func.attr))
    return records


def runpy_call(call, attr):
    name = literal_str(call.args[0]) if attr == "run_module" and call.args else None
    if name is not None and not name.startswith("."):
        return [["call", call.lineno, 0, name, [], None]]
    return [["unresolved", call.lineno, RUNS_CODE]]


def import_module_call(call):
    bound = bind(call, ["name", "package"])
    name = None if bound is None or "name" not in bound else literal_str(bound["name"])
    if name is None:
        return [["unresolved", call.lineno, COMPUTED]]
    level = len(name) - len(name.lstrip("."))
    module = name[level:]
    if level == 0:
        return [["call", call.lineno, 0, module, [], None]]
    package = package_argument(bound["package"]) if "package" in bound else None
    if package is None:
        reason = (
            "the package of a relative name is computed"
            if "package" in bound
            else "a relative name without a package"
        )
        return [["unresolved", call.lineno, reason]]
    return [["call", call.lineno, level, module, [], package]]


def dunder_import_call(call):
    bound = bind(call, ["name", "globals", "locals", "fromlist", "level"])
    name = None if bound is None or "name" not in bound else literal_str(bound["name"])
    if name is None:
        return [["unresolved", call.lineno, COMPUTED]]
    level = literal_int(bound["level"]) if "level" in bound else 0
    if level is None:
        return [["unresolved", call.lineno, "the level is computed"]]
    names = literal_names(bound["fromlist"]) if "fromlist" in bound else []
    package = {"current": "package"} if level > 0 else None
    out = [["call", call.lineno, level, name, names or [], package]]
    if names is None:
        out.append(["unresolved", call.lineno, "the fromlist is computed"])
    return out


def main():
    files = json.load(sys.stdin)
    result = {}
    for entry in files:
        try:
            tree = ast.parse(entry["text"])
        except (SyntaxError, ValueError) as error:
            result[entry["name"]] = {"error": f"{type(error).__name__}: {error}"}
            continue
        result[entry["name"]] = {
            "records": records_of(tree),
            "tokens": Tokens(entry["text"]).read(),
            "inner": bool(STARTS),
        }
    json.dump(result, sys.stdout)


if __name__ == "__main__":
    main()
