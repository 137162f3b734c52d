# An exception raised inside a generator propagates to the consumer with generator frames in the traceback.
def parse_numbers(tokens):
    for tok in tokens:
        yield int(tok)

def running_total(tokens):
    total = 0
    for n in parse_numbers(tokens):
        total += n
        yield total

def main():
    print(list(running_total(["1", "2", "3"])))
    for t in running_total(["10", "20", "x3", "40"]):
        print("total", t)

main()
