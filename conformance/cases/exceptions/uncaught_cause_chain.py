# An uncaught exception raised "from" another prints both with "The above exception was the direct cause".
class ParseError(Exception):
    pass

def parse_number(token, line_no):
    try:
        return float(token)
    except ValueError as e:
        raise ParseError(f"line {line_no}: cannot parse {token!r}") from e

def parse_lines(lines):
    return [parse_number(tok, i) for i, tok in enumerate(lines, 1)]

print(parse_lines(["1.5", "2", "-3e2"]))
print(parse_lines(["4", "4..2"]))
