# Stack and Queue classes wrap lists with push/pop, peek, len and truthiness; popping empty raises.
class EmptyError(IndexError):
    pass
class Stack:
    def __init__(self):
        self._items = []
    def push(self, x):
        self._items.append(x)
        return self
    def pop(self):
        if not self._items:
            raise EmptyError(f"pop from empty {type(self).__name__}")
        return self._items.pop()
    def peek(self):
        return self._items[-1] if self._items else None
    def __len__(self):
        return len(self._items)
class Queue(Stack):
    def pop(self):
        if not self._items:
            raise EmptyError(f"pop from empty {type(self).__name__}")
        return self._items.pop(0)
def balanced(text):
    pairs, s = {")": "(", "]": "[", "}": "{"}, Stack()
    for ch in text:
        if ch in "([{":
            s.push(ch)
        elif ch in pairs and (not s or s.pop() != pairs[ch]):
            return False
    return not s

s = Stack().push(1).push(2).push(3)
q = Queue().push(1).push(2).push(3)
print(s.pop(), q.pop(), s.peek(), len(s), len(q), bool(Stack()))
print([balanced(t) for t in ["([]{})", "(]", "((", "", "a(b)c"]])
try:
    Stack().pop()
except IndexError as e:
    print(type(e).__name__, e)
print([q.pop() for _ in range(2)], q.pop())
