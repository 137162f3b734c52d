# divmod() returns (floor quotient, remainder) with floor semantics for negatives, for ints and floats.
for a, b in [(17, 5), (-17, 5), (17, -5), (-17, -5), (0, 3), (5, 17)]:
    q, r = divmod(a, b)
    print(a, b, (q, r), q * b + r == a, (a // b, a % b) == (q, r))
print(divmod(7.5, 2), divmod(-7.5, 2), divmod(7, 0.5), divmod(True, 2))
print(divmod(10**20, 7), divmod(-1, 10**9))
def hms(seconds):
    minutes, s = divmod(seconds, 60)
    h, m = divmod(minutes, 60)
    return f"{h:02d}:{m:02d}:{s:02d}"
print(hms(0), hms(59), hms(3661), hms(86399))
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __divmod__(self, n):
        return divmod(self.cents, n)
    def __rdivmod__(self, n):
        return ("r", n)
print(divmod(Money(250), 100), divmod(3, Money(1)))
try:
    divmod(1, 0)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    divmod(1.0, 0)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    divmod("a", 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    divmod(5)
except TypeError as e:
    print(type(e).__name__, e)
