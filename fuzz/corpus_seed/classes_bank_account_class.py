# A BankAccount with deposits, withdrawals, transfer and history ends with an uncaught custom exception.
class InsufficientFunds(Exception):
    def __init__(self, needed, available):
        super().__init__(f"need {needed}, have {available}")
        self.shortfall = needed - available
class BankAccount:
    interest_rate = 0.02
    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
        self.history = []
    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self.balance += amount
        self.history.append(("deposit", amount))
    def withdraw(self, amount):
        if amount > self.balance:
            raise InsufficientFunds(amount, self.balance)
        self.balance -= amount
        self.history.append(("withdraw", amount))
    def transfer(self, other, amount):
        self.withdraw(amount)
        other.deposit(amount)
    def __repr__(self):
        return f"BankAccount({self.owner!r}, {self.balance})"

alice, bob = BankAccount("alice", 100), BankAccount("bob")
alice.transfer(bob, 30)
bob.deposit(5)
print(alice, bob, alice.history, bob.history)
try:
    bob.withdraw(50)
except InsufficientFunds as e:
    print("failed:", e, e.shortfall)
try:
    bob.deposit(-1)
except ValueError as e:
    print(type(e).__name__, e)
bob.transfer(alice, 100)
