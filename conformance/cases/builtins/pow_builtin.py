# pow() with two and three arguments: negative exponents give floats, modular inverse with -1, and error cases.
print(pow(2, 10), pow(2, -2), pow(-8, 1 / 3) == (-8) ** (1 / 3), pow(2.5, 2), pow(0, 0), pow(-2, 3))
print(pow(3, 4, 5), pow(2, 100, 1000), pow(7, -1, 11), pow(38, -1, 97) * 38 % 97, pow(-3, 3, 7))
print(pow(10, 20), type(pow(2, -1)).__name__, pow(True, 5), pow(base=3, exp=2), pow(4, 0.5))
print(pow(2, 3, -5), pow(0, 5, 3), 2 ** 3 ** 2, (2 ** 3) ** 2)
def powmod_check(b, e, m):
    try:
        return pow(b, e, m)
    except (ValueError, TypeError, ZeroDivisionError) as err:
        return f"{type(err).__name__}: {err}"
print(powmod_check(2, 3, 0))
print(powmod_check(2, -1, 4))
print(powmod_check(2.0, 3, 5))
print(powmod_check(2, 0.5, 5))
try:
    pow("2", 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    pow(2)
except TypeError as e:
    print(type(e).__name__, e)
def compound(principal, rate, years):
    return principal * pow(1 + rate, years)
def growth_table(rates):
    return [round(compound(100, r, 2), 2) for r in rates]
print(growth_table([0.1, 0.05]))
print(pow(0, -1))
