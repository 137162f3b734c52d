"""Terrarium's textwrap: wrap, fill, shorten, dedent, indent."""


def _split_words(text):
    return text.split()


def wrap(text, width=70, *, initial_indent="", subsequent_indent="", break_long_words=True,
         expand_tabs=True, replace_whitespace=True, drop_whitespace=True, max_lines=None,
         placeholder=" [...]", **kwargs):
    if width <= 0:
        raise ValueError(f"invalid width {width!r} (must be > 0)")
    if expand_tabs:
        text = text.expandtabs()
    words = _split_words(text)
    lines = []
    current = []
    current_len = 0
    indent = initial_indent
    for word in words:
        avail = width - len(indent)
        needed = len(word) + (1 if current else 0)
        if current and current_len + needed > avail:
            lines.append(indent + " ".join(current))
            indent = subsequent_indent
            current = []
            current_len = 0
            avail = width - len(indent)
        while break_long_words and len(word) > avail and not current:
            lines.append(indent + word[:avail])
            word = word[avail:]
            indent = subsequent_indent
            avail = width - len(indent)
        if word:
            current_len += len(word) + (1 if current else 0)
            current.append(word)
    if current:
        lines.append(indent + " ".join(current))
    if max_lines is not None and len(lines) > max_lines:
        lines = lines[:max_lines]
        last = lines[-1]
        while last and len(last) + len(placeholder) > width:
            last = last.rsplit(" ", 1)[0] if " " in last.strip() else ""
        lines[-1] = last + placeholder
    return lines


def fill(text, width=70, **kwargs):
    return "\n".join(wrap(text, width, **kwargs))


def shorten(text, width, *, placeholder=" [...]", **kwargs):
    text = " ".join(text.split())
    if len(text) <= width:
        return text
    words = text.split()
    out = ""
    for word in words:
        candidate = (out + " " + word) if out else word
        if len(candidate) + len(placeholder) > width:
            break
        out = candidate
    return out + placeholder if out else placeholder.strip()


def dedent(text):
    lines = text.split("\n")
    margin = None
    for line in lines:
        stripped = line.lstrip(" \t")
        if not stripped:
            continue
        indent = line[:len(line) - len(stripped)]
        if margin is None:
            margin = indent
        else:
            common = 0
            for a, b in zip(margin, indent):
                if a != b:
                    break
                common += 1
            margin = margin[:common]
    out = []
    for line in lines:
        if not line.strip(" \t"):
            out.append("")
        elif margin:
            out.append(line[len(margin):])
        else:
            out.append(line)
    return "\n".join(out)


def indent(text, prefix, predicate=None):
    if predicate is None:
        predicate = lambda line: line.strip()
    return "".join(prefix + line if predicate(line) else line for line in text.splitlines(True))
