# A toy RSA round-trip using pow with a modulus, ending with a non-invertible exponent.
def make_keys(p, q, e):
    phi = (p - 1) * (q - 1)
    return p * q, e, pow(e, -1, phi)

def roundtrip(text, p, q, e):
    n, e, d = make_keys(p, q, e)
    cipher = [pow(ord(c), e, n) for c in text]
    return cipher, "".join(chr(pow(c, d, n)) for c in cipher)

n, e, d = make_keys(1009, 1013, 65537)
print(n, e, d, e * d % ((1009 - 1) * (1013 - 1)))
print(roundtrip("Hi!", 1009, 1013, 65537))
print(pow(12345, 0, n), pow(n, 5, n), pow(-1, -1, 7), pow(3, -2, 10))
print(roundtrip("no", 1009, 1013, 4))
