# Agent-style text output: a receipt with aligned money columns and a progress bar.
items = [("Coffee beans 1kg", 2, 18.5), ("Filter papers", 1, 3.2), ("Mug (ceramic, large)", 4, 7.25)]
width = 36
print(f"{' RECEIPT ':=^{width}}")
print("-" * width)
for name, qty, price in items:
    label = name if len(name) <= 18 else name[:17] + "…"
    print(f"{label:<18}{qty:>3} x{price:>6.2f}{qty * price:>8.2f}")
subtotal = sum(q * p for _, q, p in items)
tax = round(subtotal * 0.08, 2)
print("-" * width)
for label, amount in [("Subtotal", subtotal), ("Tax 8%", tax), ("TOTAL", subtotal + tax)]:
    print(f"{label:<27}{amount:>9,.2f}")
for done in [0, 7, 13, 20]:
    frac = done / 20
    bar = "#" * int(frac * 20)
    print(f"[{bar:<20}] {frac:6.1%} ({done:>2}/20)")
