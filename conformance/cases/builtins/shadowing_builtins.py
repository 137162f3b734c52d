# Assigning to a builtin's name shadows it in that scope only; deleting the global binding restores the builtin.
def count_items(list):
    return len(list)
print(count_items([1, 2, 3]))
def tricky():
    sum = 0
    for n in range(4):
        sum += n
    return sum
print(tricky(), sum([1, 2]))
max = lambda *args: "shadowed"
print(max(1, 2))
del max
print(max(1, 2))
def uses_len_later():
    try:
        return len("abc")
    except UnboundLocalError as e:
        return f"{type(e).__name__}: {e}"
    len = None
print(uses_len_later())
class Box:
    list = [1, 2]
    def items(self):
        return list(self.list)
print(Box().items(), Box.list)
str = "oops"
try:
    str(5)
except TypeError as e:
    print(type(e).__name__, e)
del str
print(str(5) + "!")
