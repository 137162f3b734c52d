# Items flow through a generator pipeline one at a time, interleaving the stages' prints.
def source():
    for i in range(3):
        print(f"source {i}")
        yield i

def double(it):
    for x in it:
        print(f"double {x}")
        yield x * 2

def label(it):
    for x in it:
        print(f"label {x}")
        yield f"<{x}>"

for out in label(double(source())):
    print("sink", out)
