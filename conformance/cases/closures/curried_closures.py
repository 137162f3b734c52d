# A curry helper builds nested closures until all arguments arrive; extra arguments end in an uncaught TypeError.
def curry(fn, arity):
    def collect(*got):
        def more(*args):
            combined = got + args
            if len(combined) >= arity:
                return fn(*combined)
            return collect(*combined)
        return more
    return collect()

def volume(l, w, h):
    return l * w * h

cv = curry(volume, 3)
print(cv(2)(3)(4), cv(2, 3)(4), cv(2)(3, 4), cv(2, 3, 4))
step = cv(5)
print(step(1)(1), step(2)(2))
add3 = curry(lambda a, b, c: a + b + c, 3)
print(add3("x")("y")("z"))
print(cv(1)(2, 3, 4))
