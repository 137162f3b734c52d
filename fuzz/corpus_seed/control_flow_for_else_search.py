# for/else is used to detect a failed search; break skips the else block.
def is_prime(n):
    if n < 2:
        return False
    for d in range(2, int(n ** 0.5) + 1):
        if n % d == 0:
            break
    else:
        return True
    return False

print([n for n in range(30) if is_prime(n)])

inventory = [("apple", 3), ("pear", 0), ("plum", 7)]
for wanted in ["pear", "kiwi", "plum"]:
    for name, qty in inventory:
        if name == wanted:
            print(wanted, "->", qty)
            break
    else:
        print(wanted, "-> not stocked")

for x in []:
    print("never")
else:
    print("else on empty iterable")

for i in range(3):
    if i == 1:
        continue
else:
    print("continue does not prevent else, i =", i)
