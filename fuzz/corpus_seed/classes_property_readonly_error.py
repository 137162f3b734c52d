# Assigning or deleting a property without setter/deleter raises AttributeError naming the property and class.
class Account:
    def __init__(self, owner, balance):
        self._owner = owner
        self._balance = balance

    @property
    def balance(self):
        return self._balance

    @property
    def owner(self):
        """The account holder."""
        return self._owner

acct = Account("ann", 100)
print(acct.balance, acct.owner, Account.owner.__doc__)
try:
    acct.balance = 5
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del acct.owner
except AttributeError as e:
    print(type(e).__name__, e)
print(acct.balance)

def apply_fee(account, fee):
    account.balance = account.balance - fee

def month_end(accounts):
    for a in accounts:
        apply_fee(a, 2)

month_end([acct])
