# Operations that complex numbers do not support, with their messages.
z = 3 - 4j
ops = [lambda: z < 1j, lambda: z // 2, lambda: z % 2, lambda: int(z), lambda: float(z),
       lambda: round(z), lambda: divmod(z, 1), lambda: z / 0, lambda: 1 / 0j, lambda: z ** -1 * 0j ** -1]
for op in ops:
    try:
        print(op())
    except (TypeError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
print(z == 3 - 4j, z != 3, abs(z), z.conjugate(), z.real, z.imag, (3 + 0j) == 3)
