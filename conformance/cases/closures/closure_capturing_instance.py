# Closures that capture an object see later changes to its attributes but not rebinding of the outer name.
class Account:
    def __init__(self, owner, balance):
        self.owner = owner
        self.balance = balance

def make_reporter(account):
    def report():
        return f"{account.owner}: {account.balance}"
    return report

acct = Account("ann", 100)
report = make_reporter(acct)
print(report())
acct.balance += 50
print(report())
acct = Account("bo", 0)
print(report())

def make_withdraw(account):
    def withdraw(amount):
        if amount > account.balance:
            raise ValueError(f"insufficient funds for {account.owner}")
        account.balance -= amount
        return account.balance
    return withdraw

a = Account("cy", 30)
w = make_withdraw(a)
print(w(10), w(5), a.balance)
try:
    w(100)
except ValueError as e:
    print("ValueError", e)
print(w.__closure__[0].cell_contents is a)
