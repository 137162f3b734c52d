# A closure reads the enclosing variable's current value at call time, not at creation time.
def outer():
    msg = "first"
    def speak():
        return msg
    results = [speak()]
    msg = "second"
    results.append(speak())
    return speak, results

speak, results = outer()
print(results, speak())

def make_pair():
    x = 1
    def get():
        return x
    x = 2
    def get_again():
        return x
    x = 3
    return get, get_again
a, b = make_pair()
print(a(), b())

def loop_capture():
    fns = []
    for step in range(3):
        fns.append(lambda: step)
        if step == 1:
            print("mid-loop", [f() for f in fns])
    return fns
print([f() for f in loop_capture()])
