# The match subject expression is evaluated exactly once; tuple subjects can be written without parentheses.
calls = 0
def next_value():
    global calls
    calls += 1
    return calls * 10

match next_value():
    case 0:
        print("zero")
    case 5:
        print("five")
    case n if n > 5:
        print("big", n)
print("calls:", calls)
x, y = 3, 4
match x, y:
    case 0, 0:
        print("origin")
    case (a, b) if a < b:
        print("ascending pair", a, b)
rest = [2, 3]
match 1, *rest:
    case (first, *others):
        print("star subject", first, others, type(others).__name__)
def pop_items(stack):
    match stack.pop(), stack.pop():
        case a, b:
            return a, b, stack
print(pop_items([1, 2, 3, 4]))
match (x := 7, x + 1):
    case (7, 8):
        print("walrus in subject", x)
