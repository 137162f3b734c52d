# Complex arithmetic, attributes and repr.
# xfail: output differs from CPython at line 1 (got: (3+4j) 3.0 4.0 5.0 None)
z = 3 + 4j
print(z, z.real, z.imag, abs(z), z.conjugate() if hasattr(z, "conjugate") else None)
print(z * 2j, z / (1 - 1j), (1j) ** 2, complex(1, -2))
print(repr(0j), repr(-1j), 1j == complex(0, 1))
