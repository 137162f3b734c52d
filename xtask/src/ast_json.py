"""Dumps CPython's AST of a file as JSON (developer aid: lets the evaluator be tested before,
and independently of, Terrarium's own parser). Usage: python3 -S ast_json.py FILE"""
import ast
import json
import sys


def conv(node, source_bytes):
    if isinstance(node, ast.AST):
        out = {"_type": type(node).__name__}
        for field, value in ast.iter_fields(node):
            out[field] = conv(value, source_bytes)
        if hasattr(node, "lineno"):
            out["_span"] = offsets(node, source_bytes)
        return out
    if isinstance(node, list):
        return [conv(x, source_bytes) for x in node]
    if isinstance(node, bytes):
        return {"_bytes": list(node)}
    if isinstance(node, complex):
        return {"_complex": node.imag}
    if isinstance(node, float):
        return {"_float": repr(node)}
    if isinstance(node, int) and not isinstance(node, bool):
        return {"_int": str(node)}
    if node is Ellipsis:
        return {"_ellipsis": True}
    return node


LINE_STARTS = []


def offsets(node, source_bytes):
    start = LINE_STARTS[node.lineno - 1] + node.col_offset
    end_line = getattr(node, "end_lineno", node.lineno) or node.lineno
    end_col = getattr(node, "end_col_offset", node.col_offset) or 0
    return [start, LINE_STARTS[end_line - 1] + end_col]


def main():
    data = open(sys.argv[1], "rb").read()
    pos = 0
    LINE_STARTS.append(0)
    for line in data.split(b"\n"):
        pos += len(line) + 1
        LINE_STARTS.append(pos)
    try:
        tree = ast.parse(data, sys.argv[1])
    except SyntaxError as e:
        print(json.dumps({"_syntax_error": [type(e).__name__, e.msg, e.lineno or 0, e.offset or 0]}))
        return
    print(json.dumps(conv(tree, data)))


main()
