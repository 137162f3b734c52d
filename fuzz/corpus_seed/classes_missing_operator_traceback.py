# Using an operator a class doesn't define raises TypeError deep inside helper functions.
class Money:
    def __init__(self, amount):
        self.amount = amount
    def __add__(self, other):
        if isinstance(other, Money):
            return Money(self.amount + other.amount)
        return NotImplemented
    def __repr__(self):
        return f"Money({self.amount})"

print(Money(1) + Money(2))
try:
    Money(1) * 3
except TypeError as e:
    print(type(e).__name__, e)
try:
    sum([Money(1), Money(2)])
except TypeError as e:
    print(type(e).__name__, e)
print(sum([Money(1), Money(2)], Money(0)))

def subtotal(prices):
    total = prices[0]
    for p in prices[1:]:
        total = total + p
    return total

def invoice(prices, tax):
    return subtotal(prices) * tax

print(subtotal([Money(5), Money(6)]))
print(invoice([Money(5), Money(6)], 1.2))
