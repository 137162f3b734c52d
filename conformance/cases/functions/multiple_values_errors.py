# Passing the same parameter positionally and by keyword raises "got multiple values for argument".
def move(x, y, speed=1):
    return (x * speed, y * speed)

class Account:
    def deposit(self, amount, note=""):
        return amount

def attempt(thunk):
    try:
        print(thunk())
    except TypeError as e:
        print(e)

attempt(lambda: move(1, 2, 3))
attempt(lambda: move(1, x=2))
attempt(lambda: move(1, 2, y=3))
attempt(lambda: move(1, 2, 3, speed=4))
attempt(lambda: Account().deposit(5, amount=6))
attempt(lambda: Account.deposit(Account(), 5, note="a", **{"note": "b"}))
args = (1, 2)
attempt(lambda: move(*args, **{"y": 9}))

def kw_merge(**kw):
    return kw
attempt(lambda: kw_merge(**{"a": 1}, **{"a": 2}))
attempt(lambda: kw_merge(a=1, **{"a": 2}))
attempt(lambda: kw_merge(a=1, b=2))
