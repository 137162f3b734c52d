# A singly linked list built from Node objects supports append, iteration, reversal, removal and len.
class Node:
    def __init__(self, value, next=None):
        self.value, self.next = value, next
class LinkedList:
    def __init__(self, values=()):
        self.head, self.size = None, 0
        for v in reversed(list(values)):
            self.head = Node(v, self.head)
            self.size += 1
    def __iter__(self):
        cur = self.head
        while cur:
            yield cur.value
            cur = cur.next
    def __len__(self):
        return self.size
    def reverse(self):
        prev, cur = None, self.head
        while cur:
            cur.next, prev, cur = prev, cur, cur.next
        self.head = prev
    def remove(self, value):
        prev, cur = None, self.head
        while cur and cur.value != value:
            prev, cur = cur, cur.next
        if cur is None:
            raise ValueError(f"{value!r} not in list")
        if prev:
            prev.next = cur.next
        else:
            self.head = cur.next
        self.size -= 1
    def __repr__(self):
        return " -> ".join(map(repr, self)) or "<empty>"
ll = LinkedList([1, 2, 3, 4])
print(ll, len(ll), list(ll), 3 in ll)
ll.reverse(); ll.remove(4); ll.remove(1)
print(ll, len(ll), bool(ll), bool(LinkedList()), LinkedList())
ll.remove(99)
