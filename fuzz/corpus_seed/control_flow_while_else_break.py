# The else clause of a while loop runs only when the loop ends without break.
def find_first_multiple(n, limit):
    i = 1
    while i <= limit:
        if i % n == 0:
            print("found", i)
            break
        i += 1
    else:
        print("no multiple of", n, "up to", limit)
    return i

print(find_first_multiple(7, 20))
print(find_first_multiple(30, 20))

count = 0
while count < 0:
    count += 1
else:
    print("else runs even if body never runs, count =", count)

stack = [1, 2, 3]
while stack:
    top = stack.pop()
    if top == 2:
        continue
    print("popped", top)
else:
    print("stack drained, continue does not skip else")
