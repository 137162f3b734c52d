# zip() and enumerate() pull lazily from generators; zip stops at the shortest input.
def letters():
    for ch in "abcde":
        print("  letter", ch)
        yield ch

def numbers(n):
    for i in range(n):
        print("  number", i)
        yield i

for pair in zip(numbers(2), letters()):
    print(pair)

for idx, ch in enumerate(letters(), start=1):
    if idx == 3:
        break
    print(idx, ch)

print(dict(enumerate(x * 2 for x in range(3))))
print(list(zip(*((i, i * i) for i in range(4)))))
