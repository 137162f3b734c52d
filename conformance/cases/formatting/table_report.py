# Agent-style report formatting with aligned columns.
rows = [("apples", 3, 0.5), ("kiwis", 12, 0.25), ("melons", 1, 3.0)]
print(f"{'item':<8}{'qty':>5}{'price':>8}{'total':>8}")
for name, qty, price in rows:
    print(f"{name:<8}{qty:>5}{price:>8.2f}{qty * price:>8.2f}")
print(f"{'sum':<8}{sum(q for _, q, _ in rows):>5}{'':>8}{sum(q * p for _, q, p in rows):>8.2f}")
