# Complex arithmetic, attributes and repr.
z = 3 + 4j
print(z, z.real, z.imag, abs(z), z.conjugate() if hasattr(z, "conjugate") else None)
print(z * 2j, z / (1 - 1j), (1j) ** 2, complex(1, -2))
print(repr(0j), repr(-1j), 1j == complex(0, 1))
