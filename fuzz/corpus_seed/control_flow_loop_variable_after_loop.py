# A for-loop variable keeps its last value after the loop; a loop that never runs leaves it unbound.
for i in range(5):
    pass
print("i after loop:", i)
for i in range(3):
    if i == 1:
        break
print("i after break:", i)
for ch in "hey":
    pass
print("ch:", ch)

def never_iterates():
    for item in []:
        pass
    return item

try:
    never_iterates()
except UnboundLocalError as e:
    print("UnboundLocalError", e)

i = "before"
for i in []:
    pass
print("unchanged:", i)
squares = [n * n for n in range(4)]
try:
    print(n)
except NameError as e:
    print("NameError", e)
k = 0
while k < 3:
    k += 1
print("k:", k)
