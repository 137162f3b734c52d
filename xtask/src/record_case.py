"""Runs one conformance case under CPython and prints its transcript as JSON.

Usage: python3 -S record_case.py CASE_PATH SCRIPT_NAME

The case runs as a fresh __main__ module, compiled under SCRIPT_NAME (``area/topic.py``) so that
traceback frames name the same file as under Terrarium. stdout is captured; an uncaught exception is
reported section by section (oldest first) with frames and ``traceback.format_exception_only`` lines.
"""
import io
import json
import sys
import traceback
import types

WRAPPER = __file__


def frames_of(exc):
    return [
        {"file": fs.filename, "line": fs.lineno, "name": fs.name}
        for fs in traceback.extract_tb(exc.__traceback__)
        if fs.filename != WRAPPER
    ]


def lines_of(exc):
    text = "".join(traceback.format_exception_only(type(exc), exc))
    return text.rstrip("\n").split("\n")


def chain_of(exc):
    """The sections CPython prints for exc, oldest first, with how each follows the previous."""
    sections = []
    seen = set()
    link = None
    while exc is not None and id(exc) not in seen:
        seen.add(id(exc))
        sections.append({"exc": exc, "link_to_next": link})
        if exc.__cause__ is not None:
            link, exc = "cause", exc.__cause__
        elif exc.__context__ is not None and not exc.__suppress_context__:
            link, exc = "context", exc.__context__
        else:
            exc = None
    sections.reverse()
    out = []
    for i, s in enumerate(sections):
        out.append({
            "link": sections[i - 1]["link_to_next"] if i > 0 else None,
            "frames": frames_of(s["exc"]),
            "lines": lines_of(s["exc"]),
        })
    return out


def main():
    path, script_name = sys.argv[1], sys.argv[2]
    with open(path, encoding="utf-8") as f:
        source = f.read()
    captured = io.StringIO()
    real_stdout = sys.stdout
    result = {"stdout": "", "ending": {"kind": "completed"}}
    try:
        code = compile(source, script_name, "exec")
    except SyntaxError as e:
        result["ending"] = {
            "kind": "syntax_error",
            "type_name": type(e).__name__,
            "message": e.msg,
            "line": e.lineno or 0,
            "column": e.offset or 0,
        }
        real_stdout.write(json.dumps(result))
        return
    module = types.ModuleType("__main__")
    module.__builtins__ = __builtins__
    sys.modules["__main__"] = module
    sys.stdout = captured
    try:
        exec(code, module.__dict__)
    except SystemExit as e:
        sys.stdout = real_stdout
        raise SystemExit(f"case {script_name} called sys.exit({e.code!r}); cases must not exit")
    except BaseException as e:
        result["ending"] = {"kind": "exception", "sections": chain_of(e)}
    finally:
        sys.stdout = real_stdout
    result["stdout"] = captured.getvalue()
    real_stdout.write(json.dumps(result))


main()
