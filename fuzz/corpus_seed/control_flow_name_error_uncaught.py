# A typo'd name in a nested helper call raises an uncaught NameError with frames for each call.
def compute_total(items):
    subtotal = sum(price * qty for price, qty in items)
    return apply_tax(subtotal)

def apply_tax(amount):
    rate = 0.25
    return amount + amount * tax_percentage

cart = [(2.5, 4), (1.0, 3)]
print("items:", len(cart))
print(compute_total(cart))
