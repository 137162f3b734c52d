# Complex arithmetic mixed with ints, floats and bools, including integer powers.
z = 1 + 2j
print(z + 1, z - 1.5, z * 2, z * True, z / 2, 2 / (1 + 1j), z * z, z * z.conjugate())
print(z ** 2, (1j) ** 3, (2 + 0j) ** 10, (1 + 1j) ** 4, z ** 0, 0j ** 0)
print(abs(3 + 4j), abs(-5j), abs(0j), -z, +z, (1j).imag, (5).imag, (2.5).real)
total = sum([1j, 2, 3.5, True])
print(total, type(total).__name__, complex(1, 2) == z, 1j * 1j == -1)
print((1e308 + 1e308j) * 2, complex(2, 3).real.is_integer())
