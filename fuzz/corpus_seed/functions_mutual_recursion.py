# Mutually recursive functions resolve each other by name at call time; a bad token fails deep in the recursion.
def is_even(n):
    return True if n == 0 else is_odd(n - 1)

def is_odd(n):
    return False if n == 0 else is_even(n - 1)

print([(n, is_even(n), is_odd(n)) for n in range(5)])

def parse_expr(tokens, pos):
    value, pos = parse_term(tokens, pos)
    while pos < len(tokens) and tokens[pos] == "+":
        rhs, pos = parse_term(tokens, pos + 1)
        value += rhs
    return value, pos

def parse_term(tokens, pos):
    value, pos = parse_atom(tokens, pos)
    while pos < len(tokens) and tokens[pos] == "*":
        rhs, pos = parse_atom(tokens, pos + 1)
        value *= rhs
    return value, pos

def parse_atom(tokens, pos):
    if tokens[pos] == "(":
        value, pos = parse_expr(tokens, pos + 1)
        return value, pos + 1
    return int(tokens[pos]), pos + 1

for src in ["2 + 3 * 4", "( 2 + 3 ) * 4", "( ( 1 ) ) + ( 2 * ( 3 + 4 ) )"]:
    print(src, "=", parse_expr(src.split(), 0)[0])
print(parse_expr("( 1 + 2 ) * ( 3 + x )".split(), 0))
