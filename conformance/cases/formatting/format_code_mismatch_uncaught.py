# Formatting a float with an integer-only code fails inside nested report helpers.
def fmt_cell(value, code):
    return f"{value:>8{code}}"

def fmt_row(values, codes):
    return "|".join(fmt_cell(v, c) for v, c in zip(values, codes))

print(fmt_row([1, 2.5, "x"], ["d", ".2f", "s"]))
print(fmt_row([255, 255, 0.5], ["x", "b", "%"]))
print(fmt_row([10, 7.0], ["d", "d"]))
