# Behaviour and printing of negative zero in floats.
nz = -0.0
print(nz, repr(nz), nz == 0.0, nz < 0.0, str(nz), abs(nz), -nz, 0.0 * -1)
print(nz + 0.0, nz - 0.0, nz * nz, 0.0 - 0.0, -0.0 + -0.0)
print(round(-0.4), round(-0.4, 0), round(-0.0), int(-0.0), -0.0 // 1, -1e-300 * 1e-300)
print(nz.hex(), (0.0).hex(), nz.is_integer(), nz.as_integer_ratio())
print([nz], (nz, 0.0), {0.0: "a", nz: "b"}, max(nz, 0.0), min(0.0, nz))
print(-0, 0 * -1, -(0), float(-0), float("-0"), complex(0.0, -0.0))
