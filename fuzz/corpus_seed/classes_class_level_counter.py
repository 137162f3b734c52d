# Class-level counters updated via the class name assign unique ids and count live creations per class.
class Ticket:
    next_id = 1
    created = 0

    def __init__(self, title):
        self.id = Ticket.next_id
        Ticket.next_id += 1
        Ticket.created += 1
        self.title = title

    @classmethod
    def reset(cls):
        cls.next_id = 1

class Bug(Ticket):
    pass

tickets = [Ticket("a"), Bug("b"), Ticket("c")]
print([(t.id, t.title, type(t).__name__) for t in tickets])
print(Ticket.created, Bug.created, Ticket.next_id)

class Wrong:
    count = 0
    def __init__(self):
        self.count += 1   # creates an instance attribute instead
w1, w2 = Wrong(), Wrong()
print(w1.count, w2.count, Wrong.count)

Bug.reset()
print(Bug.next_id, Ticket.next_id, Bug("d").id, Ticket.next_id, Bug.next_id)

class Registry:
    items = []          # shared mutable class attribute
    def add(self, x):
        self.items.append(x)
r1, r2 = Registry(), Registry()
r1.add(1)
r2.add(2)
print(r1.items, r2.items, Registry.items is r1.items)
