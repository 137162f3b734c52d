# nonlocal lets an inner function update a counter that lives in the enclosing function's frame.
def make_counter(start=0, step=1):
    count = start
    def increment():
        nonlocal count
        count += step
        return count
    def reset():
        nonlocal count
        count = start
    def peek():
        return count
    return increment, reset, peek

inc, reset, peek = make_counter()
print(inc(), inc(), inc(), peek())
reset()
print(peek(), inc())
inc10, _, peek10 = make_counter(100, 10)
print(inc10(), inc10(), peek10(), peek())

def make_id_generator(prefix):
    n = 0
    def next_id():
        nonlocal n
        n += 1
        return f"{prefix}-{n:04d}"
    return next_id

order_id = make_id_generator("ORD")
user_id = make_id_generator("USR")
print(order_id(), order_id(), user_id(), order_id())
