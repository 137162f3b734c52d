# An exception raised three calls deep and never caught prints a traceback frame for each call.
def parse_price(text):
    amount = text.strip().lstrip("$")
    return round(float(amount), 2)

def parse_row(row):
    name, price = row.split(",")
    return {"name": name, "price": parse_price(price)}

def parse_csv(text):
    return [parse_row(r) for r in text.strip().splitlines()]

print(parse_csv("pen,$1.50\nbook, $12"))
print(parse_csv("pen,$1.50\nlamp,$ten"))
