# An uncaught exception created without arguments prints just its type name on the final line.
class EmptyQueue(Exception):
    pass

class Queue:
    def __init__(self):
        self._items = []
    def push(self, item):
        self._items.append(item)
    def pop(self):
        if not self._items:
            raise EmptyQueue
        return self._items.pop(0)

q = Queue()
q.push("a")
q.push("b")
print(q.pop(), q.pop())
print(repr(EmptyQueue()), str(EmptyQueue()) == "")
print(q.pop())
