# Human-readable byte sizes with format specs; an unknown unit fails in a nested list lookup.
UNITS = ["B", "KiB", "MiB", "GiB", "TiB"]

def to_unit(n, unit):
    return n / 1024 ** UNITS.index(unit)

def humanize(n, unit=None):
    if unit is None:
        unit = UNITS[0]
        for u in UNITS:
            if n >= 1024 ** UNITS.index(u):
                unit = u
    value = to_unit(n, unit)
    return f"{value:.0f} {unit}" if unit == "B" else f"{value:.1f} {unit}"

for n in [0, 1023, 1024, 1536, 10 ** 6, 5 * 1024 ** 3, 2 ** 50, 2 ** 60]:
    print(f"{n:>26,} -> {humanize(n):>13}")
print(humanize(3 * 1024 ** 2, "KiB"), humanize(512, "GiB"))
print(humanize(2 ** 50, "PiB"))
