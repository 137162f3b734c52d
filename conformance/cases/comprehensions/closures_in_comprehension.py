# Comprehensions inside functions read enclosing locals and parameters, and can be used in nested function bodies.
def scale_all(values, factor):
    offset = 1
    return [v * factor + offset for v in values]
print(scale_all([1, 2, 3], 10))
def make_filter(threshold):
    def apply(values):
        return [v for v in values if v > threshold]
    return apply
above5 = make_filter(5)
print(above5([3, 6, 9]), make_filter(0)([-1, 1]))
def counter_factory():
    seen = []
    def add_all(items):
        seen.extend([i.upper() for i in items if i not in seen])
        return list(seen)
    return add_all
add = counter_factory()
print(add(["a", "b"]), add(["c"]))
def outer():
    x = 1
    funcs = [lambda: x for _ in range(2)]
    x = 2
    return [f() for f in funcs]
print(outer())
def matrix_power(n):
    base = [[1, 1], [1, 0]]
    def mult(a, b):
        return [[sum(a[i][k] * b[k][j] for k in range(2)) for j in range(2)] for i in range(2)]
    result = [[1, 0], [0, 1]]
    for _ in range(n):
        result = mult(result, base)
    return result
print(matrix_power(10))
