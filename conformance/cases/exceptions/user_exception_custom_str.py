# A custom __str__ controls how the exception prints; __repr__ falls back to the default form.
class InsufficientFunds(Exception):
    def __init__(self, balance, amount):
        super().__init__(balance, amount)
        self.balance = balance
        self.amount = amount
    def __str__(self):
        return f"cannot withdraw {self.amount}: balance is only {self.balance}"

class Tagged(Exception):
    def __str__(self):
        return "[" + "|".join(map(str, self.args)) + "]"
    def __repr__(self):
        return f"Tagged<{len(self.args)}>"

def withdraw(balance, amount):
    if amount > balance:
        raise InsufficientFunds(balance, amount)
    return balance - amount

print(withdraw(100, 30))
try:
    withdraw(10, 25)
except InsufficientFunds as e:
    print(e)
    print(repr(e))
    print(e.args)
t = Tagged("a", 1, None)
print(t, repr(t), [t], f"{t!s} {t!r}")
print(str(Tagged()), repr(Tagged()))

def transfer(accounts, src, dst, amount):
    accounts[src] = withdraw(accounts[src], amount)
    accounts[dst] += amount

accounts = {"a": 50, "b": 0}
transfer(accounts, "a", "b", 20)
print(accounts)
transfer(accounts, "b", "a", 45)
