# list.pop with and without index, list.remove of first match, and their error messages.
stack = [10, 20, 30, 20, 40]
print(stack.pop(), stack)
print(stack.pop(0), stack)
print(stack.pop(-2), stack)
stack.remove(20)
print(stack)
try:
    stack.remove(99)
except ValueError as e:
    print(type(e).__name__, e)
try:
    stack.pop(10)
except IndexError as e:
    print(type(e).__name__, e)
empty = []
try:
    empty.pop()
except IndexError as e:
    print(type(e).__name__, e)
try:
    stack.pop("1")
except TypeError as e:
    print(type(e).__name__, e)
data = [1, 1.0, True]
data.remove(True)
print(data)
words = ["a", "b"]
try:
    words.remove()
except TypeError as e:
    print(type(e).__name__, e)
